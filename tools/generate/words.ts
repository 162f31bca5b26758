/** Word lists for generated data: German names, topics of a city administration, districts. */

// prettier-ignore
export const FIRST_NAMES = [
  'Anna', 'Ben', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Katharina', 'Lukas',
  'Marie', 'Niklas', 'Olga', 'Paul', 'Rita', 'Simon', 'Theresa', 'Ulrich', 'Vera', 'Wolfgang', 'Yasemin',
  'Zoran', 'Sabine', 'Thomas', 'Petra', 'Michael', 'Andrea', 'Stefan', 'Birgit', 'Jürgen', 'Monika', 'Uwe',
  'Karin', 'Dirk', 'Heike', 'Frank', 'Susanne', 'Markus', 'Nicole', 'Sven', 'Julia', 'Tobias', 'Lea', 'Emre',
  'Ayşe', 'Mehmet', 'Fatma', 'Björn', 'Jörg', 'Sönke', 'Käthe', 'Lena', 'Jan', 'Tim', 'Nina', 'Eva',
];

// prettier-ignore
export const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
  'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser',
  'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Vogel', 'Friedrich',
  'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht',
  'Yılmaz', 'Kaya', 'Demir', 'Nowak', 'Kowalski', 'Öztürk', 'Jansen', 'Derksen',
];

export const TITLES = [
  'Amtsleiterin',
  'Amtsleiter',
  'Abteilungsleiterin',
  'Abteilungsleiter',
  'Sachgebietsleiterin Geodaten',
  'Sachgebietsleiter Geodaten',
  'Sachbearbeiterin',
  'Sachbearbeiter',
  'Referentin für Digitalisierung',
  'Referent für Digitalisierung',
  'GIS-Koordinatorin',
  'Datenbeauftragter',
  'Fachverfahrensbetreuerin',
  'Teamleiter Statistik',
  'Controllerin',
  'Pressesprecher',
];

/** Topics of municipal work: names of Ämter and what interactions are about. */
// prettier-ignore
export const TOPICS = [
  'Feuerwehr', 'Rettungsdienst', 'Bevölkerungsschutz', 'Verkehr', 'Mobilität', 'Radverkehr', 'Parken',
  'Umwelt', 'Klimaschutz', 'Luftreinhaltung', 'Lärmschutz', 'Abfallwirtschaft', 'Stadtentwässerung',
  'Grünflächen', 'Friedhöfe', 'Forsten', 'Stadtplanung', 'Bauaufsicht', 'Denkmalschutz', 'Vermessung',
  'Liegenschaften', 'Wohnungswesen', 'Soziales', 'Jugend', 'Kindertagesstätten', 'Schulen', 'Sport', 'Kultur',
  'Bibliotheken', 'Museen', 'Stadtarchiv', 'Gesundheit', 'Veterinärwesen', 'Ordnung', 'Bürgerservice',
  'Standesamt', 'Statistik', 'Wahlen', 'Finanzen', 'Steuern', 'Personal', 'Organisation', 'Informationstechnik',
  'Wirtschaftsförderung', 'Tourismus', 'Integration', 'Gleichstellung', 'Senioren', 'Rechnungsprüfung',
  'Kommunikation',
];

// prettier-ignore
export const DISTRICTS = [
  'Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Altstadt', 'Hafen', 'Oberbilk', 'Gerresheim', 'Benrath', 'Kaiserswerth',
  'Eller', 'Wersten', 'Holthausen', 'Garath', 'Hellerhof', 'Rath', 'Unterrath', 'Lörick', 'Heerdt',
];

// prettier-ignore
export const TAGS = [
  'Geodaten', 'Pilotamt', 'Mobilität', 'Umwelt', 'Statistik', 'Kultur', 'Smart City', 'Haushalt',
  'Kritische Infrastruktur', 'Echtzeitdaten', 'Personenbezug prüfen', 'Fachverfahren',
];

/** Interaction summaries: `{topic}` and `{district}` are filled in. */
export const SUMMARY_TEMPLATES = [
  'Telefonat zu {topic}-Daten: Exportmöglichkeiten aus dem Fachverfahren',
  'Termin im Amt: {topic} im Bezirk {district}, mögliche Datensätze besprochen',
  'E-Mail mit Beispielen anderer Städte zu {topic} geschickt',
  'Vortrag in der Dezernentenkonferenz: Open Data und {topic}',
  'Workshop {topic}: Formate, Lizenzen und Aktualisierung',
  'Rückfrage zur Lizenz der {topic}-Daten (dl-de/by-2.0)',
  'Abstimmung zur Datenlieferung {topic} {district}',
  'Open Data Day: Stand zu {topic} mit Daten aus {district}',
  'Notiz: Ansprechperson für {topic} gewechselt',
  'Brief an die Amtsleitung wegen {topic}',
  'Schulung für Sachbearbeitende: Metadaten für {topic}',
  'Bedenken zu {topic} besprochen: Personenbezug und kritische Infrastruktur',
];

export const INTERACTION_TYPE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['email', 30],
  ['call', 25],
  ['meeting', 20],
  ['note', 8],
  ['workshop', 4],
  ['talk', 3],
  ['event', 3],
  ['seminar', 3],
  ['letter', 4],
];

/** Dataset titles: `{topic}` and `{district}` are filled in. */
export const DATASET_TITLE_TEMPLATES = [
  'Standorte {topic} {district}',
  '{topic}: Jahresstatistik {district}',
  'Messwerte {topic} {district}',
  'Verzeichnis der Einrichtungen {topic} {district}',
  'Kennzahlen {topic} nach Stadtteilen',
  'Anträge {topic} nach Monat, {district}',
  '{topic}: Haushaltsdaten und Förderungen',
  'Öffnungszeiten {topic} {district}',
  'Bestand {topic} (Fachverfahren) {district}',
  '{topic}: Veranstaltungen und Termine {district}',
  'Planungsdaten {topic} {district}',
  'Zählungen {topic} {district}',
];

export const SOURCE_SYSTEMS = [
  'SAP',
  'ALKIS',
  'Einsatzleitsystem',
  'GIS',
  'Fachverfahren OK.FIS',
  'Excel-Liste',
  'Kursverwaltung',
  'Melderegister',
  'Terminmanagement',
  'Zählstellen-Plattform',
  'Planverwaltung',
  null,
];

export const FORMATS = ['CSV', 'XLSX', 'GeoJSON', 'JSON', 'PDF', 'SHP', 'WMS', 'XML'];

/** Objection statements per category, as departments phrase them. */
export const OBJECTION_STATEMENTS: Record<string, string> = {
  critical_infrastructure:
    'Kritische Infrastruktur: Die Standorte könnten für Sabotage oder Vandalismus genutzt werden.',
  privacy: 'Die Daten enthalten Angaben, die einzelne Personen erkennbar machen könnten.',
  third_party_rights: 'An den Daten bestehen Rechte Dritter (Dienstleister, Eigentümer).',
  data_quality:
    'Die Daten sind unvollständig und nicht geprüft; wir wollen keine falschen Zahlen veröffentlichen.',
  workload: 'Für die Aufbereitung fehlt uns die Zeit im Tagesgeschäft.',
  legal_basis: 'Uns ist unklar, auf welcher Rechtsgrundlage wir die Daten veröffentlichen dürfen.',
  political: 'Die Zahlen sind politisch heikel und könnten gegen die Verwaltung verwendet werden.',
  misuse: 'Die Daten könnten aus dem Zusammenhang gerissen oder missbraucht werden.',
  commercial: 'Die Daten werden bisher gegen Gebühr abgegeben.',
  technical: 'Das Fachverfahren hat keine Exportfunktion.',
  other: 'Wir sehen keinen Bedarf für die Veröffentlichung.',
};
