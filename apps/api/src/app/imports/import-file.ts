import { IMPORT_FILE_ERROR_CODES, ImportFileErrorCode } from '@datenlotse/contracts';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { CellValue, Workbook } from 'exceljs';

/** A file read into a table: its headers and one record (header → trimmed cell text) per data row. */
export interface ImportTable {
  columns: string[];
  rows: Record<string, string>[];
}

/** Why a file cannot be imported; the service answers it as a 400 that names `file`. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (.xls) and other OLE2 compound files. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const UTF16LE_BOM = [0xff, 0xfe];
const DELIMITERS = [';', ',', '\t'] as const;

/** Reads an uploaded CSV or XLSX file; anything else, an empty file or one without data rows is refused. */
export async function readImportFile(buffer: Buffer): Promise<ImportTable> {
  if (buffer.length === 0) throw new ImportFileError(IMPORT_FILE_ERROR_CODES.empty, 'The file is empty');
  if (startsWith(buffer, ZIP_MAGIC)) return toTable(await readXlsx(buffer));
  if (startsWith(buffer, OLE2_MAGIC)) {
    throw new ImportFileError(
      IMPORT_FILE_ERROR_CODES.notATable,
      'Old Excel files (.xls) cannot be read; save the file as .xlsx or CSV',
    );
  }
  return toTable(readCsv(decodeText(buffer)));
}

/**
 * CSV files come from Excel in Windows-1252, from everything else in UTF-8 (with or without BOM); whatever
 * is not valid UTF-8 is read as Windows-1252, which assigns a character to every byte.
 */
export function decodeText(buffer: Buffer): string {
  if (startsWith(buffer, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(buffer);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = decodeWindows1252(buffer);
  }
  // Text files have no control characters but tab and line breaks; images, PDFs and archives do.
  if (hasControlCharacters(text.slice(0, 8192))) {
    throw new ImportFileError(IMPORT_FILE_ERROR_CODES.notATable, 'The file is neither CSV nor XLSX');
  }
  return text;
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has €, „, “, – and friends. Node's TextDecoder
 * decodes it as plain Latin-1, so those bytes are mapped here (0 marks the five unassigned bytes).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(buffer: Buffer): string {
  const latin1 = buffer.toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) return true;
  }
  return false;
}

/** The delimiter used most often in the header line, outside quotes; `;` when there is a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = DELIMITERS[0];
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function readCsv(text: string): string[][] {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new ImportFileError(IMPORT_FILE_ERROR_CODES.empty, 'The file is empty');
  try {
    return parse(content, {
      delimiter: detectDelimiter(content),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    const line = error instanceof CsvError ? ` (line ${String(error.lines ?? '?')})` : '';
    throw new ImportFileError(
      IMPORT_FILE_ERROR_CODES.notATable,
      `The file cannot be read as CSV${line}: ${(error as Error).message}`,
    );
  }
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportFileError(IMPORT_FILE_ERROR_CODES.notATable, 'The file is neither CSV nor XLSX');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError(IMPORT_FILE_ERROR_CODES.empty, 'The workbook has no worksheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push(cells);
  });
  return rows;
}

/** What a spreadsheet cell shows, as text: rich text and links as their text, formulas as their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('result' in value) return cellText(value.result as CellValue);
  return '';
}

/** The first non-empty row is the header; cells are trimmed, rows with nothing in them are left out. */
function toTable(raw: string[][]): ImportTable {
  const nonEmpty = raw.filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header, ...data] = nonEmpty;
  if (!header) throw new ImportFileError(IMPORT_FILE_ERROR_CODES.empty, 'The file is empty');
  const columns = trimTrailingBlanks(header.map((cell) => cell.trim()));
  if (columns.length < 2) {
    throw new ImportFileError(
      IMPORT_FILE_ERROR_CODES.notATable,
      'The file has only one column; a table needs at least two (such as name and department)',
    );
  }
  checkHeaders(columns);
  if (data.length === 0) {
    throw new ImportFileError(IMPORT_FILE_ERROR_CODES.noDataRows, 'The file has a header but no data rows');
  }
  const rows = data.map((cells) => {
    const record: Record<string, string> = {};
    columns.forEach((column, i) => (record[column] = (cells[i] ?? '').trim()));
    return record;
  });
  return { columns, rows };
}

function trimTrailingBlanks(columns: string[]): string[] {
  let end = columns.length;
  while (end > 0 && columns[end - 1] === '') end--;
  return columns.slice(0, end);
}

function checkHeaders(columns: string[]): void {
  const blank = columns.findIndex((c) => c === '');
  if (blank >= 0) {
    throw new ImportFileError(
      IMPORT_FILE_ERROR_CODES.badHeaders,
      `Column ${blank + 1} of the header row has no name`,
    );
  }
  const seen = new Set<string>();
  for (const column of columns) {
    const key = column.toLocaleLowerCase('de');
    if (seen.has(key)) {
      throw new ImportFileError(IMPORT_FILE_ERROR_CODES.badHeaders, `The column "${column}" appears twice`);
    }
    seen.add(key);
  }
}

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}
