import { DepartmentKind, ImportMapping } from '@datenlotse/contracts';
import { randomUUID } from 'node:crypto';
import {
  CellReader,
  cellReader,
  changedFields,
  DepartmentDirectory,
  FieldValues,
  KnownDepartment,
  PlannedRow,
  rejected,
  tooLong,
} from './import-plan';
import { isWebsite, nameKey, normaliseEmail, parseKind, parseTags } from './import-values';

export interface DepartmentWorld {
  departments: KnownDepartment[];
  /** Active team members and admins by email: who may own a department. */
  teamByEmail: Map<string, string>;
}

/** The values a row gives; a blank cell leaves an existing unit's field as it is. */
interface DepartmentRowValues {
  name: string;
  shortName?: string;
  kind?: DepartmentKind;
  parentId?: string;
  website?: string;
  notes?: string;
  tags?: string[];
  ownerUserId?: string;
}

/**
 * Plans a department import row by row: a unit whose name exists is updated, any other created. Parents are
 * found among the existing units and those the file creates above the row.
 */
export class DepartmentImportPlanner {
  private readonly directory: DepartmentDirectory;
  /** Units the file creates or updates, by name: row number and id. */
  private readonly planned = new Map<string, { row: number; id: string | null }>();
  /** The tree as it will be after the rows so far: unit id → parent id. */
  private readonly parentOf = new Map<string, string | null>();
  /** Each name's first row in the file, to tell "later in the file" from "unknown". */
  private readonly firstRowOf = new Map<string, number>();

  constructor(
    private readonly world: DepartmentWorld,
    private readonly mapping: ImportMapping,
  ) {
    this.directory = new DepartmentDirectory(world.departments);
    for (const d of world.departments) this.parentOf.set(d.id, d.parentId);
  }

  plan(rows: Record<string, string>[]): PlannedRow[] {
    rows.forEach((row, i) => {
      const key = nameKey(cellReader(row, this.mapping)('name'));
      if (key && !this.firstRowOf.has(key)) this.firstRowOf.set(key, i + 1);
    });
    return rows.map((row, i) => this.planRow(i + 1, cellReader(row, this.mapping)));
  }

  private planRow(rowNumber: number, cell: CellReader): PlannedRow {
    const label = cell('name');
    const key = nameKey(label);
    const earlier = this.planned.get(key);
    if (key && earlier)
      return rejected(rowNumber, label, [`Doppelt in der Datei (wie Zeile ${earlier.row})`]);
    const messages: string[] = [];
    const values = this.readValues(cell, messages);
    const matches = key ? this.directory.find(label).filter((d) => nameKey(d.name) === key) : [];
    if (matches.length > 1) messages.push(`Mehrere Einheiten heißen „${label}“`);
    const existing = matches.length === 1 ? matches[0] : null;
    if (!existing && label && !cell('kind')) messages.push('Art fehlt');
    if (existing && values.parentId && this.wouldCycle(existing.id, values.parentId)) {
      messages.push('Die Einheit kann nicht unter sich selbst oder einer ihrer Untereinheiten stehen');
    }
    if (messages.length > 0) {
      if (key) this.planned.set(key, { row: rowNumber, id: null });
      return rejected(rowNumber, label, messages);
    }
    return existing ? this.update(rowNumber, existing, values) : this.create(rowNumber, values);
  }

  private readValues(cell: CellReader, messages: string[]): DepartmentRowValues {
    const name = cell('name');
    if (name.length < 2) messages.push(name ? 'Name zu kurz' : 'Name fehlt');
    const values: DepartmentRowValues = { name };
    const checks = [
      tooLong(name, 300, 'Name'),
      tooLong(cell('shortName'), 50, 'Kürzel'),
      tooLong(cell('website'), 500, 'Website'),
      tooLong(cell('notes'), 10_000, 'Notizen'),
    ];
    messages.push(...checks.filter((m): m is string => m !== null));
    if (cell('shortName')) values.shortName = cell('shortName');
    if (cell('kind')) {
      const kind = parseKind(cell('kind'));
      if (kind) values.kind = kind;
      else messages.push(`Unbekannte Art „${cell('kind')}“`);
    }
    if (cell('website')) {
      if (isWebsite(cell('website'))) values.website = cell('website');
      else messages.push(`Ungültige Website „${cell('website')}“`);
    }
    if (cell('notes')) values.notes = cell('notes');
    if (cell('tags')) values.tags = parseTags(cell('tags'));
    if (cell('ownerEmail')) {
      const owner = this.world.teamByEmail.get(normaliseEmail(cell('ownerEmail')));
      if (owner) values.ownerUserId = owner;
      else messages.push(`Niemand im Team hat die E-Mail „${cell('ownerEmail')}“`);
    }
    if (cell('parentName')) this.resolveParent(cell('parentName'), values, messages);
    return values;
  }

  private resolveParent(parentName: string, values: DepartmentRowValues, messages: string[]): void {
    const planned = this.planned.get(nameKey(parentName));
    if (planned?.id) {
      values.parentId = planned.id;
      return;
    }
    if (planned) {
      messages.push(`Übergeordnete Einheit „${parentName}“ wird nicht importiert (Zeile ${planned.row})`);
      return;
    }
    const found = this.directory.find(parentName);
    if (found.length === 1) values.parentId = found[0].id;
    else if (found.length > 1) messages.push(`Übergeordnete Einheit „${parentName}“ ist mehrdeutig`);
    else {
      const later = this.firstRowOf.get(nameKey(parentName));
      messages.push(
        later
          ? `Übergeordnete Einheit „${parentName}“ steht erst in Zeile ${later}`
          : `Übergeordnete Einheit „${parentName}“ nicht gefunden`,
      );
    }
  }

  /** Whether putting the unit below `parentId` would put it below itself. */
  private wouldCycle(id: string, parentId: string): boolean {
    let current: string | null | undefined = parentId;
    for (let steps = 0; current && steps <= this.parentOf.size; steps++) {
      if (current === id) return true;
      current = this.parentOf.get(current);
    }
    return false;
  }

  private create(row: number, values: DepartmentRowValues): PlannedRow {
    const id = randomUUID();
    this.planned.set(nameKey(values.name), { row, id });
    this.parentOf.set(id, values.parentId ?? null);
    const record: FieldValues = {
      name: values.name,
      shortName: values.shortName ?? null,
      kind: values.kind,
      parentId: values.parentId ?? null,
      website: values.website ?? null,
      notes: values.notes ?? null,
      tags: values.tags ?? [],
      ownerUserId: values.ownerUserId ?? null,
    };
    return {
      row,
      action: 'create',
      label: values.name,
      messages: [],
      write: { action: 'create', entity: 'department', id, values: record },
    };
  }

  /** The name is the key and stays; tags are added to those the unit has. */
  private update(row: number, existing: KnownDepartment, values: DepartmentRowValues): PlannedRow {
    this.planned.set(nameKey(existing.name), { row, id: existing.id });
    const after: FieldValues = { ...values };
    delete after['name'];
    if (values.tags) after['tags'] = [...new Set([...existing.tags, ...values.tags])];
    const changes = changedFields(existing as unknown as FieldValues, after);
    if (!changes) return { row, action: 'unchanged', label: existing.name, messages: [], write: null };
    if (values.parentId) this.parentOf.set(existing.id, values.parentId);
    return {
      row,
      action: 'update',
      label: existing.name,
      messages: [],
      write: {
        action: 'update',
        entity: 'department',
        id: existing.id,
        version: existing.version,
        ...changes,
      },
    };
  }
}
