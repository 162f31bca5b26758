import {
  DatasetClassification,
  DatasetStage,
  DataTheme,
  DeliveryMethod,
  Frequency,
  License,
  ObjectionCategory,
  ObjectionStatus,
  ScheduleKind,
} from '@datenlotse/contracts';

/** Units by short name ("Amt 37") or, where they have none, by name; contacts by name (demo-crm-data.ts). */
type UnitRef = string;
type TeamRef = 'team' | 'admin';

/** One move of the stage history: the stage entered, how many days before the seed date, and why. */
export type SeedStep = readonly [to: DatasetStage, daysAgo: number, reason?: string];

export interface SeedAgreement {
  contact: string;
  method: DeliveryMethod;
  format: string;
  kind: ScheduleKind;
  rrule?: string;
  /** The first due date, in days from the seed date; defaults to the day of the first `delivered` step. */
  startInDays?: number;
  /** The newest due date has passed without a delivery: the demo's one overdue agreement. */
  overdue?: boolean;
  note?: string;
}

/** A delivery beyond those the schedule implies (one per due date up to today). */
export interface SeedDelivery {
  daysAgo: number;
  dueDaysAgo: number;
  qualityCheck: 'passed' | 'failed' | null;
  qualityNote?: string;
  note?: string;
}

export interface SeedDataset {
  title: string;
  description?: string;
  unit: UnitRef;
  owner?: TeamRef;
  /** A Musterdatenkatalog model dataset, by its name ("THEMA - BEZEICHNUNG"). */
  modelDataset?: string;
  sourceSystem?: string;
  formats?: string[];
  periodicity?: Frequency;
  license?: License;
  /** Whether the attribution text is filled in (for licences that ask for one). */
  attribution?: boolean;
  personalData?: boolean;
  classification?: DatasetClassification;
  keywords?: string[];
  themes?: DataTheme[];
  /** A contact of the unit, named as contact point. */
  contactPoint?: string;
  /** The data cover the years since this many years before the seed date. */
  temporalYears?: number;
  history: SeedStep[];
  agreement?: SeedAgreement;
  extraDeliveries?: SeedDelivery[];
}

export interface SeedObjection {
  /** The dataset's title, or none for a general objection of `unit`. */
  dataset?: string;
  unit?: UnitRef;
  raisedBy: string;
  raisedDaysAgo: number;
  category: ObjectionCategory;
  statement: string;
  status: ObjectionStatus;
  response?: { daysAgo: number; text: string; argumentSeedKey?: string };
  resolution?: { daysAgo: number; note: string };
  comments?: Array<{ author: TeamRef | 'amtsleitung'; daysAgo: number; body: string }>;
}

/** The invented portal of the demo city, in the form of the Düsseldorf DKAN portal. */
export const DEMO_PORTAL = 'https://opendata.duesseldorf.de/dataset';
export const SIREN_ARGUMENT = 'critical-infrastructure-visible-sirens';
export const SIRENS = 'Sirenenstandorte';

const FEUERWEHR = 'Amt 37';

// prettier-ignore
export const DEMO_DATASETS: SeedDataset[] = [
  // identified
  { title: 'Veranstaltungskalender des Kulturamts', unit: 'Amt 41',
    modelDataset: 'Kultur - Veranstaltung - Angebot',
    description: 'Kulturveranstaltungen der städtischen Häuser mit Ort, Datum und Kategorie.',
    history: [['identified', 58]] },
  { title: 'Wartezeiten in den Bürgerbüros', unit: 'Amt 33', owner: 'admin',
    modelDataset: 'Bürgerservice - Wartezeit', sourceSystem: 'Terminmanagementsystem',
    history: [['identified', 45]] },
  { title: 'Gewerbeflächenangebot', unit: 'Amt 80', owner: 'admin',
    modelDataset: 'Wirtschaft - Bürofläche Industriefläche Gewerbefläche',
    description: 'Freie städtische Gewerbe- und Industrieflächen mit Größe, Lage und Planungsrecht.',
    history: [['identified', 7]] },
  // in_clarification
  { title: 'Hydrantenstandorte', unit: FEUERWEHR, owner: 'team',
    description: 'Standorte der Über- und Unterflurhydranten im Stadtgebiet.',
    sourceSystem: 'Hydrantenkataster (GIS)', formats: ['GeoJSON'],
    history: [['identified', 97], ['in_clarification', 90]] },
  { title: 'Vornamen der Neugeborenen', unit: 'Amt 34', owner: 'team',
    modelDataset: 'Bevölkerungsstruktur - Vorname', sourceSystem: 'AutiSta',
    description: 'Häufigkeit der Vornamen der im Stadtgebiet geborenen Kinder nach Jahr und Geschlecht.',
    formats: ['CSV'], periodicity: 'ANNUAL', themes: ['SOCI'],
    history: [['identified', 70], ['in_clarification', 64]] },
  { title: 'Kanalnetz: Haltungen und Schächte', unit: 'SEB', owner: 'admin',
    modelDataset: 'Abfallentsorgung - Entwässerung', sourceSystem: 'Kanalinformationssystem',
    description: 'Lage, Material und Nennweite der öffentlichen Abwasserkanäle und Schächte.',
    formats: ['GeoJSON', 'SHP'],
    history: [['identified', 80], ['in_clarification', 72]] },
  // agreed
  { title: SIRENS, unit: FEUERWEHR, owner: 'team',
    modelDataset: 'Sicherheit - Zivilschutz und Katastrophenschutz - Sirene',
    description:
      'Standorte der Sirenen für die Warnung der Bevölkerung mit Adresse, Koordinaten und Sirenentyp.',
    formats: ['CSV', 'GeoJSON'], license: 'dl-zero-de/2.0', themes: ['GOVE', 'JUST'],
    keywords: ['Sirene', 'Bevölkerungsschutz', 'Warnung'], contactPoint: 'Oliver Schmitz',
    history: [['identified', 76], ['in_clarification', 34], ['agreed', 3], ['delivery_scheduled', 3]],
    agreement: { contact: 'Oliver Schmitz', method: 'file_share', format: 'CSV, GeoJSON', kind: 'once',
      startInDays: 10, note: 'Export aus dem Sirenenkataster, ohne Angaben zur Ansteuerung' } },
  { title: 'Denkmalliste', unit: 'Amt 61', owner: 'admin', modelDataset: 'Kultur - Denkmal',
    description: 'Eingetragene Baudenkmäler mit Adresse, Objektbeschreibung und Eintragungsdatum.',
    formats: ['CSV'], license: 'dl-by-de/2.0', themes: ['EDUC'], keywords: ['Denkmal', 'Denkmalschutz'],
    history: [['identified', 104], ['in_clarification', 40], ['agreed', 12], ['delivery_scheduled', 12]],
    agreement: { contact: 'Ralf Hofmann', method: 'email', format: 'XLSX', kind: 'once', startInDays: 21 } },
  { title: 'Historische Stadtpläne', unit: 'Amt 41/2', owner: 'admin',
    modelDataset: 'Geschichte - Quelle - Historische Karte',
    description: 'Digitalisate historischer Stadtpläne von 1820 bis 1950 in hoher Auflösung.',
    formats: ['TIFF', 'JPEG'], license: 'cc-zero', themes: ['EDUC'], keywords: ['Stadtgeschichte', 'Karte'],
    // Agreed in principle; the delivery date is still open, so there is no delivery agreement yet.
    history: [['identified', 62], ['in_clarification', 40], ['agreed', 2]] },
  // delivery_scheduled, one of them overdue, one back after a failed check
  { title: 'Einsatzstatistik der Feuerwehr und des Rettungsdienstes', unit: FEUERWEHR, owner: 'team',
    modelDataset: 'Sicherheit - Feuerwehr - Feuerwehreinsatz', sourceSystem: 'Einsatzleitsystem',
    description: 'Einsätze nach Monat, Stadtteil und Einsatzart (Brand, technische Hilfe, Rettungsdienst).',
    formats: ['CSV'], periodicity: 'MONTHLY', license: 'dl-by-de/2.0', attribution: true,
    themes: ['JUST', 'HEAL'], keywords: ['Feuerwehr', 'Rettungsdienst', 'Einsätze'], contactPoint: 'Lena Fischer',
    history: [['identified', 111], ['in_clarification', 97], ['agreed', 55], ['delivery_scheduled', 50]],
    agreement: { contact: 'Lena Fischer', method: 'export_from_system', format: 'CSV', kind: 'monthly',
      startInDays: -4, overdue: true,
      note: 'Monatlicher Export aus dem Einsatzleitsystem, aggregiert nach Stadtteil' } },
  { title: 'Feuerwachen-Standorte', unit: FEUERWEHR, owner: 'team',
    modelDataset: 'Sicherheit - Feuerwehr - Standort',
    description: 'Berufs- und Freiwillige Feuerwachen mit Adresse und Koordinaten.',
    formats: ['CSV', 'GeoJSON'], license: 'dl-zero-de/2.0', themes: ['JUST'],
    history: [['identified', 97], ['agreed', 5], ['delivery_scheduled', 5]],
    agreement: { contact: 'Lena Fischer', method: 'email', format: 'CSV', kind: 'once', startInDays: 9 } },
  { title: 'Baumkataster', unit: 'Amt 67', owner: 'admin',
    modelDataset: 'Flora und Fauna - Baumbestand - Baumkataster', sourceSystem: 'GALK-Baumkataster',
    description: 'Straßen- und Parkbäume mit Baumart, Pflanzjahr, Stammumfang und Standort.',
    formats: ['CSV', 'GeoJSON'], license: 'dl-by-de/2.0', attribution: true, themes: ['ENVI'],
    keywords: ['Bäume', 'Stadtgrün'], contactPoint: 'Lisa Berger',
    history: [['identified', 30], ['agreed', 28], ['delivered', 20], ['in_review', 19],
      ['delivery_scheduled', 16, 'Qualitätsprüfung nicht bestanden: falsches Koordinatensystem, Baumarten fehlen']],
    agreement: { contact: 'Lisa Berger', method: 'upload', format: 'CSV', kind: 'once', startInDays: 6,
      note: 'Korrigierte Neulieferung in ETRS89/UTM32' },
    extraDeliveries: [{ daysAgo: 20, dueDaysAgo: 20, qualityCheck: 'failed',
      qualityNote: 'Koordinaten im Gauß-Krüger-System statt ETRS89/UTM32; bei 1.240 Bäumen fehlt die Baumart.' }] },
  { title: 'Wahlbezirke und Wahllokale', unit: 'Amt 12', owner: 'team',
    modelDataset: 'Politische Partizipation - Wahl - Wahllokal',
    description: 'Stimmbezirke mit Wahllokal, Adresse und Barrierefreiheit.', formats: ['CSV', 'GeoJSON'],
    license: 'dl-zero-de/2.0', themes: ['GOVE'], keywords: ['Wahlen', 'Wahllokal'],
    contactPoint: 'Katrin Vogel',
    history: [['identified', 100], ['agreed', 60], ['delivery_scheduled', 58]],
    agreement: { contact: 'Katrin Vogel', method: 'email', format: 'CSV', kind: 'once', startInDays: 20 } },
  // delivered
  { title: 'Radzählstellen: Zählwerte', unit: 'Amt 66', owner: 'team',
    modelDataset: 'Verkehr - Radverkehr - Messung', sourceSystem: 'Zählstellen-Plattform',
    description: 'Stündliche Zählwerte der automatischen Radzählstellen.',
    formats: ['CSV'], periodicity: 'MONTHLY', license: 'dl-zero-de/2.0', themes: ['TRAN'],
    keywords: ['Radverkehr', 'Zählstelle'], contactPoint: 'Eva Ludwig',
    history: [['identified', 88], ['in_clarification', 80], ['agreed', 40], ['delivery_scheduled', 38],
      ['delivered', 26]],
    agreement: { contact: 'Eva Ludwig', method: 'email', format: 'CSV', kind: 'monthly',
      note: 'Die erste Lieferung ist eine Probedatei' } },
  { title: 'Schulstandorte', unit: 'Amt 40', owner: 'admin', modelDataset: 'Bildung - Schule - Standort',
    description: 'Städtische Schulen mit Schulform, Adresse und Koordinaten.',
    formats: ['CSV'], periodicity: 'ANNUAL', license: 'dl-zero-de/2.0', themes: ['EDUC'],
    keywords: ['Schule'], contactPoint: 'Daniel Wolf',
    history: [['identified', 48], ['agreed', 30], ['delivered', 10]],
    agreement: { contact: 'Daniel Wolf', method: 'email', format: 'CSV', kind: 'yearly' } },
  // in_review
  { title: 'Luftqualität: Messwerte der Messstationen', unit: 'Amt 19', owner: 'admin',
    modelDataset: 'Klimaschutz und Umweltschutz - Bericht und Analyse - Luft und Emission',
    description: 'Stundenmittelwerte für Stickstoffdioxid und Feinstaub der städtischen Messstationen.',
    sourceSystem: 'Luftmessnetz', formats: ['CSV'], periodicity: 'QUARTERLY', license: 'dl-by-de/2.0',
    attribution: true, themes: ['ENVI', 'HEAL'], keywords: ['Luftqualität', 'NO2', 'Feinstaub'],
    contactPoint: 'Anna Köhler', temporalYears: 5,
    history: [['identified', 66], ['in_clarification', 60], ['agreed', 45], ['delivery_scheduled', 44],
      ['delivered', 8], ['in_review', 7]],
    agreement: { contact: 'Anna Köhler', method: 'file_share', format: 'CSV', kind: 'quarterly' } },
  { title: 'Kursangebot der Volkshochschule', unit: 'Amt 43', owner: 'team',
    modelDataset: 'Bildung - Volkshochschule - Veranstaltung', sourceSystem: 'Kursverwaltung',
    description: 'Kurse mit Termin, Ort, Entgelt und freien Plätzen.',
    formats: ['JSON', 'CSV'], periodicity: 'WEEKLY', license: 'dl-zero-de/2.0', themes: ['EDUC'],
    keywords: ['Weiterbildung', 'Kurse'], contactPoint: 'Gabriele Schulz',
    history: [['identified', 48], ['agreed', 20], ['delivered', 6], ['in_review', 5]],
    agreement: { contact: 'Gabriele Schulz', method: 'api', format: 'JSON', kind: 'weekly' } },
  // awaiting_approval
  { title: 'Defibrillatoren (AED-Standorte)', unit: FEUERWEHR, owner: 'team',
    modelDataset: 'Gesundheit - Rettungsdienst - Defibrillator',
    description: 'Öffentlich zugängliche Defibrillatoren mit Standort und Zugangszeiten.',
    formats: ['CSV', 'GeoJSON'], periodicity: 'IRREG', license: 'dl-zero-de/2.0', themes: ['HEAL'],
    keywords: ['Defibrillator', 'Erste Hilfe'], contactPoint: 'Jens Kowalski', temporalYears: 1,
    history: [['identified', 60], ['agreed', 40], ['delivered', 18], ['in_review', 16],
      ['awaiting_approval', 9]],
    agreement: { contact: 'Jens Kowalski', method: 'email', format: 'CSV', kind: 'once' } },
  { title: 'Spielplätze', unit: 'Amt 67', owner: 'admin', modelDataset: 'Freizeit - Spielplatz und Spielstätte',
    description: 'Öffentliche Spielplätze mit Ausstattung und Altersgruppen.',
    formats: ['GeoJSON'], periodicity: 'ANNUAL', license: 'dl-by-de/2.0', attribution: true,
    themes: ['SOCI'], keywords: ['Spielplatz', 'Freizeit'], contactPoint: 'Wolfgang Krämer',
    history: [['identified', 62], ['in_clarification', 55], ['agreed', 35], ['delivered', 15],
      ['in_review', 14], ['awaiting_approval', 11]],
    agreement: { contact: 'Wolfgang Krämer', method: 'upload', format: 'GeoJSON', kind: 'yearly' } },
  // changes_requested
  { title: 'Hausnummern und Adressen', unit: 'Amt 62', owner: 'admin',
    modelDataset: 'Raumplanung - Raumgliederung - Hausnummer', sourceSystem: 'ALKIS',
    description: 'Amtliche Hauskoordinaten mit Straße, Hausnummer und Postleitzahl.',
    formats: ['CSV'], periodicity: 'MONTHLY', license: 'dl-zero-de/2.0', themes: ['REGI'],
    keywords: ['Adressen', 'Geodaten'], contactPoint: 'Dr. Jan Hoffmeister',
    history: [['identified', 92], ['agreed', 70], ['delivery_scheduled', 68], ['delivered', 40],
      ['in_review', 38], ['awaiting_approval', 30],
      ['changes_requested', 22, 'Bitte ohne die Adressen von Frauenhäusern und anderen Schutzeinrichtungen.']],
    agreement: { contact: 'Dr. Jan Hoffmeister', method: 'export_from_system', format: 'CSV', kind: 'once' } },
  // approved
  { title: 'Stadtbezirks- und Stadtteilgrenzen', unit: 'Amt 62', owner: 'admin',
    modelDataset: 'Raumplanung - Raumgliederung - Ortsteil', sourceSystem: 'ALKIS',
    description: 'Grenzen der 10 Stadtbezirke und 50 Stadtteile als Polygone.',
    formats: ['GeoJSON', 'SHP'], periodicity: 'IRREG', license: 'dl-by-de/2.0', attribution: true,
    themes: ['REGI', 'GOVE'], keywords: ['Stadtbezirk', 'Stadtteil', 'Geodaten'], contactPoint: 'Maria Jung',
    history: [['identified', 92], ['in_clarification', 40], ['agreed', 33], ['delivered', 25],
      ['in_review', 24], ['awaiting_approval', 20], ['approved', 6]],
    agreement: { contact: 'Maria Jung', method: 'file_share', format: 'GeoJSON', kind: 'once' } },
  // published
  { title: 'Einwohnerinnen und Einwohner nach Stadtteilen', unit: '12/2', owner: 'team',
    modelDataset: 'Bevölkerungsstruktur - Einwohnerzahl', sourceSystem: 'Melderegister (statistischer Auszug)',
    description: 'Bevölkerung mit Hauptwohnsitz zum 31.12. nach Stadtteil, Altersgruppe und Geschlecht.',
    formats: ['CSV', 'XLSX'], periodicity: 'ANNUAL', license: 'dl-by-de/2.0', attribution: true,
    themes: ['SOCI', 'REGI'], keywords: ['Bevölkerung', 'Einwohner', 'Stadtteil'],
    contactPoint: 'Stefan Brückner', temporalYears: 10,
    history: [['identified', 340], ['agreed', 330], ['delivered', 320], ['in_review', 318],
      ['awaiting_approval', 315], ['approved', 312], ['published', 308]],
    agreement: { contact: 'Stefan Brückner', method: 'upload', format: 'CSV', kind: 'yearly' } },
  { title: 'Friedhöfe', unit: 'Amt 67', owner: 'admin', modelDataset: 'Kultur - Friedhof - Standort',
    description: 'Kommunale Friedhöfe mit Adresse, Fläche und Öffnungszeiten.',
    formats: ['CSV', 'GeoJSON'], periodicity: 'ANNUAL', license: 'dl-zero-de/2.0', themes: ['SOCI'],
    keywords: ['Friedhof'], contactPoint: 'Wolfgang Krämer',
    history: [['identified', 95], ['agreed', 85], ['delivered', 75], ['in_review', 74],
      ['awaiting_approval', 72], ['approved', 66], ['published', 64]],
    agreement: { contact: 'Wolfgang Krämer', method: 'email', format: 'CSV', kind: 'yearly' } },
  { title: 'Öffentliche Toiletten', unit: 'Amt 23', owner: 'team',
    modelDataset: 'Gesundheit - Öffentliche Toilette',
    description: 'Öffentliche Toiletten mit Öffnungszeiten, Barrierefreiheit und Wickelmöglichkeit.',
    formats: ['CSV', 'GeoJSON'], periodicity: 'QUARTERLY', license: 'dl-zero-de/2.0', themes: ['HEAL', 'SOCI'],
    keywords: ['Toilette', 'Barrierefreiheit'], contactPoint: 'Florian Haas',
    history: [['identified', 50], ['agreed', 42], ['delivered', 35], ['in_review', 34],
      ['awaiting_approval', 30], ['approved', 24], ['published', 22]],
    agreement: { contact: 'Florian Haas', method: 'email', format: 'CSV', kind: 'quarterly' } },
  // maintained
  { title: 'Digitale Orthophotos', unit: 'Amt 62', owner: 'admin', modelDataset: 'Raumplanung - Orthofoto',
    description: 'Senkrechtluftbilder des Stadtgebiets mit 10 cm Bodenauflösung, jährlich beflogen.',
    sourceSystem: 'Geodateninfrastruktur', formats: ['GeoTIFF', 'WMS'], periodicity: 'ANNUAL',
    license: 'dl-zero-de/2.0', themes: ['REGI', 'ENVI'], keywords: ['Luftbild', 'Orthophoto', 'Geodaten'],
    contactPoint: 'Dr. Jan Hoffmeister', temporalYears: 8,
    history: [['identified', 430], ['agreed', 415], ['delivery_scheduled', 410], ['delivered', 400],
      ['in_review', 399], ['awaiting_approval', 396], ['approved', 392], ['published', 385],
      ['maintained', 33]],
    agreement: { contact: 'Dr. Jan Hoffmeister', method: 'file_share', format: 'GeoTIFF', kind: 'yearly' } },
  { title: 'Bebauungspläne', unit: 'Amt 61', owner: 'admin', modelDataset: 'Raumplanung - Bebauungsplan',
    description: 'Rechtskräftige Bebauungspläne mit Geltungsbereich, Planzeichnung und Begründung.',
    sourceSystem: 'Planverwaltung', formats: ['GeoJSON', 'PDF'], periodicity: 'MONTHLY',
    license: 'dl-by-de/2.0', attribution: true, themes: ['REGI', 'GOVE'],
    keywords: ['Bebauungsplan', 'Bauleitplanung'], contactPoint: 'Sarah Winter', temporalYears: 30,
    history: [['identified', 260], ['in_clarification', 250], ['agreed', 240], ['delivered', 230],
      ['in_review', 229], ['awaiting_approval', 226], ['approved', 221], ['published', 218],
      ['maintained', 190]],
    agreement: { contact: 'Sarah Winter', method: 'export_from_system', format: 'GeoJSON', kind: 'rrule',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', note: 'Zum Monatsende: neu rechtskräftige Pläne' } },
  // on_hold, rejected, withdrawn
  { title: 'Parkhausbelegung (Echtzeit)', unit: 'Amt 66', owner: 'team',
    modelDataset: 'Verkehr - KFZ - Parkplatz', sourceSystem: 'Parkleitsystem', formats: ['JSON'],
    periodicity: 'CONT',
    history: [['identified', 88], ['in_clarification', 80], ['agreed', 70],
      ['on_hold', 50, 'Das Parkleitsystem wird erneuert; eine Schnittstelle gibt es erst nach der Umstellung.']] },
  { title: 'Gewerbeanmeldungen mit Betriebsadressen', unit: 'Amt 32', owner: 'team',
    modelDataset: 'Wirtschaft - Gewerbeanmeldung', sourceSystem: 'Gewerberegister', personalData: true,
    classification: 'restricted',
    history: [['identified', 100], ['in_clarification', 85],
      ['rejected', 60, 'Vorbehalt Datenschutz aufrechterhalten: Einzelunternehmen sind personenbezogen.']] },
  { title: 'Besucherzahlen der städtischen Museen', unit: 'Amt 41',
    modelDataset: 'Kultur - Museum - Besucherzahl',
    history: [['identified', 58], ['in_clarification', 50],
      ['withdrawn', 30, 'Der Museumsverbund veröffentlicht die Besucherzahlen künftig selbst.']] },
];

/** Objections of several categories and outcomes; a dataset's counters follow from them. */
export const DEMO_OBJECTIONS: SeedObjection[] = [
  {
    dataset: SIRENS,
    raisedBy: 'Oliver Schmitz',
    raisedDaysAgo: 34,
    category: 'critical_infrastructure',
    statement:
      'Kritische Infrastruktur, Vandalismusgefahr: Eine Karte aller Sirenen zeigt, wo die Warnung der Bevölkerung ausgeschaltet werden könnte.',
    status: 'resolved_publishable',
    response: {
      daysAgo: 12,
      text: 'Die Sirenen stehen sichtbar auf Dächern und Masten; wer durch die Stadt geht, sieht sie. Bonn und Köln veröffentlichen ihre Sirenenstandorte seit Jahren ohne bekannte Vorfälle.',
      argumentSeedKey: SIREN_ARGUMENT,
    },
    resolution: {
      daysAgo: 3,
      note: 'Veröffentlichung freigegeben: Adresse, Koordinaten und Sirenentyp; keine Angaben zu Ansteuerung und Stromversorgung.',
    },
    comments: [
      {
        author: 'amtsleitung',
        daysAgo: 6,
        body: 'Einverstanden, wenn keine technischen Details zur Ansteuerung veröffentlicht werden.',
      },
      { author: 'team', daysAgo: 5, body: 'Die Spalten zur Ansteuerung nehmen wir aus dem Export heraus.' },
    ],
  },
  {
    dataset: 'Hydrantenstandorte',
    raisedBy: 'Jens Kowalski',
    raisedDaysAgo: 90,
    category: 'critical_infrastructure',
    statement:
      'Hydranten sichern die Löschwasserversorgung; eine vollständige Liste könnte Manipulationen erleichtern.',
    status: 'open',
  },
  {
    dataset: 'Vornamen der Neugeborenen',
    raisedBy: 'Ursula Peters',
    raisedDaysAgo: 64,
    category: 'privacy',
    statement:
      'Seltene Vornamen, die nur ein- oder zweimal vergeben wurden, machen einzelne Kinder erkennbar.',
    status: 'open',
  },
  {
    dataset: 'Kanalnetz: Haltungen und Schächte',
    raisedBy: 'Holger Fuchs',
    raisedDaysAgo: 72,
    category: 'workload',
    statement: 'Für die Aufbereitung der Kanaldaten haben wir im Betrieb keine Kapazität.',
    status: 'answered',
    response: {
      daysAgo: 50,
      text: 'Ein einmal eingerichteter, automatischer Export aus dem Kanalinformationssystem genügt; die Aufbereitung übernimmt das Open-Data-Team.',
    },
  },
  {
    dataset: 'Denkmalliste',
    raisedBy: 'Ralf Hofmann',
    raisedDaysAgo: 40,
    category: 'third_party_rights',
    statement:
      'Viele Denkmäler sind in Privatbesitz; Eigentümer und Innenaufnahmen dürfen nicht veröffentlicht werden.',
    status: 'resolved_partially',
    response: {
      daysAgo: 25,
      text: 'Veröffentlicht werden nur Angaben aus der öffentlichen Denkmalliste, ohne Eigentümer und ohne Fotos.',
    },
    resolution: {
      daysAgo: 12,
      note: 'Teilweise veröffentlichbar: nur Adresse, Objektbeschreibung und Eintragungsdatum; ohne Eigentümerangaben und Innenaufnahmen.',
    },
  },
  {
    dataset: 'Luftqualität: Messwerte der Messstationen',
    raisedBy: 'Anna Köhler',
    raisedDaysAgo: 60,
    category: 'data_quality',
    statement:
      'Die Stundenwerte sind vorläufig und nicht validiert; Ausfälle der Messgeräte sind nicht markiert.',
    status: 'resolved_publishable',
    response: {
      daysAgo: 52,
      text: 'Wir veröffentlichen die Daten so, wie sie sind, mit einem deutlichen Hinweis auf den vorläufigen Stand.',
    },
    resolution: {
      daysAgo: 45,
      note: 'Veröffentlichung mit Hinweis „vorläufige, nicht validierte Messwerte“; validierte Jahreswerte folgen.',
    },
  },
  {
    dataset: 'Gewerbeanmeldungen mit Betriebsadressen',
    raisedBy: 'Frank Zimmermann',
    raisedDaysAgo: 85,
    category: 'privacy',
    statement: 'Einzelunternehmen sind unter dem Namen der Inhaberin oder des Inhabers angemeldet.',
    status: 'upheld',
    response: {
      daysAgo: 70,
      text: 'Vorschlag: ohne Namen, nur Branche und Stadtteil, aggregiert nach Monat.',
    },
    resolution: {
      daysAgo: 60,
      note: 'Aufrechterhalten: Auch Adresse und Branche machen Einzelunternehmen erkennbar. Stattdessen prüfen wir eine monatliche Statistik der An- und Abmeldungen.',
    },
  },
  {
    unit: 'Amt 20',
    raisedBy: 'Markus Engel',
    raisedDaysAgo: 65,
    category: 'misuse',
    statement:
      'Haushaltszahlen ohne Erläuterung werden aus dem Zusammenhang gerissen und im Wahlkampf gegen die Verwaltung verwendet.',
    status: 'open',
  },
];
