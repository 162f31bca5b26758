import {
  DATASET_RULE_MESSAGES,
  DatasetDto,
  DatasetStage,
  DatasetTransitionDto,
  DepartmentDto,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DatasetTransitionsService } from '../src/app/datasets/dataset-transitions.service';
import { newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';
const PORTAL_URL = 'https://opendata.demostadt.de/dataset/sirenen';

describe('dataset transitions (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let db: DataSource;
  let unit: DepartmentDto;
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    db = t.app.get(DataSource);
    unit = await newDepartment(team, 'Amt für Übergänge');
  });
  afterAll(() => t.close());

  const create = async (title: string): Promise<DatasetDto> =>
    (await team.post('/api/v1/datasets').send({ title, departmentId: unit.id }).expect(201)).body;
  const move = (id: string, body: object) => team.post(`/api/v1/datasets/${id}/transitions`).send(body);
  const history = async (id: string): Promise<DatasetTransitionDto[]> =>
    (await team.get(`/api/v1/datasets/${id}/history`).expect(200)).body;
  /** Puts a dataset into a stage directly, as if it had got there earlier. */
  const placeIn = (id: string, stage: DatasetStage, more = '') =>
    db.query(`UPDATE dataset SET stage = $2 ${more} WHERE id = $1`, [id, stage]);
  const expectRefusal = async (id: string, body: object, rule: keyof typeof DATASET_RULE_MESSAGES) => {
    const res = await move(id, body).expect(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: DATASET_RULE_MESSAGES[rule].en,
      rule,
    });
  };

  it('moves a dataset by the rules and answers it as it is now, with the move in its history', async () => {
    const dataset = await create('Sirenenstandorte');
    const moved: DatasetDto = (await move(dataset.id, { to: 'in_clarification', version: 1 }).expect(200))
      .body;
    expect(moved).toMatchObject({ id: dataset.id, stage: 'in_clarification', version: 2 });
    expect(Date.parse(moved.stageChangedAt)).toBeGreaterThanOrEqual(Date.parse(dataset.stageChangedAt));
    expect(moved.moves.map((m) => m.to)).toEqual(['agreed', 'rejected', 'on_hold', 'withdrawn']);
    const agreed: DatasetDto = (await move(dataset.id, { to: 'agreed' }).expect(200)).body;
    expect(agreed.stage).toBe('agreed');
    expect((await history(dataset.id)).map((h) => [h.from, h.to, h.actorName, h.via])).toEqual([
      ['in_clarification', 'agreed', 'Tara Team', 'app'],
      ['identified', 'in_clarification', 'Tara Team', 'app'],
      [null, 'identified', 'Tara Team', 'app'],
    ]);
    const audit = (await team.get(`/api/v1/audit?entity=dataset&entityId=${dataset.id}`).expect(200)).body;
    expect(audit[0]).toMatchObject({
      action: 'transition',
      diff: { stage: { before: 'in_clarification', after: 'agreed' } },
    });
  });

  it('refuses a move the pipeline does not have, naming the rule, and changes nothing', async () => {
    const dataset = await create('Hundesteuer');
    await expectRefusal(dataset.id, { to: 'published', portalUrl: PORTAL_URL }, 'illegalTransition');
    await expectRefusal(dataset.id, { to: 'identified' }, 'sameStage');
    const after: DatasetDto = (await team.get(`/api/v1/datasets/${dataset.id}`).expect(200)).body;
    expect(after).toMatchObject({ stage: 'identified', version: 1, portalUrl: null });
    expect(await history(dataset.id)).toHaveLength(1);
  });

  it('needs a reason for on hold, rejected, withdrawn and changes requested, and keeps it', async () => {
    const dataset = await create('Parkscheinautomaten');
    await expectRefusal(dataset.id, { to: 'on_hold' }, 'reasonRequired');
    await expectRefusal(dataset.id, { to: 'withdrawn', reason: '   ' }, 'reasonRequired');
    await move(dataset.id, { to: 'on_hold', reason: '  Amt zieht um, nach dem Sommer wieder  ' }).expect(200);
    expect((await history(dataset.id))[0]).toMatchObject({
      from: 'identified',
      to: 'on_hold',
      reason: 'Amt zieht um, nach dem Sommer wieder',
    });
    await move(dataset.id, { to: 'in_clarification' }).expect(200);
    await expectRefusal(dataset.id, { to: 'rejected' }, 'reasonRequired');
    await move(dataset.id, { to: 'rejected', reason: 'Daten existieren nicht' }).expect(200);
    const review = await create('Spielplätze');
    await placeIn(review.id, 'awaiting_approval');
    await expectRefusal(review.id, { to: 'changes_requested' }, 'reasonRequired');
    await move(review.id, { to: 'changes_requested', reason: 'Spalte Betreiber fehlt' }).expect(200);
  });

  it('holds a dataset with an open or upheld objection in clarification', async () => {
    const dataset = await create('Standorte der Sirenen');
    await move(dataset.id, { to: 'in_clarification' }).expect(200);
    await db.query('UPDATE dataset SET unresolved_objections = 1 WHERE id = $1', [dataset.id]);
    await expectRefusal(dataset.id, { to: 'agreed' }, 'openObjection');
    const read: DatasetDto = (await team.get(`/api/v1/datasets/${dataset.id}`).expect(200)).body;
    expect(read.moves.find((m) => m.to === 'agreed')?.check).toMatchObject({
      ok: false,
      rule: 'openObjection',
    });
    await db.query('UPDATE dataset SET unresolved_objections = 0, upheld_objections = 1 WHERE id = $1', [
      dataset.id,
    ]);
    await expectRefusal(dataset.id, { to: 'agreed' }, 'upheldObjection');
    await db.query('UPDATE dataset SET upheld_objections = 0 WHERE id = $1', [dataset.id]);
    await move(dataset.id, { to: 'agreed' }).expect(200);
  });

  it('sends a failed check back to delivery although an objection is open', async () => {
    const dataset = await create('Baumkataster');
    await placeIn(dataset.id, 'in_review', ', unresolved_objections = 1');
    await move(dataset.id, { to: 'delivery_scheduled' }).expect(200);
    await expectRefusal(dataset.id, { to: 'delivered' }, 'openObjection');
  });

  it("refuses approval without the head's approval, and publishing without a portal URL", async () => {
    const dataset = await create('Defibrillatoren');
    await placeIn(dataset.id, 'awaiting_approval');
    await expectRefusal(dataset.id, { to: 'approved' }, 'approvalMissing');
    await db.query('UPDATE dataset SET approval_granted = true WHERE id = $1', [dataset.id]);
    await move(dataset.id, { to: 'approved' }).expect(200);
    await expectRefusal(dataset.id, { to: 'published' }, 'portalUrlMissing');
    await expectRefusal(dataset.id, { to: 'published', portalUrl: null }, 'portalUrlMissing');
    const bad = await move(dataset.id, { to: 'published', portalUrl: 'opendata/defis' }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['portalUrl']);
    const published: DatasetDto = (
      await move(dataset.id, { to: 'published', portalUrl: PORTAL_URL }).expect(200)
    ).body;
    expect(published).toMatchObject({ stage: 'published', portalUrl: PORTAL_URL });
    expect(Date.now() - Date.parse(published.publishedAt ?? '')).toBeLessThan(60_000);
    // maintained needs neither the URL again nor an approval
    await move(dataset.id, { to: 'maintained' }).expect(200);
  });

  it('publishes with a portal URL saved before', async () => {
    const dataset = await create('Trinkbrunnen');
    await placeIn(dataset.id, 'approved');
    await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: dataset.version, portalUrl: PORTAL_URL })
      .expect(200);
    await move(dataset.id, { to: 'published' }).expect(200);
  });

  it('lets one of two simultaneous moves win; the other gets 409 and the history one entry', async () => {
    // the same move twice (the loser finds the dataset there already: sameStage), and two different moves
    // from the same view (each client sends the version it saw; the loser's is stale)
    const races: Array<Array<{ to: DatasetStage; version?: number }>> = [
      [{ to: 'in_clarification' }, { to: 'in_clarification' }],
      [
        { to: 'in_clarification', version: 1 },
        { to: 'agreed', version: 1 },
      ],
    ];
    for (const bodies of races) {
      const dataset = await create(`Gleichzeitig ${bodies.map((b) => b.to).join(' ')}`);
      const answers = await Promise.all(bodies.map((body) => move(dataset.id, body)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const entries = await history(dataset.id);
      expect(entries).toHaveLength(2);
      const winner = answers.find((a) => a.status === 200)!.body as DatasetDto;
      expect(entries[0].to).toBe(winner.stage);
      expect(winner.version).toBe(2);
    }
  });

  it('refuses a move from a stale view with 409 and the current stage', async () => {
    const dataset = await create('Wochenmärkte');
    await move(dataset.id, { to: 'in_clarification', version: 1 }).expect(200);
    const stale = await move(dataset.id, { to: 'agreed', version: 1 }).expect(409);
    expect(stale.body.current).toMatchObject({ stage: 'in_clarification', version: 2 });
    expect(stale.body.rule).toBeUndefined();
  });

  it('answers bad input with 400 and unknown datasets with 404', async () => {
    const dataset = await create('Parkhäuser');
    const bad = await move(dataset.id, { to: 'done' }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['to']);
    await move(dataset.id, {}).expect(400);
    await move(UNKNOWN_ID, { to: 'in_clarification' }).expect(404);
    await team.get(`/api/v1/datasets/${UNKNOWN_ID}/history`).expect(404);
  });

  it('lets another module try an automatic move that the rules may refuse, without an error', async () => {
    const dataset = await create('Lieferung automatisch');
    await placeIn(dataset.id, 'delivery_scheduled', ', unresolved_objections = 1');
    const transitions = t.app.get(DatasetTransitionsService);
    const refused = await db.transaction((manager) =>
      transitions.moveInTransaction(manager, dataset.id, 'delivered', {
        via: 'delivery',
        onlyIfAllowed: true,
      }),
    );
    expect(refused).toEqual({ moved: false, rule: 'openObjection' });
    await db.query('UPDATE dataset SET unresolved_objections = 0 WHERE id = $1', [dataset.id]);
    const moved = await db.transaction((manager) =>
      transitions.moveInTransaction(manager, dataset.id, 'delivered', {
        via: 'delivery',
        onlyIfAllowed: true,
      }),
    );
    expect(moved).toEqual({ moved: true });
    expect((await history(dataset.id))[0]).toMatchObject({
      from: 'delivery_scheduled',
      to: 'delivered',
      via: 'delivery',
      actorName: null,
    });
  });
});
