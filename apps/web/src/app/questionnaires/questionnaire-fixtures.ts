import {
  QuestionDefinition,
  QuestionnaireDefinition,
  QuestionnaireTemplateDto,
  QuestionnaireVersionDto,
  QuestionnaireVersionSummary,
} from '@datenlotse/contracts';

export function questionFixture(
  key: string,
  overrides: Partial<QuestionDefinition> = {},
): QuestionDefinition {
  return { key, type: 'text', text: { de: `Frage ${key}`, en: '' }, required: false, ...overrides };
}

/**
 * Two parts: part 1 asks whether Open Data is known and, only if yes, where from; part 2 collects datasets and
 * asks which comes first (a choice over those rows).
 */
export function definitionFixture(): QuestionnaireDefinition {
  return {
    sections: [
      {
        key: 'p1',
        title: { de: 'Vorstellung', en: 'Introduction' },
        intro: { de: 'Wir stellen uns vor.', en: '' },
        questions: [
          questionFixture('kennt_open_data', {
            type: 'yes_no',
            text: { de: 'Kennen Sie Open Data?', en: 'Do you know Open Data?' },
            required: true,
          }),
          questionFixture('woher', {
            text: { de: 'Woher kennen Sie es?', en: '' },
            condition: { questionKey: 'kennt_open_data', values: ['yes'] },
          }),
        ],
      },
      {
        key: 'p2',
        title: { de: 'Daten', en: 'Data' },
        questions: [
          questionFixture('kandidaten', {
            type: 'dataset_list',
            text: { de: 'Welche Daten haben Sie?', en: '' },
            outcome: 'datasets',
          }),
          questionFixture('erster', {
            type: 'single_choice',
            text: { de: 'Welcher Datensatz zuerst?', en: '' },
            optionsFrom: 'kandidaten',
            outcome: 'first_dataset',
          }),
        ],
      },
    ],
  };
}

export function versionFixture(
  id: string,
  overrides: Partial<QuestionnaireVersionDto> = {},
): QuestionnaireVersionDto {
  return {
    id,
    number: 2,
    status: 'draft',
    publishedAt: null,
    interviewCount: 0,
    questionCount: 4,
    templateId: 't1',
    templateName: 'Dreiteiliges Interview',
    definition: definitionFixture(),
    createdAt: '2026-11-01T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function summaryFixture(
  id: string,
  number: number,
  overrides: Partial<QuestionnaireVersionSummary> = {},
): QuestionnaireVersionSummary {
  return {
    id,
    number,
    status: 'published',
    publishedAt: '2026-10-01T08:00:00Z',
    interviewCount: 0,
    questionCount: 24,
    ...overrides,
  };
}

export function templateFixture(
  id: string,
  name: string,
  versions: QuestionnaireVersionSummary[],
  overrides: Partial<QuestionnaireTemplateDto> = {},
): QuestionnaireTemplateDto {
  return {
    id,
    name,
    description: null,
    isDefault: false,
    archivedAt: null,
    versions,
    version: 1,
    ...overrides,
  };
}
