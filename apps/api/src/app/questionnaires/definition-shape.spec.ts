import { readDefinition } from './definition-shape';

const problemsOf = (raw: unknown) => readDefinition(raw).problems.map((p) => `${p.path} ${p.code}`);

describe('readDefinition', () => {
  const question = { key: 'tasks', type: 'text', text: { de: 'Aufgaben?', en: 'Tasks?' }, required: true };
  const valid = { sections: [{ key: 'p1', title: { de: 'Teil 1', en: '' }, questions: [question] }] };

  it('keeps a valid definition as it is, with the optional fields filled in', () => {
    const { definition, problems } = readDefinition(valid);
    expect(problems).toEqual([]);
    expect(definition).toEqual({
      sections: [
        {
          key: 'p1',
          title: { de: 'Teil 1', en: '' },
          intro: null,
          questions: [{ ...question, help: null, condition: null, outcome: null }],
        },
      ],
    });
  });

  it('drops fields nobody knows, at every level, so they are never stored', () => {
    const { definition, problems } = readDefinition({
      junk: 1,
      sections: [
        {
          ...valid.sections[0],
          colour: 'red',
          title: { de: 'Teil 1', en: '', fr: 'Partie 1' },
          questions: [{ ...question, script: '<script>', condition: null }],
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(JSON.stringify(definition)).not.toMatch(/junk|colour|fr|script/);
  });

  it('drops fixed options of a question whose options are the rows of a list', () => {
    const { definition } = readDefinition({
      sections: [
        {
          key: 'p1',
          title: { de: 'Teil 1' },
          questions: [
            { key: 'rows', type: 'dataset_list', text: { de: 'Welche?' }, required: false },
            {
              key: 'first',
              type: 'single_choice',
              text: { de: 'Welcher zuerst?' },
              optionsFrom: 'rows',
              options: [{ value: 'x', label: { de: 'X' } }],
            },
          ],
        },
      ],
    });
    expect(definition.sections[0].questions[1].options).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'Fragebogen', 'sections required'],
    ['sections not a list', { sections: { p1: {} } }, 'sections required'],
    ['a section that is not an object', { sections: [7] }, 'sections.0 required'],
    [
      'questions not a list',
      { sections: [{ key: 'p1', title: { de: 'T' }, questions: 'viele' }] },
      'sections.0.questions required',
    ],
    [
      'a title that is a string',
      { sections: [{ key: 'p1', title: 'Teil 1', questions: [] }] },
      'sections.0.title required',
    ],
    [
      'required that is a word',
      { sections: [{ ...valid.sections[0], questions: [{ ...question, required: 'ja' }] }] },
      'sections.0.questions.0.required unexpectedField',
    ],
    [
      'an English text that is a number',
      { sections: [{ ...valid.sections[0], questions: [{ ...question, text: { de: 'A', en: 5 } }] }] },
      'sections.0.questions.0.text.en unexpectedField',
    ],
    [
      'a key that is a number',
      { sections: [{ ...valid.sections[0], questions: [{ ...question, key: 12 }] }] },
      'sections.0.questions.0.key invalidKey',
    ],
    [
      'a condition that is text',
      { sections: [{ ...valid.sections[0], questions: [{ ...question, condition: 'tasks' }] }] },
      'sections.0.questions.0.condition unexpectedField',
    ],
    [
      'condition values that are not text',
      {
        sections: [
          {
            ...valid.sections[0],
            questions: [
              question,
              { ...question, key: 'b', condition: { questionKey: 'tasks', values: [1] } },
            ],
          },
        ],
      },
      'sections.0.questions.1.condition.values unexpectedField',
    ],
    [
      'a scale of words',
      {
        sections: [
          {
            ...valid.sections[0],
            questions: [{ ...question, type: 'scale', scale: { min: 'eins', max: 5 } }],
          },
        ],
      },
      'sections.0.questions.0.scale invalidScale',
    ],
    [
      'a help text far too long',
      { sections: [{ ...valid.sections[0], questions: [{ ...question, help: { de: 'x'.repeat(4001) } }] }] },
      'sections.0.questions.0.help.de unexpectedField',
    ],
    [
      'too many sections',
      {
        sections: Array.from({ length: 21 }, (_, i) => ({ key: `p${i}`, title: { de: 'T' }, questions: [] })),
      },
      'sections unexpectedField',
    ],
  ])('names the path of %s', (_name, raw, expected) => {
    expect(problemsOf(raw)).toContain(expected);
  });

  it('adds the checks of the contract (duplicate keys, conditions on later questions)', () => {
    const raw = {
      sections: [
        {
          ...valid.sections[0],
          questions: [
            { ...question, condition: { questionKey: 'later' } },
            question,
            { ...question, key: 'later' },
          ],
        },
      ],
    };
    expect(problemsOf(raw)).toEqual([
      'sections.0.questions.0.condition.questionKey conditionNotEarlier',
      'sections.0.questions.1.key duplicateKey',
    ]);
  });
});
