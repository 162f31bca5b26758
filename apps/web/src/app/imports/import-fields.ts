import {
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELDS,
  ImportDto,
  ImportKind,
  ImportMapping,
  ImportReport,
  ImportRowAction,
  ImportStatus,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

type FieldsOf<K extends ImportKind> = (typeof IMPORT_FIELDS)[K][number];

/** How the mapping step names each field it fills. */
const FIELD_LABELS: { [K in ImportKind]: Record<FieldsOf<K>, TranslationKey> } = {
  departments: {
    name: 'import.field.name',
    shortName: 'import.field.shortName',
    kind: 'import.field.kind',
    parentName: 'import.field.parentName',
    website: 'import.field.website',
    notes: 'import.field.notes',
    tags: 'import.field.tags',
    ownerEmail: 'import.field.ownerEmail',
  },
  contacts: {
    name: 'import.field.contactName',
    department: 'import.field.department',
    title: 'import.field.title',
    email: 'import.field.email',
    phone: 'import.field.phone',
    isHead: 'import.field.isHead',
    relationship: 'import.field.relationship',
    legalBasis: 'import.field.legalBasis',
  },
};

export interface MappingField {
  field: string;
  label: TranslationKey;
  required: boolean;
}

/** The fields of a kind in the contract's order, with label and whether the import needs them. */
export function mappingFields(kind: ImportKind): MappingField[] {
  const labels: Record<string, TranslationKey> = FIELD_LABELS[kind];
  const required: readonly string[] = IMPORT_REQUIRED_FIELDS[kind];
  return IMPORT_FIELDS[kind].map((field) => ({
    field,
    label: labels[field],
    required: required.includes(field),
  }));
}

/**
 * The mapping the step starts with: the API's suggestion, where it names a column the file has; every other
 * field unassigned (''), so that each select shows a value.
 */
export function initialMapping(upload: ImportDto): Record<string, string> {
  return Object.fromEntries(
    IMPORT_FIELDS[upload.kind].map((field) => {
      const column = upload.suggestedMapping[field];
      return [field, column && upload.columns.includes(column) ? column : ''];
    }),
  );
}

/** The mapping as sent: only the assigned fields. */
export function assignedMapping(value: Record<string, string>): ImportMapping {
  return Object.fromEntries(Object.entries(value).filter(([, column]) => column !== ''));
}

/** A run is only possible without rejected rows: it would stop at the first one anyway. */
export function canRun(report: ImportReport | null): boolean {
  return !!report && report.counts.reject === 0;
}

/** Still working: the progress is worth asking again. */
export function isRunning(status: ImportStatus): boolean {
  return status === 'running';
}

export const ROW_ACTIONS: readonly ImportRowAction[] = ['create', 'update', 'unchanged', 'reject'];

export function rowActionLabel(action: ImportRowAction): TranslationKey {
  return `import.action.${action}`;
}

export function importStatusLabel(status: ImportStatus): TranslationKey {
  return `import.status.${status}`;
}

export function importKindLabel(kind: ImportKind): TranslationKey {
  return `import.kind.${kind}`;
}

/** Whole percent of the rows processed, for the progress bar. */
export function progressPercent(upload: ImportDto): number {
  if (upload.status === 'completed' || upload.status === 'undone') return 100;
  return upload.rowCount > 0 ? Math.min(100, Math.round((upload.processedRows / upload.rowCount) * 100)) : 0;
}
