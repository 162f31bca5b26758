import {
  CursorPage,
  DATASET_STAGES,
  DatasetBoardColumn,
  DatasetDto,
  DatasetPage,
  DatasetTransitionDto,
  DepartmentDto,
  TimelineEntry,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';
const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

/** The date `days` days from today in Berlin (YYYY-MM-DD), as the API counts overdue. */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

describe('datasets (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let db: DataSource;
  let feuerwehr: DepartmentDto;
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    db = t.app.get(DataSource);
    const all: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    feuerwehr = all.find((d) => d.name === FEUERWEHR)!;
  });
  afterAll(() => t.close());

  const create = async (body: object, agent = team): Promise<DatasetDto> =>
    (await agent.post('/api/v1/datasets').send(body).expect(201)).body;
  const list = async (query: string, agent = team): Promise<DatasetPage> =>
    (await agent.get(`/api/v1/datasets?${query}`).expect(200)).body;
  const titles = (page: DatasetPage) => page.items.map((row) => row.title);
  /** What other services keep on the row (objection counters, approval, due date), set directly. */
  const setRow = (id: string, sql: string) => db.query(`UPDATE dataset SET ${sql} WHERE id = $1`, [id]);

  it('creates a candidate in "identified" with its first history entry, a score and the moves the team may make', async () => {
    const unit = await newDepartment(team, 'Amt für Statistik Nord');
    const dataset = await create({
      title: '  Bevölkerung nach Stadtteilen ',
      departmentId: unit.id,
      description: 'Einwohnerinnen und Einwohner je Stadtteil, jährlich zum 31.12.',
      keywords: [' Bevölkerung', 'Stadtteile', 'bevölkerung ', ''],
      formats: ['CSV', ' csv', 'XLSX'],
      license: 'dl-zero-de/2.0',
      themes: ['SOCI', 'REGI', 'SOCI'],
      accrualPeriodicity: 'ANNUAL',
    });
    expect(dataset).toMatchObject({
      title: 'Bevölkerung nach Stadtteilen',
      departmentName: 'Amt für Statistik Nord',
      stage: 'identified',
      keywords: ['Bevölkerung', 'Stadtteile'],
      formats: ['CSV', 'XLSX'],
      themes: ['SOCI', 'REGI'],
      classification: 'public',
      containsPersonalData: false,
      unresolvedObjections: 0,
      approvalGranted: false,
      nextDueAt: null,
      overdue: false,
      version: 1,
    });
    // title, description, publisher and licence (2 points each) + keywords, themes, periodicity, spatial
    // of the 8 recommended: 12 of 16
    expect(dataset.completeness).toEqual({
      score: 75,
      missingRequired: [],
      missingRecommended: ['contactPoint', 'temporal', 'landingPage', 'modelDataset'],
    });
    expect(dataset.moves.map((m) => m.to)).toEqual(['in_clarification', 'agreed', 'on_hold', 'withdrawn']);
    const history: DatasetTransitionDto[] = (
      await team.get(`/api/v1/datasets/${dataset.id}/history`).expect(200)
    ).body;
    expect(history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'identified',
        via: 'app',
        actorName: 'Tara Team',
        reason: null,
      }),
    ]);
    const audit = await team.get(`/api/v1/audit?entity=dataset&entityId=${dataset.id}`).expect(200);
    expect(audit.body).toEqual([expect.objectContaining({ action: 'create', actorName: 'Tara Team' })]);
    await team.get(`/api/v1/datasets/${dataset.id}`).expect(200, dataset);
    const row = (await list(`departmentId=${unit.id}`)).items[0];
    expect(row).toMatchObject({ id: dataset.id, completenessScore: dataset.completeness.score });
  });

  it.each([
    ['license', { license: 'cc-by-3.0' }],
    ['accrualPeriodicity', { accrualPeriodicity: 'HOURLY' }],
    ['themes', { themes: ['GOVE', 'SPORT'] }],
    ['keywords', { keywords: Array.from({ length: 31 }, (_, i) => `Wort ${i}`) }],
    ['contactPointEmail', { contactPointEmail: 'poststelle at stadt' }],
    ['landingPage', { landingPage: 'ftp://daten.example/sirenen' }],
    ['portalUrl', { portalUrl: 'javascript:alert(1)' }],
    ['temporalStart', { temporalStart: '2026-02-30' }],
    ['plannedPublicationDate', { plannedPublicationDate: 'nächsten Mittwoch' }],
    ['classification', { classification: 'secret' }],
    ['title', { title: '   ' }],
    ['stage', { stage: 'published' }],
  ])('refuses a bad %s with 400 naming it, and writes nothing', async (field, body) => {
    const before = await db.query('SELECT count(*)::int AS n FROM dataset');
    const res = await team
      .post('/api/v1/datasets')
      .send({ title: 'Sirenenstandorte', departmentId: feuerwehr.id, ...body })
      .expect(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect(await db.query('SELECT count(*)::int AS n FROM dataset')).toEqual(before);
  });

  it.each([
    ['departmentId', { departmentId: UNKNOWN_ID }],
    ['ownerUserId', { ownerUserId: UNKNOWN_ID }],
    ['modelDatasetId', { modelDatasetId: UNKNOWN_ID }],
  ])('refuses an unknown %s as unknownReference', async (field, body) => {
    const res = await team
      .post('/api/v1/datasets')
      .send({ title: 'Sirenenstandorte', departmentId: feuerwehr.id, ...body })
      .expect(400);
    expect(res.body.codes).toEqual({ [field]: ['unknownReference'] });
  });

  it('asks for the attribution text whenever the licence needs one, on create and on edit', async () => {
    const refused = await team
      .post('/api/v1/datasets')
      .send({ title: 'Hydranten', departmentId: feuerwehr.id, license: 'dl-by-de/2.0', attributionText: ' ' })
      .expect(400);
    expect(refused.body.codes).toEqual({ attributionText: ['attributionRequired'] });
    const dataset = await create({
      title: 'Hydranten',
      departmentId: feuerwehr.id,
      license: 'dl-zero-de/2.0',
    });
    const onEdit = await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: dataset.version, license: 'cc-by/4.0' })
      .expect(400);
    expect(onEdit.body.codes).toEqual({ attributionText: ['attributionRequired'] });
    const fine = await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: dataset.version, license: 'cc-by/4.0', attributionText: 'Stadt Demostadt, Feuerwehr' })
      .expect(200);
    expect(fine.body).toMatchObject({ license: 'cc-by/4.0', attributionText: 'Stadt Demostadt, Feuerwehr' });
  });

  it('edits with the version last read, keeps the score current, and answers a stale edit with 409 and the current record', async () => {
    const dataset = await create({ title: 'Rettungswachen', departmentId: feuerwehr.id });
    const edited: DatasetDto = (
      await team
        .patch(`/api/v1/datasets/${dataset.id}`)
        .send({
          version: 1,
          description: 'Standorte der Rettungswachen mit Fahrzeugen',
          contactPointEmail: 'feuerwehr@demostadt.de',
          temporalStart: '2020-01-01',
          temporalEnd: '2025-12-31',
          landingPage: 'https://www.demostadt.de/feuerwehr',
        })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ version: 2, stage: 'identified', temporalEnd: '2025-12-31' });
    expect(edited.completeness.score).toBeGreaterThan(dataset.completeness.score);
    const row = (await list(`q=Rettungswachen&departmentId=${feuerwehr.id}`)).items.find(
      (r) => r.id === dataset.id,
    );
    expect(row?.completenessScore).toBe(edited.completeness.score);
    const stale = await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: 1, title: 'Wachen' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: dataset.id, title: 'Rettungswachen', version: 2 });
    const period = await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: 2, temporalStart: '2026-01-01' })
      .expect(400);
    expect(Object.keys(period.body.fields)).toEqual(['temporalEnd']);
    await team.get(`/api/v1/datasets/${UNKNOWN_ID}`).expect(404);
    await team.patch(`/api/v1/datasets/${UNKNOWN_ID}`).send({ version: 1, title: 'x' }).expect(404);
    await team.delete(`/api/v1/datasets/${dataset.id}`).expect(404);
  });

  describe('list and board', () => {
    let dezernat: DepartmentDto;
    let unit: DepartmentDto;
    let other: DepartmentDto;
    const ids: Record<string, string> = {};
    let modelDatasetId: string;

    beforeAll(async () => {
      dezernat = await newDepartment(team, 'Dezernat für Listen', null, 'dezernat');
      unit = await newDepartment(team, 'Amt für Listen', dezernat.id);
      other = await newDepartment(team, 'Amt für Anderes');
      const [model] = await db.query(
        `INSERT INTO model_dataset (key, name, theme, label, version)
           VALUES ('listen/testdaten', 'Listen - Testdaten', 'Listen', 'Testdaten', 1)
           ON CONFLICT (key) DO UPDATE SET name = excluded.name RETURNING id`,
      );
      modelDatasetId = model.id;
      const me = (await team.get('/api/v1/auth/me').expect(200)).body;
      const make = async (key: string, body: object, departmentId = unit.id) => {
        ids[key] = (await create({ title: key, departmentId, ...body })).id;
      };
      await make('Alpha Ampeln', { ownerUserId: me.user.id, modelDatasetId });
      await make('Beta Baustellen', { description: 'Verkehrsbehinderungen durch Baustellen' });
      await make('Gamma Grünflächen', { keywords: ['Parks'] });
      await make('Delta Denkmäler', {}, other.id);
      await setRow(
        ids['Beta Baustellen'],
        `stage = 'in_clarification', unresolved_objections = 1, next_due_at = '${berlinDay(-3)}'`,
      );
      await setRow(ids['Gamma Grünflächen'], `stage = 'agreed', next_due_at = '${berlinDay(5)}'`);
      // an objection with an outcome (resolved) on Alpha, an open one on Beta
      for (const [key, status] of [
        ['Alpha Ampeln', 'resolved_publishable'],
        ['Beta Baustellen', 'open'],
      ]) {
        await db.query(
          `INSERT INTO objection (municipality_id, dataset_id, department_id, category, statement, status, version)
             SELECT municipality_id, id, department_id, 'privacy', 'Personenbezug?', $2, 1 FROM dataset WHERE id = $1`,
          [ids[key], status],
        );
      }
    });

    it('filters by department, Dezernat subtree, stages and words', async () => {
      expect(titles(await list(`departmentId=${unit.id}&sort=title`))).toEqual([
        'Alpha Ampeln',
        'Beta Baustellen',
        'Gamma Grünflächen',
      ]);
      expect((await list(`dezernatId=${dezernat.id}`)).total).toBe(3);
      expect(
        titles(await list(`dezernatId=${dezernat.id}&stages=agreed,in_clarification&sort=title`)),
      ).toEqual(['Beta Baustellen', 'Gamma Grünflächen']);
      // German stems and prefixes, in the title or the description
      expect(titles(await list(`q=Verkehrsbehind&departmentId=${unit.id}`))).toEqual(['Beta Baustellen']);
      expect(titles(await list(`q=grünfl&departmentId=${unit.id}`))).toEqual(['Gamma Grünflächen']);
      expect((await list('q=%26%21%28')).total).toBe(0);
    });

    it('filters by owner, objections, overdue and model dataset', async () => {
      const inUnit = `departmentId=${unit.id}&sort=title`;
      expect(titles(await list(`${inUnit}&owner=me`))).toEqual(['Alpha Ampeln']);
      expect(titles(await list(`${inUnit}&owner=none`))).toEqual(['Beta Baustellen', 'Gamma Grünflächen']);
      expect(titles(await list(`${inUnit}&objections=unresolved`))).toEqual(['Beta Baustellen']);
      expect(titles(await list(`${inUnit}&objections=resolved`))).toEqual(['Alpha Ampeln']);
      expect(titles(await list(`${inUnit}&objections=none`))).toEqual(['Gamma Grünflächen']);
      expect(titles(await list(`${inUnit}&overdue=true`))).toEqual(['Beta Baustellen']);
      expect(titles(await list(`${inUnit}&overdue=false`))).toEqual(['Alpha Ampeln', 'Gamma Grünflächen']);
      expect(titles(await list(`${inUnit}&modelDataset=any`))).toEqual(['Alpha Ampeln']);
      expect(titles(await list(`${inUnit}&modelDataset=${modelDatasetId}`))).toEqual(['Alpha Ampeln']);
      expect(titles(await list(`${inUnit}&modelDataset=none`))).toEqual([
        'Beta Baustellen',
        'Gamma Grünflächen',
      ]);
      const overdue = (await list(`${inUnit}&overdue=true`)).items[0];
      expect(overdue).toMatchObject({ overdue: true, nextDueAt: berlinDay(-3), unresolvedObjections: 1 });
    });

    it('sorts by each column, both ways, and pages with a total', async () => {
      const inUnit = `departmentId=${unit.id}`;
      expect(titles(await list(`${inUnit}&sort=title&order=desc`))).toEqual([
        'Gamma Grünflächen',
        'Beta Baustellen',
        'Alpha Ampeln',
      ]);
      expect(titles(await list(`${inUnit}&sort=stage`))).toEqual([
        'Alpha Ampeln',
        'Beta Baustellen',
        'Gamma Grünflächen',
      ]);
      expect(titles(await list(`${inUnit}&sort=due`))).toEqual([
        'Beta Baustellen',
        'Gamma Grünflächen',
        'Alpha Ampeln',
      ]);
      expect(titles(await list(`${inUnit}&sort=due&order=desc`))[2]).toBe('Alpha Ampeln'); // undated last both ways
      await setRow(ids['Gamma Grünflächen'], "updated_at = now() + interval '1 minute'");
      expect(titles(await list(inUnit))[0]).toBe('Gamma Grünflächen'); // default: newest change first
      // the owned one first, then the unowned ones by newest change, in either direction
      expect(titles(await list(`${inUnit}&sort=owner`))).toEqual([
        'Alpha Ampeln',
        'Gamma Grünflächen',
        'Beta Baustellen',
      ]);
      expect(titles(await list(`${inUnit}&sort=owner&order=desc`))).toEqual([
        'Alpha Ampeln',
        'Gamma Grünflächen',
        'Beta Baustellen',
      ]);
      await setRow(ids['Alpha Ampeln'], 'completeness_score = 10');
      await setRow(ids['Beta Baustellen'], 'completeness_score = 90');
      await setRow(ids['Gamma Grünflächen'], 'completeness_score = 50');
      expect(titles(await list(`${inUnit}&sort=completeness`))).toEqual([
        'Alpha Ampeln',
        'Gamma Grünflächen',
        'Beta Baustellen',
      ]);
      expect(titles(await list(`${inUnit}&sort=completeness&order=desc`))[0]).toBe('Beta Baustellen');
      // by department name, as the database orders the names, each unit's datasets together
      const byDepartment = (await list('sort=department&limit=100')).items.map((r) => r.departmentName);
      const distinct = byDepartment.filter((name, i) => name !== byDepartment[i - 1]);
      expect(new Set(distinct).size).toBe(distinct.length);
      const dbOrder: string[] = (
        await db.query(`SELECT name FROM department WHERE name = ANY($1) ORDER BY name`, [distinct])
      ).map((r: { name: string }) => r.name);
      expect(distinct).toEqual([...new Set(dbOrder)]);
      const reversed = (await list('sort=department&order=desc&limit=1')).items[0].departmentName;
      const [last] = await db.query(
        `SELECT d.name FROM department d WHERE EXISTS (SELECT 1 FROM dataset x WHERE x.department_id = d.id)
          ORDER BY d.name DESC LIMIT 1`,
      );
      expect(reversed).toBe(last.name);
      const page = await list(`${inUnit}&sort=title&limit=2&offset=1`);
      expect(page).toMatchObject({ total: 3 });
      expect(titles(page)).toEqual(['Beta Baustellen', 'Gamma Grünflächen']);
      const past = await list(`${inUnit}&limit=2&offset=10`);
      expect(past).toEqual({ items: [], total: 3, totalExact: true });
      for (const bad of [
        'limit=101',
        'sort=name',
        'stages=published,done',
        'owner=someone',
        'objections=all',
        'overdue=maybe',
      ]) {
        const res = await team.get(`/api/v1/datasets?${bad}`).expect(400);
        expect(Object.keys(res.body.fields)).toEqual([bad.split('=')[0]]);
      }
    });

    it('shows the board with every stage, its total and its first cards', async () => {
      const board: DatasetBoardColumn[] = (
        await team.get(`/api/v1/datasets/board?dezernatId=${dezernat.id}`).expect(200)
      ).body;
      expect(board.map((c) => c.stage)).toEqual([...DATASET_STAGES]);
      const counts = Object.fromEntries(board.filter((c) => c.total > 0).map((c) => [c.stage, c.total]));
      expect(counts).toEqual({ identified: 1, in_clarification: 1, agreed: 1 });
      expect(board.find((c) => c.stage === 'in_clarification')?.cards).toEqual([
        expect.objectContaining({ title: 'Beta Baustellen', unresolvedObjections: 1, overdue: true }),
      ]);
      // the whole demo city: never more than 20 cards, and totals as the list counts them
      const city: DatasetBoardColumn[] = (await team.get('/api/v1/datasets/board').expect(200)).body;
      for (const column of city) {
        expect(column.cards.length).toBe(Math.min(column.total, 20));
        expect((await list(`stages=${column.stage}&limit=1`)).total).toBe(column.total);
      }
    });

    it('lets management read but not write, and gives readers no moves', async () => {
      const management = await t.signIn('management');
      const read: DatasetDto = (await management.get(`/api/v1/datasets/${ids['Alpha Ampeln']}`).expect(200))
        .body;
      expect(read.moves).toEqual([]);
      expect((await list(`departmentId=${unit.id}`, management)).total).toBe(3);
      await management.get(`/api/v1/datasets/board`).expect(200);
      await management.post('/api/v1/datasets').send({ title: 'x', departmentId: unit.id }).expect(403);
      await management
        .patch(`/api/v1/datasets/${read.id}`)
        .send({ version: read.version, title: 'x' })
        .expect(403);
      await management
        .post(`/api/v1/datasets/${read.id}/transitions`)
        .send({ to: 'in_clarification' })
        .expect(403);
    });

    it("shows a department head only their departments' datasets: 404 and absent elsewhere", async () => {
      const head = await t.signIn('department_head');
      const sub = await newDepartment(team, 'Abteilung Leitstelle', feuerwehr.id, 'abteilung');
      const own = await create({ title: 'Einsätze der Leitstelle', departmentId: sub.id });
      const ownRead: DatasetDto = (await head.get(`/api/v1/datasets/${own.id}`).expect(200)).body;
      expect(ownRead.moves).toEqual([]);
      await head.get(`/api/v1/datasets/${ids['Alpha Ampeln']}`).expect(404);
      for (const sub of ['history', 'dcat', 'timeline']) {
        await head.get(`/api/v1/datasets/${ids['Alpha Ampeln']}/${sub}`).expect(404);
      }
      expect((await list(`departmentId=${unit.id}`, head)).total).toBe(0);
      const everything = await list('limit=100', head);
      expect(everything.items.map((r) => r.id)).toContain(own.id);
      expect(everything.items.filter((r) => [unit.id, other.id].includes(r.departmentId))).toEqual([]);
      const board: DatasetBoardColumn[] = (await head.get('/api/v1/datasets/board').expect(200)).body;
      const cards = board.flatMap((c) => c.cards.map((card) => card.id));
      expect(cards).toContain(own.id);
      expect(cards).not.toContain(ids['Alpha Ampeln']);
      await head.post('/api/v1/datasets').send({ title: 'x', departmentId: sub.id }).expect(403);
    });
  });

  it("takes the dataset's objections along when it moves to another department, so heads follow it", async () => {
    const head = await t.signIn('department_head');
    const elsewhere = await newDepartment(team, 'Amt für Verkehrsmanagement', null, 'amt');
    const dataset = await create({ title: 'Einsatzorte der Rettungswagen', departmentId: elsewhere.id });
    const objection = (
      await team
        .post('/api/v1/objections')
        .send({ datasetId: dataset.id, category: 'privacy', statement: 'Einsatzorte verraten Patienten.' })
        .expect(201)
    ).body;
    await head.get(`/api/v1/objections/${objection.id}`).expect(404);
    await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: dataset.version, departmentId: feuerwehr.id })
      .expect(200);
    const moved = (await head.get(`/api/v1/objections/${objection.id}`).expect(200)).body;
    expect(moved.departmentId).toBe(feuerwehr.id);
  });

  it('keeps a timeline of the dataset, and shows creation and moves on the department timeline', async () => {
    const unit = await newDepartment(team, 'Amt für Zeitleisten');
    const dataset = await create({ title: 'Wahlbezirke', departmentId: unit.id });
    await team
      .patch(`/api/v1/datasets/${dataset.id}`)
      .send({ version: 1, description: 'Grenzen' })
      .expect(200);
    await team
      .post(`/api/v1/datasets/${dataset.id}/transitions`)
      .send({ to: 'in_clarification' })
      .expect(200);
    const first: CursorPage<TimelineEntry> = (
      await team.get(`/api/v1/datasets/${dataset.id}/timeline?limit=2`).expect(200)
    ).body;
    const actions = (page: CursorPage<TimelineEntry>) =>
      page.items.map((e) => (e.kind === 'event' ? `${e.event.entity} ${e.event.action}` : e.kind));
    expect(actions(first)).toEqual(['dataset transition', 'dataset update']);
    const transition = first.items[0];
    expect(transition.kind === 'event' && transition.event.diff).toEqual({
      stage: { before: 'identified', after: 'in_clarification' },
    });
    const rest: CursorPage<TimelineEntry> = (
      await team.get(`/api/v1/datasets/${dataset.id}/timeline?limit=2&cursor=${first.nextCursor}`).expect(200)
    ).body;
    expect(actions(rest)).toEqual(['dataset create']);
    expect(rest.nextCursor).toBeNull();
    const department: CursorPage<TimelineEntry> = (
      await team.get(`/api/v1/departments/${unit.id}/timeline?types=system`).expect(200)
    ).body;
    const datasetEvents = department.items.filter((e) => e.kind === 'event' && e.event.entity === 'dataset');
    expect(datasetEvents.map((e) => e.kind === 'event' && e.event.action)).toEqual(['transition', 'create']);
  });
});
