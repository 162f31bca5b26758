import { DEPARTMENT_KINDS, DepartmentKind, Relationship, RELATIONSHIPS } from '@datenlotse/contracts';
import { normaliseHeader } from './import-mapping';

/** Compares names the way people read them: without case and with single spaces. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

const KIND_LABELS: Record<string, DepartmentKind> = {
  ...Object.fromEntries(DEPARTMENT_KINDS.map((kind) => [kind, kind])),
  dezernat: 'dezernat',
  amt: 'amt',
  abteilung: 'abteilung',
  sachgebiet: 'abteilung',
  eigenbetrieb: 'eigenbetrieb',
  institut: 'institut',
  extern: 'external',
  externerpartner: 'external',
};

/** A department kind from its code or German label ("Eigenbetrieb", "Extern"); null when unknown. */
export function parseKind(text: string): DepartmentKind | null {
  return KIND_LABELS[normaliseHeader(text)] ?? null;
}

const RELATIONSHIP_LABELS: Record<string, Relationship> = {
  ...Object.fromEntries(RELATIONSHIPS.map((r) => [normaliseHeader(r), r])),
  personlichbekannt: 'personally_known',
  bekannt: 'personally_known',
  personallyknown: 'personally_known',
  vorgestellt: 'introduced',
  kalt: 'cold',
  unbekannt: 'cold',
};

/** A relationship from its code or German label ("persönlich bekannt", "vorgestellt", "kalt"). */
export function parseRelationship(text: string): Relationship | null {
  return RELATIONSHIP_LABELS[normaliseHeader(text)] ?? null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr']);
const NO = new Set(['nein', 'n', 'no', '0', 'false', 'falsch', '-']);

/** ja/nein, yes/no, x, 1/0, true/false; null when it is none of them. */
export function parseYesNo(text: string): boolean | null {
  const value = text.trim().toLocaleLowerCase('de');
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** Tags separated by comma, semicolon or bar; trimmed, blanks and repeats left out. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;|]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Stored trimmed and lower-case, as the contacts service does. */
export function normaliseEmail(text: string): string {
  return text.trim().toLowerCase();
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export function isWebsite(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
