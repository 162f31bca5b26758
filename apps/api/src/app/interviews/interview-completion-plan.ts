import {
  allQuestions,
  AnswerMap,
  AnswerValue,
  answerProblem,
  ConcernRow,
  DatasetCandidateRow,
  DELIVERY_METHODS,
  DeliveryMethod,
  FIELD_ERROR_CODES,
  hasAnswer,
  InterviewIncomplete,
  isQuestionVisible,
  missingRequiredAnswers,
  QuestionnaireDefinition,
  QuestionOutcome,
  questionWithOutcome,
  SCHEDULE_KINDS,
  ScheduleKind,
} from '@datenlotse/contracts';
import { BadRequestException } from '@nestjs/common';
import { fieldError } from '../../common/validation';

/**
 * What completing an interview makes, read from its answers by the questions' outcomes (never by key): an
 * edited template with other keys and wording produces the same records. A hidden question counts as
 * unanswered, whatever was stored for it before its condition changed.
 */
export interface CompletionPlan {
  /** The key of the question behind each outcome, so that a refused record names the question. */
  keys: Partial<Record<QuestionOutcome, string>>;
  datasetRows: DatasetCandidateRow[];
  /** The row agreed on as the first dataset: one of datasetRows. */
  firstDatasetRowId: string | null;
  concerns: ConcernRow[];
  dataContactId: string | null;
  firstDelivery: string | null;
  method: DeliveryMethod;
  /** The format in words ("CSV"), as the agreement stores it. */
  format: string | null;
  rhythm: ScheduleKind;
  releaseNeeded: boolean;
  nextSteps: string | null;
  followUp: string | null;
}

/**
 * Checks the answers once more (a template or an answer may have changed since they were saved) and reads
 * the plan. Missing required answers refuse the completion with all of them; a stored answer that no longer
 * fits its question refuses it naming that question.
 */
export function planCompletion(definition: QuestionnaireDefinition, answers: AnswerMap): CompletionPlan {
  const missing = missingRequiredAnswers(definition, answers);
  if (missing.length > 0) throw incomplete(missing);
  for (const question of allQuestions(definition)) {
    const value = answers[question.key];
    if (value === undefined) continue;
    const problem = answerProblem(question, value, answers);
    if (problem)
      throw fieldError(question.key, FIELD_ERROR_CODES.invalidAnswer, `${question.key} ${problem}`);
  }
  const keys: Partial<Record<QuestionOutcome, string>> = {};
  const read = (outcome: QuestionOutcome): AnswerValue => {
    const question = questionWithOutcome(definition, outcome);
    if (!question) return null;
    keys[outcome] = question.key;
    const value = answers[question.key];
    return isQuestionVisible(definition, question, answers) && hasAnswer(value) ? (value ?? null) : null;
  };
  const datasetRows = (read('datasets') as DatasetCandidateRow[] | null) ?? [];
  const firstDataset = read('first_dataset');
  const firstDatasetRowId =
    typeof firstDataset === 'string' && datasetRows.some((row) => row.id === firstDataset)
      ? firstDataset
      : null;
  const method = read('delivery_method');
  const rhythm = read('delivery_rhythm');
  const nextSteps = read('next_steps');
  return {
    keys,
    datasetRows,
    firstDatasetRowId,
    concerns: (read('objections') as ConcernRow[] | null) ?? [],
    dataContactId: asText(read('data_contact')),
    firstDelivery: asText(read('first_delivery')),
    method: (DELIVERY_METHODS as readonly unknown[]).includes(method) ? (method as DeliveryMethod) : 'email',
    format: formatLabel(definition, read('delivery_format')),
    // A recurrence by RRULE needs its rule, which the interview does not ask for.
    rhythm:
      rhythm !== 'rrule' && (SCHEDULE_KINDS as readonly unknown[]).includes(rhythm)
        ? (rhythm as ScheduleKind)
        : 'once',
    releaseNeeded: read('release_needed') === true,
    nextSteps: typeof nextSteps === 'string' ? nextSteps.trim() : null,
    followUp: asText(read('follow_up')),
  };
}

/** The refusal of a completion with required answers missing: every key, in the shape of a field error. */
export function incomplete(missing: string[]): BadRequestException {
  const body: Omit<InterviewIncomplete, 'statusCode' | 'error'> = {
    message: `Required questions are not answered: ${missing.join(', ')}`,
    fields: Object.fromEntries(missing.map((key) => [key, ['required']])),
    codes: Object.fromEntries(missing.map((key) => [key, [FIELD_ERROR_CODES.answerRequired]])),
    missing,
  };
  return new BadRequestException(body);
}

/** The chosen format option in words ("CSV", "XLSX"): the agreement names a format, not an option value. */
function formatLabel(definition: QuestionnaireDefinition, value: AnswerValue): string | null {
  if (typeof value !== 'string') return null;
  const option = questionWithOutcome(definition, 'delivery_format')?.options?.find((o) => o.value === value);
  return option?.label.de.trim() || value.toUpperCase();
}

function asText(value: AnswerValue): string | null {
  return typeof value === 'string' ? value : null;
}
