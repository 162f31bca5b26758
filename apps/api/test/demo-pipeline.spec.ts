import {
  CursorPage,
  DATASET_STAGES,
  DATASET_TRANSITIONS,
  DatasetBoardColumn,
  DatasetStage,
  DueDeliveryRow,
  ObjectionPage,
  Page,
  TimelineEntry,
} from '@datenlotse/contracts';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './test-app';

const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

/** Today in Berlin (YYYY-MM-DD), the day the API counts overdue by. */
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

interface DatasetRow {
  id: string;
  title: string;
  stage: DatasetStage;
  department: string;
  portal_url: string | null;
  published_at: Date | null;
  next_due_at: string | null;
  agreement_due: string | null;
  unresolved_objections: number;
  upheld_objections: number;
  open_count: number;
  upheld_count: number;
  completeness_score: number;
  model_name: string | null;
  approval_granted: boolean;
}

/** What the demo city shows in the pipeline on first start: read back from the database the demo seeded. */
describe('demo pipeline', () => {
  let t: TestApp;
  let db: DataSource;
  let datasets: DatasetRow[];
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    datasets = await db.query(
      `SELECT d.id, d.title, d.stage, dep.name AS department, d.portal_url, d.published_at,
              d.next_due_at::text AS next_due_at, a.next_due_at::text AS agreement_due,
              d.unresolved_objections, d.upheld_objections, d.completeness_score, d.approval_granted,
              m.name AS model_name,
              (SELECT count(*)::int FROM objection o WHERE o.dataset_id = d.id AND o.status IN ('open', 'answered'))
                AS open_count,
              (SELECT count(*)::int FROM objection o WHERE o.dataset_id = d.id AND o.status = 'upheld')
                AS upheld_count
       FROM dataset d JOIN department dep ON dep.id = d.department_id
       LEFT JOIN delivery_agreement a ON a.dataset_id = d.id
       LEFT JOIN model_dataset m ON m.id = d.model_dataset_id`,
    );
  });
  afterAll(() => t.close());

  const byTitle = (title: string) => datasets.find((d) => d.title === title)!;

  it('fills every column of the board the team opens', async () => {
    const team = await t.signIn('team');
    const board: DatasetBoardColumn[] = (await team.get('/api/v1/datasets/board').expect(200)).body;
    expect(board.filter((column) => column.total === 0).map((column) => column.stage)).toEqual([]);
  });

  it('lists the one overdue delivery on the Lieferungen screen, and the sirens as publishable', async () => {
    const team = await t.signIn('team');
    const due: Page<DueDeliveryRow> = (await team.get('/api/v1/deliveries/due?status=overdue').expect(200))
      .body;
    expect(due.items.map((row) => [row.datasetTitle, row.daysOverdue])).toEqual([
      ['Einsatzstatistik der Feuerwehr und des Rettungsdienstes', expect.any(Number)],
    ]);
    expect(due.items[0].daysOverdue).toBeGreaterThanOrEqual(3);
    const sirens = byTitle('Sirenenstandorte');
    const objections: ObjectionPage = (
      await team.get(`/api/v1/objections?datasetId=${sirens.id}`).expect(200)
    ).body;
    expect(objections.items.map((o) => o.status)).toEqual(['resolved_publishable']);
    expect(objections.items[0].argumentIds).toHaveLength(1);
  });

  it('tells the sirens’ story on their timeline and on the Feuerwehr’s, as the app would have recorded it', async () => {
    const team = await t.signIn('team');
    const sirens = byTitle('Sirenenstandorte');
    const own: CursorPage<TimelineEntry> = (
      await team.get(`/api/v1/datasets/${sirens.id}/timeline`).expect(200)
    ).body;
    const stages = (entries: TimelineEntry[]) =>
      entries
        .filter((e) => e.kind === 'event' && e.event.entity === 'dataset' && e.event.entityId === sirens.id)
        .map((e) => (e.kind === 'event' ? e.event.diff['stage']?.after : null));
    expect(stages(own.items)).toEqual(['delivery_scheduled', 'agreed', 'in_clarification', 'identified']);
    const [{ department_id }] = await db.query('SELECT department_id FROM dataset WHERE id = $1', [
      sirens.id,
    ]);
    const unit: CursorPage<TimelineEntry> = (
      await team.get(`/api/v1/departments/${department_id}/timeline?limit=100`).expect(200)
    ).body;
    expect(stages(unit.items)).toContain('agreed');
  });

  it('has a dataset in every stage, across many departments', () => {
    const stages = new Set(datasets.map((d) => d.stage));
    expect(DATASET_STAGES.filter((stage) => !stages.has(stage))).toEqual([]);
    expect(new Set(datasets.map((d) => d.department)).size).toBeGreaterThanOrEqual(10);
  });

  it('shows the sirens with the Feuerwehr objection answered from the library and resolved as publishable', async () => {
    const sirens = byTitle('Sirenenstandorte');
    expect(sirens.department).toBe(FEUERWEHR);
    expect(sirens.model_name).toBe('Sicherheit - Zivilschutz und Katastrophenschutz - Sirene');
    const objections: Array<{
      id: string;
      category: string;
      status: string;
      statement: string;
      resolution_note: string | null;
      resolved_at: Date | null;
      raised_in: string;
    }> = await db.query(
      `SELECT o.id, o.category, o.status, o.statement, o.resolution_note, o.resolved_at, cd.name AS raised_in
       FROM objection o JOIN contact c ON c.id = o.raised_by_contact_id
       JOIN department cd ON cd.id = c.department_id
       WHERE o.dataset_id = $1`,
      [sirens.id],
    );
    expect(objections).toHaveLength(1);
    const [objection] = objections;
    expect(objection).toMatchObject({ category: 'critical_infrastructure', status: 'resolved_publishable' });
    expect(objection.statement).toContain('Vandalismusgefahr');
    expect(objection.resolution_note).toBeTruthy();
    expect(objection.resolved_at).not.toBeNull();
    expect(objection.raised_in).toMatch(/Feuerwehr|Bevölkerungsschutz/);
    const linked: Array<{ seed_key: string | null }> = await db.query(
      `SELECT a.seed_key FROM objection_argument oa JOIN argument a ON a.id = oa.argument_id
       WHERE oa.objection_id = $1`,
      [objection.id],
    );
    expect(linked.map((a) => a.seed_key)).toContain('critical-infrastructure-visible-sirens');
    // An agreement on an agreed dataset schedules its delivery, as the API does.
    expect(sirens.stage).toBe('delivery_scheduled');
  });

  it('flags exactly one delivery agreement as overdue, and the list shows every due date of an agreement', () => {
    const today = berlinToday();
    const overdue = datasets.filter((d) => d.agreement_due !== null && d.agreement_due < today);
    expect(overdue.map((d) => d.title)).toEqual(['Einsatzstatistik der Feuerwehr und des Rettungsdienstes']);
    for (const d of datasets)
      expect({ title: d.title, due: d.next_due_at }).toEqual({ title: d.title, due: d.agreement_due });
  });

  it('holds no agreed dataset with a delivery agreement: agreeing on a delivery schedules it, as in the app', () => {
    const agreedWithAgreement = datasets.filter((d) => d.stage === 'agreed' && d.agreement_due !== null);
    expect(agreedWithAgreement.map((d) => d.title)).toEqual([]);
    expect(datasets.some((d) => d.stage === 'agreed')).toBe(true);
  });

  it('keeps the objection counters in line with the objections, and no dataset past clarification has one open', () => {
    const pastClarification: DatasetStage[] = [
      'agreed',
      'delivery_scheduled',
      'delivered',
      'in_review',
      'awaiting_approval',
      'changes_requested',
      'approved',
      'published',
      'maintained',
    ];
    for (const d of datasets) {
      expect({ title: d.title, unresolved: d.unresolved_objections, upheld: d.upheld_objections }).toEqual({
        title: d.title,
        unresolved: d.open_count,
        upheld: d.upheld_count,
      });
      if (pastClarification.includes(d.stage))
        expect({ title: d.title, open: d.open_count }).toEqual({ title: d.title, open: 0 });
    }
  });

  it('has objections of several categories and outcomes, one of them a general one of a department', async () => {
    const rows: Array<{
      category: string;
      status: string;
      dataset_id: string | null;
      resolution_note: string | null;
    }> = await db.query('SELECT category, status, dataset_id, resolution_note FROM objection');
    const categories = rows.map((r) => r.category);
    for (const category of ['privacy', 'data_quality', 'workload', 'third_party_rights', 'misuse']) {
      expect(categories).toContain(category);
    }
    const statuses = rows.map((r) => r.status);
    for (const status of ['open', 'answered', 'resolved_publishable', 'resolved_partially', 'upheld']) {
      expect(statuses).toContain(status);
    }
    expect(rows.find((r) => r.status === 'resolved_partially')?.resolution_note).toBeTruthy();
    expect(rows.some((r) => r.dataset_id === null)).toBe(true);
    const upheldOn = datasets.filter((d) => d.upheld_objections > 0).map((d) => d.stage);
    expect(upheldOn).toContain('rejected');
  });

  it('tells each dataset’s story: a legal path from identified to its stage, with reasons where needed', async () => {
    const history: Array<{
      dataset_id: string;
      from_stage: DatasetStage | null;
      to_stage: DatasetStage;
      reason: string | null;
    }> = await db.query(
      'SELECT dataset_id, from_stage, to_stage, reason FROM dataset_transition ORDER BY at',
    );
    for (const d of datasets) {
      const steps = history.filter((h) => h.dataset_id === d.id);
      expect(steps[0]).toMatchObject({ from_stage: null, to_stage: 'identified' });
      for (const step of steps.slice(1)) {
        expect(DATASET_TRANSITIONS[step.from_stage!]).toContain(step.to_stage);
        if (['rejected', 'on_hold', 'withdrawn', 'changes_requested'].includes(step.to_stage)) {
          expect(step.reason).toBeTruthy();
        }
      }
      expect(steps[steps.length - 1].to_stage).toBe(d.stage);
    }
  });

  it('shows published datasets with their portal address and date, approved ones with the release', () => {
    for (const d of datasets.filter((x) => x.stage === 'published' || x.stage === 'maintained')) {
      expect(d.portal_url).toMatch(/^https:\/\/opendata\.[a-z.]+\/dataset\/[a-z0-9-]+$/);
      expect(d.published_at).not.toBeNull();
      expect(d.approval_granted).toBe(true);
    }
    const scores = new Set(datasets.map((d) => d.completeness_score));
    expect(scores.size).toBeGreaterThanOrEqual(5);
  });

  it('records deliveries, one of them failing the quality check with a note', async () => {
    const failed: Array<{ title: string; quality_note: string | null; stage: string }> = await db.query(
      `SELECT d.title, v.quality_note, d.stage FROM delivery v JOIN dataset d ON d.id = v.dataset_id
       WHERE v.quality_check = 'failed'`,
    );
    expect(failed).toHaveLength(1);
    expect(failed[0].quality_note).toBeTruthy();
    expect(failed[0].stage).toBe('delivery_scheduled');
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM delivery WHERE quality_check = 'passed'`,
    );
    expect(count).toBeGreaterThan(10);
  });
});
