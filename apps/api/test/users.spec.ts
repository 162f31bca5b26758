import { DepartmentDto, UserDto } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { startTestApp, TestApp } from './test-app';

describe('user administration (HTTP)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let departments: DepartmentDto[];
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin');
    departments = (await admin.get('/api/v1/departments').expect(200)).body;
  });
  afterAll(() => t.close());

  const byName = (name: string) => departments.find((d) => d.name === name)!;

  it.each([
    ['team', 403],
    ['department_head', 403],
    ['management', 403],
  ] as const)('refuses the user list and user changes to %s', async (role, status) => {
    const agent = await t.signIn(role);
    await agent.get('/api/v1/users').expect(status);
    await agent
      .post('/api/v1/users')
      .send({ email: 'x@example.org', name: 'X Y', role: 'team' })
      .expect(status);
    const someone = (await admin.get('/api/v1/users')).body[0] as UserDto;
    await agent
      .patch(`/api/v1/users/${someone.id}`)
      .send({ version: someone.version, name: 'Hacked' })
      .expect(status);
    expect((await admin.get('/api/v1/users')).body[0].name).toBe(someone.name);
  });

  it('refuses the user admin endpoints to visitors who are not signed in', async () => {
    await t.anonymous().get('/api/v1/users').expect(401);
    await t.anonymous().post('/api/v1/users').send({}).expect(401);
  });

  it('lets an admin create a department head for a department, with an audit event', async () => {
    const amt = byName('Umweltamt');
    const res = await admin
      .post('/api/v1/users')
      .send({
        email: 'Leitung.Umwelt@Stadt.example',
        name: 'Uwe Umwelt',
        role: 'department_head',
        departmentIds: [amt.id],
        password: 'sehr-geheim-1',
      })
      .expect(201);
    expect(res.body.user).toMatchObject({
      email: 'leitung.umwelt@stadt.example',
      departmentIds: [amt.id],
      active: true,
    });
    expect(res.body.invitePath).toBeUndefined();

    const audit = await admin.get(`/api/v1/audit?entity=user&entityId=${res.body.user.id}`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Alex Admin' });
    expect(audit.body[0].diff.role).toEqual({ before: null, after: 'department_head' });
    expect(audit.body[0].diff.passwordHash).toEqual({ before: null, after: '[secret]' });

    const head = await t.signInAs('leitung.umwelt@stadt.example', 'sehr-geheim-1');
    const seen = (await head.get('/api/v1/departments').expect(200)).body as DepartmentDto[];
    expect(seen.map((d) => d.name)).toEqual(['Umweltamt']);
  });

  it('invites a user without a password; the link works once', async () => {
    const res = await admin
      .post('/api/v1/users')
      .send({ email: 'neu@stadt.example', name: 'Nina Neu', role: 'team' })
      .expect(201);
    expect(res.body.user.invitationPending).toBe(true);
    const token = res.body.invitePath.replace('/invite/', '');
    await t
      .anonymous()
      .post('/api/v1/auth/login')
      .send({ email: 'neu@stadt.example', password: 'anything-at-all' })
      .expect(401);

    const invited = t.anonymous();
    await invited.post('/api/v1/auth/invite').send({ token, password: 'kurz' }).expect(400);
    const accepted = await invited
      .post('/api/v1/auth/invite')
      .send({ token, password: 'mein-neues-passwort' })
      .expect(200);
    expect(accepted.body.user.email).toBe('neu@stadt.example');
    await invited.get('/api/v1/auth/me').expect(200);
    await t
      .anonymous()
      .post('/api/v1/auth/invite')
      .send({ token, password: 'noch-ein-passwort' })
      .expect(401);
  });

  it('refuses a second user with the same email with 400 naming the field and the reason', async () => {
    const res = await admin
      .post('/api/v1/users')
      .send({ email: 'TEAM@demo.datenlotse.de', name: 'Doppelt', role: 'team' })
      .expect(400);
    expect(res.body.fields).toEqual({ email: ['already in use'] });
    expect(res.body.codes).toEqual({ email: ['alreadyInUse'] });
  });

  it('names the fields of a bad user and writes nothing', async () => {
    const before = (await admin.get('/api/v1/users')).body.length;
    const res = await admin
      .post('/api/v1/users')
      .send({ email: 'kaputt', name: '', role: 'king', password: 'short' })
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(res.body.codes.email).toEqual(['isEmail']);
    expect(res.body.codes.role).toEqual(['isIn']);
    const wrongDepartment = await admin
      .post('/api/v1/users')
      .send({
        email: 'ok@stadt.example',
        name: 'Okay',
        role: 'team',
        departmentIds: [byName('Kulturamt').id],
      })
      .expect(400);
    expect(wrongDepartment.body.fields).toEqual({ departmentIds: ['only for the role department_head'] });
    expect((await admin.get('/api/v1/users')).body.length).toBe(before);
  });

  it('answers a stale version with 409 and the current record, and keeps the newer edit', async () => {
    const users = (await admin.get('/api/v1/users')).body as UserDto[];
    const team = users.find((u) => u.role === 'team' && u.email === 'team@demo.datenlotse.de')!;
    const first = await admin
      .patch(`/api/v1/users/${team.id}`)
      .send({ version: team.version, name: 'Tara Team-Neu' })
      .expect(200);
    expect(first.body.version).toBe(team.version + 1);
    const stale = await admin
      .patch(`/api/v1/users/${team.id}`)
      .send({ version: team.version, name: 'Old Name' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ name: 'Tara Team-Neu', version: team.version + 1 });
    const audit = await admin.get(`/api/v1/audit?entity=user&entityId=${team.id}`).expect(200);
    expect(audit.body.find((e: { action: string }) => e.action === 'update').diff).toEqual({
      name: { before: 'Tara Team', after: 'Tara Team-Neu' },
    });
  });

  it('deactivates a user: the open session ends and sign-in is refused', async () => {
    const session = await t.signIn('management');
    const users = (await admin.get('/api/v1/users')).body as UserDto[];
    const management = users.find((u) => u.role === 'management')!;
    await admin
      .patch(`/api/v1/users/${management.id}`)
      .send({ version: management.version, active: false })
      .expect(200);
    await session.get('/api/v1/auth/me').expect(401);
    await expect(t.signIn('management')).rejects.toThrow(/401/);
  });

  it('keeps admins from locking themselves out', async () => {
    const me = (await admin.get('/api/v1/auth/me')).body.user;
    const self = ((await admin.get('/api/v1/users')).body as UserDto[]).find((u) => u.id === me.id)!;
    const res = await admin
      .patch(`/api/v1/users/${self.id}`)
      .send({ version: self.version, active: false })
      .expect(400);
    expect(res.body.fields).toHaveProperty('active');
    await admin.patch(`/api/v1/users/${self.id}`).send({ version: self.version, role: 'team' }).expect(400);
  });

  it('shows a department head only their department and its sub-units', async () => {
    const head = await t.signIn('department_head');
    const seen = ((await head.get('/api/v1/departments').expect(200)).body as DepartmentDto[])
      .map((d) => d.name)
      .sort();
    expect(seen).toEqual([
      'Abteilung Einsatzvorbereitung und Bevölkerungsschutz',
      'Feuerwehr, Rettungsdienst und Bevölkerungsschutz',
    ]);
    const management = await t.signIn('team');
    expect((await management.get('/api/v1/departments').expect(200)).body.length).toBe(departments.length);
  });

  it('edits a department head and moves them to another department', async () => {
    const head = ((await admin.get('/api/v1/users')).body as UserDto[]).find(
      (u) => u.role === 'department_head',
    )!;
    const moved = await admin
      .patch(`/api/v1/users/${head.id}`)
      .send({ version: head.version, locale: 'en', departmentIds: [byName('Kulturamt').id] })
      .expect(200);
    expect(moved.body).toMatchObject({ locale: 'en', departmentIds: [byName('Kulturamt').id] });
    const back = await admin
      .patch(`/api/v1/users/${head.id}`)
      .send({ version: moved.body.version, departmentIds: [head.departmentIds[0]] })
      .expect(200);
    expect(back.body.departmentIds).toEqual(head.departmentIds);
  });

  it('answers 404 for an unknown user and 400 for an id that is no uuid', async () => {
    await admin
      .patch('/api/v1/users/6f1c1d7e-0000-4000-8000-000000000000')
      .send({ version: 1, name: 'Niemand' })
      .expect(404);
    await admin.patch('/api/v1/users/not-a-uuid').send({ version: 1 }).expect(400);
  });

  it('lists the active team members for pickers to every role, without heads, management or the inactive', async () => {
    const created = await admin
      .post('/api/v1/users')
      .send({
        email: 'ehemals@example.org',
        name: 'Ehemalige Kollegin',
        role: 'team',
        password: 'lang-genug-123',
      })
      .expect(201);
    const user = created.body.user as UserDto;
    await admin.patch(`/api/v1/users/${user.id}`).send({ version: user.version, active: false }).expect(200);

    const head = await t.signIn('department_head');
    const members = (await head.get('/api/v1/users/team').expect(200)).body as {
      name: string;
      role: string;
    }[];
    const names = members.map((m) => m.name);
    expect(names).toContain('Alex Admin');
    expect(names).toContain('Nina Neu'); // the team member created above in this file
    expect(names).not.toContain('Dr. Hanna Brandt');
    expect(names).not.toContain('Martin Management');
    expect(names).not.toContain('Ehemalige Kollegin');
    expect(Object.keys(members[0]).sort()).toEqual(['id', 'name', 'role']);
  });
});
