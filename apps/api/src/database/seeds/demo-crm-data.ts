import { InteractionType, Relationship } from '@datenlotse/contracts';

/** Units are named by short name ("Amt 37") or, where they have none, by name. */
type UnitRef = string;

export interface SeedContact {
  unit: UnitRef;
  name: string;
  title: string;
  isHead?: boolean;
  relationship: Relationship;
  /** Defaults to vorname.nachname@ the demo domain. */
  email?: string;
}

export interface SeedInteraction {
  /** Days before the seed date, and the hour (UTC). */
  daysAgo: number;
  hour: number;
  type: InteractionType;
  summary: string;
  units: UnitRef[];
  /** Contact names. */
  contacts: string[];
  /** Team members by demo email local part: team, admin. */
  users: Array<'team' | 'admin'>;
}

export interface SeedTask {
  title: string;
  /** Days from the seed date; negative is overdue. */
  dueInDays: number;
  assignee: 'team' | 'admin';
  /** A unit reference or a contact name. */
  link: { unit: UnitRef } | { contact: string };
  /** Days before the seed date when it was done; open when absent. */
  doneDaysAgo?: number;
}

export interface SeedOwnership {
  unit: UnitRef;
  owner?: 'team' | 'admin';
  tags: string[];
}

/** The city's domain, the one the demo accounts use. */
export const DEMO_DOMAIN = 'demo.datenlotse.de';

export const DEMO_CONTACTS: SeedContact[] = [
  {
    unit: 'Amt 11',
    name: 'Dr. Michael Hoffmann',
    title: 'Amtsleiter',
    isHead: true,
    relationship: 'introduced',
  },
  {
    unit: 'Amt 11',
    name: 'Sabine Krüger',
    title: 'Abteilungsleiterin IT-Infrastruktur',
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 12',
    name: 'Prof. Dr. Ulrich Lange',
    title: 'Amtsleiter',
    isHead: true,
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 12',
    name: 'Katrin Vogel',
    title: 'Sachgebietsleiterin Wahlen',
    relationship: 'personally_known',
  },
  {
    unit: '12/2',
    name: 'Stefan Brückner',
    title: 'Abteilungsleiter Statistik und Stadtforschung',
    isHead: true,
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 13',
    name: 'Claudia Neumann',
    title: 'Amtsleiterin',
    isHead: true,
    relationship: 'introduced',
  },
  {
    unit: 'Amt 13',
    name: 'Jonas Albrecht',
    title: 'Redakteur Online-Kommunikation',
    relationship: 'personally_known',
  },
  { unit: 'Amt 14', name: 'Rainer Schuster', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  {
    unit: 'Büro FB',
    name: 'Aylin Demir',
    title: 'Flüchtlingsbeauftragte',
    isHead: true,
    relationship: 'introduced',
  },
  { unit: 'Amt 20', name: 'Dr. Petra Wagner', title: 'Stadtkämmerin', isHead: true, relationship: 'cold' },
  {
    unit: 'Amt 20',
    name: 'Markus Engel',
    title: 'Sachgebietsleiter Haushaltsplanung',
    relationship: 'introduced',
  },
  { unit: 'Amt 21', name: 'Thomas Richter', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  { unit: 'Amt 23', name: 'Birgit Sommer', title: 'Amtsleiterin', isHead: true, relationship: 'introduced' },
  { unit: 'Amt 23', name: 'Florian Haas', title: 'Sachbearbeiter Liegenschaften', relationship: 'cold' },
  { unit: 'Amt 30', name: 'Dr. Andreas Becker', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  { unit: 'Amt 32', name: 'Frank Zimmermann', title: 'Amtsleiter', isHead: true, relationship: 'introduced' },
  {
    unit: 'Amt 32',
    name: 'Melanie Schröder',
    title: 'Sachgebietsleiterin Sondernutzungen',
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 33',
    name: 'Nicole Hartmann',
    title: 'Amtsleiterin',
    isHead: true,
    relationship: 'introduced',
  },
  { unit: 'Amt 33', name: 'Kevin Lorenz', title: 'Teamleiter Terminmanagement', relationship: 'cold' },
  {
    unit: 'Amt 34',
    name: 'Ursula Peters',
    title: 'Amtsleiterin, Standesbeamtin',
    isHead: true,
    relationship: 'cold',
  },
  {
    unit: 'Amt 37',
    name: 'Dr. Hanna Brandt',
    title: 'Amtsleiterin',
    isHead: true,
    relationship: 'personally_known',
    email: `amtsleitung@${DEMO_DOMAIN}`,
  },
  {
    unit: 'Amt 37',
    name: 'Jens Kowalski',
    title: 'Sachgebietsleiter Einsatzplanung',
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 37',
    name: 'Lena Fischer',
    title: 'Referentin Leitstelle und Digitalisierung',
    relationship: 'personally_known',
  },
  {
    unit: '37/3',
    name: 'Oliver Schmitz',
    title: 'Abteilungsleiter Bevölkerungsschutz',
    isHead: true,
    relationship: 'introduced',
  },
  { unit: 'Amt 40', name: 'Heike Krause', title: 'Amtsleiterin', isHead: true, relationship: 'introduced' },
  {
    unit: 'Amt 40',
    name: 'Daniel Wolf',
    title: 'Sachgebietsleiter Schulentwicklungsplanung',
    relationship: 'personally_known',
  },
  { unit: 'Amt 41', name: 'Dr. Miriam Roth', title: 'Amtsleiterin', isHead: true, relationship: 'cold' },
  {
    unit: 'Amt 43',
    name: 'Gabriele Schulz',
    title: 'Direktorin der Volkshochschule',
    isHead: true,
    relationship: 'introduced',
  },
  { unit: 'Amt 52', name: 'Matthias Braun', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  {
    unit: 'Amt 52',
    name: 'Tobias Keller',
    title: 'Sachbearbeiter Sportstättenvergabe',
    relationship: 'introduced',
  },
  {
    unit: 'Amt 41/2',
    name: 'Dr. Elisabeth Kaiser',
    title: 'Leiterin des Stadtarchivs',
    isHead: true,
    relationship: 'personally_known',
  },
  { unit: 'Amt 50', name: 'Susanne Lehmann', title: 'Amtsleiterin', isHead: true, relationship: 'cold' },
  { unit: 'Amt 51', name: 'Christian Meyer', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  { unit: 'Amt 51', name: 'Julia Schneider', title: 'Jugendhilfeplanerin', relationship: 'introduced' },
  {
    unit: 'Amt 53',
    name: 'Dr. Karin Schwarz',
    title: 'Amtsärztin und Amtsleiterin',
    isHead: true,
    relationship: 'introduced',
  },
  {
    unit: 'Amt 19',
    name: 'Dr. Martin Weber',
    title: 'Amtsleiter',
    isHead: true,
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 19',
    name: 'Anna Köhler',
    title: 'Sachgebietsleiterin Luftreinhaltung und Lärm',
    relationship: 'personally_known',
  },
  { unit: 'Amt 61', name: 'Ralf Hofmann', title: 'Amtsleiter', isHead: true, relationship: 'introduced' },
  { unit: 'Amt 61', name: 'Sarah Winter', title: 'Stadtplanerin Bauleitplanung', relationship: 'cold' },
  {
    unit: 'Amt 62',
    name: 'Bernd Schäfer',
    title: 'Amtsleiter',
    isHead: true,
    relationship: 'personally_known',
  },
  {
    unit: 'Amt 62',
    name: 'Dr. Jan Hoffmeister',
    title: 'Sachgebietsleiter Geodaten',
    relationship: 'personally_known',
  },
  { unit: 'Amt 62', name: 'Maria Jung', title: 'GIS-Koordinatorin', relationship: 'personally_known' },
  { unit: 'Amt 63', name: 'Peter Lang', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  { unit: 'Amt 66', name: 'Dirk Neubauer', title: 'Amtsleiter', isHead: true, relationship: 'introduced' },
  {
    unit: 'Amt 66',
    name: 'Eva Ludwig',
    title: 'Sachgebietsleiterin Verkehrsdaten',
    relationship: 'personally_known',
  },
  { unit: 'Amt 67', name: 'Wolfgang Krämer', title: 'Amtsleiter', isHead: true, relationship: 'cold' },
  { unit: 'Amt 67', name: 'Lisa Berger', title: 'Sachbearbeiterin Baumkataster', relationship: 'introduced' },
  { unit: 'SEB', name: 'Holger Fuchs', title: 'Betriebsleiter', isHead: true, relationship: 'cold' },
  {
    unit: 'Amt 80',
    name: 'Dr. Stefanie Arnold',
    title: 'Amtsleiterin',
    isHead: true,
    relationship: 'introduced',
  },
  { unit: 'Amt 80', name: 'Philipp Seidel', title: 'Referent Standortdaten', relationship: 'cold' },
  {
    unit: 'Stabsstelle Digitalisierung (CDO)',
    name: 'Dr. Nadine Franke',
    title: 'Chief Digital Officer',
    isHead: true,
    relationship: 'personally_known',
  },
  {
    unit: 'Stabsstelle Digitalisierung (CDO)',
    name: 'Marco Busch',
    title: 'Referent Smart City',
    relationship: 'personally_known',
  },
  {
    unit: 'Verkehrsbetrieb (Rheinbahn-ähnlich)',
    name: 'Karsten Vogt',
    title: 'Leiter Fahrgastinformation',
    relationship: 'introduced',
    email: 'karsten.vogt@verkehrsbetrieb-demo.de',
  },
];

const FEUERWEHR = 'Amt 37';

export const DEMO_INTERACTIONS: SeedInteraction[] = [
  // The Feuerwehr, led by the demo department head: from the first email to the release in sight.
  {
    daysAgo: 118,
    hour: 8,
    type: 'email',
    summary: 'Erstkontakt per E-Mail: Open-Data-Portal vorgestellt und um ein Kennenlerngespräch gebeten',
    units: [FEUERWEHR],
    contacts: ['Dr. Hanna Brandt'],
    users: ['team'],
  },
  {
    daysAgo: 111,
    hour: 13,
    type: 'call',
    summary: 'Telefonat mit Jens Kowalski: Interesse an Einsatzstatistiken, Rückfrage zum Datenschutz',
    units: [FEUERWEHR],
    contacts: ['Jens Kowalski'],
    users: ['team'],
  },
  {
    daysAgo: 97,
    hour: 9,
    type: 'meeting',
    summary:
      'Kennenlerngespräch bei der Feuerwehr: Portal gezeigt; Ideen: Standorte der Feuerwachen, Hydranten, Einsatzstatistik',
    units: [FEUERWEHR],
    contacts: ['Dr. Hanna Brandt', 'Jens Kowalski', 'Lena Fischer'],
    users: ['team', 'admin'],
  },
  {
    daysAgo: 95,
    hour: 14,
    type: 'email',
    summary: 'Protokoll des Kennenlerngesprächs an die Feuerwehr geschickt',
    units: [FEUERWEHR],
    contacts: ['Dr. Hanna Brandt', 'Jens Kowalski', 'Lena Fischer'],
    users: ['team'],
  },
  {
    daysAgo: 55,
    hour: 10,
    type: 'call',
    summary:
      'Rückruf von Lena Fischer: Die Leitstelle kann die Einsatzzahlen monatlich aus dem Einsatzleitsystem exportieren',
    units: [FEUERWEHR],
    contacts: ['Lena Fischer'],
    users: ['team'],
  },
  {
    daysAgo: 34,
    hour: 12,
    type: 'meeting',
    summary:
      'Sirenenstandorte: Bedenken wegen kritischer Infrastruktur mit dem Bevölkerungsschutz besprochen',
    units: [FEUERWEHR, '37/3'],
    contacts: ['Oliver Schmitz', 'Dr. Hanna Brandt'],
    users: ['team', 'admin'],
  },
  {
    daysAgo: 12,
    hour: 15,
    type: 'email',
    summary: 'Beispiele aus Bonn und Köln: veröffentlichte Sirenenstandorte an Herrn Schmitz geschickt',
    units: ['37/3'],
    contacts: ['Oliver Schmitz'],
    users: ['admin'],
  },
  {
    daysAgo: 5,
    hour: 11,
    type: 'call',
    summary: 'Telefonat mit Dr. Brandt: Freigabe der Feuerwachen-Standorte in Aussicht gestellt',
    units: [FEUERWEHR],
    contacts: ['Dr. Hanna Brandt'],
    users: ['team'],
  },
  // Talks at the Dezernat conferences.
  {
    daysAgo: 104,
    hour: 8,
    type: 'talk',
    summary:
      'Vortrag in der Dezernentenkonferenz Dezernat 06: Open Data in Planen, Bauen und Umwelt – Beispiele aus anderen Städten',
    units: ['Dez. 06', 'Amt 19', 'Amt 61', 'Amt 62', 'Amt 66'],
    contacts: ['Dr. Martin Weber', 'Ralf Hofmann', 'Bernd Schäfer', 'Dirk Neubauer'],
    users: ['team', 'admin'],
  },
  {
    daysAgo: 76,
    hour: 8,
    type: 'talk',
    summary:
      'Vortrag in der Dezernentenkonferenz Dezernat 03: Was Feuerwehr und Ordnungsamt offen veröffentlichen können',
    units: ['Dez. 03', 'Amt 30', 'Amt 32', FEUERWEHR],
    contacts: ['Frank Zimmermann', 'Dr. Hanna Brandt', 'Dr. Andreas Becker'],
    users: ['team'],
  },
  {
    daysAgo: 48,
    hour: 8,
    type: 'talk',
    summary: 'Vortrag in der Dezernentenkonferenz Dezernat 04: Schul-, Kultur- und Sportdaten als Open Data',
    units: ['Dez. 04', 'Amt 40', 'Amt 41', 'Amt 52', 'Amt 41/2'],
    contacts: ['Heike Krause', 'Dr. Miriam Roth', 'Matthias Braun', 'Dr. Elisabeth Kaiser'],
    users: ['admin'],
  },
  {
    daysAgo: 20,
    hour: 8,
    type: 'talk',
    summary:
      'Vortrag in der Dezernentenkonferenz Dezernat 05: Open Data ohne Personenbezug – Sozial- und Gesundheitsberichte',
    units: ['Dez. 05', 'Amt 50', 'Amt 51', 'Amt 53'],
    contacts: ['Susanne Lehmann', 'Christian Meyer', 'Dr. Karin Schwarz'],
    users: ['team', 'admin'],
  },
  // The Open Data Day.
  {
    daysAgo: 70,
    hour: 13,
    type: 'meeting',
    summary:
      'Vorbereitung des Open Data Day mit der Stabsstelle Digitalisierung: Räume, Datensätze, Stände der Ämter',
    units: ['Stabsstelle Digitalisierung (CDO)', 'Amt 12'],
    contacts: ['Dr. Nadine Franke', 'Marco Busch'],
    users: ['team'],
  },
  {
    daysAgo: 62,
    hour: 9,
    type: 'event',
    summary:
      'Open Data Day im Rathaus: Hackathon mit der Community; Stände von Vermessungsamt, Umweltamt, Verkehrsmanagement und Stadtarchiv',
    units: ['Amt 12', 'Amt 62', 'Amt 19', 'Amt 66', 'Amt 41/2', 'Stabsstelle Digitalisierung (CDO)'],
    contacts: [
      'Dr. Jan Hoffmeister',
      'Anna Köhler',
      'Eva Ludwig',
      'Dr. Elisabeth Kaiser',
      'Dr. Nadine Franke',
    ],
    users: ['team', 'admin'],
  },
  {
    daysAgo: 59,
    hour: 10,
    type: 'email',
    summary: 'Dank an die Ämter für die Teilnahme am Open Data Day, mit Fotos und Ergebnissen des Hackathons',
    units: ['Amt 62', 'Amt 19', 'Amt 66', 'Amt 41/2'],
    contacts: ['Dr. Jan Hoffmeister', 'Anna Köhler', 'Eva Ludwig', 'Dr. Elisabeth Kaiser'],
    users: ['team'],
  },
  // Everyday acquisition work.
  {
    daysAgo: 100,
    hour: 12,
    type: 'meeting',
    summary:
      'Statistisches Jahrbuch als Open Data: Abstimmung mit der Abteilung Statistik und Stadtforschung',
    units: ['12/2', 'Amt 12'],
    contacts: ['Stefan Brückner', 'Prof. Dr. Ulrich Lange'],
    users: ['team'],
  },
  {
    daysAgo: 92,
    hour: 9,
    type: 'workshop',
    summary:
      'Workshop Geodaten mit dem Vermessungs- und Katasteramt: Stadtbezirke, Adressen, Liegenschaftskataster',
    units: ['Amt 62'],
    contacts: ['Bernd Schäfer', 'Dr. Jan Hoffmeister', 'Maria Jung'],
    users: ['team', 'admin'],
  },
  {
    daysAgo: 88,
    hour: 14,
    type: 'meeting',
    summary: 'Verkehrsdaten: Termin beim Amt für Verkehrsmanagement zu Zählstellen und Parkhausbelegung',
    units: ['Amt 66'],
    contacts: ['Dirk Neubauer', 'Eva Ludwig'],
    users: ['team'],
  },
  {
    daysAgo: 66,
    hour: 10,
    type: 'meeting',
    summary: 'Umweltamt: Luftmessdaten und Lärmkarten – Gespräch mit Anna Köhler',
    units: ['Amt 19'],
    contacts: ['Anna Köhler'],
    users: ['admin'],
  },
  {
    daysAgo: 58,
    hour: 11,
    type: 'call',
    summary: 'Kulturamt: erstes Telefonat, Interesse an Veranstaltungsdaten – Termin folgt',
    units: ['Amt 41'],
    contacts: ['Dr. Miriam Roth'],
    users: ['team'],
  },
  {
    daysAgo: 45,
    hour: 9,
    type: 'email',
    summary: 'Bürgerservice: Anfrage zu den Wartezeiten der Bürgerbüros als Open Data',
    units: ['Amt 33'],
    contacts: ['Nicole Hartmann'],
    users: ['team'],
  },
  {
    daysAgo: 40,
    hour: 15,
    type: 'call',
    summary: 'Geodaten: Rückfrage zur Lizenz dl-de/by-2.0 für die Stadtbezirksgrenzen',
    units: ['Amt 62'],
    contacts: ['Dr. Jan Hoffmeister'],
    users: ['admin'],
  },
  {
    daysAgo: 30,
    hour: 10,
    type: 'meeting',
    summary: 'Garten-, Friedhofs- und Forstamt: Baumkataster vorgestellt bekommen',
    units: ['Amt 67'],
    contacts: ['Lisa Berger', 'Wolfgang Krämer'],
    users: ['team'],
  },
  {
    daysAgo: 26,
    hour: 13,
    type: 'email',
    summary: 'Amt für Verkehrsmanagement schickt eine Probedatei der Radzählstellen (CSV)',
    units: ['Amt 66'],
    contacts: ['Eva Ludwig'],
    users: ['team'],
  },
  {
    daysAgo: 15,
    hour: 8,
    type: 'seminar',
    summary: 'Open-Data-Schulung für Sachbearbeitende: Datenformate, Lizenzen, Metadaten',
    units: ['Amt 19', 'Amt 62', 'Amt 66', 'Amt 67', 'Amt 33'],
    contacts: ['Anna Köhler', 'Maria Jung', 'Lisa Berger', 'Kevin Lorenz'],
    users: ['team', 'admin'],
  },
  {
    daysAgo: 9,
    hour: 9,
    type: 'letter',
    summary: 'Brief an die Stadtkämmerei: Bitte um eine Ansprechperson für Haushaltsdaten',
    units: ['Amt 20'],
    contacts: ['Dr. Petra Wagner'],
    users: ['admin'],
  },
  {
    daysAgo: 7,
    hour: 13,
    type: 'meeting',
    summary: 'Wirtschaftsförderung: Gewerbeflächen und Standortdaten',
    units: ['Amt 80'],
    contacts: ['Dr. Stefanie Arnold', 'Philipp Seidel'],
    users: ['admin'],
  },
  {
    daysAgo: 3,
    hour: 14,
    type: 'note',
    summary: 'Notiz: Das Jugendamt verweist für Kita-Plätze auf die Jugendhilfeplanung',
    units: ['Amt 51'],
    contacts: ['Julia Schneider'],
    users: ['team'],
  },
  {
    daysAgo: 2,
    hour: 10,
    type: 'call',
    summary: 'Stadtarchiv: Digitalisate historischer Stadtpläne – Lizenzfrage geklärt',
    units: ['Amt 41/2'],
    contacts: ['Dr. Elisabeth Kaiser'],
    users: ['admin'],
  },
  {
    daysAgo: 1,
    hour: 9,
    type: 'email',
    summary: 'Verkehrsbetrieb: Zusage, die Soll-Fahrplandaten (GTFS) im Portal zu verlinken',
    units: ['Verkehrsbetrieb (Rheinbahn-ähnlich)'],
    contacts: ['Karsten Vogt'],
    users: ['team'],
  },
];

export const DEMO_TASKS: SeedTask[] = [
  {
    title: 'Protokoll des Sirenen-Termins an Herrn Schmitz schicken',
    dueInDays: -3,
    assignee: 'team',
    link: { unit: '37/3' },
  },
  {
    title: 'Feuerwachen-Standorte als Datei bei Lena Fischer anfragen',
    dueInDays: 2,
    assignee: 'team',
    link: { contact: 'Lena Fischer' },
  },
  {
    title: 'Interview (drei Teile) mit der Feuerwehr terminieren',
    dueInDays: 4,
    assignee: 'team',
    link: { unit: FEUERWEHR },
  },
  {
    title: 'Probedatei der Radzählstellen prüfen und Rückmeldung geben',
    dueInDays: -1,
    assignee: 'team',
    link: { unit: 'Amt 66' },
  },
  {
    title: 'Kennenlerngespräch mit dem Kulturamt vereinbaren',
    dueInDays: 10,
    assignee: 'team',
    link: { unit: 'Amt 41' },
  },
  {
    title: 'Folien der Dezernentenkonferenz an Dezernat 05 schicken',
    dueInDays: -6,
    assignee: 'admin',
    link: { unit: 'Dez. 05' },
  },
  {
    title: 'Lizenzhinweis für Geodaten mit Dr. Hoffmeister abstimmen',
    dueInDays: 1,
    assignee: 'admin',
    link: { contact: 'Dr. Jan Hoffmeister' },
  },
  {
    title: 'Antwort der Stadtkämmerei nachhalten',
    dueInDays: 6,
    assignee: 'admin',
    link: { unit: 'Amt 20' },
  },
  {
    title: 'Liste der Gewerbeflächen bei der Wirtschaftsförderung anfordern',
    dueInDays: 14,
    assignee: 'admin',
    link: { unit: 'Amt 80' },
  },
  {
    title: 'Ergebnisse des Open Data Day im Blog veröffentlichen',
    dueInDays: -55,
    assignee: 'team',
    link: { unit: 'Amt 12' },
    doneDaysAgo: 56,
  },
];

export const DEMO_OWNERSHIP: SeedOwnership[] = [
  { unit: FEUERWEHR, owner: 'team', tags: ['Pilotamt', 'Kritische Infrastruktur'] },
  { unit: 'Amt 62', owner: 'admin', tags: ['Geodaten', 'Pilotamt'] },
  { unit: 'Amt 66', owner: 'team', tags: ['Mobilität', 'Pilotamt'] },
  { unit: 'Amt 19', owner: 'admin', tags: ['Umwelt', 'Geodaten'] },
  { unit: 'Amt 12', owner: 'team', tags: ['Statistik'] },
  { unit: 'Amt 41/2', owner: 'admin', tags: ['Kultur'] },
  { unit: 'Amt 41', tags: ['Kultur'] },
  { unit: 'Stabsstelle Digitalisierung (CDO)', owner: 'team', tags: ['Smart City'] },
  { unit: 'Verkehrsbetrieb (Rheinbahn-ähnlich)', tags: ['Mobilität', 'Extern'] },
];
