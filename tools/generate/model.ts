import { Random, uuidFrom } from './random';
import { DISTRICTS, FIRST_NAMES, LAST_NAMES, TAGS, TITLES, TOPICS } from './words';

export interface GeneratedDepartment {
  id: string;
  name: string;
  short_name: string;
  kind: 'dezernat' | 'amt' | 'abteilung';
  parent_id: string | null;
  /** Index into the team members, or null. */
  owner: number | null;
  tags: string[];
}

export interface GeneratedContact {
  id: string;
  department_id: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  is_head: boolean;
  relationship: 'personally_known' | 'introduced' | 'cold';
  legal_basis: string;
}

export const GENERATED_DOMAIN = 'gen.demo.datenlotse.de';

/**
 * An organisation of `count` units: a hundredth Dezernate, a fifth Ämter, the rest Abteilungen below the
 * Ämter. Names are unique; owners and tags on some Ämter.
 */
export function generateDepartments(random: Random, count: number, teamSize: number): GeneratedDepartment[] {
  const dezernatCount = Math.max(1, Math.round(count / 100));
  const amtCount = Math.max(1, Math.min(count - dezernatCount, Math.round(count / 5)));
  const departments: GeneratedDepartment[] = [];
  for (let i = 0; i < dezernatCount; i++) {
    departments.push({
      id: uuidFrom(random),
      name: `Dezernat ${i + 10}: ${random.pick(TOPICS)} und ${random.pick(TOPICS)}`,
      short_name: `Dez. ${i + 10}`,
      kind: 'dezernat',
      parent_id: null,
      owner: null,
      tags: [],
    });
  }
  const dezernate = departments.slice();
  for (let j = 0; j < amtCount; j++) {
    const topic = TOPICS[j % TOPICS.length];
    const district = DISTRICTS[Math.floor(j / TOPICS.length) % DISTRICTS.length];
    const round = Math.floor(j / (TOPICS.length * DISTRICTS.length));
    departments.push({
      id: uuidFrom(random),
      name: `Amt für ${topic} ${district}${round > 0 ? ` ${round + 1}` : ''}`,
      short_name: `Amt ${100 + j}`,
      kind: 'amt',
      parent_id: dezernate[j % dezernate.length].id,
      owner: teamSize > 0 && random.chance(0.3) ? random.int(0, teamSize - 1) : null,
      tags: random.chance(0.4) ? random.some(TAGS, 2) : [],
    });
  }
  const aemter = departments.slice(dezernatCount);
  const perAmt = new Map<string, number>();
  for (let k = 0; departments.length < count; k++) {
    const amt = aemter[k % aemter.length];
    const number = (perAmt.get(amt.id) ?? 0) + 1;
    perAmt.set(amt.id, number);
    departments.push({
      id: uuidFrom(random),
      name: `Abteilung ${random.pick(TOPICS)} ${number} – ${amt.short_name}`,
      short_name: `${amt.short_name.replace('Amt ', '')}/${number}`,
      kind: 'abteilung',
      parent_id: amt.id,
      owner: null,
      tags: [],
    });
  }
  return departments;
}

/** Contacts spread over the Ämter and Abteilungen; the first one of each Amt is its head. */
export function generateContacts(
  random: Random,
  count: number,
  departments: GeneratedDepartment[],
  emailPrefix = '',
): GeneratedContact[] {
  const units = departments.filter((d) => d.kind !== 'dezernat');
  const withHead = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const department = random.pick(units);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const isHead = department.kind === 'amt' && !withHead.has(department.id);
    if (isHead) withHead.add(department.id);
    const r = random.float();
    return {
      id: uuidFrom(random),
      department_id: department.id,
      name: `${first} ${last}`,
      title: isHead ? 'Amtsleitung' : random.pick(TITLES),
      email: `${emailPrefix}${transliterate(first)}.${transliterate(last)}.${i + 1}@${GENERATED_DOMAIN}`,
      phone: `0211 89-${random.int(10000, 99999)}`,
      is_head: isHead,
      relationship: r < 0.15 ? 'personally_known' : r < 0.45 ? 'introduced' : 'cold',
      legal_basis: 'Dienstliche Kontaktdaten, Art. 6 Abs. 1 lit. e DSGVO',
    };
  });
}

function transliterate(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

const CSV_HEADER = ['Name', 'Amt', 'Funktion', 'E-Mail', 'Telefon', 'Amtsleitung', 'Beziehung'];
const RELATIONSHIP_LABELS = {
  personally_known: 'persönlich bekannt',
  introduced: 'vorgestellt',
  cold: 'kalt',
};

/**
 * A contact list as a city would send it (German Excel: `;`, UTF-8 with BOM): new people, and a tenth of the
 * rows updating generated contacts (same email, new function).
 */
export function contactsCsv(
  random: Random,
  rows: number,
  departments: GeneratedDepartment[],
  existing: GeneratedContact[],
): string {
  const fresh = generateContacts(random, rows, departments, 'neu.');
  const shortNameOf = new Map(departments.map((d) => [d.id, d.short_name]));
  const updated = new Set<GeneratedContact>();
  const lines = fresh.map((contact, i) => {
    const candidate = existing.length > 0 && i % 10 === 0 ? existing[(i * 7) % existing.length] : null;
    const update = candidate && !updated.has(candidate) ? candidate : null;
    if (update) updated.add(update);
    const c = update ? { ...update, title: `${update.title} (neu)` } : contact;
    return [
      c.name,
      shortNameOf.get(c.department_id) ?? '',
      c.title,
      c.email,
      c.phone,
      c.is_head ? 'ja' : 'nein',
      RELATIONSHIP_LABELS[c.relationship],
    ]
      .map(csvCell)
      .join(';');
  });
  return `\uFEFF${[CSV_HEADER.join(';'), ...lines].join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
