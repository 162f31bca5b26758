import { ImportMapping, ImportReport, ImportRowAction, ImportRowReport } from '@datenlotse/contracts';
import { nameKey } from './import-values';

export type ImportEntity = 'department' | 'contact';

/** Field values by entity property name (`shortName`, `departmentId`, …). */
export type FieldValues = Record<string, unknown>;

/** A record the import creates; its id is chosen up front so that later rows can refer to it. */
export interface PlannedCreate {
  action: 'create';
  entity: ImportEntity;
  id: string;
  values: FieldValues;
}

/** A change to an existing record: only the fields that differ, as they were and as they will be. */
export interface PlannedUpdate {
  action: 'update';
  entity: ImportEntity;
  id: string;
  /** The version the plan was made from; a record changed meanwhile stops the batch. */
  version: number;
  before: FieldValues;
  after: FieldValues;
}

export type PlannedWrite = PlannedCreate | PlannedUpdate;

/** What one file row will do: the report line, and the write when it is not rejected or unchanged. */
export interface PlannedRow extends ImportRowReport {
  write: PlannedWrite | null;
}

/** The existing departments an import resolves names against. */
export interface KnownDepartment {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  website: string | null;
  notes: string | null;
  tags: string[];
  ownerUserId: string | null;
  archivedAt: Date | null;
  version: number;
}

/** Reads a mapped cell: the trimmed text of the column the field is mapped to, '' when not mapped. */
export type CellReader = (field: string) => string;

export function cellReader(row: Record<string, string>, mapping: ImportMapping): CellReader {
  return (field) => {
    const column = mapping[field];
    return column ? (row[column] ?? '').trim() : '';
  };
}

/** Looks departments up by name or short name, case and spacing ignored. */
export class DepartmentDirectory {
  private readonly byKey = new Map<string, KnownDepartment[]>();

  constructor(departments: KnownDepartment[]) {
    for (const department of departments) {
      const keys = new Set([
        nameKey(department.name),
        ...(department.shortName ? [nameKey(department.shortName)] : []),
      ]);
      for (const key of keys) this.byKey.set(key, [...(this.byKey.get(key) ?? []), department]);
    }
  }

  /** Units whose name or short name is the text; by name first, so "Amt 37" and names do not collide. */
  find(text: string): KnownDepartment[] {
    const key = nameKey(text);
    const hits = this.byKey.get(key) ?? [];
    const byName = hits.filter((d) => nameKey(d.name) === key);
    return byName.length > 0 ? byName : hits;
  }
}

export function rejected(row: number, label: string, messages: string[]): PlannedRow {
  return { row, action: 'reject', label, messages, write: null };
}

/** The fields of `after` that differ from `current`, with their old and new values; null when none does. */
export function changedFields(
  current: FieldValues,
  after: FieldValues,
): { before: FieldValues; after: FieldValues } | null {
  const changes = { before: {} as FieldValues, after: {} as FieldValues };
  for (const [field, value] of Object.entries(after)) {
    if (JSON.stringify(current[field] ?? null) === JSON.stringify(value ?? null)) continue;
    changes.before[field] = current[field] ?? null;
    changes.after[field] = value;
  }
  return Object.keys(changes.after).length > 0 ? changes : null;
}

/** Checks a text's length; the message says which field and how long it may be. */
export function tooLong(text: string, max: number, label: string): string | null {
  return text.length > max ? `${label} zu lang (höchstens ${max} Zeichen)` : null;
}

export function toReport(importId: string, rows: PlannedRow[]): ImportReport {
  const counts: Record<ImportRowAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const row of rows) counts[row.action]++;
  return {
    importId,
    counts,
    rows: rows.map(({ row, action, label, messages }) => ({ row, action, label, messages })),
  };
}
