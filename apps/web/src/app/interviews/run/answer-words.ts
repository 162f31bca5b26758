import {
  AnswerMap,
  AnswerValue,
  ConcernRow,
  DatasetCandidateRow,
  Locale,
  QuestionDefinition,
  hasAnswer,
} from '@datenlotse/contracts';
import { I18nService } from '../../i18n/i18n.service';
import { localized } from './localized';
import type { QuestionContact } from './question-field';

/**
 * An answer as one reads it ("Ja", "Website, Geoportal", "24.12.2026", the contact's name): for a conflict,
 * where one's own value stands beside a colleague's.
 */
export function answerInWords(
  question: QuestionDefinition,
  value: AnswerValue | undefined,
  context: { i18n: I18nService; answers: AnswerMap; contacts: readonly QuestionContact[] },
): string {
  const { i18n } = context;
  if (!hasAnswer(value)) return i18n.t('interviewRun.noAnswer');
  const locale: Locale = i18n.locale();
  const option = (chosen: string): string => {
    if (question.optionsFrom) {
      const rows = context.answers[question.optionsFrom];
      const row = Array.isArray(rows)
        ? (rows as DatasetCandidateRow[]).find((r) => r.id === chosen)
        : undefined;
      return row?.title ?? chosen;
    }
    const found = (question.options ?? []).find((candidate) => candidate.value === chosen);
    return found ? localized(found.label, locale) : chosen;
  };
  switch (question.type) {
    case 'yes_no':
      return i18n.t(value ? 'questionField.yes' : 'questionField.no');
    case 'single_choice':
      return option(String(value));
    case 'multi_choice':
      return (value as string[]).map(option).join(', ');
    case 'date':
      return i18n.formatDate(`${String(value)}T00:00:00`);
    case 'contact':
      return (
        context.contacts.find((contact) => contact.id === value)?.name ??
        i18n.t('questionField.unknownContact')
      );
    case 'dataset_list':
      return (value as DatasetCandidateRow[]).map((row) => row.title).join('; ');
    case 'objection_list':
      return (value as ConcernRow[]).map((row) => row.statement).join('; ');
    default:
      return String(value);
  }
}
