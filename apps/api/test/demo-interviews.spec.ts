import {
  ENGAGEMENT_STAGES,
  EngagementStage,
  InterviewAnalysisDto,
  InterviewProtocolDto,
  missingRequiredAnswers,
  QuestionnaireDefinition,
} from '@datenlotse/contracts';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './test-app';

const berlinDay = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

interface InterviewRow {
  id: string;
  department: string;
  derived_stage: EngagementStage;
  status: string;
  scheduled_at: Date;
  completed_at: Date | null;
  answers: Record<string, unknown>;
  definition: QuestionnaireDefinition;
  notes: number;
  interviewers: number;
  invitees: number;
}

/** The interviews the demo city shows on first start: read back from the database the demo seeded. */
describe('demo interviews', () => {
  let t: TestApp;
  let db: DataSource;
  let interviews: InterviewRow[];
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    interviews = await db.query(
      `SELECT i.id, d.name AS department, d.derived_stage, i.status, i.scheduled_at, i.completed_at,
              v.definition,
              coalesce((SELECT jsonb_object_agg(a.question_key, a.value) FROM interview_answer a
                         WHERE a.interview_id = i.id), '{}') AS answers,
              (SELECT count(*)::int FROM interview_note n WHERE n.interview_id = i.id) AS notes,
              (SELECT count(*)::int FROM interview_interviewer x WHERE x.interview_id = i.id) AS interviewers,
              (SELECT count(*)::int FROM interview_invitee x WHERE x.interview_id = i.id) AS invitees
         FROM interview i JOIN department d ON d.id = i.department_id
         JOIN questionnaire_version v ON v.id = i.template_version_id
        ORDER BY i.scheduled_at`,
    );
  });
  afterAll(() => t.close());

  const completed = () => interviews.filter((i) => i.status === 'completed');

  it('has the five pilot departments interviewed over the last months, and one interview next week', () => {
    expect(completed().map((i) => i.department)).toEqual([
      'Vermessungs- und Katasteramt',
      'Amt für Verkehrsmanagement',
      'Feuerwehr, Rettungsdienst und Bevölkerungsschutz',
      'Umweltamt',
      'Stadtplanungsamt',
    ]);
    const months = new Set(completed().map((i) => i.completed_at?.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(2);
    for (const interview of completed()) {
      expect(interview.completed_at!.getTime()).toBeLessThan(Date.now());
      expect(interview.completed_at!.getTime()).toBeGreaterThan(interview.scheduled_at.getTime());
    }
    const planned = interviews.filter((i) => i.status === 'planned');
    expect(planned.map((i) => i.department)).toEqual(['Sportamt']);
    const day = berlinDay(0);
    const scheduled = planned[0].scheduled_at.toISOString().slice(0, 10);
    expect(scheduled > day && scheduled <= berlinDay(8)).toBe(true);
    expect(planned[0]).toMatchObject({ interviewers: 2, invitees: 2 });
  });

  it('answers every shown required question, lists two to four candidates and keeps notes', () => {
    for (const interview of completed()) {
      const answers = interview.answers as Record<string, never>;
      expect({
        department: interview.department,
        missing: missingRequiredAnswers(interview.definition, answers),
      }).toEqual({ department: interview.department, missing: [] });
      const rows = interview.answers['p2_datasets'] as unknown[];
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.length).toBeLessThanOrEqual(4);
      expect(interview.notes).toBeGreaterThan(0);
      expect(interview.interviewers).toBeGreaterThan(0);
      expect(interview.invitees).toBeGreaterThan(0);
    }
  });

  it('moves the interviewed departments to at least interviewed, the planned one to interview_scheduled', () => {
    const rank = (stage: EngagementStage) => ENGAGEMENT_STAGES.indexOf(stage);
    for (const interview of completed()) {
      expect(rank(interview.derived_stage)).toBeGreaterThanOrEqual(rank('interviewed'));
    }
    expect(interviews.find((i) => i.status === 'planned')?.derived_stage).toBe('interview_scheduled');
  });

  it("finds the Feuerwehr's sirens and their objection instead of making them again", async () => {
    const sirens = await db.query(`SELECT id, formats FROM dataset WHERE title = 'Sirenenstandorte'`);
    expect(sirens).toHaveLength(1);
    expect(sirens[0].formats).toEqual(['CSV', 'GeoJSON']);
    const feuerwehr = completed().find((i) => i.department.startsWith('Feuerwehr'))!;
    const links: Array<{ kind: string; entity_id: string }> = await db.query(
      `SELECT kind, entity_id FROM interview_outcome WHERE interview_id = $1`,
      [feuerwehr.id],
    );
    expect(links).toContainEqual({ kind: 'dataset', entity_id: sirens[0].id });
    const sirenObjections: Array<{ id: string }> = await db.query(
      `SELECT id FROM objection WHERE statement LIKE '%Vandalismusgefahr%'`,
    );
    expect(sirenObjections).toHaveLength(1);
    expect(links).toContainEqual({ kind: 'objection', entity_id: sirenObjections[0].id });
    // The head of the Feuerwehr reads the protocol of her department's interview.
    const head = await t.signIn('department_head');
    const protocol: InterviewProtocolDto = (
      await head.get(`/api/v1/interviews/${feuerwehr.id}/protocol`).expect(200)
    ).body;
    expect(protocol.datasets.map((d) => d.title)).toContain('Sirenenstandorte');
    expect(protocol.agreement?.datasetTitle).toBe('Notfall-Infopunkte (Katastrophenschutz-Leuchttürme)');
    expect(protocol.objections.map((o) => o.category)).toEqual(['critical_infrastructure', 'workload']);
  });

  it('dates the records back to the meeting and leaves no delivery overdue but the pipeline’s one', async () => {
    const made: Array<{ title: string; created_at: Date; completed_at: Date }> = await db.query(
      `SELECT d.title, d.created_at, i.completed_at FROM interview_outcome o
         JOIN dataset d ON d.id = o.entity_id JOIN interview i ON i.id = o.interview_id
        WHERE o.kind = 'dataset' AND d.created_at > i.scheduled_at`,
    );
    // Two new candidates in four departments, one in the Verkehrsmanagement; the rest were in the pipeline.
    expect(made.length).toBe(9);
    for (const dataset of made) {
      expect(Math.abs(dataset.created_at.getTime() - dataset.completed_at.getTime())).toBeLessThan(3_600_000);
    }
    const overdue = await db.query(`SELECT title FROM dataset WHERE next_due_at < $1::date`, [berlinDay(0)]);
    expect(overdue.map((d: { title: string }) => d.title)).toEqual([
      'Einsatzstatistik der Feuerwehr und des Rettungsdienstes',
    ]);
  });

  it('records one protocol mail per participant with an address as sent back then, and sends nothing now', async () => {
    const [{ expected }] = await db.query(
      `SELECT count(*)::int AS expected FROM (
         SELECT x.interview_id, lower(c.email) FROM interview_invitee x JOIN contact c ON c.id = x.contact_id
           JOIN interview i ON i.id = x.interview_id WHERE i.status = 'completed' AND c.email IS NOT NULL
         UNION
         SELECT x.interview_id, lower(u.email) FROM interview_interviewer x JOIN app_user u ON u.id = x.user_id
           JOIN interview i ON i.id = x.interview_id WHERE i.status = 'completed'
       ) recipients`,
    );
    const [{ queued, pending }] = await db.query(
      `SELECT count(*)::int AS queued, count(*) FILTER (WHERE status <> 'sent' OR sent_at > now() - interval '7 days')::int
         AS pending
         FROM outbox_mail WHERE template_key = 'interview_protocol'`,
    );
    expect(queued).toBe(expected);
    expect(queued).toBeLessThan(20);
    expect(pending).toBe(0);
  });

  it('shows in the analysis which Fachverfahren recur across the pilot departments', async () => {
    const team = await t.signIn('team');
    const analysis: InterviewAnalysisDto = (await team.get('/api/v1/interview-analysis').expect(200)).body;
    expect(analysis.interviewCount).toBe(5);
    const datasets = analysis.questions.find((q) => q.key === 'p2_datasets')!;
    expect(datasets.counts?.[0]).toMatchObject({ value: 'alkis', count: 2 });
    const portal = analysis.questions.find((q) => q.key === 'p1_portal_known')!;
    expect(portal.answered).toBe(5);
  });
});
