import {
  AnswerValue,
  ConcernRow,
  CursorPage,
  DatasetCandidateRow,
  DeliveryAgreementResponse,
  DepartmentDto,
  InterviewDto,
  QuestionOutcome,
  TaskPage,
  TimelineEntry,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const SIRENS: DatasetCandidateRow = {
  id: 'row-sirens',
  title: 'Sirenenstandorte',
  description: 'Standorte der Warnsirenen im Stadtgebiet',
  sourceSystem: 'FeuerGIS',
  format: 'csv',
  accrualPeriodicity: 'ANNUAL',
  containsPersonalData: false,
};
const HYDRANTS: DatasetCandidateRow = {
  id: 'row-hydrants',
  title: 'Hydranten',
  sourceSystem: 'FeuerGIS',
  format: 'geojson',
  containsPersonalData: null,
};
const CALLS: DatasetCandidateRow = {
  id: 'row-calls',
  title: 'Einsatzstatistik',
  sourceSystem: 'ELS',
  format: 'xlsx',
  accrualPeriodicity: 'MONTHLY',
  containsPersonalData: true,
};

describe('completing an interview (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;
  let head: TestAgent;
  let management: TestAgent;
  let feuerwehr: DepartmentDto;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [team, head, management] = await Promise.all([
      t.signIn('team'),
      t.signIn('department_head'),
      t.signIn('management'),
    ]);
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    feuerwehr = departments.find((d) => d.name === DEMO_HEAD_DEPARTMENT) as DepartmentDto;
    // Booting the app takes long on a busy machine.
  }, 180_000);
  afterAll(() => t.close());

  /** A contact with an address (or without), straight in the database. */
  const contact = async (departmentId: string, name: string, email: string | null) => {
    const id = await insertContact(t, departmentId, name);
    await db.query('UPDATE contact SET email = $2 WHERE id = $1', [id, email]);
    return id;
  };

  /** A unit below the Feuerwehr (so its head sees it), three invited contacts, an interview with the default questions. */
  const prepared = async (name: string) => {
    const department = await newDepartment(team, name, feuerwehr.id);
    const lena = await contact(department.id, 'Lena Leitstelle', 'lena@feuerwehr.example');
    const gert = await contact(department.id, 'Gert Geodaten', 'gert@feuerwehr.example');
    const paul = await contact(department.id, 'Paul ohne Post', null);
    const interview: InterviewDto = (
      await team
        .post('/api/v1/interviews')
        .send({
          departmentId: department.id,
          scheduledAt: '2026-11-20T09:00:00Z',
          inviteeContactIds: [lena, gert, paul],
        })
        .expect(201)
    ).body;
    return { department, interview, lena, gert };
  };

  /** Saves answers by the outcome of their question (as completion reads them), others by key. */
  const answerAll = async (
    interview: InterviewDto,
    values: Partial<Record<QuestionOutcome | string, AnswerValue>>,
  ) => {
    const current: InterviewDto = (await team.get(`/api/v1/interviews/${interview.id}`).expect(200)).body;
    const questions = current.definition.sections.flatMap((s) => s.questions);
    for (const [outcomeOrKey, value] of Object.entries(values)) {
      const question = questions.find((q) => q.outcome === outcomeOrKey || q.key === outcomeOrKey);
      if (!question) throw new Error(`The default questionnaire has no question for ${outcomeOrKey}`);
      const saved = current.answers.find((a) => a.questionKey === question.key);
      await team
        .put(`/api/v1/interviews/${interview.id}/answers/${question.key}`)
        .send({ value, version: saved?.version ?? 0 })
        .expect(200);
    }
  };

  const complete = async (id: string, expected = 200) => {
    const { version } = (await team.get(`/api/v1/interviews/${id}`).expect(200)).body as InterviewDto;
    return team.post(`/api/v1/interviews/${id}/complete`).send({ version }).expect(expected);
  };

  const concerns = (lena: string): ConcernRow[] => [
    {
      id: 'concern-kritis',
      category: 'critical_infrastructure',
      statement: 'Sirenenstandorte sind kritische Infrastruktur.',
      raisedByContactId: lena,
    },
    { id: 'concern-workload', category: 'workload', statement: 'Wer pflegt die Daten?' },
  ];

  const fullAnswers = (lena: string) => ({
    p1_tasks: 'Brandschutz, Rettungsdienst, Bevölkerungsschutz',
    objections: concerns(lena),
    datasets: [SIRENS, HYDRANTS, CALLS],
    data_contact: lena,
    first_dataset: SIRENS.id,
    first_delivery: '2027-01-15',
    delivery_method: 'file_share',
    delivery_format: 'csv',
    delivery_rhythm: 'monthly',
    release_needed: true,
    next_steps: 'Lena exportiert die Standorte aus FeuerGIS.',
    follow_up: '2027-02-01',
  });

  /** What the department has now, counted in the database: duplicates would show here. */
  const records = async (departmentId: string, interviewId: string) => ({
    datasets: await db.query(
      `SELECT id, title, stage, formats, contains_personal_data, source_system, owner_user_id FROM dataset
        WHERE department_id = $1 ORDER BY title`,
      [departmentId],
    ),
    objections: await db.query(
      `SELECT category, statement, dataset_id, status FROM objection WHERE department_id = $1 ORDER BY category`,
      [departmentId],
    ),
    agreements: await db.query(
      `SELECT a.id FROM delivery_agreement a JOIN dataset d ON d.id = a.dataset_id WHERE d.department_id = $1`,
      [departmentId],
    ),
    tasks: await db.query(
      `SELECT title, due_at::text AS due_at, notes, status FROM task WHERE link_entity = 'interview' AND link_id = $1
        ORDER BY title`,
      [interviewId],
    ),
    interactions: await db.query(
      `SELECT i.type, i.summary FROM interaction i JOIN interaction_department x ON x.interaction_id = i.id
        WHERE x.department_id = $1`,
      [departmentId],
    ),
    mails: await db.query(
      `SELECT to_addresses, locale, subject, text_body, idempotency_key FROM outbox_mail
        WHERE template_key = 'interview_protocol' AND entity_id = $1 ORDER BY idempotency_key`,
      [interviewId],
    ),
  });

  it('completes a fully answered default interview into exactly the records it promises', async () => {
    const { department, interview, lena } = await prepared('Leitstelle Nord');
    await answerAll(interview, fullAnswers(lena));
    const completed: InterviewDto = (await complete(interview.id)).body;
    expect(completed).toMatchObject({
      status: 'completed',
      completionCount: 1,
      version: interview.version + 1,
    });
    expect(completed.completedAt).not.toBeNull();
    expect(completed.outcomes.map((o) => `${o.kind}:${o.sourceKey}`).sort()).toEqual(
      [
        'agreement:agreement',
        'dataset:row-calls',
        'dataset:row-hydrants',
        'dataset:row-sirens',
        'interaction:meeting',
        'objection:concern-kritis',
        'objection:concern-workload',
        'task:follow_up',
        'task:next_steps',
        'task:release',
      ].sort(),
    );

    const found = await records(department.id, interview.id);
    const tara = (await db.query(`SELECT id FROM app_user WHERE email = 'team@demo.datenlotse.de'`))[0].id;
    expect(found.datasets).toEqual([
      expect.objectContaining({
        title: 'Einsatzstatistik',
        stage: 'identified',
        formats: ['XLSX'],
        contains_personal_data: true,
      }),
      expect.objectContaining({
        title: 'Hydranten',
        stage: 'identified',
        formats: ['GEOJSON'],
        contains_personal_data: false,
      }),
      expect.objectContaining({
        title: 'Sirenenstandorte',
        stage: 'delivery_scheduled',
        formats: ['CSV'],
        owner_user_id: tara,
      }),
    ]);
    const sirens = found.datasets[2].id;
    const history = await db.query(
      `SELECT from_stage, to_stage, via FROM dataset_transition WHERE dataset_id = $1 ORDER BY at`,
      [sirens],
    );
    expect(history).toEqual([
      { from_stage: null, to_stage: 'identified', via: 'interview' },
      { from_stage: 'identified', to_stage: 'agreed', via: 'interview' },
      { from_stage: 'agreed', to_stage: 'delivery_scheduled', via: 'delivery' },
    ]);
    expect(found.objections).toEqual([
      {
        category: 'critical_infrastructure',
        statement: 'Sirenenstandorte sind kritische Infrastruktur.',
        dataset_id: null,
        status: 'open',
      },
      { category: 'workload', statement: 'Wer pflegt die Daten?', dataset_id: null, status: 'open' },
    ]);
    const { agreement } = (await team.get(`/api/v1/datasets/${sirens}/agreement`).expect(200))
      .body as DeliveryAgreementResponse;
    expect(agreement).toMatchObject({
      contactId: lena,
      method: 'file_share',
      format: 'CSV',
      schedule: { kind: 'monthly', startDate: '2027-01-15' },
      nextDueAt: '2027-01-15',
    });
    expect(found.agreements).toHaveLength(1);
    expect(found.tasks).toEqual([
      {
        title: 'Freigabe der Amtsleitung einholen: Sirenenstandorte',
        due_at: '2027-01-15',
        notes: null,
        status: 'open',
      },
      { title: 'Nachgespräch: Leitstelle Nord', due_at: '2027-02-01', notes: null, status: 'open' },
      {
        title: 'Nächste Schritte umsetzen: Leitstelle Nord',
        due_at: '2027-01-15',
        notes: 'Lena exportiert die Standorte aus FeuerGIS.',
        status: 'open',
      },
    ]);
    expect(found.interactions).toEqual([
      {
        type: 'meeting',
        summary:
          'Drei-Teile-Interview mit Leitstelle Nord: 3 Datensätze aufgenommen (Sirenenstandorte, Hydranten, ' +
          'Einsatzstatistik), 2 Vorbehalte, erste Lieferung (Sirenenstandorte) am 15.01.2027, Nachgespräch am 01.02.2027.',
      },
    ]);
    const timeline: CursorPage<TimelineEntry> = (
      await team.get(`/api/v1/departments/${department.id}/timeline`).expect(200)
    ).body;
    const meeting = timeline.items.find((entry) => entry.kind === 'interaction');
    expect(meeting).toMatchObject({
      interaction: {
        type: 'meeting',
        // Saving the first answer started the interview: the meeting is dated from then.
        occurredAt: completed.startedAt,
        users: [{ name: 'Tara Team' }],
      },
    });

    // The protocol to both invitees with an address and to the interviewer, once each.
    expect(found.mails.map((m: { to_addresses: string[] }) => m.to_addresses)).toEqual([
      ['gert@feuerwehr.example'],
      ['lena@feuerwehr.example'],
      ['team@demo.datenlotse.de'],
    ]);
    const mail = found.mails[1];
    expect(mail.subject).toMatch(/^Protokoll unseres Datengesprächs vom \d\d\.\d\d\.\d{4}$/);
    expect(mail.text_body).toContain('Neue Datensätze (3): Sirenenstandorte, Hydranten, Einsatzstatistik');
    expect(mail.text_body).toContain(
      'Vorbehalte (2): Kritische Infrastruktur: Sirenenstandorte sind kritische Infrastruktur.',
    );
    expect(mail.text_body).toContain('erste Lieferung von „Sirenenstandorte“ am 15.01.2027');
    expect(mail.text_body).toContain(`/interviews/${interview.id}/protocol`);

    const [{ derived_stage }] = await db.query('SELECT derived_stage FROM department WHERE id = $1', [
      department.id,
    ]);
    expect(derived_stage).toBe('agreement');
  });

  it('completes again after edits: updates what it made, adds the new row, duplicates nothing', async () => {
    const { department, interview, lena } = await prepared('Leitstelle Süd');
    await answerAll(interview, fullAnswers(lena));
    await complete(interview.id);
    const before = await records(department.id, interview.id);
    const [doneTask] = await db.query(
      `UPDATE task SET status = 'done', completed_at = now() WHERE link_id = $1 AND title LIKE 'Freigabe%' RETURNING id`,
      [interview.id],
    );
    expect(doneTask).toBeDefined();

    const renamed = { ...HYDRANTS, title: 'Löschwasser-Hydranten', format: 'csv' };
    const added: DatasetCandidateRow = { id: 'row-pumps', title: 'Pumpenstandorte', format: 'kml' };
    await answerAll(interview, {
      datasets: [SIRENS, renamed, CALLS, added],
      objections: [{ ...concerns(lena)[0], statement: 'Sirenen sind KRITIS.' }, concerns(lena)[1]],
      follow_up: '2027-02-08',
      first_delivery: '2027-01-22',
    });
    const again: InterviewDto = (await complete(interview.id)).body;
    expect(again.completionCount).toBe(2);
    const after = await records(department.id, interview.id);

    expect(after.datasets.map((d: { title: string }) => d.title)).toEqual([
      'Einsatzstatistik',
      'Löschwasser-Hydranten',
      'Pumpenstandorte',
      'Sirenenstandorte',
    ]);
    const hydrantsBefore = before.datasets.find((d: { title: string }) => d.title === 'Hydranten');
    const hydrantsAfter = after.datasets.find((d: { title: string }) => d.title === 'Löschwasser-Hydranten');
    expect(hydrantsAfter).toMatchObject({ id: hydrantsBefore.id, formats: ['CSV'], stage: 'identified' });
    expect(after.datasets.find((d: { title: string }) => d.title === 'Sirenenstandorte').stage).toBe(
      'delivery_scheduled',
    );
    expect(after.objections).toHaveLength(2);
    expect(after.objections[0].statement).toBe('Sirenen sind KRITIS.');
    expect(after.agreements).toEqual(before.agreements);
    const sirens = after.datasets.find((d: { title: string }) => d.title === 'Sirenenstandorte').id;
    const { agreement } = (await team.get(`/api/v1/datasets/${sirens}/agreement`).expect(200))
      .body as DeliveryAgreementResponse;
    expect(agreement?.schedule.startDate).toBe('2027-01-22');
    expect(after.tasks).toEqual([
      // Done before the second completion: stays as it was.
      {
        title: 'Freigabe der Amtsleitung einholen: Sirenenstandorte',
        due_at: '2027-01-15',
        notes: null,
        status: 'done',
      },
      { title: 'Nachgespräch: Leitstelle Süd', due_at: '2027-02-08', notes: null, status: 'open' },
      expect.objectContaining({ title: 'Nächste Schritte umsetzen: Leitstelle Süd', due_at: '2027-01-22' }),
    ]);
    expect(after.interactions).toHaveLength(1);
    expect(after.interactions[0].summary).toContain('4 Datensätze aufgenommen');
    // The updated protocol once more to each recipient; the first round stays as it was.
    expect(after.mails).toHaveLength(6);
    expect(
      after.mails.filter((m: { idempotency_key: string }) => m.idempotency_key.includes(':2:')),
    ).toHaveLength(3);
    const history = await db.query(
      `SELECT count(*)::int AS n FROM dataset_transition WHERE dataset_id = $1`,
      [sirens],
    );
    expect(history[0].n).toBe(3);

    // The version the client saw before the second completion is stale now.
    await team
      .post(`/api/v1/interviews/${interview.id}/complete`)
      .send({ version: interview.version })
      .expect(409);
  });

  it('leaves a dataset the team changed in the pipeline since the last completion as the team left it', async () => {
    const { department, interview, lena } = await prepared('Leitstelle Ost');
    await answerAll(interview, fullAnswers(lena));
    await complete(interview.id);
    const [hydrants] = (await records(department.id, interview.id)).datasets.filter(
      (d: { title: string }) => d.title === 'Hydranten',
    );
    const current = (await team.get(`/api/v1/datasets/${hydrants.id}`).expect(200)).body;
    await team
      .patch(`/api/v1/datasets/${hydrants.id}`)
      .send({ version: current.version, title: 'Hydrantenplan', formats: ['GEOJSON', 'WMS'] })
      .expect(200);

    await answerAll(interview, { datasets: [SIRENS, { ...HYDRANTS, title: 'Hydranten (neu)' }, CALLS] });
    await complete(interview.id);

    const after = (await team.get(`/api/v1/datasets/${hydrants.id}`).expect(200)).body;
    expect(after).toMatchObject({ title: 'Hydrantenplan', formats: ['GEOJSON', 'WMS'] });
  });

  it('refuses to complete with required answers missing, lists them, and writes nothing', async () => {
    const { department, interview } = await prepared('Leitstelle West');
    await answerAll(interview, { p1_tasks: 'Rettungsdienst' });
    const res = await complete(interview.id, 400);
    // The first delivery is asked only once a first dataset is chosen: hidden, so not missing.
    const missing = ['p2_datasets', 'p3_data_contact', 'p3_first_dataset', 'p3_follow_up'];
    expect(res.body).toMatchObject({
      statusCode: 400,
      missing,
      fields: Object.fromEntries(missing.map((key) => [key, ['required']])),
      codes: Object.fromEntries(missing.map((key) => [key, ['answerRequired']])),
    });
    const found = await records(department.id, interview.id);
    expect(found).toMatchObject({ datasets: [], objections: [], tasks: [], interactions: [], mails: [] });
    const unchanged: InterviewDto = (await team.get(`/api/v1/interviews/${interview.id}`).expect(200)).body;
    expect(unchanged).toMatchObject({ status: 'in_progress', completionCount: 0, outcomes: [] });
  });

  it('refuses a row the dataset rules refuse, naming the question, and keeps nothing of the rest', async () => {
    const { department, interview, lena } = await prepared('Leitstelle Nordwest');
    const tooLong = { ...HYDRANTS, sourceSystem: 'FeuerGIS '.repeat(70) };
    await answerAll(interview, { ...fullAnswers(lena), datasets: [SIRENS, tooLong] });
    const res = await complete(interview.id, 400);
    expect(Object.keys(res.body.fields)).toEqual(['p2_datasets']);
    expect(res.body.message).toMatch(/^p2_datasets row 2: sourceSystem/);
    const found = await records(department.id, interview.id);
    expect(found).toMatchObject({ datasets: [], objections: [], agreements: [], tasks: [], mails: [] });
  });

  it('refuses a stale version, a cancelled interview, and roles that may not run interviews', async () => {
    const { interview, lena } = await prepared('Leitstelle Ost');
    await answerAll(interview, fullAnswers(lena));
    const stale = await team
      .post(`/api/v1/interviews/${interview.id}/complete`)
      .send({ version: interview.version + 5 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: interview.id, completionCount: 0 });
    for (const agent of [head, management]) {
      await agent
        .post(`/api/v1/interviews/${interview.id}/complete`)
        .send({ version: interview.version })
        .expect(403);
    }
    await team
      .post(`/api/v1/interviews/${interview.id}/cancel`)
      .send({ version: interview.version, reason: 'Die Leitstelle zieht um.' })
      .expect(200);
    const res = await complete(interview.id, 409);
    expect(res.body.message).toMatch(/cancelled/);
  });

  it('links its tasks to the interview: labelled with it and visible to the department’s head', async () => {
    const { department, interview, lena } = await prepared('Leitstelle Mitte');
    await answerAll(interview, fullAnswers(lena));
    await complete(interview.id);
    for (const agent of [team, head]) {
      const page: TaskPage = (await agent.get(`/api/v1/tasks?departmentId=${department.id}`).expect(200))
        .body;
      expect(page.total).toBe(3);
      expect(
        page.items.every((task) => task.linkEntity === 'interview' && task.linkId === interview.id),
      ).toBe(true);
      expect(page.items[0].linkLabel).toBe('Interview Leitstelle Mitte 20.11.2026');
    }
  });
});
