import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import {
  csvField,
  csvLine,
  ExportColumn,
  exportFileName,
  inChunks,
  writeCsv,
  writeXlsx,
} from './tabular-export';

interface Row {
  name: string;
  count: number;
  lastContactAt: Date | null;
  head: boolean;
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Anzahl', value: (r) => r.count },
  { header: 'Letzter Kontakt', value: (r) => r.lastContactAt },
  { header: 'Leitung', value: (r) => r.head },
];

async function* chunks<T>(...parts: T[][]): AsyncGenerator<T[]> {
  yield* parts;
}

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await ended;
  return Buffer.concat(parts);
}

describe('tabular export', () => {
  it('quotes a field only when it holds a separator, a quote or a line break', () => {
    expect(csvField('Amt 37')).toBe('Amt 37');
    expect(csvField('Recht; Ordnung')).toBe('"Recht; Ordnung"');
    expect(csvField('Sie sagte "ja"')).toBe('"Sie sagte ""ja"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
  });

  it('writes days as dd.mm.yyyy in German time, yes/no in German, nothing for null', () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Düsseldorf
    expect(csvField(new Date('2026-12-31T23:30:00Z'))).toBe('01.01.2027');
    expect(csvField(true)).toBe('ja');
    expect(csvField(false)).toBe('nein');
    expect(csvField(null)).toBe('');
    expect(csvField(2.5)).toBe('2,5');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvLine(['-1', 'a'])).toBe("'-1;a\r\n");
  });

  it('writes CSV with a BOM, German headers, ; between fields and CRLF line ends', async () => {
    const rows = chunks<Row>(
      [{ name: 'Feuerwehr', count: 3, lastContactAt: new Date('2026-11-02T10:00:00Z'), head: true }],
      [{ name: 'Kulturamt; Stadtarchiv', count: 0, lastContactAt: null, head: false }],
    );
    const bytes = await collect((out) => writeCsv(out, COLUMNS, rows));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe(
      'Name;Anzahl;Letzter Kontakt;Leitung\r\n' +
        'Feuerwehr;3;02.11.2026;ja\r\n' +
        '"Kulturamt; Stadtarchiv";0;;nein\r\n',
    );
  });

  it('writes an XLSX sheet that exceljs reads back, with real dates', async () => {
    const rows = chunks<Row>([
      { name: 'Umweltamt', count: 7, lastContactAt: new Date('2026-03-01T12:00:00Z'), head: false },
    ]);
    const bytes = await collect((out) => writeXlsx(out, 'Einheiten', COLUMNS, rows));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Einheiten')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Anzahl', 'Letzter Kontakt', 'Leitung']);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Umweltamt');
    expect(row.getCell(2).value).toBe(7);
    expect(row.getCell(3).value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(row.getCell(3).numFmt).toBe('dd.mm.yyyy');
    expect(row.getCell(4).value).toBe('nein');
  });

  it('reads page after page until a short page, and yields nothing for an empty result', async () => {
    const source = Array.from({ length: 5 }, (_, i) => i);
    const asked: number[] = [];
    const read = async (offset: number, limit: number) => {
      asked.push(offset);
      return source.slice(offset, offset + limit);
    };
    const seen: number[][] = [];
    for await (const chunk of inChunks(read, 2)) seen.push(chunk);
    expect(seen).toEqual([[0, 1], [2, 3], [4]]);
    expect(asked).toEqual([0, 2, 4]);
    const none: number[][] = [];
    for await (const chunk of inChunks(async () => [] as number[], 2)) none.push(chunk);
    expect(none).toEqual([]);
  });

  it('names the file after its content and the day', () => {
    expect(exportFileName('organisationseinheiten', 'csv', new Date('2026-11-29T09:00:00Z'))).toBe(
      'organisationseinheiten-2026-11-29.csv',
    );
  });
});
