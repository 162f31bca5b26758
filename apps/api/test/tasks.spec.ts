import { DepartmentDto, TaskDto, TaskPage } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';
const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

/** The date `days` days from today in Berlin (YYYY-MM-DD), as the API counts overdue. */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

describe('follow-up tasks (HTTP)', () => {
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
  const createTask = async (agent: TestAgent, body: object): Promise<TaskDto> =>
    (await agent.post('/api/v1/tasks').send(body).expect(201)).body;

  it('derives the department from the linked department, contact or interaction', async () => {
    const umwelt = await newDepartment(team, 'Umweltamt Süd');
    const verkehr = await newDepartment(team, 'Amt für Verkehrsmanagement Süd');
    const contactId = await insertContact(t, verkehr.id, 'Vera Verkehr');
    const interaction = (
      await team
        .post('/api/v1/interactions')
        .send({
          type: 'meeting',
          occurredAt: new Date().toISOString(),
          summary: 'Runder Tisch Luftreinhaltung',
          departmentIds: [verkehr.id, umwelt.id],
        })
        .expect(201)
    ).body;

    const onDepartment = await createTask(team, {
      title: 'Daten anfragen',
      linkEntity: 'department',
      linkId: umwelt.id,
    });
    expect(onDepartment).toMatchObject({
      departmentId: umwelt.id,
      linkLabel: 'Umweltamt Süd',
      status: 'open',
      overdue: false,
      completedAt: null,
      version: 1,
    });
    const onContact = await createTask(team, { title: 'Anrufen', linkEntity: 'contact', linkId: contactId });
    expect(onContact).toMatchObject({ departmentId: verkehr.id, linkLabel: 'Vera Verkehr' });
    const onInteraction = await createTask(team, {
      title: 'Protokoll schicken',
      linkEntity: 'interaction',
      linkId: interaction.id,
    });
    // the interaction lists its departments by name: "Amt für …" before "Umweltamt …"
    expect(onInteraction).toMatchObject({
      departmentId: verkehr.id,
      linkLabel: 'Runder Tisch Luftreinhaltung',
    });
    await team.get(`/api/v1/tasks/${onInteraction.id}`).expect(200, onInteraction);
    // the interaction cannot go while a task refers to it
    const refused = await team.delete(`/api/v1/interactions/${interaction.id}`).expect(409);
    expect(refused.body.message).toMatch(/task/);
    const audit = await team.get(`/api/v1/audit?entity=task&entityId=${onContact.id}`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
  });

  it('lists my open tasks overdue first, then by due date, undated last, and counts them for the badge', async () => {
    // a new team member, who has no demo tasks yet
    const credentials = { email: 'tessa.test@demo.datenlotse.de', password: 'aufgaben-ohne-ende' };
    await (
      await t.signIn('admin')
    )
      .post('/api/v1/users')
      .send({ ...credentials, name: 'Tessa Test', role: 'team' })
      .expect(201);
    const tessa = await t.signInAs(credentials.email, credentials.password);
    const me = (await tessa.get('/api/v1/auth/me')).body.user.id as string;
    expect((await tessa.get('/api/v1/tasks/count').expect(200)).body).toEqual({ open: 0, overdue: 0 });
    const undated = await createTask(tessa, { title: 'Irgendwann', assigneeUserId: me });
    const later = await createTask(tessa, { title: 'Später', dueAt: berlinDay(5), assigneeUserId: me });
    const overdue = await createTask(tessa, {
      title: 'Überfällig',
      dueAt: berlinDay(-1),
      assigneeUserId: me,
    });
    const today = await createTask(tessa, { title: 'Heute', dueAt: berlinDay(0), assigneeUserId: me });
    await createTask(tessa, { title: 'Für das Team', dueAt: berlinDay(-3) });
    expect(overdue.overdue).toBe(true);
    expect(today.overdue).toBe(false);

    const mine: TaskPage = (await tessa.get('/api/v1/tasks?assignee=me&status=open').expect(200)).body;
    expect(mine.items.map((task) => task.title)).toEqual(['Überfällig', 'Heute', 'Später', 'Irgendwann']);
    expect(mine.total).toBe(4);
    expect(mine.items[0].assigneeName).toBe('Tessa Test');
    expect((await tessa.get('/api/v1/tasks/count').expect(200)).body).toEqual({ open: 4, overdue: 1 });

    const done = await tessa
      .patch(`/api/v1/tasks/${overdue.id}`)
      .send({ version: overdue.version, status: 'done' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'done', overdue: false, version: 2 });
    expect(Date.parse(done.body.completedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await tessa.get('/api/v1/tasks/count').expect(200)).body).toEqual({ open: 3, overdue: 0 });
    const everything: TaskPage = (await tessa.get(`/api/v1/tasks?assignee=${me}`).expect(200)).body;
    expect(everything.items.map((task) => task.title)).toEqual([
      'Heute',
      'Später',
      'Irgendwann',
      'Überfällig',
    ]);

    const reopened = await tessa
      .patch(`/api/v1/tasks/${overdue.id}`)
      .send({ version: 2, status: 'open' })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', completedAt: null, overdue: true });
    const page = (await tessa.get('/api/v1/tasks?assignee=me&status=open&limit=2&offset=2').expect(200)).body;
    expect(page.items.map((task: TaskDto) => task.id)).toEqual([later.id, undated.id]);
  });

  it('names wrong fields and unknown references', async () => {
    const fields = async (body: object) =>
      (await team.post('/api/v1/tasks').send(body).expect(400)).body.codes as Record<string, string[]>;
    expect(
      Object.keys(
        await fields({ title: ' ', dueAt: '2025-02-30', linkEntity: 'dataset', linkId: 'x' }),
      ).sort(),
    ).toEqual(['dueAt', 'linkEntity', 'linkId', 'title']);
    expect(Object.keys(await fields({ title: 'Ohne Id', linkEntity: 'contact' }))).toEqual(['linkId']);
    expect(await fields({ title: 'Ins Leere', linkEntity: 'contact', linkId: UNKNOWN_ID })).toEqual({
      linkId: ['unknownReference'],
    });
    expect(await fields({ title: 'Für niemanden', assigneeUserId: UNKNOWN_ID })).toEqual({
      assigneeUserId: ['unknownReference'],
    });
    await team.get('/api/v1/tasks?assignee=someone').expect(400);
    await team.get(`/api/v1/tasks/${UNKNOWN_ID}`).expect(404);
  });

  it('answers a stale version with 409 and the current task, and deletes with an audit event', async () => {
    const task = await createTask(team, { title: 'Entwurf' });
    await team.patch(`/api/v1/tasks/${task.id}`).send({ version: 1, title: 'Entwurf prüfen' }).expect(200);
    const stale = await team.patch(`/api/v1/tasks/${task.id}`).send({ version: 1, title: 'alt' }).expect(409);
    expect(stale.body.current).toMatchObject({ title: 'Entwurf prüfen', version: 2 });
    await team.delete(`/api/v1/tasks/${task.id}`).expect(204);
    await team.get(`/api/v1/tasks/${task.id}`).expect(404);
    const audit = await team.get(`/api/v1/audit?entity=task&entityId=${task.id}`).expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it('shows a department head the tasks of their departments only, and lets them change none', async () => {
    const head = await t.signIn('department_head');
    const own = await createTask(team, {
      title: 'Sirenenstandorte',
      linkEntity: 'department',
      linkId: byName(FEUERWEHR).id,
    });
    const other = await createTask(team, {
      title: 'Theaterspielplan',
      linkEntity: 'department',
      linkId: byName('Kulturamt').id,
    });
    await head.get(`/api/v1/tasks/${own.id}`).expect(200);
    await head.get(`/api/v1/tasks/${other.id}`).expect(404);
    const listed: TaskPage = (await head.get('/api/v1/tasks?limit=200').expect(200)).body;
    expect(listed.items.map((task) => task.title)).toContain('Sirenenstandorte');
    const visible = new Set(
      ((await head.get('/api/v1/departments')).body as DepartmentDto[]).map((d) => d.id),
    );
    expect(listed.items.every((task) => task.departmentId && visible.has(task.departmentId))).toBe(true);
    expect(listed.total).toBe(listed.items.length);
    await head.post('/api/v1/tasks').send({ title: 'Eigene Aufgabe' }).expect(403);
    await head.patch(`/api/v1/tasks/${own.id}`).send({ version: 1, status: 'done' }).expect(403);
  });
});
