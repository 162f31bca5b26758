import { InterviewProtocolDto } from '@datenlotse/contracts';

/** A completed interview's protocol: every kind of answer, outcomes of each kind. */
export function protocolFixture(overrides: Partial<InterviewProtocolDto> = {}): InterviewProtocolDto {
  return {
    interviewId: 'iv-1',
    municipalityName: 'Landeshauptstadt Düsseldorf',
    departmentName: 'Amt 37 – Feuerwehr',
    status: 'completed',
    scheduledAt: '2026-03-04T09:00:00Z',
    completedAt: '2026-03-04T10:30:00Z',
    location: 'Hüttenstraße 68, Raum 204',
    interviewers: ['Tara Team', 'Olaf Open'],
    participants: ['Fritz Feuer', 'Hanna Haupt'],
    sections: [
      {
        key: 'p1',
        title: 'Teil 1 – Vorstellung',
        notes: 'Portal live gezeigt.\nGroßes Interesse an Einsatzstatistik.',
        answers: [
          {
            key: 'p1_portal_known',
            question: 'Kennen Sie das Open-Data-Portal der Stadt?',
            type: 'single_choice',
            answer: 'gehört, nicht genutzt',
          },
          {
            key: 'p1_od_meaning',
            question: 'Was verbinden Sie mit Open Data?',
            type: 'text',
            answer: null,
          },
          {
            key: 'p1_concerns',
            question: 'Gibt es grundsätzliche Bedenken gegen eine Veröffentlichung?',
            type: 'objection_list',
            answer: null,
            rows: [['Kritische Infrastruktur', 'Sirenenstandorte könnten beschädigt werden', 'Fritz Feuer']],
          },
        ],
      },
      {
        key: 'p2',
        title: 'Teil 2 – Daten',
        notes: null,
        answers: [
          {
            key: 'p2_datasets',
            question: 'Welche Datensätze nehmen wir auf?',
            type: 'dataset_list',
            answer: null,
            rows: [
              ['Sirenenstandorte', 'Lage aller Sirenen', 'ArcGIS', 'GeoJSON', 'jährlich', 'Nein', 'Presse'],
              ['Einsatzstatistik', '', 'FEUERWEHR-IS', 'CSV', 'monatlich', 'Nein', 'Rat'],
            ],
          },
          {
            key: 'p2_geo',
            question: 'Haben die Daten einen Raumbezug?',
            type: 'yes_no',
            answer: 'Ja',
          },
        ],
      },
    ],
    datasets: [
      { id: 'ds-1', title: 'Sirenenstandorte', stage: 'agreed' },
      { id: 'ds-2', title: 'Einsatzstatistik', stage: 'identified' },
    ],
    objections: [
      {
        id: 'ob-1',
        category: 'critical_infrastructure',
        statement: 'Sirenenstandorte könnten beschädigt werden',
        status: 'open',
      },
    ],
    agreement: {
      datasetTitle: 'Sirenenstandorte',
      contactName: 'Fritz Feuer',
      firstDueAt: '2026-04-15',
      method: 'E-Mail',
      format: 'GeoJSON',
    },
    tasks: [
      { id: 't-1', title: 'Nachfassen: Interview Feuerwehr', dueAt: '2026-05-06', assigneeName: 'Tara Team' },
      { id: 't-2', title: 'Freigabe der Amtsleitung einholen', dueAt: null, assigneeName: null },
    ],
    ...overrides,
  };
}
