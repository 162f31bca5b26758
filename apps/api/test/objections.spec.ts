import { ArgumentDto, DepartmentDto, ObjectionDto, ObjectionPage } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Dataset } from '../src/app/datasets/dataset.entity';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';
const SIREN_ARGUMENT = 'critical-infrastructure-visible-sirens';

describe('objections (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;
  let head: TestAgent;
  let management: TestAgent;
  let feuerwehr: DepartmentDto;
  let ordnungsamt: DepartmentDto;
  let kowalski: string;
  let sirenArgument: ArgumentDto;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [team, head, management] = await Promise.all([
      t.signIn('team'),
      t.signIn('department_head'),
      t.signIn('management'),
    ]);
    const all: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    feuerwehr = all.find((d) => d.name === DEMO_HEAD_DEPARTMENT)!;
    ordnungsamt = all.find((d) => d.name === 'Ordnungsamt')!;
    kowalski = await contactId('Jens Kowalski');
    const library: ArgumentDto[] = (await team.get('/api/v1/arguments').expect(200)).body;
    const [{ id }] = await db.query('SELECT id FROM argument WHERE seed_key = $1', [SIREN_ARGUMENT]);
    sirenArgument = library.find((a) => a.id === id)!;
  });
  afterAll(() => t.close());

  const contactId = async (name: string): Promise<string> =>
    (await db.query('SELECT id FROM contact WHERE name = $1', [name]))[0].id;

  /** A dataset straight in the database: these tests are about its objections, not about datasets. */
  const newDataset = async (departmentId: string, title: string): Promise<string> => {
    const repository = db.getRepository(Dataset);
    const [{ municipality_id }] = await db.query('SELECT municipality_id FROM department WHERE id = $1', [
      departmentId,
    ]);
    const saved = await repository.save(
      repository.create({ municipalityId: municipality_id, departmentId, title }),
    );
    return saved.id;
  };

  const counters = async (datasetId: string) => {
    const [row] = await db.query(
      'SELECT unresolved_objections AS unresolved, upheld_objections AS upheld FROM dataset WHERE id = $1',
      [datasetId],
    );
    return row as { unresolved: number; upheld: number };
  };

  const raise = async (body: object): Promise<ObjectionDto> =>
    (await team.post('/api/v1/objections').send(body).expect(201)).body;

  const sirenObjection = (datasetId: string) =>
    raise({
      datasetId,
      raisedByContactId: kowalski,
      category: 'critical_infrastructure',
      statement: 'Sirenen sind kritische Infrastruktur; wir befürchten Vandalismus.',
    });

  it('records an objection on a dataset under its department, and a general one on a department', async () => {
    const sirens = await newDataset(feuerwehr.id, 'Sirenenstandorte');
    const objection = await sirenObjection(sirens);
    expect(objection).toMatchObject({
      datasetId: sirens,
      datasetTitle: 'Sirenenstandorte',
      modelDatasetId: null,
      departmentId: feuerwehr.id,
      departmentName: DEMO_HEAD_DEPARTMENT,
      raisedByContactId: kowalski,
      raisedByName: 'Jens Kowalski',
      category: 'critical_infrastructure',
      response: null,
      argumentIds: [],
      status: 'open',
      resolutionNote: null,
      resolvedAt: null,
      comments: [],
      version: 1,
    });
    await team.get(`/api/v1/objections/${objection.id}`).expect(200, objection);
    expect(await counters(sirens)).toEqual({ unresolved: 1, upheld: 0 });

    const general = await raise({
      departmentId: ordnungsamt.id,
      category: 'workload',
      statement: 'Für Open Data haben wir keine Zeit.',
    });
    expect(general).toMatchObject({ datasetId: null, datasetTitle: null, departmentId: ordnungsamt.id });
    const page: ObjectionPage = (
      await team.get(`/api/v1/objections?departmentId=${ordnungsamt.id}&category=workload`).expect(200)
    ).body;
    expect(page.items.map((o) => o.id)).toContain(general.id);
    expect(page.items.every((o) => o.departmentId === ordnungsamt.id && o.category === 'workload')).toBe(
      true,
    );

    const audit = await team.get(`/api/v1/audit?entity=objection&entityId=${objection.id}`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
  });

  it('lists a department’s general objections apart from those on its datasets', async () => {
    const hydrants = await newDataset(feuerwehr.id, 'Hydrantenstandorte');
    const onDataset = await raise({
      datasetId: hydrants,
      category: 'misuse',
      statement: 'Missbrauch möglich.',
    });
    const general = await raise({
      departmentId: feuerwehr.id,
      category: 'political',
      statement: 'Die Amtsleitung möchte erst abwarten.',
    });
    const all: ObjectionPage = (await team.get(`/api/v1/objections?departmentId=${feuerwehr.id}`).expect(200))
      .body;
    expect(all.items.map((o) => o.id)).toEqual(expect.arrayContaining([onDataset.id, general.id]));
    const generalOnly: ObjectionPage = (
      await team.get(`/api/v1/objections?departmentId=${feuerwehr.id}&datasetId=none`).expect(200)
    ).body;
    expect(generalOnly.items.map((o) => o.id)).toContain(general.id);
    expect(generalOnly.items.every((o) => o.datasetId === null)).toBe(true);
    const bad = await team.get('/api/v1/objections?datasetId=some').expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['datasetId']);
  });

  it('wants exactly one of dataset and department, and a contact of that department', async () => {
    const statement = { category: 'privacy', statement: 'Personenbezug' };
    const neither = await team.post('/api/v1/objections').send(statement).expect(400);
    expect(neither.body.codes).toEqual({ datasetId: ['exactlyOne'], departmentId: ['exactlyOne'] });
    const dataset = await newDataset(feuerwehr.id, 'Einsatzstatistik');
    const both = await team
      .post('/api/v1/objections')
      .send({ ...statement, datasetId: dataset, departmentId: feuerwehr.id })
      .expect(400);
    expect(both.body.codes).toEqual({ datasetId: ['exactlyOne'], departmentId: ['exactlyOne'] });
    const unknown = await team
      .post('/api/v1/objections')
      .send({ ...statement, datasetId: UNKNOWN_ID })
      .expect(400);
    expect(unknown.body.codes).toEqual({ datasetId: ['unknownReference'] });
    // Ursula Peters works at the Standesamt, not at the Feuerwehr
    const stranger = await team
      .post('/api/v1/objections')
      .send({ ...statement, datasetId: dataset, raisedByContactId: await contactId('Ursula Peters') })
      .expect(400);
    expect(stranger.body.codes).toEqual({ raisedByContactId: ['unknownReference'] });
    await team
      .post('/api/v1/objections')
      .send({ datasetId: dataset, category: 'gossip', statement: 'x' })
      .expect(400);
    await team.get('/api/v1/objections?statuses=open,maybe').expect(400);
    // nothing of the refused attempts was written
    expect(await counters(dataset)).toEqual({ unresolved: 0, upheld: 0 });
    const none: ObjectionPage = (await team.get(`/api/v1/objections?datasetId=${dataset}`).expect(200)).body;
    expect(none.total).toBe(0);
  });

  it('answers from the library, records the outcome and keeps the dataset’s counters', async () => {
    const sirens = await newDataset(feuerwehr.id, 'Sirenen (Antwort)');
    const objection = await sirenObjection(sirens);
    const usedBefore = sirenArgument.usedCount;

    const answered: ObjectionDto = (
      await team
        .patch(`/api/v1/objections/${objection.id}`)
        .send({
          version: 1,
          response: 'Die Sirenen sieht jeder auf den Dächern; Bonn und Köln veröffentlichen ihre.',
          argumentIds: [sirenArgument.id],
        })
        .expect(200)
    ).body;
    expect(answered).toMatchObject({ status: 'answered', argumentIds: [sirenArgument.id], version: 2 });
    expect(await counters(sirens)).toEqual({ unresolved: 1, upheld: 0 });
    const argument: ArgumentDto = (await team.get(`/api/v1/arguments/${sirenArgument.id}`).expect(200)).body;
    expect(argument.usedCount).toBe(usedBefore + 1);

    // a partial outcome needs to say what was agreed; the refused edit changes nothing
    const noNote = await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 2, status: 'resolved_partially' })
      .expect(400);
    expect(noNote.body.codes).toEqual({ resolutionNote: ['reasonRequired'] });
    await team.get(`/api/v1/objections/${objection.id}`).expect(200, answered);

    const publishable: ObjectionDto = (
      await team
        .patch(`/api/v1/objections/${objection.id}`)
        .send({ version: 2, status: 'resolved_publishable' })
        .expect(200)
    ).body;
    expect(publishable.status).toBe('resolved_publishable');
    expect(Date.parse(publishable.resolvedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await counters(sirens)).toEqual({ unresolved: 0, upheld: 0 });

    const upheld = await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 3, status: 'upheld', resolutionNote: 'Standorte der Großsirenen bleiben intern.' })
      .expect(200);
    expect(upheld.body).toMatchObject({
      status: 'upheld',
      resolutionNote: 'Standorte der Großsirenen bleiben intern.',
    });
    expect(await counters(sirens)).toEqual({ unresolved: 0, upheld: 1 });

    // reopened: no outcome, no resolvedAt, counted as unresolved again
    const reopened = await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 4, status: 'open' })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', resolvedAt: null });
    expect(await counters(sirens)).toEqual({ unresolved: 1, upheld: 0 });

    // a second client still on version 2 does not overwrite the decision
    const stale = await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 2, status: 'resolved_publishable' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ status: 'open', version: 5 });
  });

  it('takes only existing, unarchived arguments for an answer', async () => {
    const objection = await raise({
      departmentId: ordnungsamt.id,
      category: 'misuse',
      statement: 'Die Daten könnten missbraucht werden.',
    });
    const unknown = await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 1, argumentIds: [UNKNOWN_ID] })
      .expect(400);
    expect(unknown.body.codes).toEqual({ argumentIds: ['unknownReference'] });
    const own: ArgumentDto = (
      await team
        .post('/api/v1/arguments')
        .send({ category: 'misuse', title: 'Steht schon im Stadtplan', body: 'Alles längst öffentlich.' })
        .expect(201)
    ).body;
    await team.patch(`/api/v1/arguments/${own.id}`).send({ version: 1, archived: true }).expect(200);
    const archived = await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 1, argumentIds: [own.id] })
      .expect(400);
    expect(archived.body.codes).toEqual({ argumentIds: ['unknownReference'] });
    // any category's argument is fine for an answer
    await team
      .patch(`/api/v1/objections/${objection.id}`)
      .send({ version: 1, argumentIds: [sirenArgument.id, sirenArgument.id] })
      .expect(200)
      .expect((res) => expect(res.body.argumentIds).toEqual([sirenArgument.id]));
  });

  it('deletes only an open objection that nobody has commented on', async () => {
    const dataset = await newDataset(feuerwehr.id, 'Hydranten');
    const mistake = await sirenObjection(dataset);
    const discussed = await sirenObjection(dataset);
    const answered = await sirenObjection(dataset);
    expect(await counters(dataset)).toEqual({ unresolved: 3, upheld: 0 });
    await head
      .post(`/api/v1/objections/${discussed.id}/comments`)
      .send({ body: 'Bitte nicht löschen.' })
      .expect(201);
    await team.patch(`/api/v1/objections/${answered.id}`).send({ version: 1, response: 'Geht.' }).expect(200);

    await team.delete(`/api/v1/objections/${discussed.id}`).expect(409);
    await team.delete(`/api/v1/objections/${answered.id}`).expect(409);
    await management.delete(`/api/v1/objections/${mistake.id}`).expect(403);
    await head.delete(`/api/v1/objections/${mistake.id}`).expect(403);
    await team.delete(`/api/v1/objections/${mistake.id}`).expect(204);
    await team.get(`/api/v1/objections/${mistake.id}`).expect(404);
    expect(await counters(dataset)).toEqual({ unresolved: 2, upheld: 0 });
  });

  it('lets the department head discuss their own department’s objections only', async () => {
    const feuerwehrObjection = await sirenObjection(await newDataset(feuerwehr.id, 'Feuerwachen'));
    const elsewhere = await raise({
      departmentId: ordnungsamt.id,
      category: 'political',
      statement: 'Das ist politisch heikel.',
    });

    const fromHead = await head
      .post(`/api/v1/objections/${feuerwehrObjection.id}/comments`)
      .send({ body: 'Wir sind einverstanden, wenn die Leitstelle nicht genannt wird.' })
      .expect(201);
    expect(fromHead.body).toMatchObject({ authorName: 'Dr. Hanna Brandt' });
    await team
      .post(`/api/v1/objections/${feuerwehrObjection.id}/comments`)
      .send({ body: 'Die Leitstelle ist nicht im Datensatz.' })
      .expect(201);
    await head.post(`/api/v1/objections/${elsewhere.id}/comments`).send({ body: 'Auch dazu?' }).expect(404);
    await management
      .post(`/api/v1/objections/${feuerwehrObjection.id}/comments`)
      .send({ body: 'Gut so.' })
      .expect(403);
    await head.post(`/api/v1/objections/${feuerwehrObjection.id}/comments`).send({ body: '   ' }).expect(400);
    await head
      .post(`/api/v1/objections/${feuerwehrObjection.id}/comments`)
      .send({ body: 'x'.repeat(4001) })
      .expect(400);

    const read: ObjectionDto = (await head.get(`/api/v1/objections/${feuerwehrObjection.id}`).expect(200))
      .body;
    expect(read.comments.map((c) => [c.authorName, c.body])).toEqual([
      ['Dr. Hanna Brandt', 'Wir sind einverstanden, wenn die Leitstelle nicht genannt wird.'],
      ['Tara Team', 'Die Leitstelle ist nicht im Datensatz.'],
    ]);
    // a comment is not an edit: the objection's version stays, so an open answer dialog is not stale
    expect(read.version).toBe(1);
  });

  it('lets management read everything and change nothing; heads read their departments only', async () => {
    const dataset = await newDataset(feuerwehr.id, 'Rettungswachen');
    const own = await sirenObjection(dataset);
    const elsewhere = await raise({
      departmentId: ordnungsamt.id,
      category: 'legal_basis',
      statement: 'Dafür gibt es keine Rechtsgrundlage.',
    });

    await management.get(`/api/v1/objections/${elsewhere.id}`).expect(200);
    await management.get('/api/v1/arguments').expect(200);
    await management
      .post('/api/v1/objections')
      .send({ departmentId: ordnungsamt.id, category: 'other', statement: 'x' })
      .expect(403);
    await management.patch(`/api/v1/objections/${own.id}`).send({ version: 1, response: 'x' }).expect(403);
    await management.post('/api/v1/arguments').send({ category: 'other', title: 'x', body: 'y' }).expect(403);

    await head.get(`/api/v1/objections/${own.id}`).expect(200);
    await head.get(`/api/v1/objections/${elsewhere.id}`).expect(404);
    const mine: ObjectionPage = (await head.get('/api/v1/objections?limit=200').expect(200)).body;
    const visible = new Set(mine.items.map((o) => o.departmentName));
    expect(mine.items.map((o) => o.id)).toContain(own.id);
    expect(
      [...visible].every((name) =>
        [DEMO_HEAD_DEPARTMENT, 'Abteilung Einsatzvorbereitung und Bevölkerungsschutz'].includes(name),
      ),
    ).toBe(true);
    const filtered: ObjectionPage = (
      await head.get(`/api/v1/objections?departmentId=${ordnungsamt.id}`).expect(200)
    ).body;
    expect(filtered).toEqual({ items: [], total: 0 });
    await head.get('/api/v1/arguments').expect(403);
    await head
      .post('/api/v1/objections')
      .send({ datasetId: dataset, category: 'other', statement: 'x' })
      .expect(403);
    await head.patch(`/api/v1/objections/${own.id}`).send({ version: 1, status: 'upheld' }).expect(403);
  });
});
