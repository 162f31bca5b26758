import { validateDefinition } from '@datenlotse/contracts';
import {
  moveQuestion,
  newQuestion,
  questionProblems,
  questionsBefore,
  replaceQuestion,
  stepPlace,
} from './definition-edits';
import { definitionFixture, questionFixture } from './questionnaire-fixtures';

describe('definition edits', () => {
  it('moves a question into another part and leaves the given definition alone', () => {
    const definition = definitionFixture();
    const moved = moveQuestion(definition, { section: 1, question: 0 }, { section: 0, question: 1 });
    expect(moved.sections[0].questions.map((q) => q.key)).toEqual(['kennt_open_data', 'kandidaten', 'woher']);
    expect(moved.sections[1].questions.map((q) => q.key)).toEqual(['erster']);
    expect(definition.sections[1].questions).toHaveLength(2);
    expect(validateDefinition(moved)).toEqual([]);
  });

  it('flags a question moved above the question its condition reads, at its new place', () => {
    const moved = moveQuestion(definitionFixture(), { section: 0, question: 1 }, { section: 0, question: 0 });
    const problems = validateDefinition(moved);
    expect(questionProblems(problems, { section: 0, question: 0 })).toEqual([
      expect.objectContaining({
        code: 'conditionNotEarlier',
        path: 'sections.0.questions.0.condition.questionKey',
      }),
    ]);
    expect(questionProblems(problems, { section: 0, question: 1 })).toEqual([]);
  });

  it('steps past the end of a part into the next one, and nowhere beyond the first and last question', () => {
    const definition = definitionFixture();
    expect(stepPlace(definition, { section: 0, question: 1 }, 1)).toEqual({ section: 1, question: 0 });
    expect(stepPlace(definition, { section: 1, question: 0 }, -1)).toEqual({ section: 0, question: 2 });
    expect(stepPlace(definition, { section: 0, question: 0 }, -1)).toBeNull();
    expect(stepPlace(definition, { section: 1, question: 1 }, 1)).toBeNull();
  });

  it('renames a key in the conditions and choices that refer to it', () => {
    const definition = definitionFixture();
    const renamed = replaceQuestion(
      replaceQuestion(
        definition,
        { section: 0, question: 0 },
        questionFixture('open_data_bekannt', { type: 'yes_no' }),
      ),
      { section: 1, question: 0 },
      { ...definition.sections[1].questions[0], key: 'datensaetze' },
    );
    expect(renamed.sections[0].questions[1].condition).toEqual({
      questionKey: 'open_data_bekannt',
      values: ['yes'],
    });
    expect(renamed.sections[1].questions[1].optionsFrom).toBe('datensaetze');
    expect(validateDefinition(renamed)).toEqual([]);
  });

  it('offers only earlier questions to refer to and makes new keys that are free', () => {
    const definition = definitionFixture();
    expect(questionsBefore(definition, { section: 1, question: 1 }).map((q) => q.key)).toEqual([
      'kennt_open_data',
      'woher',
      'kandidaten',
    ]);
    const withFrage1 = replaceQuestion(definition, { section: 0, question: 1 }, questionFixture('frage_1'));
    expect(newQuestion(withFrage1).key).toBe('frage_2');
  });
});
