import {
  LocalizedText,
  QuestionDefinition,
  QuestionnaireDefinition,
  QuestionOption,
} from '@datenlotse/contracts';

/** The seed key and name of the shipped interview: new interviews use it unless told otherwise. */
export const DEFAULT_QUESTIONNAIRE_SEED_KEY = 'default';
export const DEFAULT_QUESTIONNAIRE_NAME = 'Drei-Teile-Interview (Standard)';
export const DEFAULT_QUESTIONNAIRE_DESCRIPTION =
  'Das Akquise-Interview mit einem Amt in drei Teilen: Vorstellung, Daten, Vereinbarung ' +
  '(nach der Masterarbeit „Prozessoptimierung für die Akquise von Open Data“, erprobt in fünf Pilotämtern).';

const t = (de: string, en: string): LocalizedText => ({ de, en });
const option = (value: string, de: string, en: string): QuestionOption => ({ value, label: t(de, en) });

/** Optional fields default to "not set", so each question below says only what it is about. */
function question(
  fields: Pick<QuestionDefinition, 'key' | 'type' | 'text'> & Partial<QuestionDefinition>,
): QuestionDefinition {
  return { help: null, required: false, condition: null, outcome: null, ...fields };
}

const PART_1: QuestionDefinition[] = [
  question({
    key: 'p1_tasks',
    type: 'text',
    required: true,
    text: t(
      'Welche Aufgaben hat Ihr Amt, und welche Daten entstehen dabei?',
      'What does your department do, and what data does that produce?',
    ),
    help: t(
      'Offen fragen und zuhören: Aus den Aufgaben ergeben sich später die Datensätze in Teil 2.',
      'Ask openly and listen: the datasets of part 2 follow from the tasks.',
    ),
  }),
  question({
    key: 'p1_portal_known',
    type: 'single_choice',
    text: t('Kennen Sie das Open-Data-Portal der Stadt?', "Do you know the city's open data portal?"),
    help: t(
      'Am besten das Portal jetzt kurz live zeigen: Suche, ein Datensatz, eine Anwendung, die ihn nutzt.',
      'Best show the portal live now: the search, one dataset, an application that uses it.',
    ),
    options: [
      option('yes', 'Ja, wir nutzen es', 'Yes, we use it'),
      option('heard', 'Davon gehört, aber nicht genutzt', 'Heard of it, not used'),
      option('no', 'Nein', 'No'),
    ],
  }),
  question({
    key: 'p1_od_knowledge',
    type: 'scale',
    text: t('Wie gut ist Open Data in Ihrem Amt bekannt?', 'How well known is Open Data in your department?'),
    help: t(
      'Eine Einschätzung der Gesprächspartner, keine Prüfung.',
      'How the people in the meeting see it; not a test.',
    ),
    scale: { min: 1, max: 5, minLabel: t('gar nicht', 'not at all'), maxLabel: t('sehr gut', 'very well') },
  }),
  question({
    key: 'p1_od_meaning',
    type: 'text',
    text: t(
      'Was verbinden Sie mit Open Data – welche Chancen, welche Sorgen?',
      'What do you associate with Open Data – which opportunities, which worries?',
    ),
  }),
  question({
    key: 'p1_published_before',
    type: 'multi_choice',
    text: t('Wo veröffentlicht Ihr Amt bereits Daten?', 'Where does your department already publish data?'),
    help: t('Mehrfachnennung möglich.', 'Choose all that apply.'),
    options: [
      option('portal', 'Open-Data-Portal', 'Open data portal'),
      option('yearbook', 'Statistisches Jahrbuch', 'Statistical yearbook'),
      option('website', 'Website der Stadt', "The city's website"),
      option('reports', 'Berichte und Drucksachen', 'Reports and council papers'),
      option('geoportal', 'Geoportal', 'Geoportal'),
      option('none', 'Bisher nirgends', 'Nowhere so far'),
    ],
  }),
  question({
    key: 'p1_concerns',
    type: 'objection_list',
    outcome: 'objections',
    text: t(
      'Gibt es grundsätzliche Bedenken gegen eine Veröffentlichung?',
      'Are there general concerns about publishing?',
    ),
    help: t(
      'Jede Sorge als eigene Zeile mit Kategorie festhalten: Sie wird beim Abschluss zum Vorbehalt des Amts, ' +
        'den das Team mit der Argumentesammlung beantworten kann.',
      'Record each worry as its own row with a category: completing the interview makes it an objection ' +
        'of the department, which the team can answer from the argument library.',
    ),
  }),
  question({
    key: 'p1_decision_maker',
    type: 'contact',
    text: t(
      'Wer entscheidet in Ihrem Amt über die Freigabe von Daten?',
      'Who in your department decides on releasing data?',
    ),
  }),
];

const PART_2: QuestionDefinition[] = [
  question({
    key: 'p2_published_elsewhere',
    type: 'text',
    text: t(
      'Welche Daten veröffentlichen Sie schon (Berichte, Website, Print), die maschinenlesbar ins Portal könnten?',
      'Which data do you already publish (reports, website, print) that could go to the portal machine-readably?',
    ),
    help: t(
      'Tabellen in PDF-Berichten oder auf Webseiten sind die leichtesten ersten Datensätze.',
      'Tables in PDF reports or on web pages make the easiest first datasets.',
    ),
  }),
  question({
    key: 'p2_requested',
    type: 'text',
    text: t(
      'Welche Daten werden regelmäßig bei Ihnen angefragt – von Bürgerinnen und Bürgern, Presse, Politik, anderen Ämtern?',
      'Which data are you regularly asked for – by citizens, press, council, other departments?',
    ),
    help: t(
      'Was oft angefragt wird, entlastet das Amt, sobald es offen im Portal steht.',
      'What is asked for often saves the department work once it is open on the portal.',
    ),
  }),
  question({
    key: 'p2_request_channels',
    type: 'multi_choice',
    condition: { questionKey: 'p2_requested' },
    text: t('Von wem kommen diese Anfragen?', 'Who sends these requests?'),
    options: [
      option('citizens', 'Bürgerinnen und Bürger', 'Citizens'),
      option('press', 'Presse', 'Press'),
      option('council', 'Rat und Ausschüsse', 'Council and committees'),
      option('departments', 'Andere Ämter', 'Other departments'),
      option('research', 'Wissenschaft', 'Research'),
      option('business', 'Wirtschaft', 'Business'),
    ],
  }),
  question({
    key: 'p2_systems',
    type: 'text',
    text: t(
      'Mit welchen Fachverfahren (IT-Systemen) arbeiten Sie, und welche Daten liegen dort?',
      'Which specialised IT systems do you use, and what data do they hold?',
    ),
    help: t(
      'Namen der Verfahren notieren: Die Auswertung zeigt, welche Fachverfahren in mehreren Ämtern vorkommen.',
      'Note the names of the systems: the analysis shows which systems recur across departments.',
    ),
  }),
  question({
    key: 'p2_export',
    type: 'single_choice',
    condition: { questionKey: 'p2_systems' },
    text: t(
      'Können diese Systeme Daten exportieren (CSV, Excel, Schnittstelle)?',
      'Can these systems export data (CSV, Excel, API)?',
    ),
    options: [
      option('automatic', 'Ja, automatisch (Schnittstelle oder geplanter Export)', 'Yes, automatically'),
      option('manual', 'Ja, von Hand', 'Yes, by hand'),
      option('no', 'Nein', 'No'),
      option('unknown', 'Unbekannt, klären wir mit der IT', 'Unknown, we ask IT'),
    ],
  }),
  question({
    key: 'p2_personal_data',
    type: 'yes_no',
    text: t('Enthalten die Daten Personenbezug?', 'Do the data contain personal data?'),
    help: t(
      'Personenbezogene Daten werden nicht veröffentlicht – oft aber ihre Zusammenfassung.',
      'Personal data are not published – but often a summary of them can be.',
    ),
  }),
  question({
    key: 'p2_anonymisation',
    type: 'text',
    condition: { questionKey: 'p2_personal_data', values: ['yes'] },
    text: t(
      'Lassen sich die Daten anonymisieren oder zusammenfassen (z. B. je Stadtteil oder Jahr)?',
      'Can the data be anonymised or aggregated (for example by district or year)?',
    ),
  }),
  question({
    key: 'p2_geo',
    type: 'yes_no',
    text: t(
      'Haben die Daten einen Raumbezug (Adressen, Koordinaten, Stadtteile)?',
      'Do the data have a spatial reference (addresses, coordinates, districts)?',
    ),
  }),
  question({
    key: 'p2_datasets',
    type: 'dataset_list',
    required: true,
    outcome: 'datasets',
    text: t('Welche Datensätze nehmen wir auf?', 'Which datasets do we take up?'),
    help: t(
      'Eine Zeile je Datensatz: Titel, kurze Beschreibung, Fachverfahren, Format, Aktualisierung, ' +
        'Personenbezug und wer danach fragt. Beim Abschluss wird jede Zeile ein Datensatz in der Pipeline.',
      'One row per dataset: title, short description, source system, format, update rhythm, personal data ' +
        'and who asks for it. Completing the interview makes each row a dataset in the pipeline.',
    ),
  }),
];

const PART_3: QuestionDefinition[] = [
  question({
    key: 'p3_data_contact',
    type: 'contact',
    required: true,
    outcome: 'data_contact',
    text: t(
      'Wer ist unsere Ansprechperson für die Datenlieferung?',
      'Who is our contact for the data delivery?',
    ),
  }),
  question({
    key: 'p3_first_dataset',
    type: 'single_choice',
    required: true,
    optionsFrom: 'p2_datasets',
    outcome: 'first_dataset',
    text: t('Mit welchem Datensatz fangen wir an?', 'Which dataset do we start with?'),
    help: t(
      'Am besten einer, der schon maschinenlesbar vorliegt: Ein schneller erster Erfolg trägt das Weitere.',
      'Best one that is already machine-readable: a quick first success carries the rest.',
    ),
  }),
  question({
    key: 'p3_first_delivery',
    type: 'date',
    required: true,
    condition: { questionKey: 'p3_first_dataset' },
    outcome: 'first_delivery',
    text: t('Bis wann kommt die erste Lieferung?', 'When does the first delivery come?'),
  }),
  question({
    key: 'p3_method',
    type: 'single_choice',
    condition: { questionKey: 'p3_first_dataset' },
    outcome: 'delivery_method',
    text: t('Wie wird geliefert?', 'How is it delivered?'),
    options: [
      option('upload', 'Upload ins Portal', 'Upload to the portal'),
      option('email', 'E-Mail', 'Email'),
      option('file_share', 'Dateiablage (Netzlaufwerk)', 'File share'),
      option('api', 'Schnittstelle (API)', 'Interface (API)'),
      option('export_from_system', 'Export aus dem Fachverfahren', 'Export from the IT system'),
    ],
  }),
  question({
    key: 'p3_format',
    type: 'single_choice',
    condition: { questionKey: 'p3_first_dataset' },
    outcome: 'delivery_format',
    text: t('In welchem Format?', 'In which format?'),
    options: [
      option('csv', 'CSV', 'CSV'),
      option('xlsx', 'XLSX', 'XLSX'),
      option('json', 'JSON', 'JSON'),
      option('geojson', 'GeoJSON', 'GeoJSON'),
      option('kml', 'KML', 'KML'),
      option('xml', 'XML', 'XML'),
      option('shape', 'Shape', 'Shapefile'),
      option('other', 'sonstiges', 'other'),
    ],
  }),
  question({
    key: 'p3_rhythm',
    type: 'single_choice',
    condition: { questionKey: 'p3_first_dataset' },
    outcome: 'delivery_rhythm',
    text: t('Wie oft wird aktualisiert?', 'How often is it updated?'),
    options: [
      option('once', 'einmalig', 'once'),
      option('weekly', 'wöchentlich', 'weekly'),
      option('monthly', 'monatlich', 'monthly'),
      option('quarterly', 'quartalsweise', 'quarterly'),
      option('yearly', 'jährlich', 'yearly'),
    ],
  }),
  question({
    key: 'p3_release_needed',
    type: 'yes_no',
    outcome: 'release_needed',
    text: t(
      'Muss die Amtsleitung die Veröffentlichung freigeben?',
      'Must the head of department approve publication?',
    ),
    help: t(
      'Wenn ja, bittet Datenlotse die Amtsleitung um Freigabe, sobald die Daten da sind.',
      'If so, Datenlotse asks the head for the release once the data are in.',
    ),
  }),
  question({
    key: 'p3_next_steps',
    type: 'text',
    outcome: 'next_steps',
    text: t('Was ist bis wann von wem zu tun?', 'What is to be done, by whom, by when?'),
    help: t(
      'Steht so im Protokoll, das alle Beteiligten nach dem Abschluss per E-Mail bekommen.',
      'Goes into the protocol that every participant gets by email after completion.',
    ),
  }),
  question({
    key: 'p3_follow_up',
    type: 'date',
    required: true,
    outcome: 'follow_up',
    text: t('Wann sprechen wir wieder?', 'When do we talk again?'),
    help: t(
      'Datenlotse legt für diesen Tag eine Aufgabe zum Nachfassen an.',
      'Datenlotse creates a follow-up task for that day.',
    ),
  }),
];

/**
 * The shipped three-part interview (DESIGN.md section 4): part 1 makes objections, part 2 dataset
 * candidates, part 3 the delivery agreement and the follow-up. Only what those records need is required,
 * so that a meeting can always be completed.
 */
export const DEFAULT_QUESTIONNAIRE: QuestionnaireDefinition = {
  sections: [
    {
      key: 'p1',
      title: t('Teil 1 — Vorstellung', 'Part 1 — Introduction'),
      intro: t(
        'Wer wir sind und was das Open-Data-Portal ist (live zeigen). Dann: Was macht das Amt, was weiß es ' +
          'über Open Data, wo veröffentlicht es schon, und welche Bedenken gibt es?',
        'Who we are and what the open data portal is (show it live). Then: what does the department do, what ' +
          'does it know about Open Data, where does it publish already, and which concerns are there?',
      ),
      questions: PART_1,
    },
    {
      key: 'p2',
      title: t('Teil 2 — Daten', 'Part 2 — Data'),
      intro: t(
        'Konkrete Daten finden: was anderswo schon veröffentlicht wird, was oft angefragt wird und was in ' +
          'den Fachverfahren liegt. Jeder Kandidat wird eine Zeile der Datensatzliste.',
        'Find concrete data: what is already published elsewhere, what is often asked for and what the IT ' +
          'systems hold. Each candidate becomes a row of the dataset list.',
      ),
      questions: PART_2,
    },
    {
      key: 'p3',
      title: t('Teil 3 — Vereinbarung', 'Part 3 — Agreement'),
      intro: t(
        'Mit einer konkreten Vereinbarung auseinandergehen: Ansprechperson, erster Datensatz mit Termin, ' +
          'Lieferweg und Format, Freigabe und der nächste Termin.',
        'Leave with a concrete agreement: contact person, first dataset with a date, delivery method and ' +
          'format, release, and the next meeting.',
      ),
      questions: PART_3,
    },
  ],
};
