import {
  DatasetDto,
  DepartmentDto,
  MODEL_DATASET_ATTRIBUTION,
  ModelDatasetEvidence,
  ModelDatasetGapList,
  ModelDatasetGapRow,
  ModelDatasetSuggestion,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { loadMusterdatenkatalog } from '../src/app/model-datasets/musterdatenkatalog-loader';
import { newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';
const SIRENE = 'Sicherheit - Zivilschutz und Katastrophenschutz - Sirene';

const rowsOf = (list: ModelDatasetGapList): ModelDatasetGapRow[] => list.themes.flatMap((t) => t.rows);

describe('Musterdatenkatalog (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let db: DataSource;
  let unit: DepartmentDto;
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    db = t.app.get(DataSource);
    unit = await newDepartment(team, 'Amt für Musterdaten');
  });
  afterAll(() => t.close());

  const gapList = async (query = ''): Promise<ModelDatasetGapList> =>
    (await team.get(`/api/v1/model-datasets${query}`).expect(200)).body;
  const rowNamed = async (name: string): Promise<ModelDatasetGapRow> =>
    rowsOf(await gapList()).find((r) => r.name === name)!;
  const suggest = async (title: string): Promise<ModelDatasetSuggestion[]> =>
    (await team.get('/api/v1/model-datasets/suggest').query({ title }).expect(200)).body;
  const counts = async () =>
    (
      await db.query(`SELECT (SELECT count(*)::int FROM model_dataset) AS models,
        (SELECT count(*)::int FROM model_dataset_publication) AS publications,
        (SELECT max(updated_at) FROM model_dataset) AS changed,
        (SELECT min(id::text) FROM model_dataset_publication) AS first_publication`)
    )[0];

  it('loads the 241 model datasets and the 2.1 publications, and a second start changes nothing', async () => {
    const before = await counts();
    expect(before.models).toBe(241);
    expect(before.publications).toBe(2340);
    await loadMusterdatenkatalog(db.manager);
    expect(await counts()).toEqual(before);
  });

  it('repairs an outdated catalogue by key, keeping the ids datasets point at', async () => {
    const [sirene] = await db.query(`SELECT id FROM model_dataset WHERE name = $1`, [SIRENE]);
    await db.query(`UPDATE model_dataset SET label = 'veraltet' WHERE id = $1`, [sirene.id]);
    await db.query(`DELETE FROM model_dataset_publication WHERE model_dataset_id = $1`, [sirene.id]);
    await loadMusterdatenkatalog(db.manager);
    const [repaired] = await db.query(
      `SELECT id, label, publisher_count, (SELECT count(*)::int FROM model_dataset_publication p
         WHERE p.model_dataset_id = m.id) AS publications FROM model_dataset m WHERE name = $1`,
      [SIRENE],
    );
    expect(repaired).toEqual({
      id: sirene.id,
      label: 'Zivilschutz und Katastrophenschutz - Sirene',
      publisher_count: 3,
      publications: 3,
    });
    expect((await counts()).publications).toBe(2340);
  });

  it('lists every model dataset grouped by Thema in the taxonomy order, with publishers and the attribution', async () => {
    const list = await gapList();
    expect(list.attribution).toBe(MODEL_DATASET_ATTRIBUTION);
    expect(list.total).toBe(241);
    expect(rowsOf(list)).toHaveLength(241);
    expect(list.themes.map((g) => g.theme).slice(0, 3)).toEqual([
      'Abfallentsorgung',
      'Bau',
      'Bevölkerungsstruktur',
    ]);
    expect(list.themes.at(-1)?.theme).toBe('Wirtschaft');
    const sicherheit = list.themes.find((g) => g.theme === 'Sicherheit')!;
    expect(sicherheit.themeEn).toBe('safety and security');
    expect(sicherheit.rows.every((r) => r.theme === 'Sicherheit')).toBe(true);
    const sirene = sicherheit.rows.find((r) => r.name === SIRENE)!;
    expect(sirene).toMatchObject({
      key: 'sicherheit/zivilschutzUndKatastrophenschutz/sirene',
      uri: 'https://musterdatenkatalog.de/def/musterdatensatz/sicherheit/zivilschutzUndKatastrophenschutz/sirene',
      publisherCount: 3,
    });
    // the demo city knows the sirens
    expect(sirene.cityDataset).not.toBeNull();
    expect(sirene.cityDatasetCount).toBeGreaterThanOrEqual(1);
    expect(list.covered).toBe(rowsOf(list).filter((r) => r.cityDataset).length);
  });

  it('filters by coverage, Thema and words, while the totals stay those of the catalogue', async () => {
    const all = await gapList();
    const missing = rowsOf(await gapList('?coverage=missing'));
    const covered = rowsOf(await gapList('?coverage=covered'));
    const published = await gapList('?coverage=published');
    expect(missing.length + covered.length).toBe(241);
    expect(missing.every((r) => r.cityDataset === null && r.cityDatasetCount === 0)).toBe(true);
    expect(covered.every((r) => r.cityDataset !== null && r.cityDatasetCount > 0)).toBe(true);
    expect(rowsOf(published).every((r) => ['published', 'maintained'].includes(r.cityDataset!.stage))).toBe(
      true,
    );
    expect(rowsOf(published).length).toBe(all.published);
    expect(published.total).toBe(241);

    const theme = await gapList('?theme=Bildung');
    expect(theme.themes.map((g) => g.theme)).toEqual(['Bildung']);
    expect(theme.themes[0].rows.length).toBe(22);

    // German word forms through the search column, the label by its beginning
    expect(rowsOf(await gapList('?q=Sirenen')).map((r) => r.name)).toContain(SIRENE);
    expect(rowsOf(await gapList('?q=Zivilsch')).map((r) => r.name)).toContain(SIRENE);
    expect(rowsOf(await gapList(`?q=${encodeURIComponent('Friedhof')}`)).map((r) => r.label)).toEqual([
      'Friedhof - Grabstätte',
      'Friedhof - Standort',
    ]);
    expect((await gapList('?q=%25')).themes).toEqual([]);

    const refused = await team.get('/api/v1/model-datasets?coverage=some').expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['coverage']);
  });

  it('creates a candidate from a gap, which then counts as covered in stage identified', async () => {
    const gap = rowsOf(await gapList('?coverage=missing&theme=Energie'))[0];
    const created: DatasetDto = (
      await team
        .post(`/api/v1/model-datasets/${gap.id}/candidate`)
        .send({ departmentId: unit.id })
        .expect(201)
    ).body;
    expect(created).toMatchObject({
      title: gap.label,
      stage: 'identified',
      departmentId: unit.id,
      modelDatasetId: gap.id,
    });
    const row = rowsOf(await gapList('?coverage=covered&theme=Energie')).find((r) => r.id === gap.id)!;
    expect(row.cityDataset).toEqual({ id: created.id, title: gap.label, stage: 'identified' });
    expect(row.cityDatasetCount).toBe(1);
    expect(rowsOf(await gapList('?coverage=missing')).map((r) => r.id)).not.toContain(gap.id);

    const audit = await team.get(`/api/v1/audit?entity=dataset&entityId=${created.id}`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
  });

  it('shows the most advanced of several datasets, and a dataset on hold below one identified', async () => {
    const gap = rowsOf(await gapList('?coverage=missing&theme=Tourismus'))[0];
    const candidate = (title: string): Promise<DatasetDto> =>
      team
        .post(`/api/v1/model-datasets/${gap.id}/candidate`)
        .send({ departmentId: unit.id, title })
        .expect(201)
        .then((res) => res.body);
    const paused = await candidate('Campingplätze (alt)');
    await team
      .post(`/api/v1/datasets/${paused.id}/transitions`)
      .send({ to: 'on_hold', reason: 'Wartet auf den neuen Pächter' })
      .expect(200);
    expect((await rowNamed(gap.name)).cityDataset).toMatchObject({ id: paused.id, stage: 'on_hold' });

    const fresh = await candidate('Campingplätze');
    expect((await rowNamed(gap.name)).cityDataset).toMatchObject({ id: fresh.id, stage: 'identified' });
    const ahead = await candidate('Campingplätze mit Stellplatzzahlen');
    await team.post(`/api/v1/datasets/${ahead.id}/transitions`).send({ to: 'in_clarification' }).expect(200);
    const row = await rowNamed(gap.name);
    expect(row.cityDataset).toEqual({
      id: ahead.id,
      title: 'Campingplätze mit Stellplatzzahlen',
      stage: 'in_clarification',
    });
    expect(row.cityDatasetCount).toBe(3);
  });

  it('refuses a candidate with bad input, for an unknown model dataset or department', async () => {
    const gap = rowsOf(await gapList('?coverage=missing'))[0];
    const bad = await team
      .post(`/api/v1/model-datasets/${gap.id}/candidate`)
      .send({ departmentId: 'x' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['departmentId']);
    const blank = await team
      .post(`/api/v1/model-datasets/${gap.id}/candidate`)
      .send({ departmentId: unit.id, title: '   ' })
      .expect(400);
    expect(Object.keys(blank.body.fields)).toEqual(['title']);
    await team
      .post(`/api/v1/model-datasets/${UNKNOWN_ID}/candidate`)
      .send({ departmentId: unit.id })
      .expect(404);
    const unknownUnit = await team
      .post(`/api/v1/model-datasets/${gap.id}/candidate`)
      .send({ departmentId: UNKNOWN_ID })
      .expect(400);
    expect(Object.keys(unknownUnit.body.fields)).toEqual(['departmentId']);
    expect(rowsOf(await gapList('?coverage=missing')).map((r) => r.id)).toContain(gap.id);
  });

  it('suggests model datasets for a title by German word forms and the parts of compounds', async () => {
    const first = async (title: string) => (await suggest(title))[0]?.modelDataset.name;
    expect(await first('Sirenenstandorte')).toBe(SIRENE);
    expect(await first('Standorte der Feuerwachen')).toBe('Sicherheit - Feuerwehr - Standort');
    expect(await first('Haushaltsplan 2024')).toBe('Finanzen - Haushalt - Plan');
    expect(await first('Baumkataster')).toBe('Flora und Fauna - Baumbestand - Baumkataster');
    expect(await first('Wahlergebnisse Kommunalwahl')).toBe('Politische Partizipation - Wahl - Kommunalwahl');
    expect(await first('Feuerw')).toMatch(/^Sicherheit - Feuerwehr - /);

    const dogs = await suggest('Hundesteuer Statistik');
    expect(dogs.length).toBeLessThanOrEqual(5);
    expect(dogs[0].modelDataset.name).toMatch(/Hund|Steuer/);
    expect(dogs.map((s) => s.modelDataset.name)).toContain('Finanzen - Steuern und Abgaben');

    const sirens = await suggest('Sirenenstandorte');
    expect(sirens[0].score).toBeGreaterThan(sirens[1].score);
    expect(
      sirens.every((s, i) => s.score > 0 && s.score <= 1 && (i === 0 || s.score <= sirens[i - 1].score)),
    ).toBe(true);
    expect(await suggest('2024 / 2025')).toEqual([]);
    expect(await suggest('der die das')).toEqual([]);
    const missing = await team.get('/api/v1/model-datasets/suggest').expect(400);
    expect(Object.keys(missing.body.fields)).toEqual(['title']);
  });

  it('gives the evidence: who else publishes the sirens, and their datasets', async () => {
    const sirene = await rowNamed(SIRENE);
    const evidence: ModelDatasetEvidence = (
      await team.get(`/api/v1/model-datasets/${sirene.id}/evidence`).expect(200)
    ).body;
    expect(evidence.modelDataset).toMatchObject({ id: sirene.id, name: SIRENE, publisherCount: 3 });
    expect([...evidence.publishers].sort()).toEqual(['Bonn', 'Düsseldorf', 'Köln']);
    expect(evidence.publications).toHaveLength(3);
    expect(evidence.publications).toContainEqual({
      organisation: 'Düsseldorf',
      title: 'Sirenenstandorte in Düsseldorf',
      landingPage: 'https://open.nrw/dataset/sirenenstandorte-duesseldorf-d',
      license: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    });
    // the source's broken landing pages ("…/dataset/nan") are left out
    expect(evidence.publications.find((p) => p.organisation === 'Bonn')?.landingPage).toBeNull();
    // the most prolific publishers first
    const streets = await rowNamed('Raumplanung - Raumgliederung - Straße');
    const many: ModelDatasetEvidence = (
      await team.get(`/api/v1/model-datasets/${streets.id}/evidence`).expect(200)
    ).body;
    const perPublisher = (name: string) => many.publications.filter((p) => p.organisation === name).length;
    expect(many.publishers.length).toBe(streets.publisherCount);
    expect(perPublisher(many.publishers[0])).toBeGreaterThanOrEqual(perPublisher(many.publishers.at(-1)!));

    await team.get(`/api/v1/model-datasets/${UNKNOWN_ID}/evidence`).expect(404);
    await team.get('/api/v1/model-datasets/not-an-id/evidence').expect(400);
  });

  it('lets each role do exactly what the matrix says', async () => {
    const sirene = await rowNamed(SIRENE);
    const head = await t.signIn('department_head');
    await head.get('/api/v1/model-datasets').expect(403);
    await head.get(`/api/v1/model-datasets/${sirene.id}/evidence`).expect(200);
    await head.get('/api/v1/model-datasets/suggest?title=Sirenen').expect(403);
    await head
      .post(`/api/v1/model-datasets/${sirene.id}/candidate`)
      .send({ departmentId: unit.id })
      .expect(403);
    const management = await t.signIn('management');
    await management.get('/api/v1/model-datasets').expect(200);
    await management.get(`/api/v1/model-datasets/${sirene.id}/evidence`).expect(200);
    await management
      .post(`/api/v1/model-datasets/${sirene.id}/candidate`)
      .send({ departmentId: unit.id })
      .expect(403);
    const admin = await t.signIn('admin');
    await admin.get('/api/v1/model-datasets/suggest?title=Sirenen').expect(200);
  });
});
