import { ArgumentDto, DepartmentDto } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { ARGUMENT_LIBRARY, SIREN_MODEL_DATASET } from '../src/app/objections/argument-library.data';
import { SeedService } from '../src/database/seeds/seed.service';
import { startTestApp, TestApp } from './test-app';

const SIREN_ARGUMENT = 'critical-infrastructure-visible-sirens';
const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';

describe('the argument library (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    team = await t.signIn('team');
  });
  afterAll(() => t.close());

  /** What a restart does: the whole start-up seeding again, on the same database. */
  const restart = () => t.app.get(SeedService).seedOnFirstStart();
  const idOf = async (seedKey: string): Promise<string> =>
    (await db.query('SELECT id FROM argument WHERE seed_key = $1', [seedKey]))[0].id;
  const list = async (query = ''): Promise<ArgumentDto[]> =>
    (await team.get(`/api/v1/arguments${query}`).expect(200)).body;

  it('ships the siren case and the other arguments once, however often the app starts', async () => {
    await restart();
    await restart();
    const counts: Array<{ seed_key: string; n: number }> = await db.query(
      'SELECT seed_key, count(*)::int AS n FROM argument WHERE seed_key IS NOT NULL GROUP BY seed_key',
    );
    expect(counts.map((c) => c.seed_key).sort()).toEqual(ARGUMENT_LIBRARY.map((a) => a.seedKey).sort());
    expect(counts.every((c) => c.n === 1)).toBe(true);

    const sirenId = await idOf(SIREN_ARGUMENT);
    const sirens = (await list('?category=critical_infrastructure')).find((a) => a.id === sirenId);
    expect(sirens).toMatchObject({
      category: 'critical_infrastructure',
      title: 'Sirenen stehen sichtbar auf den Dächern',
      archivedAt: null,
    });
    expect(sirens?.body).toMatch(/jede und jeder, der durch die Stadt geht, kann sie sehen/);
    const categories = new Set((await list()).map((a) => a.category));
    for (const category of ['privacy', 'third_party_rights', 'data_quality', 'workload', 'misuse']) {
      expect(categories).toContain(category);
    }
  });

  it('links the siren argument to the Musterdatenkatalog’s siren model dataset once it is loaded', async () => {
    let [model] = await db.query('SELECT id FROM model_dataset WHERE name = $1', [SIREN_MODEL_DATASET]);
    if (!model) {
      // the catalogue is not loaded in this build: put the one model dataset in, as the loader would
      [model] = await db.query(
        `INSERT INTO model_dataset (key, name, theme, label, version)
           VALUES ('sicherheit/zivilschutzUndKatastrophenschutz/sirene', $1, 'Sicherheit',
                   'Zivilschutz und Katastrophenschutz - Sirene', 1) RETURNING id`,
        [SIREN_MODEL_DATASET],
      );
    }
    await restart();
    const sirens: ArgumentDto = (
      await team.get(`/api/v1/arguments/${await idOf(SIREN_ARGUMENT)}`).expect(200)
    ).body;
    expect(sirens).toMatchObject({ modelDatasetId: model.id, modelDatasetName: SIREN_MODEL_DATASET });
  });

  it('keeps the team’s edits and archiving of a shipped argument across starts', async () => {
    const id = await idOf('workload-automated-export');
    const current: ArgumentDto = (await team.get(`/api/v1/arguments/${id}`).expect(200)).body;
    const edited = await team
      .patch(`/api/v1/arguments/${id}`)
      .send({ version: current.version, title: 'Export einmal einrichten (unsere Fassung)' })
      .expect(200);
    const privacy = await idOf('privacy-anonymisation');
    const archived = await team
      .patch(`/api/v1/arguments/${privacy}`)
      .send({ version: 1, archived: true })
      .expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    await restart();
    await team.get(`/api/v1/arguments/${id}`).expect(200, edited.body);
    await team.get(`/api/v1/arguments/${privacy}`).expect(200, archived.body);
    expect((await list()).map((a) => a.id)).not.toContain(privacy);
    expect((await list('?includeArchived=true')).map((a) => a.id)).toContain(privacy);
  });

  it('counts the answers that use an argument and archives, never deletes, a used one', async () => {
    const own: ArgumentDto = (
      await team
        .post('/api/v1/arguments')
        .send({
          category: 'data_quality',
          title: 'Die Fehler findet die Community',
          body: 'Wer die Daten nutzt, meldet Fehler zurück.',
          evidence: 'Erfahrung aus drei Jahren Portalbetrieb',
        })
        .expect(201)
    ).body;
    expect(own).toMatchObject({ usedCount: 0, version: 1, modelDatasetId: null, examples: null });
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    const umweltamt = departments.find((d) => d.name === 'Umweltamt')!;
    for (const statement of ['Die Messwerte sind nicht geprüft.', 'Die Liste ist unvollständig.']) {
      const objection = (
        await team
          .post('/api/v1/objections')
          .send({ departmentId: umweltamt.id, category: 'data_quality', statement })
          .expect(201)
      ).body;
      await team
        .patch(`/api/v1/objections/${objection.id}`)
        .send({ version: 1, argumentIds: [own.id] })
        .expect(200);
    }
    expect((await list('?q=Community')).find((a) => a.id === own.id)?.usedCount).toBe(2);

    const refused = await team.delete(`/api/v1/arguments/${own.id}`).expect(409);
    expect(refused.body.message).toMatch(/archive/);
    const archived: ArgumentDto = (
      await team.patch(`/api/v1/arguments/${own.id}`).send({ version: 1, archived: true }).expect(200)
    ).body;
    expect(archived).toMatchObject({ usedCount: 2, version: 2 });
    expect((await list('?q=Community')).map((a) => a.id)).not.toContain(own.id);
    const restored = await team
      .patch(`/api/v1/arguments/${own.id}`)
      .send({ version: 2, archived: false })
      .expect(200);
    expect(restored.body.archivedAt).toBeNull();
  });

  it('deletes an unused argument of the team’s own, but archives shipped ones instead', async () => {
    const own: ArgumentDto = (
      await team
        .post('/api/v1/arguments')
        .send({ category: 'other', title: 'Entwurf', body: 'Noch zu klären.' })
        .expect(201)
    ).body;
    await team.delete(`/api/v1/arguments/${own.id}`).expect(204);
    await team.get(`/api/v1/arguments/${own.id}`).expect(404);
    await team.delete(`/api/v1/arguments/${await idOf('technical-any-format')}`).expect(409);
    const audit = await team.get(`/api/v1/audit?entity=argument&entityId=${own.id}`).expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
  });

  it('refuses bad input naming the field, and a stale edit', async () => {
    const missing = await team
      .post('/api/v1/arguments')
      .send({ category: 'privacy', title: 'Ohne Text' })
      .expect(400);
    expect(Object.keys(missing.body.fields)).toEqual(['body']);
    const unknownModel = await team
      .post('/api/v1/arguments')
      .send({ category: 'privacy', title: 'T', body: 'B', modelDatasetId: UNKNOWN_ID })
      .expect(400);
    expect(unknownModel.body.codes).toEqual({ modelDatasetId: ['unknownReference'] });
    const id = await idOf('commercial-local-economy');
    await team.patch(`/api/v1/arguments/${id}`).send({ version: 1, title: null }).expect(400);
    await team
      .patch(`/api/v1/arguments/${id}`)
      .send({ version: 1, evidence: 'Richtlinie (EU) 2019/1024' })
      .expect(200);
    const stale = await team
      .patch(`/api/v1/arguments/${id}`)
      .send({ version: 1, evidence: null })
      .expect(409);
    expect(stale.body.current).toMatchObject({ evidence: 'Richtlinie (EU) 2019/1024', version: 2 });
  });

  it('is the team’s preparation: management reads it, department heads do not see it', async () => {
    const management = await t.signIn('management');
    const head = await t.signIn('department_head');
    expect((await management.get('/api/v1/arguments').expect(200)).body.length).toBeGreaterThan(0);
    await management
      .patch(`/api/v1/arguments/${await idOf(SIREN_ARGUMENT)}`)
      .send({ version: 1, archived: true })
      .expect(403);
    await head.get('/api/v1/arguments').expect(403);
    await head.get(`/api/v1/arguments/${await idOf(SIREN_ARGUMENT)}`).expect(403);
  });
});
