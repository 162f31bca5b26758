import { DepartmentKind } from '@datenlotse/contracts';

export interface SeedUnit {
  name: string;
  shortName?: string;
  kind: DepartmentKind;
  website?: string;
  children?: SeedUnit[];
}

const amt = (shortName: string, name: string, children?: SeedUnit[]): SeedUnit => ({
  name,
  shortName,
  kind: 'amt',
  ...(children && { children }),
});

/**
 * A Düsseldorf-like organisation: Dezernate with their Ämter. The names are those a large German city
 * publishes in its organisation chart; the assignment to Dezernate is simplified.
 */
export const DEMO_ORGANISATION: SeedUnit[] = [
  {
    name: 'Dezernat des Oberbürgermeisters',
    shortName: 'Dez. OB',
    kind: 'dezernat',
    children: [
      amt('Amt 13', 'Amt für Kommunikation'),
      amt('Amt 14', 'Rechnungsprüfungsamt'),
      { name: 'Büro der Flüchtlingsbeauftragten', shortName: 'Büro FB', kind: 'abteilung' },
    ],
  },
  {
    name: 'Dezernat für Personal, Organisation, IT und Bürgerservice',
    shortName: 'Dez. 01',
    kind: 'dezernat',
    children: [
      amt('Amt 11', 'Amt für Personal, Organisation und IT'),
      amt('Amt 12', 'Amt für Statistik und Wahlen', [
        { name: 'Abteilung Statistik und Stadtforschung', shortName: '12/2', kind: 'abteilung' },
        { name: 'Sachgebiet Open Data', shortName: '12/21', kind: 'abteilung' },
      ]),
      amt('Amt 33', 'Bürgerservice'),
    ],
  },
  {
    name: 'Dezernat für Finanzen und Beteiligungen',
    shortName: 'Dez. 02',
    kind: 'dezernat',
    children: [
      amt('Amt 20', 'Stadtkämmerei'),
      amt('Amt 21', 'Steueramt'),
      amt('Amt 23', 'Amt für Immobilienmanagement'),
    ],
  },
  {
    name: 'Dezernat für Recht, Ordnung und Feuerwehr',
    shortName: 'Dez. 03',
    kind: 'dezernat',
    children: [
      amt('Amt 30', 'Rechtsamt'),
      amt('Amt 32', 'Ordnungsamt'),
      amt('Amt 34', 'Standesamt'),
      amt('Amt 37', 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz', [
        {
          name: 'Abteilung Einsatzvorbereitung und Bevölkerungsschutz',
          shortName: '37/3',
          kind: 'abteilung',
        },
      ]),
    ],
  },
  {
    name: 'Dezernat für Kultur, Bildung und Sport',
    shortName: 'Dez. 04',
    kind: 'dezernat',
    children: [
      amt('Amt 40', 'Schulverwaltungsamt'),
      amt('Amt 41', 'Kulturamt'),
      amt('Amt 43', 'Volkshochschule'),
      amt('Amt 52', 'Sportamt'),
      { name: 'Stadtarchiv', shortName: 'Amt 41/2', kind: 'institut' },
    ],
  },
  {
    name: 'Dezernat für Jugend, Soziales und Gesundheit',
    shortName: 'Dez. 05',
    kind: 'dezernat',
    children: [
      amt('Amt 50', 'Amt für Soziales'),
      amt('Amt 51', 'Jugendamt'),
      amt('Amt 53', 'Gesundheitsamt'),
    ],
  },
  {
    name: 'Dezernat für Planen, Bauen, Umwelt und Mobilität',
    shortName: 'Dez. 06',
    kind: 'dezernat',
    children: [
      amt('Amt 19', 'Umweltamt'),
      amt('Amt 61', 'Stadtplanungsamt'),
      amt('Amt 62', 'Vermessungs- und Katasteramt'),
      amt('Amt 63', 'Bauaufsichtsamt'),
      amt('Amt 66', 'Amt für Verkehrsmanagement'),
      amt('Amt 67', 'Garten-, Friedhofs- und Forstamt'),
      { name: 'Stadtentwässerungsbetrieb', shortName: 'SEB', kind: 'eigenbetrieb' },
    ],
  },
  {
    name: 'Dezernat für Wirtschaft und Digitalisierung',
    shortName: 'Dez. 07',
    kind: 'dezernat',
    children: [
      amt('Amt 80', 'Amt für Wirtschaftsförderung'),
      { name: 'Stabsstelle Digitalisierung (CDO)', kind: 'abteilung' },
    ],
  },
  { name: 'Verkehrsbetrieb (Rheinbahn-ähnlich)', kind: 'external' },
];

/** The department the demo department head leads. */
export const DEMO_HEAD_DEPARTMENT = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

export const DEMO_PASSWORD = 'datenlotse-demo';

export const DEMO_USERS = [
  { email: 'admin@demo.datenlotse.de', name: 'Alex Admin', role: 'admin' },
  { email: 'team@demo.datenlotse.de', name: 'Tara Team', role: 'team' },
  { email: 'amtsleitung@demo.datenlotse.de', name: 'Dr. Hanna Brandt', role: 'department_head' },
  { email: 'management@demo.datenlotse.de', name: 'Martin Management', role: 'management' },
] as const;
