import {
  AnswerMap,
  AnswerValue,
  answerProblem,
  ANSWER_LIMITS,
  ConcernRow,
  DatasetCandidateRow,
  DefinitionProblemCode,
  hasAnswer,
  isQuestionVisible,
  missingRequiredAnswers,
  QuestionDefinition,
  QuestionnaireDefinition,
  validateDefinition,
} from './questionnaires';

const text = (de: string) => ({ de, en: '' });
const q = (key: string, fields: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  key,
  type: 'text',
  text: text(`Frage ${key}`),
  required: false,
  ...fields,
});
const yesNo = (value: string) => ({ value, label: text(value) });
const definitionOf = (...questions: QuestionDefinition[]): QuestionnaireDefinition => ({
  sections: [{ key: 'p1', title: text('Teil 1'), questions }],
});
const codes = (definition: QuestionnaireDefinition) =>
  validateDefinition(definition).map((p) => `${p.path} ${p.code}`);

describe('validateDefinition', () => {
  it('accepts a definition that uses every type, a condition, optionsFrom and outcomes', () => {
    const definition: QuestionnaireDefinition = {
      sections: [
        {
          key: 'p1',
          title: text('Teil 1'),
          questions: [
            q('tasks', { required: true }),
            q('known', { type: 'yes_no', condition: { questionKey: 'tasks' } }),
            q('where', { type: 'multi_choice', options: [yesNo('web'), yesNo('print')] }),
            q('how_well', { type: 'scale', scale: { min: 1, max: 5 } }),
            q('concerns', { type: 'objection_list', outcome: 'objections' }),
          ],
        },
        {
          key: 'p2',
          title: text('Teil 2'),
          questions: [
            q('datasets', { type: 'dataset_list', outcome: 'datasets' }),
            q('first', { type: 'single_choice', optionsFrom: 'datasets', outcome: 'first_dataset' }),
            q('due', { type: 'date', outcome: 'first_delivery', condition: { questionKey: 'first' } }),
            q('contact', { type: 'contact', outcome: 'data_contact' }),
          ],
        },
      ],
    };
    expect(validateDefinition(definition)).toEqual([]);
  });

  const cases: Array<[string, QuestionnaireDefinition, string, DefinitionProblemCode]> = [
    ['no sections', { sections: [] }, 'sections', 'required'],
    [
      'a section without a German title',
      { sections: [{ key: 'p1', title: { de: ' ', en: 'Part 1' }, questions: [] }] },
      'sections.0.title',
      'required',
    ],
    [
      'a section key with capitals',
      { sections: [{ key: 'Teil1', title: text('Teil 1'), questions: [] }] },
      'sections.0.key',
      'invalidKey',
    ],
    [
      'the same section key twice',
      {
        sections: [
          { key: 'p1', title: text('A'), questions: [] },
          { key: 'p1', title: text('B'), questions: [] },
        ],
      },
      'sections.1.key',
      'duplicateKey',
    ],
    [
      'a question key with a space',
      definitionOf(q('erste frage')),
      'sections.0.questions.0.key',
      'invalidKey',
    ],
    ['a question key twice', definitionOf(q('a'), q('a')), 'sections.0.questions.1.key', 'duplicateKey'],
    [
      'an unknown type',
      definitionOf(q('a', { type: 'essay' as QuestionDefinition['type'] })),
      'sections.0.questions.0.type',
      'unknownType',
    ],
    [
      'a question without text',
      definitionOf(q('a', { text: text('') })),
      'sections.0.questions.0.text',
      'required',
    ],
    [
      'a choice with one option',
      definitionOf(q('a', { type: 'single_choice', options: [yesNo('ja')] })),
      'sections.0.questions.0.options',
      'optionsRequired',
    ],
    [
      'an option value twice',
      definitionOf(q('a', { type: 'multi_choice', options: [yesNo('ja'), yesNo('ja')] })),
      'sections.0.questions.0.options.1.value',
      'duplicateOption',
    ],
    [
      'an option value with an umlaut',
      definitionOf(q('a', { type: 'single_choice', options: [yesNo('ja'), yesNo('größer')] })),
      'sections.0.questions.0.options.1.value',
      'invalidKey',
    ],
    [
      'an option without a label',
      definitionOf(
        q('a', { type: 'single_choice', options: [yesNo('ja'), { value: 'nein', label: text('') }] }),
      ),
      'sections.0.questions.0.options.1.label',
      'required',
    ],
    [
      'options on a text question',
      definitionOf(q('a', { options: [yesNo('ja'), yesNo('nein')] })),
      'sections.0.questions.0.options',
      'unexpectedField',
    ],
    [
      'a scale the wrong way round',
      definitionOf(q('a', { type: 'scale', scale: { min: 5, max: 1 } })),
      'sections.0.questions.0.scale',
      'invalidScale',
    ],
    [
      'a scale without a range',
      definitionOf(q('a', { type: 'scale' })),
      'sections.0.questions.0.scale',
      'invalidScale',
    ],
    [
      'a scale of more than ten steps',
      definitionOf(q('a', { type: 'scale', scale: { min: 0, max: 11 } })),
      'sections.0.questions.0.scale',
      'invalidScale',
    ],
    [
      'a condition on a question that does not exist',
      definitionOf(q('a', { condition: { questionKey: 'nirgends' } })),
      'sections.0.questions.0.condition.questionKey',
      'unknownQuestion',
    ],
    [
      'a condition on a later question',
      definitionOf(q('a', { condition: { questionKey: 'b' } }), q('b')),
      'sections.0.questions.0.condition.questionKey',
      'conditionNotEarlier',
    ],
    [
      'a condition on itself',
      definitionOf(q('a', { condition: { questionKey: 'a' } })),
      'sections.0.questions.0.condition.questionKey',
      'conditionNotEarlier',
    ],
    [
      'optionsFrom a text question',
      definitionOf(q('a'), q('b', { type: 'single_choice', optionsFrom: 'a' })),
      'sections.0.questions.1.optionsFrom',
      'optionsFromInvalid',
    ],
    [
      'optionsFrom on a multiple choice',
      definitionOf(q('a', { type: 'dataset_list' }), q('b', { type: 'multi_choice', optionsFrom: 'a' })),
      'sections.0.questions.1.optionsFrom',
      'optionsFromInvalid',
    ],
    [
      'an outcome on the wrong type',
      definitionOf(q('a', { outcome: 'datasets' })),
      'sections.0.questions.0.outcome',
      'outcomeType',
    ],
    [
      'an unknown outcome',
      definitionOf(q('a', { outcome: 'everything' as QuestionDefinition['outcome'] })),
      'sections.0.questions.0.outcome',
      'unknownType',
    ],
    [
      'the same outcome twice',
      definitionOf(q('a', { outcome: 'next_steps' }), q('b', { outcome: 'next_steps' })),
      'sections.0.questions.1.outcome',
      'duplicateOutcome',
    ],
  ];
  it.each(cases)('refuses %s', (_name, definition, path, code) => {
    expect(codes(definition)).toContain(`${path} ${code}`);
  });

  it('reports every problem, not just the first', () => {
    const definition = definitionOf(q('Gross'), q('b', { type: 'scale' }), q('c', { outcome: 'datasets' }));
    expect(codes(definition)).toEqual([
      'sections.0.questions.0.key invalidKey',
      'sections.0.questions.1.scale invalidScale',
      'sections.0.questions.2.outcome outcomeType',
    ]);
  });
});

describe('isQuestionVisible', () => {
  const choice = q('channels', { type: 'multi_choice', options: [yesNo('press'), yesNo('council')] });
  const definition = definitionOf(
    q('systems'),
    q('export', { condition: { questionKey: 'systems' } }),
    q('format', { condition: { questionKey: 'export' } }),
    q('personal', { type: 'yes_no' }),
    q('anonymise', { condition: { questionKey: 'personal', values: ['yes'] } }),
    q('why_not', { condition: { questionKey: 'personal', values: ['no'] } }),
    choice,
    q('press_contact', { condition: { questionKey: 'channels', values: ['press'] } }),
    q('portal', { type: 'single_choice', options: [yesNo('yes'), yesNo('heard'), yesNo('no')] }),
    q('portal_use', { condition: { questionKey: 'portal', values: ['yes', 'heard'] } }),
  );
  const visible = (key: string, answers: AnswerMap) =>
    isQuestionVisible(definition, definition.sections[0].questions.find((x) => x.key === key)!, answers);

  it.each<[string, string, AnswerMap, boolean]>([
    ['no condition', 'systems', {}, true],
    ['any value: answered', 'export', { systems: 'SAP' }, true],
    ['any value: not answered', 'export', {}, false],
    ['any value: blank text is no answer', 'export', { systems: '   ' }, false],
    ['yes_no yes matches yes', 'anonymise', { personal: true }, true],
    ['yes_no no does not match yes', 'anonymise', { personal: false }, false],
    ['yes_no no matches no', 'why_not', { personal: false }, true],
    ['yes_no unanswered matches neither', 'why_not', {}, false],
    ['multi_choice: one of the chosen matches', 'press_contact', { channels: ['council', 'press'] }, true],
    ['multi_choice: none of the chosen matches', 'press_contact', { channels: ['council'] }, false],
    ['values list: second value matches', 'portal_use', { portal: 'heard' }, true],
    ['values list: other value', 'portal_use', { portal: 'no' }, false],
  ])('%s', (_name, key, answers, expected) => {
    expect(visible(key, answers)).toBe(expected);
  });

  it('hides a whole chain when its first question is cleared, even if later answers remain', () => {
    expect(visible('format', { systems: 'SAP', export: 'ja' })).toBe(true);
    expect(visible('format', { systems: null, export: 'ja' })).toBe(false);
  });

  it('hides questions whose conditions point in a circle instead of looping', () => {
    const circle = definitionOf(
      q('a', { condition: { questionKey: 'b' } }),
      q('b', { condition: { questionKey: 'a' } }),
    );
    expect(isQuestionVisible(circle, circle.sections[0].questions[0], { a: 'x', b: 'y' })).toBe(false);
  });
});

describe('missingRequiredAnswers', () => {
  const definition = definitionOf(
    q('tasks', { required: true }),
    q('personal', { type: 'yes_no', required: true }),
    q('anonymise', { required: true, condition: { questionKey: 'personal', values: ['yes'] } }),
    q('notes'),
  );

  it('lists the required questions without an answer, in order', () => {
    expect(missingRequiredAnswers(definition, {})).toEqual(['tasks', 'personal']);
  });

  it('counts a no as an answer and does not ask for hidden required questions', () => {
    expect(missingRequiredAnswers(definition, { tasks: 'Bauaufsicht', personal: false })).toEqual([]);
  });

  it('asks for a required question once its condition shows it', () => {
    expect(missingRequiredAnswers(definition, { tasks: 'Bauaufsicht', personal: true })).toEqual([
      'anonymise',
    ]);
    expect(missingRequiredAnswers(definition, { tasks: 'x', personal: true, anonymise: 'ja' })).toEqual([]);
  });
});

describe('hasAnswer', () => {
  it.each<[AnswerValue | undefined, boolean]>([
    [undefined, false],
    [null, false],
    ['', false],
    ['  ', false],
    [[], false],
    ['x', true],
    [false, true],
    [0, true],
    [['a'], true],
  ])('%j → %s', (value, expected) => {
    expect(hasAnswer(value)).toBe(expected);
  });
});

describe('answerProblem', () => {
  const row: DatasetCandidateRow = { id: 'r1', title: 'Baustellen' };
  const fullRow: DatasetCandidateRow = {
    id: 'r2',
    title: 'Spielplätze',
    description: 'Lage und Ausstattung',
    sourceSystem: 'GeoOffice',
    format: 'GeoJSON',
    accrualPeriodicity: 'MONTHLY',
    containsPersonalData: null,
    requestedBy: 'Presse',
    modelDatasetId: '6f1c1d7e-0000-4000-8000-000000000001',
  };
  const concern: ConcernRow = { id: 'c1', category: 'privacy', statement: 'Namen von Bauherren' };
  const types = {
    text: q('t'),
    yes_no: q('y', { type: 'yes_no' }),
    scale: q('s', { type: 'scale', scale: { min: 1, max: 5 } }),
    date: q('d', { type: 'date' }),
    contact: q('c', { type: 'contact' }),
    single: q('one', { type: 'single_choice', options: [yesNo('csv'), yesNo('xlsx')] }),
    multi: q('many', { type: 'multi_choice', options: [yesNo('csv'), yesNo('xlsx')] }),
    rows: q('first', { type: 'single_choice', optionsFrom: 'datasets' }),
    datasets: q('datasets', { type: 'dataset_list' }),
    concerns: q('concerns', { type: 'objection_list' }),
  };

  it.each<[keyof typeof types, AnswerValue]>([
    ['text', 'Wir führen das Baulastenverzeichnis.'],
    ['yes_no', false],
    ['scale', 1],
    ['scale', 5],
    ['date', '2026-02-28'],
    ['contact', '6f1c1d7e-0000-4000-8000-000000000000'],
    ['single', 'xlsx'],
    ['multi', ['csv', 'xlsx']],
    ['multi', []],
    ['datasets', [row, fullRow]],
    ['concerns', [concern]],
    ['text', null],
    ['datasets', null],
  ])('accepts %s %j', (type, value) => {
    expect(answerProblem(types[type], value)).toBeNull();
  });

  it.each<[keyof typeof types, AnswerValue, string]>([
    ['text', 42, 'must be text'],
    ['text', 'x'.repeat(ANSWER_LIMITS.text + 1), 'must be text'],
    ['yes_no', 'ja', 'must be true or false'],
    ['scale', 6, 'from 1 to 5'],
    ['scale', 2.5, 'from 1 to 5'],
    ['date', '2026-02-30', 'must be a date'],
    ['date', '28.02.2026', 'must be a date'],
    ['contact', 'Frau Schmidt', 'must be a contact id'],
    ['single', 'pdf', 'not one of the options'],
    ['single', ['csv'], 'must be one option'],
    ['multi', ['csv', 'pdf'], 'not one of the options'],
    ['multi', ['csv', 'csv'], 'twice'],
    ['multi', 'csv', 'must be a list'],
    ['datasets', 'Baustellen', 'must be a list of rows'],
    ['datasets', [{ title: 'ohne id' } as DatasetCandidateRow], 'row 1 needs an id'],
    ['datasets', [row, row], 'row id r1 twice'],
    ['datasets', [{ ...row, title: ' ' }], 'title is required'],
    ['datasets', [{ ...row, shoeSize: 42 } as DatasetCandidateRow], 'unknown field shoeSize'],
    [
      'datasets',
      [{ ...row, accrualPeriodicity: 'hourly' as DatasetCandidateRow['accrualPeriodicity'] }],
      'not a known frequency',
    ],
    [
      'datasets',
      [{ ...row, containsPersonalData: 'ja' as unknown as boolean }],
      'containsPersonalData must be true, false or null',
    ],
    ['datasets', [{ ...row, modelDatasetId: 'abc' }], 'modelDatasetId must be an id'],
    [
      'datasets',
      [{ ...row, description: 'x'.repeat(ANSWER_LIMITS.rowText + 1) }],
      'description must be text',
    ],
    [
      'datasets',
      Array.from({ length: ANSWER_LIMITS.rows + 1 }, (_, i) => ({ ...row, id: `r${i}` })),
      `at most ${ANSWER_LIMITS.rows} rows`,
    ],
    ['concerns', [{ ...concern, category: 'weather' as ConcernRow['category'] }], 'category is not known'],
    ['concerns', [{ ...concern, statement: '' }], 'statement is required'],
    ['concerns', [{ ...concern, raisedByContactId: 'Herr X' }], 'raisedByContactId must be an id'],
    ['concerns', [{ ...concern, extra: 1 } as ConcernRow], 'unknown field extra'],
  ])('refuses %s %j', (type, value, problem) => {
    expect(answerProblem(types[type], value)).toContain(problem);
  });

  it('takes the options of an optionsFrom question from the rows answered so far', () => {
    const answers: AnswerMap = { datasets: [row, { ...row, id: 'r2', title: 'Spielplätze' }] };
    expect(answerProblem(types.rows, 'r2', answers)).toBeNull();
    expect(answerProblem(types.rows, 'r3', answers)).toBe('must be a row of datasets');
    expect(answerProblem(types.rows, 'r1', {})).toBe('must be a row of datasets');
  });
});
