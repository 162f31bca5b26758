import { DepartmentDto, SearchHit, SearchResponse } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

describe('search (HTTP)', () => {
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
  const search = async (agent: TestAgent, q: string): Promise<SearchHit[]> =>
    ((await agent.get('/api/v1/search').query({ q }).expect(200)).body as SearchResponse).hits;
  const newContact = async (departmentId: string, name: string, title?: string) =>
    (await team.post('/api/v1/contacts').send({ departmentId, name, title }).expect(201)).body;

  it('finds the Feuerwehr first while the word is still being typed', async () => {
    const hits = await search(team, 'Feuerw');
    expect(hits[0]).toMatchObject({
      kind: 'department',
      id: byName(FEUERWEHR).id,
      title: FEUERWEHR,
      subtitle: 'Amt 37',
      category: 'amt',
      departmentId: byName(FEUERWEHR).id,
    });
    expect(hits.map((h) => h.title)).toContain('Dezernat für Recht, Ordnung und Feuerwehr');
    const ranks = hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('finds a contact by the beginning of the surname, with the department as subtitle', async () => {
    const amt = await newDepartment(team, 'Amt für Wasserwirtschaft');
    const contact = await newContact(amt.id, 'Dr. Annegret Quirinius', 'Sachgebietsleiterin');
    const hits = await search(team, 'quirin');
    expect(hits).toEqual([
      {
        kind: 'contact',
        id: contact.id,
        title: 'Dr. Annegret Quirinius',
        subtitle: 'Amt für Wasserwirtschaft · Sachgebietsleiterin',
        category: null,
        occurredAt: null,
        departmentId: amt.id,
        rank: expect.any(Number),
      },
    ]);
    expect(await search(team, 'Annegret Quir')).toHaveLength(1);
    expect(await search(team, 'Annegret Zander')).toEqual([]);
  });

  it('finds an interaction by a word of its summary, also in another grammatical form', async () => {
    const amt = await newDepartment(team, 'Amt für Jugendförderung');
    const interaction = (
      await team
        .post('/api/v1/interactions')
        .send({
          type: 'meeting',
          occurredAt: '2025-03-12T10:00:00+01:00',
          summary: 'Besuch im Haus der Jugend: Besucherzahlen der Pegelmessstationen besprochen',
          departmentIds: [amt.id],
        })
        .expect(201)
    ).body;
    const expected = {
      kind: 'interaction',
      id: interaction.id,
      subtitle: null,
      category: 'meeting',
      occurredAt: interaction.occurredAt,
      departmentId: amt.id,
    };
    expect(await search(team, 'Pegelmess')).toEqual([expect.objectContaining(expected)]);
    // "Häusern" is not a prefix of "Haus": only the German stem finds it
    expect(await search(team, 'Häusern Jugend')).toEqual([expect.objectContaining(expected)]);
    // likewise "Ämtern" finds a unit called "Amt …"
    const kanal = await newDepartment(team, 'Amt für Kanalbau');
    expect((await search(team, 'Ämtern Kanal')).map((h) => h.id)).toEqual([kanal.id]);
  });

  it('leaves out erased contacts and archived departments', async () => {
    const amt = await newDepartment(team, 'Amt für Zwischenlager');
    const contact = await newContact(amt.id, 'Bertram Vergessmeinnicht');
    expect(await search(team, 'Vergessmein')).toHaveLength(1);
    await team.post(`/api/v1/contacts/${contact.id}/erase`).expect(200);
    expect(await search(team, 'Vergessmein')).toEqual([]);

    expect((await search(team, 'Zwischenlager')).map((h) => h.id)).toEqual([amt.id]);
    await team.post(`/api/v1/departments/${amt.id}/archive`).send({ version: amt.version }).expect(200);
    expect(await search(team, 'Zwischenlager')).toEqual([]);
  });

  it('finds for a department head only what lies in their departments', async () => {
    const head = await t.signIn('department_head');
    const ownUnit = await newDepartment(team, 'Löschzug Süd', byName(FEUERWEHR).id, 'abteilung');
    const own = await newContact(ownUnit.id, 'Xaver Zimmermannsthal');
    const other = await newContact(byName('Kulturamt').id, 'Xaver Zimmermannsfeld');
    await team
      .post('/api/v1/interactions')
      .send({
        type: 'call',
        occurredAt: '2025-03-14T09:00:00+01:00',
        summary: 'Xaver fragt nach Theaterkarten',
        departmentIds: [byName('Kulturamt').id],
        contactIds: [other.id],
      })
      .expect(201);

    const teamHits = await search(team, 'Xaver');
    expect(teamHits.map((h) => h.kind).sort()).toEqual(['contact', 'contact', 'interaction']);
    const headHits = await search(head, 'Xaver');
    expect(headHits.map((h) => h.id)).toEqual([own.id]);
    expect(await search(head, 'Kulturamt')).toEqual([]);
    expect((await search(head, 'Löschzug')).map((h) => h.id)).toEqual([ownUnit.id]);
  });

  it('answers too little with no hits and too much with a 400 naming q', async () => {
    expect((await team.get('/api/v1/search?q=F').expect(200)).body).toEqual({ query: 'F', hits: [] });
    expect((await team.get('/api/v1/search').expect(200)).body).toEqual({ query: '', hits: [] });
    expect((await team.get('/api/v1/search').query({ q: '-- ! --' }).expect(200)).body.hits).toEqual([]);
    const tooLong = await team
      .get('/api/v1/search')
      .query({ q: 'x'.repeat(201) })
      .expect(400);
    expect(Object.keys(tooLong.body.fields)).toEqual(['q']);
    // tsquery syntax typed into the box is just text
    await team.get('/api/v1/search').query({ q: "Feuer & | ! :* ' (" }).expect(200);
  });
});
