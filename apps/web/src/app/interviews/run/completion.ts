import {
  AnswerMap,
  ConcernRow,
  DatasetCandidateRow,
  QuestionDefinition,
  QuestionnaireDefinition,
  hasAnswer,
  missingRequiredAnswers,
  questionWithOutcome,
} from '@datenlotse/contracts';

/** A required question without an answer, with where it is: the list links to it. */
export interface MissingAnswer {
  key: string;
  sectionIndex: number;
  question: QuestionDefinition;
}

/** What completing will make of the answers, for the confirmation. */
export interface CompletionSummary {
  datasets: number;
  objections: number;
  /** The title of the dataset agreed on first, when part 3 names one. */
  agreementDataset: string | null;
  firstDelivery: string | null;
  followUp: string | null;
  releaseTask: boolean;
  nextStepsTask: boolean;
}

/** The required, shown and unanswered questions in the order of the questionnaire. */
export function missingAnswers(definition: QuestionnaireDefinition, answers: AnswerMap): MissingAnswer[] {
  return missingByKeys(definition, missingRequiredAnswers(definition, answers));
}

/** The server's list of missing keys (400 InterviewIncomplete) placed like the client's own. */
export function missingByKeys(definition: QuestionnaireDefinition, keys: readonly string[]): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  definition.sections.forEach((section, sectionIndex) => {
    for (const question of section.questions) {
      if (keys.includes(question.key)) missing.push({ key: question.key, sectionIndex, question });
    }
  });
  return missing;
}

export function completionSummary(
  definition: QuestionnaireDefinition,
  answers: AnswerMap,
): CompletionSummary {
  const valueOf = (outcome: Parameters<typeof questionWithOutcome>[1]) => {
    const question = questionWithOutcome(definition, outcome);
    return question ? answers[question.key] : undefined;
  };
  const rows = valueOf('datasets');
  const datasetRows = Array.isArray(rows)
    ? (rows as DatasetCandidateRow[]).filter((row) => row.title.trim() !== '')
    : [];
  const concerns = valueOf('objections');
  const concernRows = Array.isArray(concerns)
    ? (concerns as ConcernRow[]).filter((row) => row.statement.trim() !== '')
    : [];
  const first = valueOf('first_dataset');
  const firstDelivery = valueOf('first_delivery');
  const followUp = valueOf('follow_up');
  return {
    datasets: datasetRows.length,
    objections: concernRows.length,
    agreementDataset: datasetRows.find((row) => row.id === first)?.title ?? null,
    firstDelivery: typeof firstDelivery === 'string' && firstDelivery ? firstDelivery : null,
    followUp: typeof followUp === 'string' && followUp ? followUp : null,
    releaseTask: valueOf('release_needed') === true,
    nextStepsTask: hasAnswer(valueOf('next_steps')),
  };
}
