import { InterviewAnalysisDto, QuestionAnalysis } from '@datenlotse/contracts';

const label = (de: string, en = de) => ({ de, en });

/** Five completed interviews: a choice, an open question, the dataset list and the concerns. */
export function analysisFixture(overrides: Partial<InterviewAnalysisDto> = {}): InterviewAnalysisDto {
  const questions: QuestionAnalysis[] = [
    {
      key: 'p1_portal_known',
      text: label('Kennen Sie das Open-Data-Portal der Stadt?', "Do you know the city's open data portal?"),
      type: 'single_choice',
      sectionKey: 'p1',
      answered: 4,
      counts: [
        { value: 'ja', label: label('Ja', 'Yes'), count: 3 },
        { value: 'nein', label: label('Nein', 'No'), count: 1 },
      ],
    },
    {
      key: 'p1_od_meaning',
      text: label('Was verbinden Sie mit Open Data?'),
      type: 'text',
      sectionKey: 'p1',
      answered: 2,
      texts: [
        {
          departmentName: 'Amt 37 – Feuerwehr',
          interviewId: 'iv-37',
          text: 'Transparenz,\naber auch Aufwand',
        },
        { departmentName: 'Amt 66 – Verkehr', interviewId: 'iv-66', text: 'Bessere Apps für die Stadt' },
      ],
    },
    {
      key: 'p1_concerns',
      text: label('Gibt es grundsätzliche Bedenken?'),
      type: 'objection_list',
      sectionKey: 'p1',
      answered: 2,
      counts: [{ value: 'privacy', label: label('Datenschutz', 'Privacy'), count: 3 }],
    },
    {
      key: 'p2_datasets',
      text: label('Welche Datensätze nehmen wir auf?'),
      type: 'dataset_list',
      sectionKey: 'p2',
      answered: 5,
      counts: [
        { value: 'ArcGIS', label: label('ArcGIS'), count: 4 },
        { value: 'SAP', label: label('SAP'), count: 2 },
      ],
      texts: [
        { departmentName: 'Amt 37 – Feuerwehr', interviewId: 'iv-37', text: 'Sirenenstandorte (Presse)' },
      ],
    },
  ];
  return { interviewCount: 5, questions, ...overrides };
}
