import { AuditEventDto, DepartmentDto, TeamMemberDto, UserDto } from '@datenlotse/contracts';
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
  it('takes an owner from the team and tidy tags, and refuses owners who are not active team members', async () => {
    const members = (await team.get('/api/v1/users/team').expect(200)).body as TeamMemberDto[];
    const tara = members.find((m) => m.name === 'Tara Team')!;
    const created = await team
      .post('/api/v1/departments')
      .send({
        name: 'Amt für Geoinformation',
        kind: 'amt',
        ownerUserId: tara.id,
        tags: [' KRITIS ', 'kritis', 'Geodaten'],
      })
      .expect(201);
    expect(created.body).toMatchObject({ ownerUserId: tara.id, tags: ['KRITIS', 'Geodaten'] });

    const admin = await t.signIn('admin');
    const users = (await admin.get('/api/v1/users').expect(200)).body as UserDto[];
    const manager = users.find((u) => u.role === 'management')!;
    const notTeam = await team
      .patch(`/api/v1/departments/${created.body.id}`)
      .send({ version: created.body.version, ownerUserId: manager.id })
      .expect(400);
    expect(notTeam.body.codes).toEqual({ ownerUserId: ['unknownReference'] });

    const tooMany = Array.from({ length: 21 }, (_, i) => `Tag ${i}`);
    for (const tags of [tooMany, ['x'.repeat(51)], ['  '], 'KRITIS']) {
      const res = await team
        .patch(`/api/v1/departments/${created.body.id}`)
        .send({ version: created.body.version, tags })
        .expect(400);
      expect(Object.keys(res.body.fields)).toEqual(['tags']);
    }
    const cleared = await team
      .patch(`/api/v1/departments/${created.body.id}`)
      .send({ version: created.body.version, ownerUserId: null, tags: [] })
      .expect(200);
    expect(cleared.body).toMatchObject({ ownerUserId: null, tags: [] });
  });

  it('sets a manual stage only with a reason, audits it, and clears it back to the derived stage', async () => {
    // a unit of its own, so that demo interactions cannot have moved its derived stage
    const amt = (await team.post('/api/v1/departments').send({ name: 'Amt für Grünflächen', kind: 'amt' }))
      .body as DepartmentDto;
    for (const reason of [undefined, '   ']) {
      const res = await team
        .patch(`/api/v1/departments/${amt.id}/stage`)
        .send({ version: amt.version, stage: 'paused', ...(reason !== undefined && { reason }) })
        .expect(400);
      expect(res.body.codes).toEqual({ reason: ['reasonRequired'] });
    }
    const set = await team
      .patch(`/api/v1/departments/${amt.id}/stage`)
      .send({ version: amt.version, stage: 'paused', reason: ' Umstrukturierung bis Mai ' })
      .expect(200);
    expect(set.body).toMatchObject({
      engagementStage: 'paused',
      derivedStage: 'not_contacted',
      stageOverride: { stage: 'paused', reason: 'Umstrukturierung bis Mai' },
      version: amt.version + 1,
    });
    const audit = (await team.get(`/api/v1/audit?entity=department&entityId=${amt.id}`))
      .body as AuditEventDto[];
    expect(audit[0]).toMatchObject({ action: 'transition', actorName: 'Tara Team' });
    expect(audit[0].diff['engagementStage']).toEqual({ before: 'not_contacted', after: 'paused' });

    await team
      .patch(`/api/v1/departments/${amt.id}/stage`)
      .send({ version: amt.version, stage: null })
      .expect(409);
    const cleared = await team
      .patch(`/api/v1/departments/${amt.id}/stage`)
      .send({ version: set.body.version, stage: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ engagementStage: 'not_contacted', stageOverride: null });
    const bad = await team
      .patch(`/api/v1/departments/${amt.id}/stage`)
      .send({ version: cleared.body.version, stage: 'famous', reason: 'x' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['stage']);
  });

  it('hides archived units from the tree unless asked, and brings them back', async () => {
    const sportamt = byName('Sportamt');
    await team
      .post(`/api/v1/departments/${sportamt.id}/archive`)
      .send({ version: sportamt.version + 5 })
      .expect(409);
    const archived = await team
      .post(`/api/v1/departments/${sportamt.id}/archive`)
      .send({ version: sportamt.version })
      .expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const tree = (await team.get('/api/v1/departments').expect(200)).body as DepartmentDto[];
    expect(tree.some((d) => d.id === sportamt.id)).toBe(false);
    const everything = (await team.get('/api/v1/departments?includeArchived=true').expect(200))
      .body as DepartmentDto[];
    expect(everything.find((d) => d.id === sportamt.id)?.archivedAt).toBe(archived.body.archivedAt);
    const audit = (await team.get(`/api/v1/audit?entity=department&entityId=${sportamt.id}`)).body;
    expect(audit[0].diff.archivedAt).toEqual({ before: null, after: archived.body.archivedAt });

    const restored = await team
      .post(`/api/v1/departments/${sportamt.id}/unarchive`)
      .send({ version: archived.body.version })
      .expect(200);
    expect(restored.body.archivedAt).toBeNull();
    const treeAgain = (await team.get('/api/v1/departments')).body as DepartmentDto[];
    expect(treeAgain.some((d) => d.id === sportamt.id)).toBe(true);
  });

  it('does not archive a unit whose sub-units are still active', async () => {
    const dezernat = byName('Dezernat für Wirtschaft und Digitalisierung');
    const res = await team
      .post(`/api/v1/departments/${dezernat.id}/archive`)
      .send({ version: dezernat.version })
      .expect(409);
    expect(res.body.message).toMatch(/has \d+ active sub-units; archive or move them first/);
  });

  it('deletes an unused unit, audited, and refuses one with sub-units naming the reason', async () => {
    const created = await team.post('/api/v1/departments').send({ name: 'Testamt', kind: 'amt' }).expect(201);
    await team.delete(`/api/v1/departments/${created.body.id}`).expect(204);
    await team.get(`/api/v1/departments/${created.body.id}`).expect(404);
    const audit = (await team.get(`/api/v1/audit?entity=department&entityId=${created.body.id}`)).body;
    expect(audit[0]).toMatchObject({ action: 'delete' });
    expect(audit[0].diff.name).toEqual({ before: 'Testamt', after: null });

    const parent = await team.post('/api/v1/departments').send({ name: 'Testdezernat', kind: 'dezernat' });
    await team
      .post('/api/v1/departments')
      .send({ name: 'Testabteilung', kind: 'abteilung', parentId: parent.body.id })
      .expect(201);
    const refused = await team.delete(`/api/v1/departments/${parent.body.id}`).expect(409);
    expect(refused.body.message).toBe('Testdezernat has 1 sub-unit; archive it instead');
    await team.delete('/api/v1/departments/6f1c1d7e-0000-4000-8000-000000000000').expect(404);
    const head = await t.signIn('department_head');
    await head.delete(`/api/v1/departments/${byName('Kulturamt').id}`).expect(403);
  });
});
