import {
  ConcernRow,
  Locale,
  QuestionnaireDefinition,
  QuestionOutcome,
  questionWithOutcome,
} from '@datenlotse/contracts';
import { mailDay, methodLabel } from '../../mail/reminders/reminder-support';
import { inLocale, OBJECTION_CATEGORY_LABELS } from './interview-answer-words';
import { CompletionPlan } from './interview-completion-plan';

/** What a completion made, in words: the timeline's entry and the protocol mail both tell it. */
export interface CompletionFacts {
  departmentName: string;
  plan: CompletionPlan;
  definition: QuestionnaireDefinition;
  /** The titles of the datasets of the rows, in the rows' order. */
  datasetTitles: string[];
  firstDatasetTitle: string | null;
  /** The data contact's name, when there is one and it is not erased. */
  contactName: string | null;
}

/**
 * The interaction's summary: one German paragraph, like a note the team would write after the meeting
 * ("Drei-Teile-Interview mit Feuerwehr: 3 Datensätze aufgenommen (…), 1 Vorbehalt, erste Lieferung am …").
 */
export function interactionSummary(facts: CompletionFacts): string {
  const { plan } = facts;
  const count = facts.datasetTitles.length;
  const parts = [
    count === 0
      ? 'kein Datensatz aufgenommen'
      : `${count} ${count === 1 ? 'Datensatz' : 'Datensätze'} aufgenommen (${facts.datasetTitles.join(', ')})`,
    objectionCount(plan.concerns.length),
  ];
  if (plan.firstDelivery) {
    const what = facts.firstDatasetTitle ? ` (${facts.firstDatasetTitle})` : '';
    parts.push(`erste Lieferung${what} am ${mailDay(plan.firstDelivery, 'de')}`);
  }
  if (plan.followUp) parts.push(`Nachgespräch am ${mailDay(plan.followUp, 'de')}`);
  return `Drei-Teile-Interview mit ${facts.departmentName}: ${parts.join(', ')}.`;
}

function objectionCount(count: number): string {
  if (count === 0) return 'keine Vorbehalte';
  return `${count} ${count === 1 ? 'Vorbehalt' : 'Vorbehalte'}`;
}

const WORDS: Record<
  Locale,
  {
    datasets: string;
    concerns: string;
    agreement: string;
    firstDelivery: (title: string | null, day: string) => string;
    by: string;
    as: string;
    then: string;
    contact: string;
    release: string;
    nextSteps: string;
    followUp: string;
  }
> = {
  de: {
    datasets: 'Neue Datensätze',
    concerns: 'Vorbehalte',
    agreement: 'Vereinbarung',
    firstDelivery: (title, day) => `erste Lieferung${title ? ` von „${title}“` : ''} am ${day}`,
    by: 'per',
    as: 'als',
    then: 'Aktualisierung',
    contact: 'Ansprechperson',
    release: 'Freigabe: Die Amtsleitung gibt die Veröffentlichung frei, sobald die Daten vorliegen.',
    nextSteps: 'Nächste Schritte',
    followUp: 'Nächstes Gespräch',
  },
  en: {
    datasets: 'New datasets',
    concerns: 'Concerns',
    agreement: 'Agreement',
    firstDelivery: (title, day) => `first delivery${title ? ` of "${title}"` : ''} on ${day}`,
    by: 'by',
    as: 'as',
    then: 'updates',
    contact: 'contact',
    release: 'Release: the head of department approves publication once the data are in.',
    nextSteps: 'Next steps',
    followUp: 'Next meeting',
  },
};

/**
 * The plain-text summary of the protocol mail, in the recipient's language: the new datasets, the concerns,
 * the agreement and the next steps, one line each (the mail keeps the line breaks).
 */
export function protocolSummary(facts: CompletionFacts, locale: Locale): string {
  const words = WORDS[locale];
  const { plan } = facts;
  const lines: string[] = [];
  if (facts.datasetTitles.length > 0) {
    lines.push(`${words.datasets} (${facts.datasetTitles.length}): ${facts.datasetTitles.join(', ')}`);
  }
  if (plan.concerns.length > 0) {
    lines.push(
      `${words.concerns} (${plan.concerns.length}): ${plan.concerns.map((c) => concern(c, locale)).join('; ')}`,
    );
  }
  if (plan.firstDelivery) {
    const agreement = [words.firstDelivery(facts.firstDatasetTitle, mailDay(plan.firstDelivery, locale))];
    agreement.push(`${words.by} ${methodLabel(plan.method, locale)}`);
    if (plan.format) agreement.push(`${words.as} ${plan.format}`);
    const rhythm = optionLabel(facts.definition, 'delivery_rhythm', plan.rhythm, locale);
    if (plan.rhythm !== 'once' && rhythm) agreement.push(`${words.then}: ${rhythm}`);
    if (facts.contactName) agreement.push(`${words.contact}: ${facts.contactName}`);
    lines.push(`${words.agreement}: ${agreement.join(', ')}`);
  }
  if (plan.releaseNeeded) lines.push(words.release);
  if (plan.nextSteps) lines.push(`${words.nextSteps}: ${plan.nextSteps}`);
  if (plan.followUp) lines.push(`${words.followUp}: ${mailDay(plan.followUp, locale)}`);
  return lines.join('\n');
}

function concern(row: ConcernRow, locale: Locale): string {
  const category = OBJECTION_CATEGORY_LABELS[row.category];
  return `${category ? inLocale(category, locale) : row.category}: ${row.statement.trim()}`;
}

/** An option of the question behind an outcome in the reader's words, as the interview showed it. */
function optionLabel(
  definition: QuestionnaireDefinition,
  outcome: QuestionOutcome,
  value: string,
  locale: Locale,
): string | null {
  const option = questionWithOutcome(definition, outcome)?.options?.find((o) => o.value === value);
  return option ? inLocale(option.label, locale) : null;
}
