import { escapeText, foldLine, writeIcs } from './ics';

/** Unfolds as a calendar client does (RFC 5545 3.1): CRLF followed by one space or tab joins the lines. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('ICS writer', () => {
  const calendar = writeIcs({
    name: 'Datenlotse – Lieferungen',
    now: new Date('2025-03-30T01:30:00Z'),
    events: [
      {
        uid: 'a1b2-20250331@datenlotse',
        date: '2025-03-31',
        summary: 'Lieferung fällig: Sirenenstandorte, Straßenbäume; Teil 1',
        description: 'Amt: Feuerwehr\nKontakt: Frieda Feuer <frieda@example.org>',
      },
    ],
  });

  it('ends every line with CRLF and has no bare line feeds', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets', () => {
    for (const line of calendar.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('writes one all-day event with its UID, a stamp in UTC and the day after as its end', () => {
    const text = unfold(calendar);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(text).toContain('\r\nBEGIN:VEVENT\r\nUID:a1b2-20250331@datenlotse\r\n');
    expect(text).toContain('\r\nDTSTAMP:20250330T013000Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20250331\r\nDTEND;VALUE=DATE:20250401\r\n');
    expect(text).toContain('\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  });

  it('escapes commas, semicolons and line breaks in text, and unfolds to the original', () => {
    const text = unfold(calendar);
    expect(text).toContain('\r\nSUMMARY:Lieferung fällig: Sirenenstandorte\\, Straßenbäume\\; Teil 1\r\n');
    expect(text).toContain('\r\nDESCRIPTION:Amt: Feuerwehr\\nKontakt: Frieda Feuer <frieda@example.org>\r\n');
  });

  it('escapes a backslash before anything else', () => {
    expect(escapeText('C:\\Daten;neu,\r\nok')).toBe('C:\\\\Daten\\;neu\\,\\nok');
  });

  it('folds long lines without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(pieces.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
