import { InterviewProtocolDto, ProtocolSection } from '@datenlotse/contracts';
import { DataSource } from 'typeorm';
import { insertContact, newDepartment } from './crm-fixtures';
import { completeInterview, insertInterview } from './interview-analysis-fixtures';
import { startTestApp, TestApp } from './test-app';

const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

const answerOf = (protocol: InterviewProtocolDto, key: string) =>
  protocol.sections.flatMap((section) => section.answers).find((answer) => answer.key === key);
const keysOf = (section: ProtocolSection) => section.answers.map((answer) => answer.key);

/** The protocol: what a reader of the screen, the print and the mail sees of an interview. */
describe('interview protocol', () => {
  let t: TestApp;
  let db: DataSource;
  let versionId: string;
  let wacheId: string;
  let otherId: string;
  let contactId: string;
  let completedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const team = await t.signIn('team');
    [{ id: versionId }] = await db.query(
      `SELECT v.id FROM questionnaire_version v JOIN questionnaire_template q ON q.id = v.template_id
        WHERE q.seed_key = 'default' AND v.status = 'published' ORDER BY v.number DESC LIMIT 1`,
    );
    const [feuerwehr] = await db.query(`SELECT id FROM department WHERE name = $1`, [FEUERWEHR]);
    wacheId = (await newDepartment(team, 'Feuerwache Protokoll', feuerwehr.id, 'abteilung')).id;
    otherId = (await newDepartment(team, 'Amt für Protokolltests')).id;
    contactId = await insertContact(t, wacheId, 'Petra Protokoll');
    await db.query(
      `UPDATE contact SET title = 'Wachleiterin', email = 'petra.protokoll@example.org' WHERE id = $1`,
      [contactId],
    );
    completedId = await insertInterview(db, {
      departmentId: wacheId,
      versionId,
      status: 'in_progress',
      scheduledAt: '2027-03-01T09:00:00+01:00',
      location: 'Feuerwache 1, Besprechungsraum',
      interviewerEmails: ['team@demo.datenlotse.de'],
      inviteeIds: [contactId],
      notes: { p1: 'Portal live gezeigt; großes Interesse an Einsatzzahlen.' },
      answers: {
        p1_tasks: 'Brandschutz, technische Hilfe und Rettungsdienst für den Stadtteil.',
        p1_portal_known: 'yes',
        p1_od_knowledge: 4,
        p1_published_before: ['website', 'geoportal'],
        p1_concerns: [
          {
            id: 'c1',
            category: 'privacy',
            statement: 'Einsatzorte lassen Rückschlüsse auf Personen zu.',
            raisedByContactId: contactId,
          },
        ],
        p1_decision_maker: contactId,
        p2_personal_data: false,
        p2_geo: true,
        p2_datasets: [
          {
            id: 'r1',
            title: 'Einsätze nach Stadtteil',
            description: 'Einsatzzahlen je Monat und Stadtteil',
            sourceSystem: 'Einsatzleitsystem',
            format: 'CSV',
            accrualPeriodicity: 'MONTHLY',
            containsPersonalData: false,
            requestedBy: 'Presse',
          },
          { id: 'r2', title: 'Standorte der Löschwasserbrunnen' },
        ],
        p3_data_contact: contactId,
        p3_first_dataset: 'r1',
        p3_first_delivery: '2027-03-12',
        p3_method: 'email',
        p3_format: 'csv',
        p3_rhythm: 'monthly',
        p3_release_needed: true,
        p3_next_steps: 'Probedatei per E-Mail bis zum 12.03.',
        p3_follow_up: '2027-04-20',
      },
    });
    await completeInterview(t, completedId);
  });
  afterAll(() => t.close());

  it('gives the answers in words, in German, with the notes of each part', async () => {
    const team = await t.signIn('team');
    const protocol: InterviewProtocolDto = (
      await team.get(`/api/v1/interviews/${completedId}/protocol`).expect(200)
    ).body;
    expect(protocol).toMatchObject({
      departmentName: 'Feuerwache Protokoll',
      status: 'completed',
      location: 'Feuerwache 1, Besprechungsraum',
      interviewers: ['Tara Team'],
      participants: ['Petra Protokoll'],
    });
    expect(protocol.municipalityName).toBeTruthy();
    expect(protocol.sections.map((section) => [section.title, section.notes])).toEqual([
      ['Teil 1 — Vorstellung', 'Portal live gezeigt; großes Interesse an Einsatzzahlen.'],
      ['Teil 2 — Daten', null],
      ['Teil 3 — Vereinbarung', null],
    ]);
    expect(answerOf(protocol, 'p1_portal_known')?.answer).toBe('Ja, wir nutzen es');
    expect(answerOf(protocol, 'p1_od_knowledge')?.answer).toBe('4 von 5');
    expect(answerOf(protocol, 'p1_published_before')?.answer).toBe('Website der Stadt, Geoportal');
    expect(answerOf(protocol, 'p1_decision_maker')?.answer).toBe('Petra Protokoll (Wachleiterin)');
    expect(answerOf(protocol, 'p2_personal_data')?.answer).toBe('Nein');
    expect(answerOf(protocol, 'p2_geo')?.answer).toBe('Ja');
    expect(answerOf(protocol, 'p3_first_dataset')?.answer).toBe('Einsätze nach Stadtteil');
    expect(answerOf(protocol, 'p3_first_delivery')?.answer).toBe('12.03.2027');
    expect(answerOf(protocol, 'p3_method')?.answer).toBe('E-Mail');
    expect(answerOf(protocol, 'p1_concerns')?.rows).toEqual([
      ['Datenschutz', 'Einsatzorte lassen Rückschlüsse auf Personen zu.', 'Petra Protokoll (Wachleiterin)'],
    ]);
    expect(answerOf(protocol, 'p2_datasets')?.rows).toEqual([
      [
        'Einsätze nach Stadtteil',
        'Einsatzzahlen je Monat und Stadtteil',
        'Einsatzleitsystem',
        'CSV',
        'Monatlich',
        'Nein',
        'Presse',
      ],
      ['Standorte der Löschwasserbrunnen', '', '', '', '', 'Unbekannt', ''],
    ]);
    // Shown only when personal data were named: "no" hides the question about anonymising them.
    expect(keysOf(protocol.sections[1])).not.toContain('p2_anonymisation');
  });

  it('lists what the completion made: datasets, the concern, the agreement and the tasks', async () => {
    const team = await t.signIn('team');
    const protocol: InterviewProtocolDto = (
      await team.get(`/api/v1/interviews/${completedId}/protocol`).expect(200)
    ).body;
    expect(protocol.datasets.map((dataset) => [dataset.title, dataset.stage])).toEqual([
      ['Einsätze nach Stadtteil', 'delivery_scheduled'],
      ['Standorte der Löschwasserbrunnen', 'identified'],
    ]);
    expect(protocol.objections).toEqual([
      {
        id: expect.any(String),
        category: 'privacy',
        statement: 'Einsatzorte lassen Rückschlüsse auf Personen zu.',
        status: 'open',
      },
    ]);
    expect(protocol.agreement).toEqual({
      datasetTitle: 'Einsätze nach Stadtteil',
      contactName: 'Petra Protokoll',
      firstDueAt: '2027-03-12',
      method: 'E-Mail',
      format: 'CSV',
    });
    expect(protocol.tasks.length).toBeGreaterThan(0);
    expect(protocol.tasks.map((task) => task.dueAt)).toContain('2027-04-20');
    expect(protocol.tasks.every((task) => task.assigneeName === 'Tara Team')).toBe(true);
  });

  it('speaks English to a reader who chose English', async () => {
    await db.query(`UPDATE app_user SET locale = 'en' WHERE email = 'management@demo.datenlotse.de'`);
    const management = await t.signIn('management');
    const protocol: InterviewProtocolDto = (
      await management.get(`/api/v1/interviews/${completedId}/protocol`).expect(200)
    ).body;
    expect(protocol.sections.map((section) => section.title)).toEqual([
      'Part 1 — Introduction',
      'Part 2 — Data',
      'Part 3 — Agreement',
    ]);
    expect(answerOf(protocol, 'p1_portal_known')).toMatchObject({
      question: "Do you know the city's open data portal?",
      answer: 'Yes, we use it',
    });
    expect(answerOf(protocol, 'p1_od_knowledge')?.answer).toBe('4 of 5');
    expect(answerOf(protocol, 'p2_personal_data')?.answer).toBe('No');
    expect(answerOf(protocol, 'p1_concerns')?.rows?.[0][0]).toBe('Privacy');
    expect(answerOf(protocol, 'p2_datasets')?.rows?.[0].slice(4, 6)).toEqual(['Monthly', 'No']);
    expect(answerOf(protocol, 'p3_first_delivery')?.answer).toBe('2027-03-12');
    expect(protocol.agreement?.method).toBe('Email');
  });

  it('gives a planned interview its protocol, every shown question without an answer', async () => {
    const id = await insertInterview(db, {
      departmentId: otherId,
      versionId,
      scheduledAt: '2027-05-04T10:00:00+02:00',
      interviewerEmails: ['team@demo.datenlotse.de', 'admin@demo.datenlotse.de'],
    });
    const team = await t.signIn('team');
    const protocol: InterviewProtocolDto = (await team.get(`/api/v1/interviews/${id}/protocol`).expect(200))
      .body;
    expect(protocol).toMatchObject({
      status: 'planned',
      completedAt: null,
      interviewers: ['Alex Admin', 'Tara Team'],
      participants: [],
      datasets: [],
      objections: [],
      agreement: null,
      tasks: [],
    });
    const answers = protocol.sections.flatMap((section) => section.answers);
    expect(answers.length).toBeGreaterThan(10);
    expect(answers.filter((answer) => answer.answer !== null)).toEqual([]);
    expect(answerOf(protocol, 'p2_datasets')?.rows).toEqual([]);
    // Conditional questions wait for the answer they depend on.
    expect(answerOf(protocol, 'p3_first_delivery')).toBeUndefined();
  });

  it("shows a department head only their units' protocols", async () => {
    const other = await insertInterview(db, { departmentId: otherId, versionId });
    const head = await t.signIn('department_head');
    await head.get(`/api/v1/interviews/${completedId}/protocol`).expect(200);
    await head.get(`/api/v1/interviews/${other}/protocol`).expect(404);
    await head.get('/api/v1/interviews/6f1c1d7e-0000-4000-8000-000000000000/protocol').expect(404);
    await (await t.signIn('team')).get(`/api/v1/interviews/${other}/protocol`).expect(200);
  });
});
