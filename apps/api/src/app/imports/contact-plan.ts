import { ImportMapping, Relationship } from '@datenlotse/contracts';
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
import { isEmail, nameKey, normaliseEmail, parseRelationship, parseYesNo } from './import-values';

/** An existing, not erased contact the file may refer to (same email, or same name in the department). */
export interface KnownContact {
  id: string;
  departmentId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isHead: boolean;
  relationship: Relationship;
  legalBasis: string | null;
  version: number;
}

export interface ContactWorld {
  departments: KnownDepartment[];
  contacts: KnownContact[];
}

/** The values a row gives; a blank cell leaves an existing contact's field as it is. */
interface ContactRowValues {
  name: string;
  departmentId: string;
  title?: string;
  email?: string;
  phone?: string;
  isHead?: boolean;
  relationship?: Relationship;
  legalBasis?: string;
}

/**
 * Plans a contact import row by row: a contact with the row's email is updated, else one with the same name
 * in the same department, else a new one is created. A person twice in the file is rejected the second time.
 */
export class ContactImportPlanner {
  private readonly directory: DepartmentDirectory;
  private readonly byEmail = new Map<string, KnownContact>();
  private readonly byName = new Map<string, KnownContact>();
  /** Emails, names per department and existing contacts the rows so far took: the row that took them. */
  private readonly emailRow = new Map<string, number>();
  private readonly nameRow = new Map<string, number>();
  private readonly contactRow = new Map<string, number>();

  constructor(
    world: ContactWorld,
    private readonly mapping: ImportMapping,
  ) {
    this.directory = new DepartmentDirectory(world.departments.filter((d) => !d.archivedAt));
    for (const contact of world.contacts) {
      if (contact.email && !this.byEmail.has(contact.email)) this.byEmail.set(contact.email, contact);
      const key = personKey(contact.departmentId, contact.name);
      if (!this.byName.has(key)) this.byName.set(key, contact);
    }
  }

  plan(rows: Record<string, string>[]): PlannedRow[] {
    return rows.map((row, i) => this.planRow(i + 1, cellReader(row, this.mapping)));
  }

  private planRow(row: number, cell: CellReader): PlannedRow {
    const label = cell('name');
    const messages: string[] = [];
    const values = this.readValues(cell, messages);
    if (!values) return rejected(row, label, messages);
    const duplicate = this.duplicateInFile(values);
    if (duplicate) messages.push(duplicate);
    const { existing, warnings } = this.match(values);
    const takenBy = existing && this.contactRow.get(existing.id);
    if (takenBy) messages.push(`Betrifft dieselbe Person wie Zeile ${takenBy}`);
    if (messages.length > 0) return rejected(row, label, messages);
    if (values.email) this.emailRow.set(values.email, row);
    this.nameRow.set(personKey(values.departmentId, values.name), row);
    if (!existing) return this.create(row, values, warnings);
    this.contactRow.set(existing.id, row);
    return this.update(row, existing, values, warnings);
  }

  /**
   * The contact a row means: the one with its email, else the one with its name in its unit, unless both
   * have different email addresses (then they are two people, and the row only gets a warning).
   */
  private match(values: ContactRowValues): { existing: KnownContact | undefined; warnings: string[] } {
    const byEmail = values.email ? this.byEmail.get(values.email) : undefined;
    if (byEmail) return { existing: byEmail, warnings: [] };
    const byName = this.byName.get(personKey(values.departmentId, values.name));
    if (!byName) return { existing: undefined, warnings: [] };
    if (values.email && byName.email) {
      return { existing: undefined, warnings: [`Gleichnamiger Kontakt mit anderer E-Mail: ${byName.email}`] };
    }
    return { existing: byName, warnings: ['Zugeordnet über Name und Einheit'] };
  }

  /** The row's values, or null (with the reasons in `messages`) when a required one is missing or wrong. */
  private readValues(cell: CellReader, messages: string[]): ContactRowValues | null {
    const name = cell('name');
    if (!name) messages.push('Name fehlt');
    const checks = [
      tooLong(name, 200, 'Name'),
      tooLong(cell('title'), 200, 'Funktion'),
      tooLong(cell('email'), 320, 'E-Mail'),
      tooLong(cell('phone'), 50, 'Telefon'),
      tooLong(cell('legalBasis'), 500, 'Rechtsgrundlage'),
    ];
    messages.push(...checks.filter((m): m is string => m !== null));
    const departmentId = this.resolveDepartment(cell('department'), messages);
    const values: ContactRowValues = { name, departmentId: departmentId ?? '' };
    if (cell('title')) values.title = cell('title');
    if (cell('phone')) values.phone = cell('phone');
    if (cell('legalBasis')) values.legalBasis = cell('legalBasis');
    if (cell('email')) {
      const email = normaliseEmail(cell('email'));
      if (isEmail(email)) values.email = email;
      else messages.push(`Ungültige E-Mail-Adresse „${cell('email')}“`);
    }
    if (cell('isHead')) {
      const isHead = parseYesNo(cell('isHead'));
      if (isHead === null) messages.push(`Amtsleitung „${cell('isHead')}“: ja oder nein?`);
      else values.isHead = isHead;
    }
    if (cell('relationship')) {
      const relationship = parseRelationship(cell('relationship'));
      if (relationship) values.relationship = relationship;
      else {
        messages.push(
          `Unbekannte Beziehung „${cell('relationship')}“ (persönlich bekannt, vorgestellt oder kalt)`,
        );
      }
    }
    return messages.length > 0 ? null : values;
  }

  private resolveDepartment(text: string, messages: string[]): string | null {
    if (!text) {
      messages.push('Einheit fehlt');
      return null;
    }
    const found = this.directory.find(text);
    if (found.length === 1) return found[0].id;
    messages.push(found.length > 1 ? `Einheit „${text}“ ist mehrdeutig` : `Einheit „${text}“ nicht gefunden`);
    return null;
  }

  private duplicateInFile(values: ContactRowValues): string | null {
    const emailRow = values.email ? this.emailRow.get(values.email) : undefined;
    if (emailRow) return `E-Mail doppelt in der Datei (wie Zeile ${emailRow})`;
    const nameRow = this.nameRow.get(personKey(values.departmentId, values.name));
    // Two people of the same name in one unit are told apart by their email addresses.
    if (nameRow && !values.email) return `Doppelt in der Datei (wie Zeile ${nameRow})`;
    return null;
  }

  private create(row: number, values: ContactRowValues, messages: string[]): PlannedRow {
    const record: FieldValues = {
      departmentId: values.departmentId,
      name: values.name,
      title: values.title ?? null,
      email: values.email ?? null,
      phone: values.phone ?? null,
      isHead: values.isHead ?? false,
      relationship: values.relationship ?? 'cold',
      legalBasis: values.legalBasis ?? null,
    };
    return {
      row,
      action: 'create',
      label: values.name,
      messages,
      write: { action: 'create', entity: 'contact', id: randomUUID(), values: record },
    };
  }

  private update(
    row: number,
    existing: KnownContact,
    values: ContactRowValues,
    messages: string[],
  ): PlannedRow {
    const changes = changedFields(existing as unknown as FieldValues, { ...values });
    if (!changes) return { row, action: 'unchanged', label: values.name, messages, write: null };
    return {
      row,
      action: 'update',
      label: values.name,
      messages,
      write: { action: 'update', entity: 'contact', id: existing.id, version: existing.version, ...changes },
    };
  }
}

function personKey(departmentId: string, name: string): string {
  return `${departmentId}|${nameKey(name)}`;
}
