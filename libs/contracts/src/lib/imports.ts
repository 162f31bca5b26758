export const IMPORT_KINDS = ['departments', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['uploaded', 'running', 'completed', 'failed', 'undone'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The fields an import can fill, per kind. The mapping assigns a file column to each. */
export const IMPORT_FIELDS = {
  departments: ['name', 'shortName', 'kind', 'parentName', 'website', 'notes', 'tags', 'ownerEmail'],
  contacts: ['name', 'department', 'title', 'email', 'phone', 'isHead', 'relationship', 'legalBasis'],
} as const satisfies Record<ImportKind, readonly string[]>;
export type ImportField = (typeof IMPORT_FIELDS)[ImportKind][number];

/** Import field → the file's column header (or absent when not imported). */
export type ImportMapping = Partial<Record<string, string>>;

export interface ImportDto {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  /** The file's column headers, in order. */
  columns: string[];
  /** The first rows, for the mapping step (empty once the import has run). */
  sample: Record<string, string>[];
  rowCount: number;
  /** A mapping proposed from the headers (case and accents ignored, German and English names). */
  suggestedMapping: ImportMapping;
  mapping: ImportMapping | null;
  processedRows: number;
  created: number;
  updated: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  undoneAt: string | null;
}

export type ImportRowAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface ImportRowReport {
  /** 1-based line of the data row (the header is row 0). */
  row: number;
  action: ImportRowAction;
  /** What the row is about (the name). */
  label: string;
  /** Why a row is rejected, or warnings (a possible duplicate). */
  messages: string[];
}

export interface ImportReport {
  importId: string;
  counts: Record<ImportRowAction, number>;
  rows: ImportRowReport[];
}

export interface RunImportRequest {
  mapping: ImportMapping;
}

/** Why an uploaded file was refused (the `codes` of the 400 that names `file`). */
export const IMPORT_FILE_ERROR_CODES = {
  missing: 'fileMissing',
  empty: 'fileEmpty',
  notATable: 'notATable',
  noDataRows: 'noDataRows',
  badHeaders: 'badHeaders',
} as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[keyof typeof IMPORT_FILE_ERROR_CODES];

/** Fields each import kind cannot do without; the mapping must assign them a column. */
export const IMPORT_REQUIRED_FIELDS = {
  departments: ['name', 'kind'],
  contacts: ['name', 'department'],
} as const satisfies Record<ImportKind, readonly ImportField[]>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
