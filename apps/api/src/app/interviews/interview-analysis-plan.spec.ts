import { QuestionDefinition, QuestionnaireDefinition } from '@datenlotse/contracts';
import { analyseQuestion, CountRow, planQuestions, VersionRow } from './interview-analysis-plan';

const q = (key: string, fields: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  key,
  type: 'text',
  text: { de: key, en: key },
  required: false,
  ...fields,
});
const version = (
  id: string,
  number: number,
  questions: QuestionDefinition[],
  status: VersionRow['status'] = 'published',
): VersionRow => {
  const definition: QuestionnaireDefinition = {
    sections: [{ key: 's', title: { de: 'S', en: '' }, questions }],
  };
  return { id, number, status, definition };
};
const count = (
  version_id: string,
  value: string | null,
  n: number,
  label: string | null = null,
): CountRow => ({
  kind: value === null ? 'answered' : 'value',
  question_key: 'k',
  version_id,
  value,
  label,
  count: n,
});

describe('analysis plan', () => {
  it('orders by the newest published version, then questions only other versions asked, newest first', () => {
    const plan = planQuestions([
      version('v1', 1, [q('a'), q('gone'), q('b')]),
      version('v2', 2, [q('b'), q('a'), q('new')]),
      version('v3', 3, [q('draft_only')], 'draft'),
    ]);
    expect(plan.map((p) => p.question.key)).toEqual(['b', 'a', 'new', 'draft_only', 'gone']);
    expect([...plan[0].versionIds].sort()).toEqual(['v1', 'v2']);
  });

  it('leaves out the answers of a version that asked the same key with another type', () => {
    const plan = planQuestions([
      version('v1', 1, [q('k', { type: 'text' })]),
      version('v2', 2, [q('k', { type: 'yes_no' })]),
    ]);
    expect([...plan[0].versionIds]).toEqual(['v2']);
  });

  it('adds up versions, keeps options of older versions and lists unknown values after them', () => {
    const options = (...values: string[]) =>
      values.map((value) => ({ value, label: { de: value.toUpperCase(), en: '' } }));
    const [planned] = planQuestions([
      version('v1', 1, [q('k', { type: 'single_choice', options: options('a', 'old') })]),
      version('v2', 2, [q('k', { type: 'single_choice', options: options('a', 'b') })]),
    ]);
    const result = analyseQuestion(
      planned,
      [
        count('v1', null, 2),
        count('v2', null, 3),
        count('v1', 'old', 2),
        count('v2', 'a', 1),
        count('v2', 'x', 2),
      ],
      [],
      10,
    );
    expect(result.answered).toBe(5);
    expect(result.counts).toEqual([
      { value: 'old', label: { de: 'OLD', en: 'OLD' }, count: 2 },
      { value: 'x', label: { de: 'x', en: 'x' }, count: 2 },
      { value: 'a', label: { de: 'A', en: 'A' }, count: 1 },
      { value: 'b', label: { de: 'B', en: 'B' }, count: 0 },
    ]);
  });

  it('labels a source system by its most frequent spelling', () => {
    const [planned] = planQuestions([
      version('v1', 1, [q('k', { type: 'dataset_list' })]),
      version('v2', 2, [q('k', { type: 'dataset_list' })]),
    ]);
    const result = analyseQuestion(
      planned,
      [count('v1', 'alkis', 1, 'alkis'), count('v2', 'alkis', 3, 'ALKIS')],
      [],
      10,
    );
    expect(result.counts).toEqual([{ value: 'alkis', label: { de: 'ALKIS', en: 'ALKIS' }, count: 4 }]);
    expect(result.texts).toEqual([]);
  });

  it('keeps the newest texts up to the limit', () => {
    const [planned] = planQuestions([version('v1', 1, [q('k')])]);
    const text = (day: number) => ({
      question_key: 'k',
      version_id: 'v1',
      interview_id: `i${day}`,
      department_name: 'Amt',
      text: `Tag ${day}`,
      completed_at: new Date(Date.UTC(2027, 0, day)),
    });
    const result = analyseQuestion(planned, [], [text(1), text(3), text(2)], 2);
    expect(result.texts?.map((t) => t.text)).toEqual(['Tag 3', 'Tag 2']);
    expect(result.counts).toBeUndefined();
  });
});
