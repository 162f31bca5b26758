import { ValidatorFn } from '@angular/forms';
import {
  OBJECTION_OUTCOMES,
  OBJECTION_STATUSES,
  ObjectionCategory,
  ObjectionStatus,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

/** Translation keys for the objection enums (the compiler checks that every value has a text). */
export function categoryLabel(category: ObjectionCategory): TranslationKey {
  return `objection.category.${category}`;
}

export function objectionStatusLabel(status: ObjectionStatus): TranslationKey {
  return `objection.status.${status}`;
}

/** The same states as choices in the answer dialog: "Offen lassen", "Beantwortet", "Veröffentlichbar", … */
export function outcomeChoiceLabel(status: ObjectionStatus): TranslationKey {
  return `objection.outcome.${status}`;
}

/** Every state the answer dialog offers, in the order of the way to a decision. */
export const ANSWER_CHOICES: readonly ObjectionStatus[] = OBJECTION_STATUSES;

export function isOutcome(status: ObjectionStatus): boolean {
  return OBJECTION_OUTCOMES.includes(status);
}

/**
 * "Publishable in part" and "upheld" only make sense with what was agreed (which columns, which aggregation,
 * why not): the note is then mandatory. A plain "publishable" may carry one.
 */
export function noteRequired(status: ObjectionStatus | null | undefined): boolean {
  return status === 'resolved_partially' || status === 'upheld';
}

/**
 * On the note control of a form whose sibling `status` holds the chosen state. The control has no parent
 * while the form is built: validate it again once the form exists, and whenever the status changes.
 */
export const resolutionNoteValidator: ValidatorFn = (note) => {
  const status: unknown = note.parent?.get('status')?.value;
  const text: unknown = note.value;
  const empty = typeof text !== 'string' || text.trim() === '';
  return noteRequired(status as ObjectionStatus) && empty ? { noteRequired: true } : null;
};

/** The state the answer dialog starts with: the current one, but an open objection is being answered now. */
export function initialAnswerChoice(status: ObjectionStatus): ObjectionStatus {
  return status === 'open' ? 'answered' : status;
}
