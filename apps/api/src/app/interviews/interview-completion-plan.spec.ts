import { BadRequestException } from '@nestjs/common';
import { QuestionnaireDefinition } from '@datenlotse/contracts';
import { planCompletion } from './interview-completion-plan';
import { interactionSummary, protocolSummary } from './interview-completion-summary';
import { plannedTasks } from './interview-completion-follow-ups';

const text = (de: string, en = '') => ({ de, en });

/** Keys unlike the default questionnaire's: completion must find everything by outcome. */
const DEFINITION: QuestionnaireDefinition = {
  sections: [
    {
      key: 'a',
      title: text('Teil A'),
      questions: [
        {
          key: 'bedenken',
          type: 'objection_list',
          text: text('Bedenken'),
          required: false,
          outcome: 'objections',
        },
        { key: 'liste', type: 'dataset_list', text: text('Daten'), required: true, outcome: 'datasets' },
        {
          key: 'erster',
          type: 'single_choice',
          text: text('Erster'),
          required: true,
          optionsFrom: 'liste',
          outcome: 'first_dataset',
        },
        {
          key: 'termin',
          type: 'date',
          text: text('Termin'),
          required: true,
          condition: { questionKey: 'erster' },
          outcome: 'first_delivery',
        },
        {
          key: 'weg',
          type: 'single_choice',
          text: text('Weg'),
          required: false,
          options: [
            { value: 'upload', label: text('Upload') },
            { value: 'api', label: text('Schnittstelle') },
          ],
          outcome: 'delivery_method',
        },
        {
          key: 'format',
          type: 'single_choice',
          text: text('Format'),
          required: false,
          options: [
            { value: 'csv', label: text('CSV') },
            { value: 'xlsx', label: text('Excel-Tabelle') },
          ],
          outcome: 'delivery_format',
        },
        {
          key: 'rhythmus',
          type: 'single_choice',
          text: text('Rhythmus'),
          required: false,
          options: [
            { value: 'once', label: text('einmalig', 'once') },
            { value: 'monthly', label: text('monatlich', 'monthly') },
          ],
          outcome: 'delivery_rhythm',
        },
        {
          key: 'freigabe',
          type: 'yes_no',
          text: text('Freigabe?'),
          required: false,
          outcome: 'release_needed',
        },
        { key: 'schritte', type: 'text', text: text('Schritte'), required: false, outcome: 'next_steps' },
        { key: 'wieder', type: 'date', text: text('Wiedervorlage'), required: false, outcome: 'follow_up' },
      ],
    },
  ],
};

const ROWS = [
  { id: 'r1', title: 'Sirenen', format: 'csv' },
  { id: 'r2', title: 'Hydranten' },
];

describe('planCompletion', () => {
  it('reads every record by the outcome of its question, with words for the format', () => {
    const plan = planCompletion(DEFINITION, {
      bedenken: [{ id: 'c1', category: 'privacy', statement: 'Namen der Eigentümer' }],
      liste: ROWS,
      erster: 'r1',
      termin: '2027-01-15',
      format: 'xlsx',
      rhythmus: 'monthly',
      freigabe: true,
      schritte: '  Export anstoßen  ',
      wieder: '2027-02-01',
    });
    expect(plan).toMatchObject({
      datasetRows: ROWS,
      firstDatasetRowId: 'r1',
      firstDelivery: '2027-01-15',
      method: 'email',
      format: 'Excel-Tabelle',
      rhythm: 'monthly',
      releaseNeeded: true,
      nextSteps: 'Export anstoßen',
      followUp: '2027-02-01',
    });
    expect(plan.concerns).toHaveLength(1);
    expect(plan.keys).toMatchObject({ datasets: 'liste', first_delivery: 'termin' });
    expect(plan.keys).not.toHaveProperty('data_contact');
  });

  it('refuses missing required answers with all of them, hidden ones excepted', () => {
    let refusal: BadRequestException | undefined;
    try {
      planCompletion(DEFINITION, { liste: [] });
    } catch (error) {
      refusal = error as BadRequestException;
    }
    // `termin` is shown only once a first dataset is chosen.
    expect(refusal?.getResponse()).toMatchObject({
      missing: ['liste', 'erster'],
      fields: { liste: ['required'], erster: ['required'] },
      codes: { liste: ['answerRequired'], erster: ['answerRequired'] },
    });
  });

  it('refuses a stored answer that no longer fits its question, naming it', () => {
    expect(() => planCompletion(DEFINITION, { liste: ROWS, erster: 'r9', termin: '2027-01-15' })).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({ fields: { erster: ['erster must be a row of liste'] } }),
      }),
    );
  });

  it('ignores the answer of a question hidden since', () => {
    const plan = planCompletion(
      {
        sections: [
          {
            ...DEFINITION.sections[0],
            questions: DEFINITION.sections[0].questions.map((q) =>
              q.key === 'erster' ? { ...q, required: false } : q,
            ),
          },
        ],
      },
      { liste: ROWS, termin: '2027-01-15' },
    );
    expect(plan).toMatchObject({ firstDatasetRowId: null, firstDelivery: null });
  });
});

describe('what a completion says and leaves to do', () => {
  const plan = planCompletion(DEFINITION, {
    bedenken: [{ id: 'c1', category: 'privacy', statement: 'Namen der Eigentümer' }],
    liste: ROWS,
    erster: 'r1',
    termin: '2027-01-15',
    weg: 'api',
    rhythmus: 'monthly',
    freigabe: true,
    schritte: 'Export anstoßen',
  });
  const facts = {
    departmentName: 'Feuerwehr',
    plan,
    definition: DEFINITION,
    datasetTitles: ['Sirenen', 'Hydranten'],
    firstDatasetTitle: 'Sirenen',
    contactName: 'Lena Leitstelle',
  };

  it('writes the timeline entry as one German paragraph', () => {
    expect(interactionSummary(facts)).toBe(
      'Drei-Teile-Interview mit Feuerwehr: 2 Datensätze aufgenommen (Sirenen, Hydranten), 1 Vorbehalt, ' +
        'erste Lieferung (Sirenen) am 15.01.2027.',
    );
  });

  it('summarises the protocol in the reader’s language', () => {
    expect(protocolSummary(facts, 'de').split('\n')).toEqual([
      'Neue Datensätze (2): Sirenen, Hydranten',
      'Vorbehalte (1): Datenschutz: Namen der Eigentümer',
      'Vereinbarung: erste Lieferung von „Sirenen“ am 15.01.2027, per Schnittstelle (API), Aktualisierung: monatlich, Ansprechperson: Lena Leitstelle',
      'Freigabe: Die Amtsleitung gibt die Veröffentlichung frei, sobald die Daten vorliegen.',
      'Nächste Schritte: Export anstoßen',
    ]);
    expect(protocolSummary(facts, 'en')).toContain('Agreement: first delivery of "Sirenen" on 2027-01-15');
  });

  it('plans the next steps for the first delivery, or two weeks out when nothing is dated', () => {
    expect(plannedTasks(plan, 'Feuerwehr', 'Sirenen', '2026-11-29')).toEqual([
      {
        sourceKey: 'next_steps',
        title: 'Nächste Schritte umsetzen: Feuerwehr',
        dueAt: '2027-01-15',
        notes: 'Export anstoßen',
      },
      {
        sourceKey: 'release',
        title: 'Freigabe der Amtsleitung einholen: Sirenen',
        dueAt: '2027-01-15',
        notes: null,
      },
    ]);
    const undated = { ...plan, firstDelivery: null, releaseNeeded: false };
    expect(plannedTasks(undated, 'Feuerwehr', null, '2026-12-25')).toEqual([
      expect.objectContaining({ sourceKey: 'next_steps', dueAt: '2027-01-08' }),
    ]);
  });
});
