import {
  AnswerValue,
  DatasetCandidateRow,
  DepartmentDto,
  InterviewDto,
  InterviewPage,
  QuestionnaireDefinition,
  validateDefinition,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const text = (de: string) => ({ de, en: '' });

/** Every question type once, with a condition and a choice over the candidate rows. */
const ALL_TYPES: QuestionnaireDefinition = {
  sections: [
    {
      key: 'p1',
      title: text('Teil 1 Vorstellung'),
      questions: [
        { key: 'q_text', type: 'text', text: text('Aufgaben'), required: true },
        { key: 'q_yes', type: 'yes_no', text: text('Portal bekannt?'), required: false },
        {
          key: 'q_cond',
          type: 'text',
          text: text('Woher?'),
          required: false,
          condition: { questionKey: 'q_yes', values: ['yes'] },
        },
        {
          key: 'q_single',
          type: 'single_choice',
          text: text('Export'),
          required: false,
          options: [
            { value: 'csv', label: text('CSV') },
            { value: 'pdf', label: text('PDF') },
          ],
        },
        {
          key: 'q_multi',
          type: 'multi_choice',
          text: text('Kanäle'),
          required: false,
          options: [
            { value: 'mail', label: text('E-Mail') },
            { value: 'phone', label: text('Telefon') },
            { value: 'council', label: text('Rat') },
          ],
        },
        {
          key: 'q_scale',
          type: 'scale',
          text: text('Vorwissen'),
          required: false,
          scale: { min: 1, max: 5 },
        },
        { key: 'q_date', type: 'date', text: text('Wiedervorlage'), required: false },
        { key: 'q_contact', type: 'contact', text: text('Ansprechperson'), required: false },
        {
          key: 'q_concerns',
          type: 'objection_list',
          text: text('Bedenken'),
          required: false,
          outcome: 'objections',
        },
      ],
    },
    {
      key: 'p2',
      title: text('Teil 2 Daten'),
      questions: [
        {
          key: 'q_datasets',
          type: 'dataset_list',
          text: text('Datensätze'),
          required: false,
          outcome: 'datasets',
        },
        {
          key: 'q_first',
          type: 'single_choice',
          text: text('Erster Datensatz'),
          required: false,
          optionsFrom: 'q_datasets',
          outcome: 'first_dataset',
        },
      ],
    },
    { key: 'p3', title: text('Teil 3 Vereinbarung'), questions: [] },
  ],
};

describe('interviews: planning, invitation, per-answer saves (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;
  let admin: TestAgent;
  let head: TestAgent;
  let management: TestAgent;
  let municipalityId: string;
  let versionId: string;
  let defaultVersionId: string;
  let feuerwehr: DepartmentDto;

  /** A published version straight in the database: the questionnaire API is not what is tested here. */
  const publishVersion = async (
    name: string,
    definition: QuestionnaireDefinition,
    seedKey: string | null = null,
  ) => {
    const [template] = await db.query(
      `INSERT INTO questionnaire_template (municipality_id, name, seed_key, version) VALUES ($1, $2, $3, 1) RETURNING id`,
      [municipalityId, name, seedKey],
    );
    const [version] = await db.query(
      `INSERT INTO questionnaire_version (municipality_id, template_id, number, status, definition, published_at, version)
       VALUES ($1, $2, 1, 'published', $3::jsonb, now(), 1) RETURNING id`,
      [municipalityId, template.id, JSON.stringify(definition)],
    );
    return version.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [team, admin, head, management] = await Promise.all([
      t.signIn('team'),
      t.signIn('admin'),
      t.signIn('department_head'),
      t.signIn('management'),
    ]);
    [{ id: municipalityId }] = await db.query('SELECT id FROM municipality LIMIT 1');
    expect(validateDefinition(ALL_TYPES)).toEqual([]);
    versionId = await publishVersion('Testfragebogen', ALL_TYPES);
    const shipped = await db.query(
      `SELECT v.id FROM questionnaire_version v JOIN questionnaire_template q ON q.id = v.template_id
        WHERE q.seed_key = 'default' AND v.status = 'published' ORDER BY v.number DESC LIMIT 1`,
    );
    defaultVersionId =
      shipped[0]?.id ?? (await publishVersion('Dreiteiliges Interview', ALL_TYPES, 'default'));
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    feuerwehr = departments.find((d) => d.name === DEMO_HEAD_DEPARTMENT)!;
  }, 180_000);
  afterAll(() => t.close());

  const plan = async (departmentId: string, fields: Record<string, unknown> = {}): Promise<InterviewDto> =>
    (
      await team
        .post('/api/v1/interviews')
        .send({ departmentId, templateVersionId: versionId, scheduledAt: '2026-12-08T09:00:00Z', ...fields })
        .expect(201)
    ).body;
  // Values of any shape: the API, not the compiler, is what refuses the wrong ones here.
  const answer = (agent: TestAgent, id: string, key: string, value: unknown, version = 0) =>
    agent.put(`/api/v1/interviews/${id}/answers/${key}`).send({ value, version });
  const stageOf = async (departmentId: string): Promise<string> =>
    (await db.query('SELECT derived_stage FROM department WHERE id = $1', [departmentId]))[0].derived_stage;
  const userId = async (email: string): Promise<string> =>
    (await db.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id;

  describe('planning', () => {
    it('plans with the defaults: the default questionnaire, 90 minutes, the planner as interviewer', async () => {
      const department = await newDepartment(team, 'Amt für Interviewplanung');
      const created: InterviewDto = (
        await team
          .post('/api/v1/interviews')
          .send({ departmentId: department.id, scheduledAt: '2026-12-08T09:00:00Z' })
          .expect(201)
      ).body;
      expect(created).toMatchObject({
        departmentId: department.id,
        departmentName: 'Amt für Interviewplanung',
        status: 'planned',
        scheduledAt: '2026-12-08T09:00:00.000Z',
        durationMinutes: 90,
        templateVersionId: defaultVersionId,
        interviewers: [{ name: 'Tara Team' }],
        invitees: [],
        answers: [],
        notes: [],
        outcomes: [],
        completionCount: 0,
        invitationSentAt: null,
        startedAt: null,
        version: 1,
      });
      expect(created.definition.sections.length).toBeGreaterThan(0);
      expect(await stageOf(department.id)).toBe('interview_scheduled');
      const page: InterviewPage = (
        await management.get(`/api/v1/interviews?departmentId=${department.id}`).expect(200)
      ).body;
      expect(page).toMatchObject({ total: 1, items: [{ id: created.id, templateVersionNumber: 1 }] });
      expect(page.items[0]).not.toHaveProperty('answers');
    });

    it('refuses what it cannot plan, naming the field', async () => {
      const department = await newDepartment(team, 'Amt für Planungsfehler');
      const elsewhere = await insertContact(t, feuerwehr.id, 'Fremde Person');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ departmentId: '6f1c1d7e-0000-4000-8000-000000000000' }, 'departmentId'],
        [{ templateVersionId: '6f1c1d7e-0000-4000-8000-000000000000' }, 'templateVersionId'],
        [{ interviewerUserIds: [await userId('management@demo.datenlotse.de')] }, 'interviewerUserIds'],
        [{ inviteeContactIds: [elsewhere] }, 'inviteeContactIds'],
        [{ durationMinutes: 3 }, 'durationMinutes'],
        [{ scheduledAt: 'nächsten Dienstag' }, 'scheduledAt'],
        [{ videoUrl: 'meet.example' }, 'videoUrl'],
      ];
      for (const [fields, field] of cases) {
        const res = await team
          .post('/api/v1/interviews')
          .send({ departmentId: department.id, scheduledAt: '2026-12-08T09:00:00Z', ...fields });
        expect(`${field} ${res.status} ${Object.keys(res.body.fields ?? {})}`).toBe(`${field} 400 ${field}`);
      }
      expect(
        (await team.get(`/api/v1/interviews?departmentId=${department.id}`).expect(200)).body.total,
      ).toBe(0);
    });

    it('invites contacts of sub-units, and changes the questionnaire only while nothing is answered', async () => {
      const parent = await newDepartment(team, 'Dezernat für Planung');
      const unit = await newDepartment(team, 'Amt unter dem Dezernat', parent.id);
      const contact = await insertContact(t, unit.id, 'Uta Unteramt');
      const interview = await plan(parent.id, { inviteeContactIds: [contact] });
      expect(interview.invitees).toEqual([{ id: contact, name: 'Uta Unteramt' }]);
      const other = await publishVersion('Kurzfragebogen', ALL_TYPES);
      const changed: InterviewDto = (
        await team
          .patch(`/api/v1/interviews/${interview.id}`)
          .send({ version: 1, templateVersionId: other, durationMinutes: 60 })
          .expect(200)
      ).body;
      expect(changed).toMatchObject({ templateVersionId: other, durationMinutes: 60, version: 2 });
      await team
        .patch(`/api/v1/interviews/${interview.id}`)
        .send({ version: 1, location: 'Raum 1' })
        .expect(409);
      await answer(team, interview.id, 'q_text', 'Bauleitplanung').expect(200);
      const res = await team
        .patch(`/api/v1/interviews/${interview.id}`)
        .send({ version: 2, templateVersionId: versionId })
        .expect(409);
      expect(res.body.message).toMatch(/answers/);
    });
  });

  describe('the invitation', () => {
    const outbox = async (interviewId: string) =>
      (
        await db.query(
          `SELECT to_addresses, subject, text_body, attachments FROM outbox_mail
            WHERE entity = 'interview' AND entity_id = $1 ORDER BY created_at, idempotency_key`,
          [interviewId],
        )
      ).map((row: { attachments: { fileName: string; contentType: string; content: string }[] }) => ({
        ...row,
        ics: Buffer.from(row.attachments[0].content, 'base64').toString('utf8'),
      }));

    it('mails every invitee with an address an ICS request; again after a reschedule, not on a double click', async () => {
      const department = await newDepartment(team, 'Amt für Einladungen');
      const withMail = await insertContact(t, department.id, 'Erika Einladung');
      const withoutMail = await insertContact(t, department.id, 'Otto Ohnemail');
      await db.query(`UPDATE contact SET email = 'erika@amt.example' WHERE id = $1`, [withMail]);
      const interview = await plan(department.id, {
        location: 'Rathaus, Raum 2.14',
        videoUrl: 'https://meet.example/od',
        inviteeContactIds: [withMail, withoutMail],
      });
      const sent: InterviewDto = (
        await team.post(`/api/v1/interviews/${interview.id}/invitation`).send({}).expect(200)
      ).body;
      expect(sent.invitationSentAt).toEqual(expect.any(String));
      expect(sent.version).toBe(interview.version);
      const [mail, ...more] = await outbox(interview.id);
      expect(more).toEqual([]);
      expect(mail.to_addresses).toEqual(['erika@amt.example']);
      expect(mail.subject).toContain('Amt für Einladungen');
      expect(mail.text_body).toContain('Dienstag, 8. Dezember 2026, 10:00 Uhr');
      expect(mail.text_body).toContain('Rathaus, Raum 2.14');
      expect(mail.text_body).toContain('Tara Team');
      expect(mail.text_body).toContain('Teil 2 Daten');
      expect(mail.attachments[0]).toMatchObject({
        fileName: 'interview.ics',
        contentType: 'text/calendar; method=REQUEST; charset=utf-8',
      });
      const ics = mail.ics.replace(/\r\n /g, '');
      expect(ics).toContain('METHOD:REQUEST');
      expect(ics).toContain(`UID:${interview.id}@datenlotse`);
      expect(ics).toContain('SEQUENCE:0');
      expect(ics).toContain('DTSTART:20261208T090000Z');
      expect(ics).toContain('DTEND:20261208T103000Z');
      expect(ics).toContain('LOCATION:Rathaus\\, Raum 2.14');
      expect(ics).toContain('URL:https://meet.example/od');
      expect(ics).toContain(
        'ATTENDEE;CN="Erika Einladung";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:erika@amt.example',
      );
      expect(ics).not.toContain('Otto');

      await team.post(`/api/v1/interviews/${interview.id}/invitation`).send({}).expect(200);
      expect(await outbox(interview.id)).toHaveLength(1);

      await team
        .patch(`/api/v1/interviews/${interview.id}`)
        .send({ version: interview.version, scheduledAt: '2026-12-10T13:30:00Z' })
        .expect(200);
      await team
        .post(`/api/v1/interviews/${interview.id}/invitation`)
        .send({ agenda: 'Nur die Sirenen' })
        .expect(200);
      const mails = await outbox(interview.id);
      expect(mails).toHaveLength(2);
      const again = mails[1].ics.replace(/\r\n /g, '');
      expect(again).toContain('SEQUENCE:1');
      expect(again).toContain('DTSTART:20261210T133000Z');
      expect(again).toContain('DESCRIPTION:Nur die Sirenen');
      expect(mails[1].text_body).toContain('Donnerstag, 10. Dezember 2026, 14:30 Uhr');
    });

    it('refuses an invitation nobody could receive', async () => {
      const department = await newDepartment(team, 'Amt ohne Adressen');
      const contact = await insertContact(t, department.id, 'Nina Nomail');
      const interview = await plan(department.id, { inviteeContactIds: [contact] });
      const res = await team.post(`/api/v1/interviews/${interview.id}/invitation`).send({}).expect(400);
      expect(Object.keys(res.body.fields)).toEqual(['inviteeContactIds']);
      expect(
        (await team.get(`/api/v1/interviews/${interview.id}`).expect(200)).body.invitationSentAt,
      ).toBeNull();
    });
  });

  describe('answers', () => {
    it('takes a valid value of every question type and refuses an invalid one, naming the question', async () => {
      const department = await newDepartment(team, 'Amt für Antworten');
      const contact = await insertContact(t, department.id, 'Anna Antwort');
      const [model] = await db.query('SELECT id FROM model_dataset LIMIT 1');
      const unknown = '6f1c1d7e-0000-4000-8000-000000000000';
      const interview = await plan(department.id);
      const row: DatasetCandidateRow = {
        id: 'r1',
        title: 'Sirenenstandorte',
        accrualPeriodicity: 'ANNUAL',
        modelDatasetId: model.id,
      };
      const cases: Array<[string, AnswerValue, unknown, string]> = [
        ['q_text', 'Gefahrenabwehr', 42, 'invalidAnswer'],
        ['q_yes', true, 'ja', 'invalidAnswer'],
        ['q_cond', 'aus der Zeitung', ['x'], 'invalidAnswer'],
        ['q_single', 'csv', 'xml', 'invalidAnswer'],
        ['q_multi', ['mail', 'council'], ['mail', 'mail'], 'invalidAnswer'],
        ['q_scale', 4, 6, 'invalidAnswer'],
        ['q_date', '2027-02-28', '2027-02-30', 'invalidAnswer'],
        ['q_contact', contact, 'Anna', 'invalidAnswer'],
        ['q_contact', contact, unknown, 'unknownReference'],
        [
          'q_concerns',
          [{ id: 'c1', category: 'privacy', statement: 'Personenbezug', raisedByContactId: contact }],
          [{ id: 'c1', category: 'angst', statement: 'x' }],
          'invalidAnswer',
        ],
        [
          'q_concerns',
          [{ id: 'c1', category: 'privacy', statement: 'Personenbezug' }],
          [{ id: 'c1', category: 'privacy', statement: 'x', raisedByContactId: unknown }],
          'unknownReference',
        ],
        ['q_datasets', [row], [{ id: 'r1' }], 'invalidAnswer'],
        ['q_datasets', [row], [{ ...row, modelDatasetId: unknown }], 'unknownReference'],
        ['q_first', 'r1', 'r2', 'invalidAnswer'],
        ['nope', 'x', 'x', 'unknownReference'],
      ];
      const versions = new Map<string, number>();
      for (const [key, valid, invalid, code] of cases) {
        const version = versions.get(key) ?? 0;
        const bad = await answer(team, interview.id, key, invalid, version);
        expect(`${key} ${bad.status} ${JSON.stringify(bad.body.codes)}`).toBe(
          `${key} 400 {"${key}":["${code}"]}`,
        );
        if (key === 'nope') continue;
        const good = await answer(team, interview.id, key, valid, version);
        expect(`${key} ${good.status}`).toBe(`${key} 200`);
        expect(good.body).toMatchObject({
          questionKey: key,
          value: valid,
          version: version + 1,
          updatedByName: 'Tara Team',
        });
        versions.set(key, version + 1);
      }
      const read: InterviewDto = (await team.get(`/api/v1/interviews/${interview.id}`).expect(200)).body;
      expect(Object.fromEntries(read.answers.map((a) => [a.questionKey, a.value]))).toMatchObject({
        q_scale: 4,
        q_multi: ['mail', 'council'],
        q_first: 'r1',
      });
      await answer(team, interview.id, 'q_text', null, versions.get('q_text')).expect(200);
    });

    it('answers 409 with the current value when two interviewers change the same answer, and keeps different ones', async () => {
      const interview = await plan((await newDepartment(team, 'Amt für Doppelarbeit')).id);
      await answer(team, interview.id, 'q_text', 'Tara schreibt').expect(200);
      const conflict = await answer(admin, interview.id, 'q_text', 'Alex schreibt', 0).expect(409);
      expect(conflict.body).toMatchObject({
        statusCode: 409,
        current: { questionKey: 'q_text', value: 'Tara schreibt', version: 1, updatedByName: 'Tara Team' },
      });
      await answer(admin, interview.id, 'q_text', 'Alex ergänzt', 1).expect(200);
      await Promise.all([
        answer(team, interview.id, 'q_scale', 2).expect(200),
        answer(admin, interview.id, 'q_yes', false).expect(200),
      ]);
      const read: InterviewDto = (await team.get(`/api/v1/interviews/${interview.id}`).expect(200)).body;
      expect(read.answers.map((a) => [a.questionKey, a.value, a.version])).toEqual([
        ['q_scale', 2, 1],
        ['q_text', 'Alex ergänzt', 2],
        ['q_yes', false, 1],
      ]);
      // Answers are not part of the planning form: its version stays.
      expect(read.version).toBe(interview.version);
    });

    it('lets one of two first saves of the same answer win; the other gets 409 with its value', async () => {
      const interview = await plan((await newDepartment(team, 'Amt für Gleichzeitigkeit')).id);
      const results = await Promise.all([
        answer(team, interview.id, 'q_single', 'csv'),
        answer(admin, interview.id, 'q_single', 'pdf'),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!;
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.current).toMatchObject({ value: winner.body.value, version: 1 });
    });

    it('saves the notes of a part with their own version', async () => {
      const interview = await plan((await newDepartment(team, 'Amt für Notizen')).id);
      const saved = await team
        .put(`/api/v1/interviews/${interview.id}/notes/p1`)
        .send({ body: 'Sehr offen,\nkennt das Portal.', version: 0 })
        .expect(200);
      expect(saved.body).toMatchObject({
        sectionKey: 'p1',
        body: 'Sehr offen,\nkennt das Portal.',
        version: 1,
      });
      const conflict = await admin
        .put(`/api/v1/interviews/${interview.id}/notes/p1`)
        .send({ body: 'Anders', version: 0 })
        .expect(409);
      expect(conflict.body.current).toMatchObject({
        body: 'Sehr offen,\nkennt das Portal.',
        updatedByName: 'Tara Team',
      });
      const unknown = await team
        .put(`/api/v1/interviews/${interview.id}/notes/p9`)
        .send({ body: 'x', version: 0 })
        .expect(400);
      expect(Object.keys(unknown.body.fields)).toEqual(['p9']);
      const read: InterviewDto = (await team.get(`/api/v1/interviews/${interview.id}`).expect(200)).body;
      expect(read.notes).toEqual([expect.objectContaining({ sectionKey: 'p1', version: 1 })]);
      expect(read).toMatchObject({ status: 'in_progress', startedAt: expect.any(String) });
    });
  });

  describe('the run and cancelling', () => {
    it('starts on opening or the first answer, and is idempotent', async () => {
      const interview = await plan((await newDepartment(team, 'Amt für Starts')).id);
      const started: InterviewDto = (await team.post(`/api/v1/interviews/${interview.id}/start`).expect(200))
        .body;
      expect(started).toMatchObject({
        status: 'in_progress',
        startedAt: expect.any(String),
        version: interview.version,
      });
      const again: InterviewDto = (await team.post(`/api/v1/interviews/${interview.id}/start`).expect(200))
        .body;
      expect(again.startedAt).toBe(started.startedAt);
      const other = await plan((await newDepartment(team, 'Amt für Antwortstarts')).id);
      await answer(team, other.id, 'q_yes', true).expect(200);
      expect((await team.get(`/api/v1/interviews/${other.id}`).expect(200)).body.status).toBe('in_progress');
    });

    it('cancels with a reason; the department’s stage goes back, and nothing more is saved', async () => {
      const department = await newDepartment(team, 'Amt für Absagen');
      expect(await stageOf(department.id)).toBe('not_contacted');
      const interview = await plan(department.id);
      expect(await stageOf(department.id)).toBe('interview_scheduled');
      const missing = await team
        .post(`/api/v1/interviews/${interview.id}/cancel`)
        .send({ version: 1 })
        .expect(400);
      expect(Object.keys(missing.body.fields)).toEqual(['reason']);
      await team
        .post(`/api/v1/interviews/${interview.id}/cancel`)
        .send({ version: 1, reason: '  ' })
        .expect(400);
      await team
        .post(`/api/v1/interviews/${interview.id}/cancel`)
        .send({ version: 9, reason: 'Krank' })
        .expect(409);
      const cancelled: InterviewDto = (
        await team
          .post(`/api/v1/interviews/${interview.id}/cancel`)
          .send({ version: 1, reason: 'Krankheit' })
          .expect(200)
      ).body;
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Krankheit', version: 2 });
      expect(await stageOf(department.id)).toBe('not_contacted');
      await answer(team, interview.id, 'q_text', 'zu spät').expect(409);
      await team
        .put(`/api/v1/interviews/${interview.id}/notes/p1`)
        .send({ body: 'x', version: 0 })
        .expect(409);
      await team.post(`/api/v1/interviews/${interview.id}/start`).expect(409);
      await team.patch(`/api/v1/interviews/${interview.id}`).send({ version: 2, location: 'x' }).expect(409);
      await team.post(`/api/v1/interviews/${interview.id}/invitation`).send({}).expect(409);
    });

    it('keeps the stage while another interview holds it, and never cancels a completed interview', async () => {
      const department = await newDepartment(team, 'Amt für zwei Termine');
      const first = await plan(department.id);
      const second = await plan(department.id, { scheduledAt: '2026-12-15T09:00:00Z' });
      await team
        .post(`/api/v1/interviews/${first.id}/cancel`)
        .send({ version: 1, reason: 'Doppelt' })
        .expect(200);
      expect(await stageOf(department.id)).toBe('interview_scheduled');
      await db.query(`UPDATE interview SET status = 'completed', completion_count = 1 WHERE id = $1`, [
        second.id,
      ]);
      const res = await team
        .post(`/api/v1/interviews/${second.id}/cancel`)
        .send({ version: second.version, reason: 'Zu spät' })
        .expect(409);
      expect(res.body.status).toBe('completed');
    });
  });

  describe('who sees and changes what', () => {
    it('shows a department head the interviews of their units only (404 for another’s)', async () => {
      const own = await plan((await newDepartment(team, 'Wache Nord', feuerwehr.id)).id);
      const foreign = await plan((await newDepartment(team, 'Amt eines anderen')).id);
      await head.get(`/api/v1/interviews/${own.id}`).expect(200);
      await head.get(`/api/v1/interviews/${foreign.id}`).expect(404);
      const page: InterviewPage = (await head.get('/api/v1/interviews?limit=200').expect(200)).body;
      expect(page.items.map((i) => i.id)).toContain(own.id);
      expect(page.items.map((i) => i.id)).not.toContain(foreign.id);
      await head.post(`/api/v1/interviews/${own.id}/start`).expect(403);
    });

    it('lets management read every interview and change none', async () => {
      const interview = await plan((await newDepartment(team, 'Amt unter Aufsicht')).id);
      await management.get(`/api/v1/interviews/${interview.id}`).expect(200);
      await management
        .post('/api/v1/interviews')
        .send({ departmentId: interview.departmentId, scheduledAt: '2026-12-08T09:00:00Z' })
        .expect(403);
      await answer(management, interview.id, 'q_text', 'x').expect(403);
      await management
        .post(`/api/v1/interviews/${interview.id}/cancel`)
        .send({ version: 1, reason: 'x' })
        .expect(403);
    });

    it('filters the list by status and scheduled date', async () => {
      const department = await newDepartment(team, 'Amt für Filter');
      const early = await plan(department.id, { scheduledAt: '2027-03-01T08:00:00Z' });
      const late = await plan(department.id, { scheduledAt: '2027-03-20T08:00:00Z' });
      await team.post(`/api/v1/interviews/${late.id}/start`).expect(200);
      const ids = async (query: string) =>
        (
          (await team.get(`/api/v1/interviews?departmentId=${department.id}&${query}`).expect(200))
            .body as InterviewPage
        ).items.map((i) => i.id);
      expect(await ids('')).toEqual([late.id, early.id]);
      expect(await ids('statuses=planned')).toEqual([early.id]);
      expect(await ids('from=2027-03-10')).toEqual([late.id]);
      expect(await ids('to=2027-03-01')).toEqual([early.id]);
      await team.get('/api/v1/interviews?statuses=planned,lost').expect(400);
    });
  });
});
