import { ExportFormat } from '@datenlotse/contracts';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { Writable } from 'node:stream';

/** Dates in exports are calendar days as the city sees them. */
const TIME_ZONE = 'Europe/Berlin';
const CHUNK_SIZE = 1000;

export type CellValue = string | number | boolean | Date | null;

/** One column of an export: its (German) header and how a row fills it. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => CellValue;
  /** Width in characters in the XLSX sheet. */
  width?: number;
}

export interface TabularExport<T> {
  format: ExportFormat;
  /** The file name without date and extension, e.g. `organisationseinheiten`. */
  baseName: string;
  sheetName: string;
  columns: ExportColumn<T>[];
  /** The rows, chunk by chunk (see `inChunks`). */
  rows: AsyncIterable<T[]>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Streams an export as a download. Rows are written as their chunks arrive, so the size of the export does
 * not matter. An error before the first byte is rethrown (and answered as JSON); after it, the download is
 * cut off, which the browser reports as a failed download.
 */
export async function sendTabular<T>(res: Response, file: TabularExport<T>): Promise<void> {
  res.setHeader('Content-Type', CONTENT_TYPES[file.format]);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${exportFileName(file.baseName, file.format)}"`,
  );
  res.setHeader('Cache-Control', 'no-store');
  try {
    if (file.format === 'csv') await writeCsv(res, file.columns, file.rows);
    else await writeXlsx(res, file.sheetName, file.columns, file.rows);
  } catch (error) {
    if (!res.headersSent) {
      ['Content-Type', 'Content-Disposition'].forEach((header) => res.removeHeader(header));
      throw error;
    }
    res.destroy(error as Error);
  }
}

/** `organisationseinheiten-2026-11-29.csv`: what it is and the day it was taken. */
export function exportFileName(baseName: string, extension: string, at = new Date()): string {
  return `${baseName}-${calendarDay(at).iso}.${extension}`;
}

/**
 * Reads a query page by page: each chunk is its own query, so no database connection is held while the
 * client downloads.
 */
export async function* inChunks<T>(
  readPage: (offset: number, limit: number) => Promise<T[]>,
  size = CHUNK_SIZE,
): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += size) {
    const rows = await readPage(offset, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

/** CSV as German Excel opens it with a double click: UTF-8 with BOM, `;` between fields, CRLF. */
export async function writeCsv<T>(
  out: Writable,
  columns: ExportColumn<T>[],
  rows: AsyncIterable<T[]>,
): Promise<void> {
  await write(out, '\uFEFF' + csvLine(columns.map((c) => c.header)));
  for await (const chunk of rows) {
    if (out.destroyed) return;
    await write(out, chunk.map((row) => csvLine(columns.map((c) => c.value(row)))).join(''));
  }
  out.end();
}

export function csvLine(values: CellValue[]): string {
  return values.map(csvField).join(';') + '\r\n';
}

/** One field: quoted when it holds a separator, quote or line break; dates as dd.mm.yyyy. */
export function csvField(value: CellValue): string {
  const text = typeof value === 'string' ? guardFormula(value) : displayValue(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; an export must not carry someone's formula
 * into the team's Excel (CSV injection), so such text gets a leading apostrophe.
 */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function displayValue(value: Exclude<CellValue, string>): string {
  if (value === null) return '';
  if (value instanceof Date) return calendarDay(value).german;
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return String(value).replace('.', ',');
}

/** XLSX through exceljs' streaming writer: each row is committed (and freed) as soon as it is written. */
export async function writeXlsx<T>(
  out: Writable,
  sheetName: string,
  columns: ExportColumn<T>[],
  rows: AsyncIterable<T[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for await (const chunk of rows) {
    if (out.destroyed) return;
    for (const row of chunk) {
      const added = sheet.addRow(columns.map((c) => xlsxValue(c.value(row))));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      });
      added.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}

/** A date becomes the calendar day in the city (Excel dates carry no time zone). */
function xlsxValue(value: CellValue): ExcelJS.CellValue {
  if (value instanceof Date) {
    const { year, month, day } = calendarDay(value);
    return new Date(Date.UTC(year, month - 1, day));
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return value;
}

function calendarDay(at: Date): { year: number; month: number; day: number; iso: string; german: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const [year, month, day] = [part('year'), part('month'), part('day')];
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    iso: `${year}-${month}-${day}`,
    german: `${day}.${month}.${year}`,
  };
}

/** Writes and waits while the client is slower than the database, or until it went away. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.write(text) || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
