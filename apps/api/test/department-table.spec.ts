import {
  DepartmentDto,
  DepartmentRowDto,
  ENGAGEMENT_STAGES,
  Page,
  TeamMemberDto,
} from '@datenlotse/contracts';
import ExcelJS from 'exceljs';
import TestAgent from 'supertest/lib/agent';
import { binary, csvDataLines } from './downloads';
import { startTestApp, TestApp } from './test-app';

const DEZ_03 = 'Dezernat für Recht, Ordnung und Feuerwehr';
const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';

describe('departments: the table and its export (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let all: DepartmentDto[];
  let tara: TeamMemberDto;

  const byName = (name: string) => all.find((d) => d.name === name)!;
  const table = async (query: string, agent = team): Promise<Page<DepartmentRowDto>> =>
    (await agent.get(`/api/v1/departments/table?${query}`).expect(200)).body;
  const names = (page: Page<DepartmentRowDto>) => page.items.map((r) => r.name);

  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    all = (await team.get('/api/v1/departments').expect(200)).body;
    tara = ((await team.get('/api/v1/users/team')).body as TeamMemberDto[]).find(
      (m) => m.name === 'Tara Team',
    )!;
    const edit = (name: string, changes: object) =>
      team
        .patch(`/api/v1/departments/${byName(name).id}`)
        .send({ version: byName(name).version, ...changes })
        .expect(200);
    await edit('Kulturamt', { ownerUserId: tara.id });
    await edit('Umweltamt', { ownerUserId: tara.id, tags: ['Testlauf Geodaten'] });
    await edit('Stadtentwässerungsbetrieb', { tags: ['Testlauf KRITIS', 'Testlauf Geodaten'] });
    const feuerwehr = (await edit(FEUERWEHR, { tags: ['testlauf kritis'] })).body as DepartmentDto;
    await team
      .patch(`/api/v1/departments/${feuerwehr.id}/stage`)
      .send({ version: feuerwehr.version, stage: 'agreement', reason: 'Vereinbarung per Mail' })
      .expect(200);
    await team
      .post(`/api/v1/departments/${byName('Stadtarchiv').id}/archive`)
      .send({ version: byName('Stadtarchiv').version })
      .expect(200);
  });
  afterAll(() => t.close());

  it('lists the units of a Dezernat by name, each with its Dezernat, however deep', async () => {
    const page = await table(`dezernatId=${byName(DEZ_03).id}`);
    expect(names(page)).toEqual([
      'Abteilung Einsatzvorbereitung und Bevölkerungsschutz',
      DEZ_03,
      FEUERWEHR,
      'Ordnungsamt',
      'Rechtsamt',
      'Standesamt',
    ]);
    expect(page.total).toBe(6);
    expect(new Set(page.items.map((r) => r.dezernatName))).toEqual(new Set([DEZ_03]));
    const feuerwehr = page.items.find((r) => r.name === FEUERWEHR)!;
    expect(feuerwehr).toMatchObject({
      shortName: 'Amt 37',
      kind: 'amt',
      dezernatId: byName(DEZ_03).id,
      engagementStage: 'agreement',
      stageOverridden: true,
      tags: ['testlauf kritis'],
      archivedAt: null,
    });
  });

  it('finds units by the start of words of their name or by their short name', async () => {
    expect(names(await table('q=Feuerw'))).toEqual([DEZ_03, FEUERWEHR]);
    expect(names(await table('q=12%2F2'))).toEqual([
      'Abteilung Statistik und Stadtforschung',
      'Sachgebiet Open Data',
    ]);
    expect((await table('q=Rettungsw')).total).toBe(0);
  });

  it('filters by kind, owner, tag and stage', async () => {
    const dezernate = await table('kind=dezernat');
    expect(dezernate.total).toBe(8);
    expect(dezernate.items.every((r) => r.kind === 'dezernat' && r.dezernatId === r.id)).toBe(true);
    const everything = (await table('limit=200')).items;
    const owned = await table(`owner=${tara.id}&limit=200`);
    expect(names(owned)).toEqual(everything.filter((r) => r.ownerUserId === tara.id).map((r) => r.name));
    expect(names(owned)).toEqual(expect.arrayContaining(['Kulturamt', 'Umweltamt']));
    expect(owned.items.every((r) => r.ownerName === 'Tara Team')).toBe(true);
    const unowned = await table('owner=none&limit=200');
    expect(names(unowned)).toEqual(everything.filter((r) => r.ownerUserId === null).map((r) => r.name));
    expect(unowned.total).toBeGreaterThan(0);
    expect(names(await table('tag=TESTLAUF%20KRITIS'))).toEqual([FEUERWEHR, 'Stadtentwässerungsbetrieb']);
    expect(names(await table('stage=agreement'))).toContain(FEUERWEHR);
    expect(
      (await table('stage=agreement&limit=200')).items.every((r) => r.engagementStage === 'agreement'),
    ).toBe(true);
  });

  it('filters by days without contact, counting never-contacted units', async () => {
    const everything = await table('limit=200');
    const monthAgo = Date.now() - 30 * 86_400_000;
    const expected = everything.items
      .filter((r) => r.lastContactAt === null || Date.parse(r.lastContactAt) < monthAgo)
      .map((r) => r.name);
    const quiet = await table('noContactDays=30&limit=200');
    expect(names(quiet)).toEqual(expected);
    expect(quiet.total).toBeGreaterThan(0);
  });

  it('sorts by stage, owner and Dezernat, empty values last either way', async () => {
    const byStage = (await table('sort=stage&order=desc&limit=200')).items;
    const ranks = byStage.map((r) => ENGAGEMENT_STAGES.indexOf(r.engagementStage));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(byStage[0].engagementStage).not.toBe('not_contacted');

    const byOwner = (await table('sort=owner&limit=200')).items;
    const firstUnowned = byOwner.findIndex((r) => r.ownerName === null);
    expect(byOwner.slice(0, firstUnowned).map((r) => r.name)).toEqual(
      expect.arrayContaining(['Kulturamt', 'Umweltamt']),
    );
    expect(byOwner.slice(firstUnowned).every((r) => r.ownerName === null)).toBe(true);

    const ascending = (await table('sort=dezernat&limit=200')).items;
    const descending = (await table('sort=dezernat&order=desc&limit=200')).items;
    for (const rows of [ascending, descending]) {
      expect(rows[rows.length - 1]).toMatchObject({
        name: 'Verkehrsbetrieb (Rheinbahn-ähnlich)',
        dezernatName: null,
      });
    }
    // the database's collation decides the order; descending must be ascending reversed
    const dezernatNames = (rows: DepartmentRowDto[]) => rows.slice(0, -1).map((r) => r.dezernatName);
    expect(dezernatNames(descending)).toEqual(dezernatNames(ascending).reverse());
    expect(ascending[0].dezernatName).toBe('Dezernat des Oberbürgermeisters');
    // each Dezernat's units come together
    const runs = dezernatNames(ascending).filter((name, i, names) => i === 0 || names[i - 1] !== name);
    expect(runs).toHaveLength(8);
  });

  it('pages without overlap, with the total of the whole view', async () => {
    const whole = await table('sort=dezernat&limit=200');
    const second = await table('sort=dezernat&limit=10&offset=10');
    expect(second.total).toBe(whole.total);
    expect(second.items.map((r) => r.id)).toEqual(whole.items.slice(10, 20).map((r) => r.id));
    expect(whole.total).toBe(all.length - 1);
  });

  it('leaves archived units out unless asked for them', async () => {
    expect(names(await table('q=Stadtarchiv'))).toEqual([]);
    const archived = await table('q=Stadtarchiv&includeArchived=true');
    expect(archived.items).toEqual([
      expect.objectContaining({ name: 'Stadtarchiv', archivedAt: expect.any(String) }),
    ]);
  });

  it('shows a department head only their subtree', async () => {
    const head = await t.signIn('department_head');
    const page = await table('limit=200', head);
    expect(names(page)).toEqual(['Abteilung Einsatzvorbereitung und Bevölkerungsschutz', FEUERWEHR]);
    expect(page.total).toBe(2);
  });

  it('names wrong query parameters', async () => {
    const res = await team
      .get('/api/v1/departments/table?limit=500&sort=size&owner=someone&stage=famous')
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['limit', 'owner', 'sort', 'stage']);
  });

  it('exports the view as CSV for German Excel: BOM, semicolons, German headers, filters applied', async () => {
    const res = await team
      .get('/api/v1/departments/table/export?format=csv&kind=dezernat&sort=name')
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="organisationseinheiten-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Name;Kurzname;Art;Dezernat;Verantwortlich;Phase;Phase manuell gesetzt;Schlagwörter;' +
        'Letzter Kontakt;Kontakte;Offene Aufgaben;Archiviert am',
    );
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(8);
    expect(
      rows[0].startsWith('Dezernat des Oberbürgermeisters;Dez. OB;Dezernat;Dezernat des Oberbürgermeisters;'),
    ).toBe(true);
    expect(rows.every((r) => r.split(';').length === 12)).toBe(true);
    // a name with a comma needs no quotes; ; would
    expect(rows.some((r) => r.startsWith(`${DEZ_03};Dez. 03;`))).toBe(true);
  });

  it('writes days as dd.mm.yyyy and flags as ja/nein', async () => {
    const res = await team
      .get('/api/v1/departments/table/export?format=csv&includeArchived=true&q=Stadtarchiv')
      .expect(200);
    const [stadtarchiv] = csvDataLines(res.text).map((r) => r.split(';'));
    expect(stadtarchiv[0]).toBe('Stadtarchiv');
    expect(stadtarchiv[6]).toBe('nein');
    expect(stadtarchiv[11]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  });

  it('exports XLSX that opens with the rows of the view', async () => {
    const res = await team
      .get(`/api/v1/departments/table/export?format=xlsx&dezernatId=${byName(DEZ_03).id}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-disposition']).toMatch(/organisationseinheiten-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.getWorksheet('Organisationseinheiten')!;
    const rows: string[] = [];
    sheet.eachRow((row) => rows.push(String(row.getCell(1).value)));
    expect(rows).toEqual([
      'Name',
      'Abteilung Einsatzvorbereitung und Bevölkerungsschutz',
      DEZ_03,
      FEUERWEHR,
      'Ordnungsamt',
      'Rechtsamt',
      'Standesamt',
    ]);
    expect(sheet.getRow(4).getCell(6).value).toBe('Vereinbarung');
  });

  it('exports for a department head only their subtree, and needs a format', async () => {
    const head = await t.signIn('department_head');
    const res = await head.get('/api/v1/departments/table/export?format=csv').expect(200);
    expect(csvDataLines(res.text).map((r) => r.split(';')[0])).toEqual([
      'Abteilung Einsatzvorbereitung und Bevölkerungsschutz',
      FEUERWEHR,
    ]);
    const bad = await team.get('/api/v1/departments/table/export?format=pdf').expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['format']);
  });
});
