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
  /** The first rows, for the mapping step. */
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

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
