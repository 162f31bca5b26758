import {
  DefinitionProblem,
  DefinitionProblemCode,
  LocalizedText,
  QuestionOutcome,
  QuestionType,
} from '@datenlotse/contracts';
import { apiErrorOf } from '../core/api-error';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';

export function typeLabel(type: QuestionType): TranslationKey {
  return `questionnaires.type.${type}`;
}

export function outcomeLabel(outcome: QuestionOutcome): TranslationKey {
  return `questionnaires.outcome.${outcome}`;
}

/** A text in the user's language; the German where the English is empty. */
export function localized(i18n: I18nService, text: LocalizedText | null | undefined): string {
  if (!text) return '';
  return i18n.locale() === 'en' && text.en.trim() !== '' ? text.en : text.de;
}

const CODES: ReadonlySet<string> = new Set<DefinitionProblemCode>([
  'required',
  'invalidKey',
  'duplicateKey',
  'unknownType',
  'optionsRequired',
  'duplicateOption',
  'invalidScale',
  'unknownQuestion',
  'conditionNotEarlier',
  'optionsFromInvalid',
  'outcomeType',
  'duplicateOutcome',
  'unexpectedField',
]);

/** A problem of a definition in the user's words; the path says which field of the question it is about. */
export function problemText(i18n: I18nService, problem: DefinitionProblem): string {
  const option = /\.options\.(\d+)\.(value|label)$/.exec(problem.path);
  const number = option ? Number(option[1]) + 1 : 0;
  switch (problem.code) {
    case 'required':
      if (problem.path === 'sections') return i18n.t('questionnaires.problem.requiredSections');
      if (problem.path.endsWith('.title')) return i18n.t('questionnaires.problem.requiredTitle');
      if (problem.path.endsWith('.text')) return i18n.t('questionnaires.problem.requiredText');
      if (option) return i18n.t('questionnaires.problem.requiredLabel', { number });
      return i18n.t('questionnaires.problem.required');
    case 'invalidKey':
      return option
        ? i18n.t('questionnaires.problem.invalidOptionValue', { number })
        : i18n.t('questionnaires.problem.invalidKey');
    case 'duplicateOption':
      return i18n.t('questionnaires.problem.duplicateOption', { number });
    case 'conditionNotEarlier': {
      // validateDefinition names the key first: "<key> is not an earlier question".
      const key = problem.message.split(' ')[0] ?? '';
      return i18n.t('questionnaires.problem.conditionNotEarlier', { key });
    }
    default:
      return CODES.has(problem.code) ? i18n.t(`questionnaires.problem.${problem.code}`) : problem.message;
  }
}

/** Where a problem is, in words ("Teil 1, Frage 3"); empty for a problem of the whole questionnaire. */
export function problemPlace(i18n: I18nService, path: string): string {
  const match = /^sections\.(\d+)(?:\.questions\.(\d+))?/.exec(path);
  if (!match) return '';
  const section = Number(match[1]) + 1;
  return match[2] === undefined
    ? i18n.t('questionnaires.problem.atSection', { section })
    : i18n.t('questionnaires.problem.atQuestion', { section, question: Number(match[2]) + 1 });
}

/**
 * The problems a 400 of the API names in a definition (`definition.sections.0.questions.2.key`), in the shape
 * of validateDefinition's, so the editor shows them at the same places. Empty for any other error.
 */
export function serverDefinitionProblems(error: unknown): DefinitionProblem[] {
  const body = apiErrorOf(error);
  if (!body || body.statusCode !== 400 || !body.fields) return [];
  return Object.entries(body.fields).map(([field, messages]) => {
    const path = field.replace(/^definition\.?/, '') || 'sections';
    // A reason the client does not word stays as it is: problemText then shows the API's message.
    const code = body.codes?.[field]?.find((candidate) => CODES.has(candidate)) ?? body.codes?.[field]?.[0];
    return { path, code: (code ?? 'invalid') as DefinitionProblemCode, message: messages.join(' ') };
  });
}
