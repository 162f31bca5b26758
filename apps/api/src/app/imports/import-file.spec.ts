import { cellText, decodeText, detectDelimiter, readImportFile } from './import-file';

describe('reading import files', () => {
  it('takes the delimiter that the header line uses most, ignoring quoted ones', () => {
    expect(detectDelimiter('Name;Amt;E-Mail\nA,B;C;D')).toBe(';');
    expect(detectDelimiter('"Name; Vorname",Amt,E-Mail\n')).toBe(',');
    expect(detectDelimiter('Name\tAmt\n')).toBe('\t');
    expect(detectDelimiter('Name\n')).toBe(';');
  });

  it('reads UTF-8 with and without BOM, and falls back to Windows-1252', () => {
    expect(decodeText(Buffer.from('\uFEFFÄmter', 'utf8'))).toBe('Ämter');
    expect(decodeText(Buffer.from('Ämter', 'utf8'))).toBe('Ämter');
    // 0x80 is the euro sign in Windows-1252, not a Latin-1 control character.
    expect(decodeText(Buffer.from([0xc4, 0x6d, 0x74, 0x65, 0x72, 0x20, 0x80]))).toBe('Ämter €');
    expect(decodeText(Buffer.from([0x84, 0x4f, 0x44, 0x93, 0x20, 0x96, 0x20, 0x44, 0xfc]))).toBe('„OD“ – Dü');
    expect(decodeText(Buffer.from('\uFEFFName\tAmt', 'utf16le'))).toBe('Name\tAmt');
  });

  it('keeps the text of rich, linked and computed spreadsheet cells', () => {
    expect(cellText({ richText: [{ text: 'Amt ' }, { text: '37' }] })).toBe('Amt 37');
    expect(cellText({ text: 'a@b.de', hyperlink: 'mailto:a@b.de' })).toBe('a@b.de');
    expect(cellText({ formula: 'A1', result: 42 })).toBe('42');
    expect(cellText(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
    expect(cellText(null)).toBe('');
  });

  it('pads short rows, drops blank ones and trims cells', async () => {
    const table = await readImportFile(
      Buffer.from('Name;Amt;Telefon\n Anna ;Amt 19\n;;\nBen;Amt 62;123;extra\n'),
    );
    expect(table).toEqual({
      columns: ['Name', 'Amt', 'Telefon'],
      rows: [
        { Name: 'Anna', Amt: 'Amt 19', Telefon: '' },
        { Name: 'Ben', Amt: 'Amt 62', Telefon: '123' },
      ],
    });
  });

  it('refuses old .xls files with a hint', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readImportFile(xls)).rejects.toThrow('.xlsx or CSV');
  });
});
