import {
  allQuestions,
  DELIVERY_METHODS,
  missingRequiredAnswers,
  QUESTION_OUTCOMES,
  questionWithOutcome,
  validateDefinition,
} from '@datenlotse/contracts';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire';

describe('the shipped three-part interview', () => {
  it('is a valid definition', () => {
    expect(validateDefinition(DEFAULT_QUESTIONNAIRE)).toEqual([]);
  });

  it('has the three parts in order', () => {
    expect(DEFAULT_QUESTIONNAIRE.sections.map((s) => `${s.key} ${s.title.de}`)).toEqual([
      'p1 Teil 1 — Vorstellung',
      'p2 Teil 2 — Daten',
      'p3 Teil 3 — Vereinbarung',
    ]);
  });

  it('has every outcome once, so that completing it can make every record', () => {
    for (const outcome of QUESTION_OUTCOMES) {
      expect(`${outcome} ${questionWithOutcome(DEFAULT_QUESTIONNAIRE, outcome)?.key}`).toMatch(
        new RegExp(`^${outcome} p\\d_`),
      );
    }
  });

  it('offers exactly the delivery methods an agreement knows', () => {
    const method = questionWithOutcome(DEFAULT_QUESTIONNAIRE, 'delivery_method');
    expect(method?.options?.map((o) => o.value)).toEqual([...DELIVERY_METHODS]);
  });

  it('has German and English wording for every question, option and part', () => {
    const untranslated = [
      ...DEFAULT_QUESTIONNAIRE.sections.flatMap((s) => [s.title, s.intro]),
      ...allQuestions(DEFAULT_QUESTIONNAIRE).flatMap((q) => [
        q.text,
        q.help,
        ...(q.options ?? []).map((o) => o.label),
      ]),
    ].filter((text) => text && (text.de.trim() === '' || text.en.trim() === ''));
    expect(untranslated).toEqual([]);
  });

  it('asks only for what the records need before a meeting can be completed', () => {
    expect(missingRequiredAnswers(DEFAULT_QUESTIONNAIRE, {})).toEqual([
      'p1_tasks',
      'p2_datasets',
      'p3_data_contact',
      'p3_first_dataset',
      'p3_follow_up',
    ]);
    // The delivery date is asked for once a first dataset is chosen.
    expect(missingRequiredAnswers(DEFAULT_QUESTIONNAIRE, { p3_first_dataset: 'r1' })).toContain(
      'p3_first_delivery',
    );
  });
});
