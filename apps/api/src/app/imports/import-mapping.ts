import {
  FIELD_ERROR_CODES,
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELDS,
  ImportField,
  ImportKind,
  ImportMapping,
} from '@datenlotse/contracts';
import { BadRequestException } from '@nestjs/common';

/** Column headers each field is known by, German first; compared without case, accents, spaces or dashes. */
const SYNONYMS: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  departments: {
    name: ['Name', 'Bezeichnung', 'Organisationseinheit', 'Einheit', 'Dienststelle', 'Department', 'Unit'],
    shortName: ['Kürzel', 'Kurzname', 'Kurzbezeichnung', 'Abkürzung', 'Amtsnummer', 'Short name', 'Code'],
    kind: ['Art', 'Typ', 'Ebene', 'Organisationsart', 'Kind', 'Type'],
    parentName: ['Übergeordnet', 'Übergeordnete Einheit', 'Gehört zu', 'Dezernat', 'Parent', 'Parent name'],
    website: ['Website', 'Webseite', 'Internetseite', 'Homepage', 'Internet', 'URL'],
    notes: ['Notizen', 'Notiz', 'Bemerkung', 'Bemerkungen', 'Anmerkungen', 'Kommentar', 'Notes'],
    tags: ['Tags', 'Schlagworte', 'Schlagwörter', 'Stichworte', 'Labels'],
    ownerEmail: ['Verantwortlich', 'Zuständig', 'Betreuung', 'Betreuer', 'Owner', 'Owner email'],
  },
  contacts: {
    name: [
      'Name',
      'Vollständiger Name',
      'Ansprechperson',
      'Ansprechpartner',
      'Person',
      'Kontakt',
      'Full name',
    ],
    department: [
      'Amt',
      'Organisationseinheit',
      'Einheit',
      'Dienststelle',
      'Abteilung',
      'Bereich',
      'Department',
      'Unit',
    ],
    title: ['Funktion', 'Titel', 'Rolle', 'Position', 'Stelle', 'Title', 'Role', 'Job title'],
    email: ['E-Mail', 'E-Mail-Adresse', 'Mail', 'Email address'],
    phone: ['Telefon', 'Tel', 'Telefonnummer', 'Rufnummer', 'Phone', 'Telephone'],
    isHead: ['Amtsleitung', 'Leitung', 'Ist Leitung', 'Leiter', 'Leiterin', 'Head', 'Is head'],
    relationship: ['Beziehung', 'Bekanntheit', 'Kontaktstatus', 'Relationship'],
    legalBasis: ['Rechtsgrundlage', 'Legal basis'],
  },
};

/** A header as compared: lower case, umlauts as ä→a, without spaces and punctuation. */
export function normaliseHeader(header: string): string {
  return header
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Both ways Germans write umlauts without them: Übergeordnet as "ubergeordnet" and "uebergeordnet". */
function spellings(synonym: string): string[] {
  const transliterated = synonym.replace(/[äöüÄÖÜ]/g, (c) => `${c.normalize('NFD')[0]}e`);
  return [normaliseHeader(synonym), normaliseHeader(transliterated)];
}

const KNOWN_HEADERS: Record<ImportKind, Array<[ImportField, Set<string>]>> = {
  departments: knownHeaders('departments'),
  contacts: knownHeaders('contacts'),
};

function knownHeaders(kind: ImportKind): Array<[ImportField, Set<string>]> {
  return IMPORT_FIELDS[kind].map((field) => [
    field,
    new Set([...spellings(field), ...(SYNONYMS[kind][field] ?? []).flatMap(spellings)]),
  ]);
}

/**
 * Proposes a column for each field: first exact matches of a known name, then headers that start with one
 * ("E-Mail (dienstlich)"). A column is proposed for one field at most.
 */
export function suggestMapping(kind: ImportKind, columns: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  const normalised = columns.map((column) => [column, normaliseHeader(column)] as const);
  const matchers = [
    (header: string, known: Set<string>) => known.has(header),
    (header: string, known: Set<string>) => [...known].some((k) => k.length >= 4 && header.startsWith(k)),
  ];
  for (const matches of matchers) {
    for (const [field, known] of KNOWN_HEADERS[kind]) {
      if (mapping[field]) continue;
      const hit = normalised.find(([column, header]) => !used.has(column) && matches(header, known));
      if (!hit) continue;
      mapping[field] = hit[0];
      used.add(hit[0]);
    }
  }
  return mapping;
}

/**
 * The mapping's fields must be fields of the kind, name columns of the file, and include the required ones.
 * Answers the mapping without unassigned fields.
 */
export function checkMapping(kind: ImportKind, mapping: ImportMapping, columns: string[]): ImportMapping {
  const fields = IMPORT_FIELDS[kind] as readonly string[];
  const checked: ImportMapping = {};
  for (const [field, column] of Object.entries(mapping)) {
    if (!fields.includes(field)) {
      throw mappingError(field, `is not a field of a ${kind} import (${fields.join(', ')})`);
    }
    if (column === undefined || column === null || column === '') continue;
    if (typeof column !== 'string' || !columns.includes(column)) {
      throw mappingError(field, `names the column "${String(column)}", which the file does not have`);
    }
    checked[field] = column;
  }
  for (const field of IMPORT_REQUIRED_FIELDS[kind]) {
    if (!checked[field]) throw mappingError(field, 'must be assigned a column');
  }
  return checked;
}

function mappingError(field: string, problem: string): BadRequestException {
  const path = `mapping.${field}`;
  const code = problem.startsWith('must') ? 'isNotEmpty' : FIELD_ERROR_CODES.unknownReference;
  const message = `${path} ${problem}`;
  return new BadRequestException({ message, fields: { [path]: [message] }, codes: { [path]: [code] } });
}
