import { DatasetCandidateRow, Frequency, ObjectionCategory } from '@datenlotse/contracts';
import { SIRENS } from './demo-pipeline-data';

/** Units by short name, contacts by name (demo-crm-data.ts), team members by demo email local part. */
type TeamRef = 'team' | 'admin';

/** A candidate of part 2: a new one, or a dataset the demo pipeline has already (by title). */
export type SeedCandidate =
  | (Omit<DatasetCandidateRow, 'accrualPeriodicity'> & { accrualPeriodicity?: Frequency })
  | { id: string; existing: string; requestedBy?: string };

/** A concern of part 1: a new one, or the objection the demo pipeline has on a dataset (by its title). */
export type SeedConcern =
  | { id: string; category: ObjectionCategory; statement: string; raisedBy?: string }
  | { id: string; existingOn: string };

/** The answers of the default questionnaire by key; contacts by name, dates in days from the seed date. */
export interface SeedAnswers {
  p1_tasks: string;
  p1_portal_known: 'yes' | 'heard' | 'no';
  p1_od_knowledge: number;
  p1_od_meaning: string;
  p1_published_before: string[];
  p1_concerns: SeedConcern[];
  p1_decision_maker: string;
  p2_published_elsewhere: string;
  p2_requested: string;
  p2_request_channels: string[];
  p2_systems: string;
  p2_export: 'automatic' | 'manual' | 'no' | 'unknown';
  p2_personal_data: boolean;
  p2_anonymisation?: string;
  p2_geo: boolean;
  p2_datasets: SeedCandidate[];
  p3_data_contact: string;
  /** A row id of p2_datasets. */
  p3_first_dataset: string;
  /** Days from the seed date: always ahead, so that the demo keeps its one overdue delivery. */
  p3_first_delivery_in_days: number;
  p3_method: 'upload' | 'email' | 'file_share' | 'api' | 'export_from_system';
  p3_format: 'csv' | 'xlsx' | 'json' | 'geojson' | 'kml' | 'xml' | 'shape' | 'other';
  p3_rhythm: 'once' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  p3_release_needed: boolean;
  p3_next_steps: string;
  /** Days from the seed date; a follow-up already past was held (its task is done). */
  p3_follow_up_in_days: number;
}

export interface SeedInterview {
  unit: string;
  /** Days before the seed date, and the hour (UTC) it began. */
  daysAgo: number;
  hour: number;
  location: string;
  interviewers: TeamRef[];
  invitees: string[];
  notes: { p1?: string; p2?: string; p3?: string };
  answers: SeedAnswers;
}

export interface SeedPlannedInterview {
  unit: string;
  /** Days after the seed date. */
  inDays: number;
  hour: number;
  location: string | null;
  videoUrl: string | null;
  interviewers: TeamRef[];
  invitees: string[];
}

/**
 * The five pilot departments of the thesis, interviewed over the last three months (invented content).
 * Where a row names a dataset or a concern the demo pipeline has, the interview is where it came from.
 */
export const DEMO_INTERVIEWS: SeedInterview[] = [
  {
    unit: 'Amt 62',
    daysAgo: 92,
    hour: 8,
    location: 'Vermessungs- und Katasteramt, Besprechungsraum 3.12',
    interviewers: ['admin'],
    invitees: ['Bernd Schäfer', 'Dr. Jan Hoffmeister', 'Maria Jung'],
    notes: {
      p1: 'Geoportal ist gut bekannt; Open Data wird als Fortsetzung des Geoportals verstanden. Sorge um Gebühreneinnahmen.',
      p2: 'ALKIS-Export läuft monatlich für das Geoportal; ein zusätzlicher CSV-Export ist wenig Aufwand.',
      p3: 'Amtsleitung gibt frei; Herr Dr. Hoffmeister ist fachlicher Ansprechpartner.',
    },
    answers: {
      p1_tasks:
        'Liegenschaftskataster, amtliche Vermessung, Geobasisdaten, Hausnummernvergabe und Betrieb des Geoportals.',
      p1_portal_known: 'yes',
      p1_od_knowledge: 4,
      p1_od_meaning:
        'Chance: weniger Einzelanfragen nach Geodaten. Sorge: Einnahmen aus dem Verkauf von Geobasisdaten fallen weg.',
      p1_published_before: ['geoportal', 'website'],
      p1_concerns: [
        {
          id: 'c1',
          category: 'commercial',
          statement:
            'Geobasisdaten werden bisher gegen Gebühr abgegeben; offene Daten schmälern die Einnahmen.',
          raisedBy: 'Bernd Schäfer',
        },
      ],
      p1_decision_maker: 'Bernd Schäfer',
      p2_published_elsewhere:
        'Stadtbezirks- und Stadtteilgrenzen und Luftbilder im Geoportal (nur als Kartendienst).',
      p2_requested:
        'Adressen mit Koordinaten (Wirtschaft, andere Ämter), Straßenverzeichnis, Bodenrichtwerte (Bürgerinnen und Bürger, Makler).',
      p2_request_channels: ['citizens', 'business', 'departments'],
      p2_systems: 'ALKIS, ATKIS, BORIS (Bodenrichtwerte), die Geodateninfrastruktur der Stadt.',
      p2_export: 'automatic',
      p2_personal_data: true,
      p2_anonymisation:
        'Eigentümerangaben bleiben im ALKIS; Adressen und Flurstücke enthalten keinen Personenbezug.',
      p2_geo: true,
      p2_datasets: [
        { id: 'r1', existing: 'Hausnummern und Adressen', requestedBy: 'Wirtschaft, andere Ämter' },
        {
          id: 'r2',
          title: 'Straßenverzeichnis mit Straßenschlüssel',
          description: 'Alle gewidmeten Straßen mit amtlichem Straßenschlüssel und Stadtbezirk.',
          sourceSystem: 'ALKIS',
          format: 'CSV',
          accrualPeriodicity: 'MONTHLY',
          containsPersonalData: false,
          requestedBy: 'Andere Ämter, Verkehrsbetrieb',
        },
        {
          id: 'r3',
          title: 'Bodenrichtwerte',
          description: 'Bodenrichtwertzonen mit Richtwert in Euro je Quadratmeter, jährlich zum 1. Januar.',
          sourceSystem: 'BORIS',
          format: 'GeoJSON',
          accrualPeriodicity: 'ANNUAL',
          containsPersonalData: false,
          requestedBy: 'Bürgerinnen und Bürger, Makler',
        },
      ],
      p3_data_contact: 'Dr. Jan Hoffmeister',
      p3_first_dataset: 'r2',
      p3_first_delivery_in_days: 16,
      p3_method: 'export_from_system',
      p3_format: 'csv',
      p3_rhythm: 'monthly',
      p3_release_needed: true,
      p3_next_steps:
        'Herr Dr. Hoffmeister richtet den monatlichen CSV-Export des Straßenverzeichnisses ein; das Open-Data-Team klärt die Lizenz der Bodenrichtwerte mit dem Gutachterausschuss.',
      p3_follow_up_in_days: -60,
    },
  },
  {
    unit: 'Amt 66',
    daysAgo: 88,
    hour: 12,
    location: 'Videokonferenz',
    interviewers: ['team'],
    invitees: ['Dirk Neubauer', 'Eva Ludwig'],
    notes: {
      p1: 'Sehr offen; Verkehrsdaten werden schon an Navigationsanbieter gegeben.',
      p2: 'Parkleitsystem wird erneuert, Schnittstelle erst danach. Radzählstellen sofort möglich.',
    },
    answers: {
      p1_tasks:
        'Verkehrsplanung und -steuerung, Lichtsignalanlagen, Parkleitsystem, Baustellenkoordination, Radverkehr.',
      p1_portal_known: 'yes',
      p1_od_knowledge: 3,
      p1_od_meaning: 'Chance: Apps und Navigationsdienste nutzen aktuelle Verkehrsdaten der Stadt.',
      p1_published_before: ['website'],
      p1_concerns: [
        {
          id: 'c1',
          category: 'critical_infrastructure',
          statement: 'Steuerungsdaten und Schaltpläne der Lichtsignalanlagen dürfen nicht öffentlich werden.',
          raisedBy: 'Dirk Neubauer',
        },
      ],
      p1_decision_maker: 'Dirk Neubauer',
      p2_published_elsewhere: 'Baustellenkarte auf der Website, jährlicher Radverkehrsbericht als PDF.',
      p2_requested:
        'Baustellen, Parkhausbelegung, Zählwerte des Radverkehrs (Presse, Bürgerinnen und Bürger, Rat).',
      p2_request_channels: ['citizens', 'press', 'council'],
      p2_systems: 'Parkleitsystem, Zählstellen-Plattform, Baustellenmanagement, Verkehrsrechner.',
      p2_export: 'automatic',
      p2_personal_data: false,
      p2_geo: true,
      p2_datasets: [
        { id: 'r1', existing: 'Radzählstellen: Zählwerte', requestedBy: 'Presse, Radverkehrsverbände' },
        {
          id: 'r2',
          existing: 'Parkhausbelegung (Echtzeit)',
          requestedBy: 'Bürgerinnen und Bürger, App-Entwickler',
        },
        {
          id: 'r3',
          title: 'Baustellen und Verkehrsbehinderungen',
          description: 'Aktuelle Baustellen mit Zeitraum, Ort und Art der Behinderung.',
          sourceSystem: 'Baustellenmanagement',
          format: 'JSON',
          accrualPeriodicity: 'DAILY',
          containsPersonalData: false,
          requestedBy: 'Presse, Bürgerinnen und Bürger',
        },
      ],
      p3_data_contact: 'Eva Ludwig',
      p3_first_dataset: 'r3',
      p3_first_delivery_in_days: 9,
      p3_method: 'api',
      p3_format: 'json',
      p3_rhythm: 'weekly',
      p3_release_needed: false,
      p3_next_steps: 'Frau Ludwig fragt beim Hersteller des Baustellenmanagements nach der Schnittstelle.',
      p3_follow_up_in_days: -40,
    },
  },
  {
    unit: 'Amt 37',
    daysAgo: 76,
    hour: 9,
    location: 'Feuerwache 1, Besprechungsraum der Amtsleitung',
    interviewers: ['team', 'admin'],
    invitees: ['Dr. Hanna Brandt', 'Oliver Schmitz', 'Lena Fischer'],
    notes: {
      p1: 'Portal live gezeigt. Vorbehalt zu den Sirenen ausführlich besprochen; Argumente aus Bonn und Köln nachreichen.',
      p2: 'Einsatzleitsystem exportiert nur von Hand; Hydrantenkataster liegt im GIS.',
      p3: 'Frau Dr. Brandt möchte jede Veröffentlichung vorher sehen.',
    },
    answers: {
      p1_tasks:
        'Brandschutz, technische Hilfe, Rettungsdienst, Leitstelle und Bevölkerungsschutz mit Sirenenwarnung.',
      p1_portal_known: 'heard',
      p1_od_knowledge: 2,
      p1_od_meaning:
        'Transparenz über Einsätze; Sorge, dass Standorte kritischer Anlagen missbraucht werden.',
      p1_published_before: ['reports'],
      p1_concerns: [
        { id: 'c1', existingOn: SIRENS },
        {
          id: 'c2',
          category: 'workload',
          statement: 'Die Leitstelle hat keine Kapazität für regelmäßige manuelle Exporte.',
          raisedBy: 'Lena Fischer',
        },
      ],
      p1_decision_maker: 'Dr. Hanna Brandt',
      p2_published_elsewhere: 'Jahresbericht der Feuerwehr mit Einsatzzahlen (PDF).',
      p2_requested:
        'Einsatzzahlen, Standorte von Defibrillatoren und Sirenen (Presse, Rat, Bürgerinnen und Bürger).',
      p2_request_channels: ['press', 'council', 'citizens'],
      p2_systems: 'Einsatzleitsystem, Hydrantenkataster (GIS), Sirenenkataster.',
      p2_export: 'manual',
      p2_personal_data: true,
      p2_anonymisation: 'Einsatzzahlen nur zusammengefasst je Stadtteil und Monat, ohne Einsatzadressen.',
      p2_geo: true,
      p2_datasets: [
        { id: 'r1', existing: SIRENS, requestedBy: 'Presse, Bürgerinnen und Bürger' },
        {
          id: 'r2',
          title: 'Notfall-Infopunkte (Katastrophenschutz-Leuchttürme)',
          description: 'Anlaufstellen für die Bevölkerung bei Stromausfall und Katastrophen mit Adresse.',
          sourceSystem: 'Sirenenkataster',
          format: 'GeoJSON',
          accrualPeriodicity: 'IRREG',
          containsPersonalData: false,
          requestedBy: 'Rat, Bürgerinnen und Bürger',
        },
        {
          id: 'r3',
          title: 'Löschwasserentnahmestellen',
          description: 'Zisternen, Löschteiche und Brunnen für die Löschwasserversorgung.',
          sourceSystem: 'Hydrantenkataster (GIS)',
          format: 'CSV',
          containsPersonalData: false,
        },
      ],
      p3_data_contact: 'Lena Fischer',
      p3_first_dataset: 'r2',
      p3_first_delivery_in_days: 12,
      p3_method: 'email',
      p3_format: 'geojson',
      p3_rhythm: 'once',
      p3_release_needed: true,
      p3_next_steps:
        'Open-Data-Team schickt die Argumente zu den Sirenen (Bonn, Köln); Frau Fischer stellt die Notfall-Infopunkte zusammen.',
      p3_follow_up_in_days: -34,
    },
  },
  {
    unit: 'Amt 19',
    daysAgo: 66,
    hour: 13,
    location: 'Umweltamt, Raum 204',
    interviewers: ['admin'],
    invitees: ['Dr. Martin Weber', 'Anna Köhler'],
    notes: {
      p1: 'Umweltamt kennt Open Data aus dem Landesumweltportal.',
      p2: 'Messwerte vorläufig; Hinweis im Datensatz vereinbart.',
      p3: 'Lärmkarten zuerst, weil sie ohnehin für die EU-Berichterstattung aufbereitet werden.',
    },
    answers: {
      p1_tasks: 'Luftreinhaltung, Lärmschutz, Bodenschutz, Wasser- und Grundwasserschutz, Klimaanpassung.',
      p1_portal_known: 'yes',
      p1_od_knowledge: 4,
      p1_od_meaning: 'Umweltinformationen sind ohnehin auskunftspflichtig (UIG); offene Daten sparen Arbeit.',
      p1_published_before: ['website', 'reports', 'geoportal'],
      p1_concerns: [{ id: 'c1', existingOn: 'Luftqualität: Messwerte der Messstationen' }],
      p1_decision_maker: 'Dr. Martin Weber',
      p2_published_elsewhere: 'Luftreinhalteplan, Lärmaktionsplan und Grundwasserbericht als PDF.',
      p2_requested:
        'Luftmesswerte, Lärmkarten und Grundwasserstände (Bürgerinnen und Bürger, Presse, Wissenschaft).',
      p2_request_channels: ['citizens', 'press', 'research'],
      p2_systems: 'Luftmessnetz, Grundwasserdatenbank, Lärmkartierung (GIS), Altlastenkataster.',
      p2_export: 'automatic',
      p2_personal_data: false,
      p2_geo: true,
      p2_datasets: [
        {
          id: 'r1',
          existing: 'Luftqualität: Messwerte der Messstationen',
          requestedBy: 'Presse, Wissenschaft',
        },
        {
          id: 'r2',
          title: 'Lärmkarten (Umgebungslärm)',
          description:
            'Strategische Lärmkarten für Straßen-, Schienen- und Fluglärm nach EU-Umgebungslärmrichtlinie.',
          sourceSystem: 'Lärmkartierung (GIS)',
          format: 'Shape',
          accrualPeriodicity: 'IRREG',
          containsPersonalData: false,
          requestedBy: 'Bürgerinnen und Bürger',
        },
        {
          id: 'r3',
          title: 'Grundwassermessstellen und Grundwasserstände',
          description: 'Messstellen mit monatlichen Grundwasserständen.',
          sourceSystem: 'Grundwasserdatenbank',
          format: 'CSV',
          accrualPeriodicity: 'MONTHLY',
          containsPersonalData: false,
          requestedBy: 'Wissenschaft, Ingenieurbüros',
        },
      ],
      p3_data_contact: 'Anna Köhler',
      p3_first_dataset: 'r2',
      p3_first_delivery_in_days: 20,
      p3_method: 'file_share',
      p3_format: 'shape',
      p3_rhythm: 'once',
      p3_release_needed: false,
      p3_next_steps:
        'Frau Köhler legt die Lärmkarten auf die Dateiablage; danach folgen die Grundwasserstände.',
      p3_follow_up_in_days: 4,
    },
  },
  {
    unit: 'Amt 61',
    daysAgo: 40,
    hour: 8,
    location: 'Stadtplanungsamt, Sitzungszimmer',
    interviewers: ['admin', 'team'],
    invitees: ['Ralf Hofmann', 'Sarah Winter'],
    notes: {
      p1: 'Bebauungspläne sind schon im Portal; gute Erfahrungen. Denkmalliste nur ohne Eigentümer.',
      p2: 'Baulücken: nur Flächen der Stadt, private Eigentümer bleiben außen vor.',
      p3: 'Flächennutzungsplan wird gerade digital neu aufgestellt; Lieferung nach der Offenlage.',
    },
    answers: {
      p1_tasks: 'Bauleitplanung (Flächennutzungs- und Bebauungspläne), Stadtentwicklung, Denkmalschutz.',
      p1_portal_known: 'yes',
      p1_od_knowledge: 5,
      p1_od_meaning: 'Bürgerbeteiligung wird einfacher, wenn Pläne maschinenlesbar vorliegen.',
      p1_published_before: ['portal', 'website', 'geoportal'],
      p1_concerns: [{ id: 'c1', existingOn: 'Denkmalliste' }],
      p1_decision_maker: 'Ralf Hofmann',
      p2_published_elsewhere: 'Bebauungspläne im Portal; Flächennutzungsplan als PDF auf der Website.',
      p2_requested: 'Flächennutzungsplan, Baulücken, Denkmäler (Wirtschaft, Bürgerinnen und Bürger, Rat).',
      p2_request_channels: ['business', 'citizens', 'council'],
      p2_systems: 'Planverwaltung, ALKIS (über das Katasteramt), Denkmaldatenbank.',
      p2_export: 'manual',
      p2_personal_data: true,
      p2_anonymisation: 'Baulücken nur auf städtischen Flächen; Denkmäler ohne Eigentümerangaben.',
      p2_geo: true,
      p2_datasets: [
        { id: 'r1', existing: 'Denkmalliste', requestedBy: 'Bürgerinnen und Bürger, Heimatvereine' },
        {
          id: 'r2',
          title: 'Flächennutzungsplan',
          description: 'Darstellungen des Flächennutzungsplans als Flächen mit Nutzungsart.',
          sourceSystem: 'Planverwaltung',
          format: 'GeoJSON',
          accrualPeriodicity: 'IRREG',
          containsPersonalData: false,
          requestedBy: 'Wirtschaft, Rat',
        },
        {
          id: 'r3',
          title: 'Baulückenkataster (städtische Flächen)',
          description: 'Bebaubare Grundstücke im Eigentum der Stadt mit Größe und Planungsrecht.',
          sourceSystem: 'alkis',
          format: 'CSV',
          accrualPeriodicity: 'ANNUAL',
          containsPersonalData: false,
          requestedBy: 'Wirtschaft',
        },
      ],
      p3_data_contact: 'Sarah Winter',
      p3_first_dataset: 'r2',
      p3_first_delivery_in_days: 25,
      p3_method: 'export_from_system',
      p3_format: 'geojson',
      p3_rhythm: 'once',
      p3_release_needed: true,
      p3_next_steps:
        'Frau Winter exportiert den Flächennutzungsplan nach der Offenlage; das Team bereitet die Metadaten vor.',
      p3_follow_up_in_days: 6,
    },
  },
];

/** The next interview: the Sportamt, next week. */
export const DEMO_PLANNED_INTERVIEW: SeedPlannedInterview = {
  unit: 'Amt 52',
  inDays: 7,
  hour: 9,
  location: 'Sportamt, Raum 2.14',
  videoUrl: null,
  interviewers: ['team', 'admin'],
  invitees: ['Matthias Braun', 'Tobias Keller'],
};
