import {
  AnswerMap,
  AnswerValue,
  ConcernRow,
  DatasetCandidateRow,
  Frequency,
  hasAnswer,
  Locale,
  LocalizedText,
  ObjectionCategory,
  QuestionDefinition,
} from '@datenlotse/contracts';
import { mailDay } from '../../mail/reminders/reminder-support';

/** Objection categories in words: the protocol's concern rows and the analysis' counts. */
export const OBJECTION_CATEGORY_LABELS: Readonly<Record<ObjectionCategory, LocalizedText>> = {
  critical_infrastructure: { de: 'Kritische Infrastruktur', en: 'Critical infrastructure' },
  privacy: { de: 'Datenschutz', en: 'Privacy' },
  third_party_rights: { de: 'Rechte Dritter', en: 'Third-party rights' },
  data_quality: { de: 'Datenqualität', en: 'Data quality' },
  workload: { de: 'Arbeitsaufwand', en: 'Workload' },
  legal_basis: { de: 'Rechtsgrundlage', en: 'Legal basis' },
  political: { de: 'Politische Bedenken', en: 'Political concerns' },
  misuse: { de: 'Missbrauch', en: 'Misuse' },
  commercial: { de: 'Wirtschaftliche Interessen', en: 'Commercial interests' },
  technical: { de: 'Technik', en: 'Technical' },
  other: { de: 'Sonstiges', en: 'Other' },
};

/** The update rhythms as the dataset form names them. */
const FREQUENCY_LABELS: Readonly<Record<Frequency, LocalizedText>> = {
  CONT: { de: 'Laufend', en: 'Continuous' },
  DAILY: { de: 'Täglich', en: 'Daily' },
  WEEKLY: { de: 'Wöchentlich', en: 'Weekly' },
  BIWEEKLY: { de: 'Zweiwöchentlich', en: 'Every two weeks' },
  MONTHLY: { de: 'Monatlich', en: 'Monthly' },
  QUARTERLY: { de: 'Vierteljährlich', en: 'Quarterly' },
  BIANNUAL: { de: 'Halbjährlich', en: 'Twice a year' },
  ANNUAL: { de: 'Jährlich', en: 'Annually' },
  BIENNIAL: { de: 'Alle zwei Jahre', en: 'Every two years' },
  IRREG: { de: 'Unregelmäßig', en: 'Irregular' },
  NEVER: { de: 'Keine Aktualisierung', en: 'Never updated' },
  UNKNOWN: { de: 'Unbekannt', en: 'Unknown' },
};

export const YES_NO_LABELS = {
  yes: { de: 'Ja', en: 'Yes' },
  no: { de: 'Nein', en: 'No' },
} as const satisfies Record<string, LocalizedText>;

const WORDS: Record<Locale, { unknown: string; of: string; formerContact: string }> = {
  de: { unknown: 'Unbekannt', of: 'von', formerContact: 'Ehemaliger Kontakt' },
  en: { unknown: 'Unknown', of: 'of', formerContact: 'Former contact' },
};

/** Text in the reader's language; English may be empty, and then the German stands in. */
export function inLocale(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' && text.en?.trim() ? text.en : text.de;
}

/** A contact as the protocol names them: "Lena Fischer (Referentin Leitstelle)"; erased ones have no name. */
export interface ContactWords {
  name: string | null;
  title: string | null;
}

export interface WordsContext {
  locale: Locale;
  /** The contacts the answers name, by id. */
  contacts: ReadonlyMap<string, ContactWords>;
  /** All answers of the interview: a choice over dataset rows names the row by its title. */
  answers: AnswerMap;
}

export interface AnswerWords {
  answer: string | null;
  /** Only the two list types: one line per row (see DATASET_ROW_COLUMNS / CONCERN_ROW_COLUMNS). */
  rows?: string[][];
}

/** The columns of a dataset_list row in the protocol, in this order. */
export const DATASET_ROW_COLUMNS = [
  'title',
  'description',
  'sourceSystem',
  'format',
  'accrualPeriodicity',
  'containsPersonalData',
  'requestedBy',
] as const;

/** The columns of an objection_list row in the protocol: category in words, statement, raised by. */
export const CONCERN_ROW_COLUMNS = ['category', 'statement', 'raisedBy'] as const;

/**
 * An answer as a reader of the protocol wants it: "Ja", the options' labels, "4 von 5", a German date, the
 * contact's name; the two lists as a table and their row count. Unanswered: null (and no rows).
 */
export function answerInWords(
  question: QuestionDefinition,
  value: AnswerValue | undefined,
  context: WordsContext,
): AnswerWords {
  const isList = question.type === 'dataset_list' || question.type === 'objection_list';
  if (!hasAnswer(value)) return isList ? { answer: null, rows: [] } : { answer: null };
  const { locale } = context;
  switch (question.type) {
    case 'text':
      return { answer: String(value).trim() };
    case 'yes_no':
      return { answer: inLocale(value ? YES_NO_LABELS.yes : YES_NO_LABELS.no, locale) };
    case 'scale':
      return { answer: `${value} ${WORDS[locale].of} ${question.scale?.max ?? ''}`.trim() };
    case 'date':
      return { answer: mailDay(String(value), locale) };
    case 'contact':
      return { answer: contactInWords(String(value), context) };
    case 'single_choice':
      return { answer: choiceLabel(question, String(value), context) };
    case 'multi_choice':
      return {
        answer: (value as string[]).map((chosen) => choiceLabel(question, chosen, context)).join(', '),
      };
    case 'dataset_list': {
      const rows = (value as DatasetCandidateRow[]).map((row) => datasetRow(row, locale));
      return { answer: rows.map((row) => row[0]).join(', '), rows };
    }
    case 'objection_list': {
      const rows = (value as ConcernRow[]).map((row) => concernRow(row, context));
      return { answer: rows.map((row) => row[0]).join(', '), rows };
    }
  }
}

function contactInWords(id: string, context: WordsContext): string {
  const contact = context.contacts.get(id);
  if (!contact?.name) return WORDS[context.locale].formerContact;
  return contact.title ? `${contact.name} (${contact.title})` : contact.name;
}

function choiceLabel(question: QuestionDefinition, value: string, context: WordsContext): string {
  if (question.optionsFrom) {
    const rows = context.answers[question.optionsFrom];
    const row = Array.isArray(rows)
      ? (rows as DatasetCandidateRow[]).find((candidate) => candidate.id === value)
      : undefined;
    return row?.title ?? value;
  }
  const option = question.options?.find((candidate) => candidate.value === value);
  return option ? inLocale(option.label, context.locale) : value;
}

function datasetRow(row: DatasetCandidateRow, locale: Locale): string[] {
  const personal =
    row.containsPersonalData === true
      ? YES_NO_LABELS.yes
      : row.containsPersonalData === false
        ? YES_NO_LABELS.no
        : null;
  return [
    row.title.trim(),
    row.description?.trim() ?? '',
    row.sourceSystem?.trim() ?? '',
    row.format?.trim() ?? '',
    row.accrualPeriodicity ? inLocale(FREQUENCY_LABELS[row.accrualPeriodicity], locale) : '',
    personal ? inLocale(personal, locale) : WORDS[locale].unknown,
    row.requestedBy?.trim() ?? '',
  ];
}

function concernRow(row: ConcernRow, context: WordsContext): string[] {
  const category = OBJECTION_CATEGORY_LABELS[row.category];
  return [
    category ? inLocale(category, context.locale) : row.category,
    row.statement.trim(),
    row.raisedByContactId ? contactInWords(row.raisedByContactId, context) : '',
  ];
}
