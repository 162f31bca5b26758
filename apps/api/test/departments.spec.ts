import { DepartmentDto } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { startTestApp, TestApp } from './test-app';

describe('departments: the organisation tree (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let all: DepartmentDto[];
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    all = (await team.get('/api/v1/departments').expect(200)).body;
  });
  afterAll(() => t.close());

  const byName = (name: string) => all.find((d) => d.name === name)!;

  it('lets the team create a unit below a Dezernat, with an audit event', async () => {
    const dezernat = byName('Dezernat für Recht, Ordnung und Feuerwehr');
    const res = await team
      .post('/api/v1/departments')
      .send({ name: ' Amt für Verbraucherschutz ', shortName: 'Amt 39', kind: 'amt', parentId: dezernat.id })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'Amt für Verbraucherschutz', parentId: dezernat.id, version: 1 });
    const audit = await team.get(`/api/v1/audit?entity=department&entityId=${res.body.id}`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
    expect(audit.body[0].diff.shortName).toEqual({ before: null, after: 'Amt 39' });
  });

  it('refuses department changes to management and department heads', async () => {
    const amt = byName('Kulturamt');
    for (const role of ['management', 'department_head'] as const) {
      const agent = await t.signIn(role);
      await agent.post('/api/v1/departments').send({ name: 'Schattenamt', kind: 'amt' }).expect(403);
      await agent
        .patch(`/api/v1/departments/${amt.id}`)
        .send({ version: amt.version, name: 'Umbenannt' })
        .expect(403);
    }
  });

  it('names the wrong fields and writes nothing', async () => {
    const res = await team
      .post('/api/v1/departments')
      .send({ name: 'X', kind: 'ministerium', website: 'not a url', parentId: 'nope' })
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['kind', 'name', 'parentId', 'website']);
    const unknownParent = await team
      .post('/api/v1/departments')
      .send({ name: 'Waise', kind: 'amt', parentId: '6f1c1d7e-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknownParent.body.codes).toEqual({ parentId: ['unknownReference'] });
    const after = (await team.get('/api/v1/departments')).body as DepartmentDto[];
    expect(after.some((d) => d.name === 'Waise' || d.name === 'X')).toBe(false);
  });

  it('moves a unit to another Dezernat, but never below itself or its own sub-units', async () => {
    const amt12 = byName('Amt für Statistik und Wahlen');
    const subUnit = byName('Sachgebiet Open Data');
    const selfMove = await team
      .patch(`/api/v1/departments/${amt12.id}`)
      .send({ version: amt12.version, parentId: amt12.id });
    expect(selfMove.status).toBe(400);
    expect(selfMove.body.codes).toEqual({ parentId: ['wouldCreateCycle'] });
    const belowChild = await team
      .patch(`/api/v1/departments/${amt12.id}`)
      .send({ version: amt12.version, parentId: subUnit.id })
      .expect(400);
    expect(belowChild.body.codes).toEqual({ parentId: ['wouldCreateCycle'] });

    const target = byName('Dezernat für Wirtschaft und Digitalisierung');
    const moved = await team
      .patch(`/api/v1/departments/${amt12.id}`)
      .send({ version: amt12.version, parentId: target.id })
      .expect(200);
    expect(moved.body).toMatchObject({ parentId: target.id, version: amt12.version + 1 });
    const audit = await team.get(`/api/v1/audit?entity=department&entityId=${amt12.id}`).expect(200);
    expect(audit.body[0].diff).toEqual({ parentId: { before: amt12.parentId, after: target.id } });
  });

  it('answers a stale version with 409 and the current record', async () => {
    const amt = byName('Standesamt');
    await team
      .patch(`/api/v1/departments/${amt.id}`)
      .send({ version: amt.version, notes: 'Ansprechpartnerin: Frau K.' })
      .expect(200);
    const stale = await team
      .patch(`/api/v1/departments/${amt.id}`)
      .send({ version: amt.version, notes: 'alt' })
      .expect(409);
    expect(stale.body.current).toMatchObject({
      notes: 'Ansprechpartnerin: Frau K.',
      version: amt.version + 1,
    });
  });

  it('shows a department head a unit of theirs by id, and answers 404 for any other', async () => {
    const head = await t.signIn('department_head');
    const feuerwehr = byName('Feuerwehr, Rettungsdienst und Bevölkerungsschutz');
    await head.get(`/api/v1/departments/${feuerwehr.id}`).expect(200);
    await head.get(`/api/v1/departments/${byName('Kulturamt').id}`).expect(404);
    await team.get(`/api/v1/departments/${byName('Kulturamt').id}`).expect(200);
  });
});
