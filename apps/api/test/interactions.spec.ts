import { CursorPage, DepartmentDto, InteractionDto, TimelineEntry } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';
const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

/** An ISO date-time `days` days ago (negative: ahead). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('interactions (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let teamUserId: string;
  let all: DepartmentDto[];
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    teamUserId = (await team.get('/api/v1/auth/me').expect(200)).body.user.id;
    all = (await team.get('/api/v1/departments').expect(200)).body;
  });
  afterAll(() => t.close());

  const byName = (name: string) => all.find((d) => d.name === name)!;
  const department = async (id: string): Promise<DepartmentDto> =>
    (await team.get(`/api/v1/departments/${id}`).expect(200)).body;
  const contactLastContact = async (id: string): Promise<Date | null> => {
    const [row] = await t.app
      .get(DataSource)
      .query('SELECT last_contact_at FROM contact WHERE id = $1', [id]);
    return row.last_contact_at;
  };

  it('logs a meeting with departments, contacts and team members, and the department counts as contacted', async () => {
    const amt = await newDepartment(team, 'Amt für Luftreinhaltung');
    expect(amt).toMatchObject({ derivedStage: 'not_contacted', lastContactAt: null });
    const contactId = await insertContact(t, amt.id, 'Dr. Anna Beispiel');
    const occurredAt = daysAgo(3);
    const res = await team
      .post('/api/v1/interactions')
      .send({
        type: 'meeting',
        occurredAt,
        summary: ' Erstgespräch über Luftmessdaten ',
        departmentIds: [amt.id],
        contactIds: [contactId],
        userIds: [teamUserId],
      })
      .expect(201);
    expect(res.body).toMatchObject({
      type: 'meeting',
      occurredAt,
      summary: 'Erstgespräch über Luftmessdaten',
      departments: [{ id: amt.id, name: 'Amt für Luftreinhaltung' }],
      contacts: [{ id: contactId, name: 'Dr. Anna Beispiel' }],
      users: [{ id: teamUserId, name: 'Tara Team' }],
      createdByUserId: teamUserId,
      version: 1,
    });
    await team.get(`/api/v1/interactions/${res.body.id}`).expect(200, res.body);
    expect(await department(amt.id)).toMatchObject({
      derivedStage: 'contacted',
      engagementStage: 'contacted',
      lastContactAt: occurredAt,
    });
    expect((await contactLastContact(contactId))?.toISOString()).toBe(occurredAt);
    const audit = await team.get(`/api/v1/audit?entity=interaction&entityId=${res.body.id}`).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
  });

  it('keeps the newest past interaction as last contact; a meeting tonight does not count before it happens', async () => {
    const amt = await newDepartment(team, 'Amt für Jugendfragen');
    const contactId = await insertContact(t, amt.id, 'Jonas Jugend');
    const older = daysAgo(10);
    const newer = daysAgo(2);
    for (const occurredAt of [newer, older, daysAgo(-0.5)]) {
      await team
        .post('/api/v1/interactions')
        .send({
          type: 'call',
          occurredAt,
          summary: 'Rückruf',
          departmentIds: [amt.id],
          contactIds: [contactId],
        })
        .expect(201);
    }
    expect((await department(amt.id)).lastContactAt).toBe(newer);
    expect((await contactLastContact(contactId))?.toISOString()).toBe(newer);
  });

  it('moves last contact and stage back when an interaction is moved or deleted', async () => {
    const amt = await newDepartment(team, 'Amt für Sportstätten');
    const created = await team
      .post('/api/v1/interactions')
      .send({
        type: 'email',
        occurredAt: daysAgo(5),
        summary: 'Anfrage Sportstätten',
        departmentIds: [amt.id],
      })
      .expect(201);
    const movedTo = daysAgo(1);
    const moved = await team
      .patch(`/api/v1/interactions/${created.body.id}`)
      .send({ version: 1, occurredAt: movedTo })
      .expect(200);
    expect(moved.body).toMatchObject({ occurredAt: movedTo, version: 2 });
    expect((await department(amt.id)).lastContactAt).toBe(movedTo);

    await team.delete(`/api/v1/interactions/${created.body.id}`).expect(204);
    await team.get(`/api/v1/interactions/${created.body.id}`).expect(404);
    expect(await department(amt.id)).toMatchObject({ derivedStage: 'not_contacted', lastContactAt: null });
  });

  it('relinks an interaction to other departments and updates both', async () => {
    const from = await newDepartment(team, 'Amt für Gewerbesteuer');
    const to = await newDepartment(team, 'Kämmerei Nord');
    const created = await team
      .post('/api/v1/interactions')
      .send({ type: 'note', occurredAt: daysAgo(4), summary: 'Notiz', departmentIds: [from.id] })
      .expect(201);
    const relinked = await team
      .patch(`/api/v1/interactions/${created.body.id}`)
      .send({ version: 1, departmentIds: [to.id] })
      .expect(200);
    expect(relinked.body.departments).toEqual([{ id: to.id, name: 'Kämmerei Nord' }]);
    expect((await department(from.id)).derivedStage).toBe('not_contacted');
    expect((await department(to.id)).derivedStage).toBe('contacted');
  });

  it('names unknown departments, contacts and users, and writes nothing', async () => {
    const amt = await newDepartment(team, 'Amt für Bühnen');
    const send = (body: object) =>
      team
        .post('/api/v1/interactions')
        .send({
          type: 'call',
          occurredAt: daysAgo(1),
          summary: 'Telefonat',
          departmentIds: [amt.id],
          ...body,
        })
        .expect(400);
    expect((await send({ departmentIds: [amt.id, UNKNOWN_ID] })).body.codes).toEqual({
      departmentIds: ['unknownReference'],
    });
    expect((await send({ contactIds: [UNKNOWN_ID] })).body.codes).toEqual({
      contactIds: ['unknownReference'],
    });
    expect((await send({ userIds: [UNKNOWN_ID] })).body.codes).toEqual({ userIds: ['unknownReference'] });
    expect((await department(amt.id)).derivedStage).toBe('not_contacted');
  });

  it('names invalid fields', async () => {
    const res = await team
      .post('/api/v1/interactions')
      .send({ type: 'visit', occurredAt: '2025-03-01', summary: '   ', departmentIds: [] })
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['departmentIds', 'occurredAt', 'summary', 'type']);
    const ahead = await team
      .post('/api/v1/interactions')
      .send({
        type: 'meeting',
        occurredAt: daysAgo(-3),
        summary: 'Planung',
        departmentIds: [byName('Kulturamt').id],
      })
      .expect(400);
    expect(ahead.body.codes).toEqual({ occurredAt: ['notFarInFuture'] });
  });

  it('answers a stale version with 409 and the current interaction', async () => {
    const amt = await newDepartment(team, 'Amt für Trauungen');
    const created = await team
      .post('/api/v1/interactions')
      .send({ type: 'call', occurredAt: daysAgo(1), summary: 'Erster Anruf', departmentIds: [amt.id] })
      .expect(201);
    await team
      .patch(`/api/v1/interactions/${created.body.id}`)
      .send({ version: 1, summary: 'Erster Anruf, Rückruf vereinbart' })
      .expect(200);
    const stale = await team
      .patch(`/api/v1/interactions/${created.body.id}`)
      .send({ version: 1, summary: 'überschrieben' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ summary: 'Erster Anruf, Rückruf vereinbart', version: 2 });
  });

  it('shows a department head interactions with their departments only', async () => {
    const head = await t.signIn('department_head');
    const feuerwehr = await newDepartment(team, 'Löschzug Nord', byName(FEUERWEHR).id, 'abteilung');
    const kultur = byName('Kulturamt');
    const shared = (
      await team
        .post('/api/v1/interactions')
        .send({
          type: 'meeting',
          occurredAt: daysAgo(1),
          summary: 'Gemeinsame Runde',
          departmentIds: [feuerwehr.id, kultur.id],
        })
        .expect(201)
    ).body as InteractionDto;
    const other = (
      await team
        .post('/api/v1/interactions')
        .send({
          type: 'meeting',
          occurredAt: daysAgo(1),
          summary: 'Kulturthemen',
          departmentIds: [kultur.id],
        })
        .expect(201)
    ).body as InteractionDto;
    const seen = await head.get(`/api/v1/interactions/${shared.id}`).expect(200);
    expect(seen.body.departments.map((d: { id: string }) => d.id)).toEqual([feuerwehr.id]);
    await head.get(`/api/v1/interactions/${other.id}`).expect(404);
    await head
      .post('/api/v1/interactions')
      .send({ type: 'call', occurredAt: daysAgo(1), summary: 'x', departmentIds: [feuerwehr.id] })
      .expect(403);
  });
});

describe('a department timeline (HTTP)', () => {
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
  const timeline = (id: string, query = '') => `/api/v1/departments/${id}/timeline${query}`;
  const entryId = (e: TimelineEntry) => (e.kind === 'interaction' ? e.interaction.id : e.event.id);

  it('merges interactions with the events of the department, its contacts and tasks, newest first', async () => {
    const amt = await newDepartment(team, 'Amt für Hygiene');
    const contact = (
      await team.post('/api/v1/contacts').send({ departmentId: amt.id, name: 'Gesa Gesund' }).expect(201)
    ).body;
    await team
      .post('/api/v1/interactions')
      .send({
        type: 'talk',
        occurredAt: daysAgo(30),
        summary: 'Vortrag',
        departmentIds: [amt.id],
        contactIds: [contact.id],
      })
      .expect(201);
    await team
      .patch(`/api/v1/departments/${amt.id}`)
      .send({ version: amt.version, notes: 'Kontakt über Vortrag' })
      .expect(200);
    await team
      .post('/api/v1/tasks')
      .send({ title: 'Datenliste schicken', linkEntity: 'contact', linkId: contact.id })
      .expect(201);
    const page: CursorPage<TimelineEntry> = (await team.get(timeline(amt.id)).expect(200)).body;
    expect(page.nextCursor).toBeNull();
    const summary = page.items.map((e) =>
      e.kind === 'interaction' ? `interaction ${e.interaction.type}` : `${e.event.entity} ${e.event.action}`,
    );
    // The talk was a month ago; the unit was created, given a contact, contacted (by logging the talk),
    // edited and given a task since.
    expect(summary).toEqual([
      'task create',
      'department update',
      'department transition',
      'contact create',
      'department create',
      'interaction talk',
    ]);
    const [task, , transition] = page.items;
    expect(task.kind === 'event' && task.event.actorName).toBe('Tara Team');
    expect(transition.kind === 'event' && transition.event.diff).toEqual({
      derivedStage: { before: 'not_contacted', after: 'contacted' },
    });

    await team.post(`/api/v1/contacts/${contact.id}/erase`).expect(200);
    const after: CursorPage<TimelineEntry> = (await team.get(timeline(amt.id)).expect(200)).body;
    const talk = after.items.find((e) => e.kind === 'interaction');
    expect(talk?.kind === 'interaction' && talk.interaction.contacts).toEqual([
      { id: contact.id, name: null },
    ]);
    const contactEvents = after.items.filter((e) => e.kind === 'event' && e.event.entity === 'contact');
    expect(JSON.stringify(contactEvents)).not.toContain('Gesa');
  });

  it('walks all pages without repeating or skipping an entry, filtered by type', async () => {
    const amt = await newDepartment(team, 'Amt für Bauanträge');
    const sameInstant = daysAgo(2);
    for (let i = 0; i < 22; i++) {
      await team
        .post('/api/v1/interactions')
        .send({
          type: i % 2 === 0 ? 'meeting' : 'call',
          // three interactions at the very same instant: the cursor must tell them apart
          occurredAt: i < 3 ? sameInstant : daysAgo(3 + i),
          summary: `Eintrag ${i}`,
          departmentIds: [amt.id],
        })
        .expect(201);
    }
    for (const notes of ['eins', 'zwei']) {
      const current = (await team.get(`/api/v1/departments/${amt.id}`)).body as DepartmentDto;
      await team.patch(`/api/v1/departments/${amt.id}`).send({ version: current.version, notes }).expect(200);
    }
    const all = await walk(amt.id, '');
    expect(all).toHaveLength(26); // 22 interactions; the unit's creation, 2 edits, 1 stage change
    expect(new Set(all.map(entryId)).size).toBe(26);
    const times = all.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const calls = await walk(amt.id, '&types=call');
    expect(calls).toHaveLength(11);
    expect(calls.every((e) => e.kind === 'interaction' && e.interaction.type === 'call')).toBe(true);
    const events = await walk(amt.id, '&types=system,meeting');
    expect(events).toHaveLength(15);
  });

  async function walk(departmentId: string, filter: string): Promise<TimelineEntry[]> {
    const entries: TimelineEntry[] = [];
    let cursor: string | null = null;
    do {
      const query = `?limit=4${filter}${cursor ? `&cursor=${cursor}` : ''}`;
      const page: CursorPage<TimelineEntry> = (await team.get(timeline(departmentId, query)).expect(200))
        .body;
      expect(page.items.length).toBeLessThanOrEqual(4);
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return entries;
  }

  it('names a bad cursor, type or limit', async () => {
    const amt = byName('Kulturamt');
    const bad = async (query: string) => (await team.get(timeline(amt.id, query)).expect(400)).body.fields;
    expect(Object.keys(await bad('?cursor=abc'))).toEqual(['cursor']);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'event', UNKNOWN_ID])).toString('base64url');
    expect(Object.keys(await bad(`?cursor=${forged}`))).toEqual(['cursor']);
    expect(Object.keys(await bad('?types=meeting,visit'))).toEqual(['types']);
    expect(Object.keys(await bad('?limit=101'))).toEqual(['limit']);
    await team.get(timeline(UNKNOWN_ID)).expect(404);
  });

  it('shows a department head the timeline of their departments only', async () => {
    const head = await t.signIn('department_head');
    await head.get(timeline(byName(FEUERWEHR).id)).expect(200);
    await head.get(timeline(byName('Kulturamt').id)).expect(404);
  });
});
