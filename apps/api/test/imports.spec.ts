import { DepartmentDto, ImportDto, ImportReport } from '@datenlotse/contracts';
import { Workbook } from 'exceljs';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './test-app';

/** Windows-1252 bytes for text whose characters all lie in Latin-1 (umlauts, ß). */
function windows1252(text: string): Buffer {
  if ([...text].some((c) => c.charCodeAt(0) > 0xff)) throw new Error('not Latin-1');
  return Buffer.from(text, 'latin1');
}

function utf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Einheiten');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('imports: CSV/XLSX with mapping, dry run, run in batches and undo (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let db: DataSource;
  let departments: DepartmentDto[];
  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    db = t.app.get(DataSource);
    departments = (await team.get('/api/v1/departments').expect(200)).body;
  });
  afterAll(() => t.close());

  const upload = (kind: string, file: Buffer, name: string, agent = team) =>
    agent.post(`/api/v1/imports?kind=${kind}`).attach('file', file, name);
  const count = async (table: string): Promise<number> =>
    Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  /** Polls the import until its background run has finished. */
  async function finished(id: string): Promise<ImportDto> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const res = await team.get(`/api/v1/imports/${id}`).expect(200);
      if (res.body.status !== 'running') return res.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Import ${id} did not finish`);
  }

  const CONTACTS_1252 = [
    'Name;Amt;Funktion;E-Mail;Telefon;Amtsleitung;Beziehung',
    'Jürgen Weiß;Amt 37;Sachgebietsleiter Einsatzplanung;j.weiss@demo.datenlotse.de;0211 89-37200;nein;persönlich bekannt',
    'Dr. Hanna Brandt;Feuerwehr, Rettungsdienst und Bevölkerungsschutz;Leiterin der Feuerwehr;AMTSLEITUNG@demo.datenlotse.de;;ja;',
    'Björn Müller;Amt 99;Sachbearbeiter;b.mueller@demo.datenlotse.de;;nein;kalt',
    'Grete Groß;Amt 62;Sachbearbeiterin Geodaten;j.weiss@demo.datenlotse.de;;vielleicht;vorgestellt',
    'Ömer Sen;Amt 62;;keine-adresse;;;',
  ].join('\r\n');

  it('reads a Windows-1252 CSV with ; and umlauts, and proposes a mapping from the German headers', async () => {
    const res = await upload('contacts', windows1252(CONTACTS_1252), 'kontakte.csv').expect(201);
    const dto: ImportDto = res.body;
    expect(dto).toMatchObject({
      kind: 'contacts',
      status: 'uploaded',
      rowCount: 5,
      fileName: 'kontakte.csv',
    });
    expect(dto.columns).toEqual(['Name', 'Amt', 'Funktion', 'E-Mail', 'Telefon', 'Amtsleitung', 'Beziehung']);
    expect(dto.sample[0]).toMatchObject({ Name: 'Jürgen Weiß', Beziehung: 'persönlich bekannt' });
    expect(dto.sample).toHaveLength(5);
    expect(dto.suggestedMapping).toEqual({
      name: 'Name',
      department: 'Amt',
      title: 'Funktion',
      email: 'E-Mail',
      phone: 'Telefon',
      isHead: 'Amtsleitung',
      relationship: 'Beziehung',
    });
  });

  it('reads a UTF-8 CSV with BOM, commas and quoted fields, mapping English headers too', async () => {
    const csv = utf8WithBom(
      'Full name,Organisationseinheit,Email address,Relationship\n' +
        '"Schulz, Gabriele","Amt 43",g.schulz@demo.datenlotse.de,introduced\n',
    );
    const dto: ImportDto = (await upload('contacts', csv, 'contacts.csv').expect(201)).body;
    expect(dto.columns[0]).toBe('Full name');
    expect(dto.sample).toEqual([
      {
        'Full name': 'Schulz, Gabriele',
        Organisationseinheit: 'Amt 43',
        'Email address': 'g.schulz@demo.datenlotse.de',
        Relationship: 'introduced',
      },
    ]);
    expect(dto.suggestedMapping).toEqual({
      name: 'Full name',
      department: 'Organisationseinheit',
      email: 'Email address',
      relationship: 'Relationship',
    });
  });

  it('refuses files that are not a table, empty, without data rows or with bad headers, and stores nothing', async () => {
    const before = (await team.get('/api/v1/imports').expect(200)).body.length;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const cases: Array<[Buffer, string, string]> = [
      [png, 'bild.csv', 'notATable'],
      [Buffer.alloc(0), 'leer.csv', 'fileEmpty'],
      [utf8WithBom('\r\n'), 'nur-bom.csv', 'fileEmpty'],
      [Buffer.from('Name;Amt\n'), 'kopf.csv', 'noDataRows'],
      [Buffer.from('Name;;Amt\nA;B;C\n'), 'luecke.csv', 'badHeaders'],
      [Buffer.from('Name;name\nA;B\n'), 'doppelt.csv', 'badHeaders'],
      [Buffer.from('Ein Brief\nan die Stadt\n'), 'brief.txt', 'notATable'],
    ];
    for (const [file, name, code] of cases) {
      const res = await upload('contacts', file, name);
      expect(`${name} ${res.status} ${res.body.codes?.file}`).toBe(`${name} 400 ${code}`);
      expect(res.body.fields.file[0]).toEqual(expect.any(String));
    }
    const missing = await team.post('/api/v1/imports?kind=contacts').expect(400);
    expect(missing.body.codes).toEqual({ file: ['fileMissing'] });
    const wrongKind = await upload('datasets', Buffer.from('a;b\n1;2\n'), 'x.csv').expect(400);
    expect(Object.keys(wrongKind.body.fields)).toEqual(['kind']);
    expect((await team.get('/api/v1/imports').expect(200)).body).toHaveLength(before);
  });

  it('names the mapping fields that are missing or point to no column', async () => {
    const { id } = (await upload('contacts', windows1252(CONTACTS_1252), 'k.csv').expect(201)).body;
    const missing = await team
      .post(`/api/v1/imports/${id}/dry-run`)
      .send({ mapping: { name: 'Name' } })
      .expect(400);
    expect(Object.keys(missing.body.fields)).toEqual(['mapping.department']);
    const unknownColumn = await team
      .post(`/api/v1/imports/${id}/dry-run`)
      .send({ mapping: { name: 'Name', department: 'Amt', email: 'Mail' } })
      .expect(400);
    expect(Object.keys(unknownColumn.body.fields)).toEqual(['mapping.email']);
    const unknownField = await team
      .post(`/api/v1/imports/${id}/run`)
      .send({ mapping: { name: 'Name', department: 'Amt', salary: 'Telefon' } })
      .expect(400);
    expect(Object.keys(unknownField.body.fields)).toEqual(['mapping.salary']);
    await team
      .post(`/api/v1/imports/6f1c1d7e-0000-4000-8000-000000000000/dry-run`)
      .send({ mapping: {} })
      .expect(404);
  });

  it('dry-runs row by row with German reasons and writes nothing; a run with a rejected row is refused', async () => {
    const dto: ImportDto = (await upload('contacts', windows1252(CONTACTS_1252), 'k.csv').expect(201)).body;
    const contactsBefore = await count('contact');
    const auditBefore = await count('audit_event');
    const res = await team
      .post(`/api/v1/imports/${dto.id}/dry-run`)
      .send({ mapping: dto.suggestedMapping })
      .expect(200);
    const report: ImportReport = res.body;
    expect(report.counts).toEqual({ create: 1, update: 1, unchanged: 0, reject: 3 });
    expect(report.rows.map((r) => [r.row, r.action, r.label])).toEqual([
      [1, 'create', 'Jürgen Weiß'],
      [2, 'update', 'Dr. Hanna Brandt'],
      [3, 'reject', 'Björn Müller'],
      [4, 'reject', 'Grete Groß'],
      [5, 'reject', 'Ömer Sen'],
    ]);
    expect(report.rows[2].messages).toEqual(['Einheit „Amt 99“ nicht gefunden']);
    expect(report.rows[3].messages).toEqual(['Amtsleitung „vielleicht“: ja oder nein?']);
    expect(report.rows[4].messages).toEqual(['Ungültige E-Mail-Adresse „keine-adresse“']);

    const refused = await team
      .post(`/api/v1/imports/${dto.id}/run`)
      .send({ mapping: dto.suggestedMapping })
      .expect(400);
    expect(refused.body.report.counts.reject).toBe(3);
    expect(await count('contact')).toBe(contactsBefore);
    expect(await count('audit_event')).toBe(auditBefore);
    expect((await team.get(`/api/v1/imports/${dto.id}`).expect(200)).body.status).toBe('uploaded');
  });

  it('rejects the second row with the same email, and a person twice in one unit', async () => {
    const csv = Buffer.from(
      [
        'Name;Amt;E-Mail',
        'Ida Nowak;Amt 19;i.nowak@demo.datenlotse.de',
        'Ida Nowak-Berg;Amt 19;I.Nowak@demo.datenlotse.de',
        'Paul Ott;Amt 19;',
        'Paul  Ott;Amt 19;',
      ].join('\n'),
    );
    const dto: ImportDto = (await upload('contacts', csv, 'd.csv').expect(201)).body;
    const report: ImportReport = (
      await team.post(`/api/v1/imports/${dto.id}/dry-run`).send({ mapping: dto.suggestedMapping }).expect(200)
    ).body;
    expect(report.rows.map((r) => [r.action, r.messages])).toEqual([
      ['create', []],
      ['reject', ['E-Mail doppelt in der Datei (wie Zeile 1)']],
      ['create', []],
      ['reject', ['Doppelt in der Datei (wie Zeile 3)']],
    ]);
  });

  it('matches a person by name in the unit unless the email addresses differ', async () => {
    const csv = Buffer.from(
      [
        'Name;Amt;E-Mail;Funktion',
        'Anna Köhler;Amt 19;;Luftreinhaltung',
        'Anna Köhler;Amt 19;anna.k@demo.datenlotse.de;',
      ].join('\n'),
    );
    const dto: ImportDto = (await upload('contacts', csv, 'namen.csv').expect(201)).body;
    const report: ImportReport = (
      await team.post(`/api/v1/imports/${dto.id}/dry-run`).send({ mapping: dto.suggestedMapping }).expect(200)
    ).body;
    expect(report.rows.map((r) => [r.action, r.messages])).toEqual([
      ['update', ['Zugeordnet über Name und Einheit']],
      ['create', ['Gleichnamiger Kontakt mit anderer E-Mail: anna.koehler@demo.datenlotse.de']],
    ]);
  });

  it('runs in the background, creates and updates with audit events, and undoes it as a whole', async () => {
    const csv = windows1252(
      [
        'Name;Amt;Funktion;E-Mail;Amtsleitung;Beziehung',
        'Jürgen Weiß;Amt 37;Sachgebietsleiter Einsatzplanung;j.weiss@demo.datenlotse.de;nein;persönlich bekannt',
        'Dr. Hanna Brandt;Amt 37;Leiterin der Feuerwehr;amtsleitung@demo.datenlotse.de;ja;',
        'Anna Köhler;Amt 19;;;;',
      ].join('\r\n'),
    );
    const dto: ImportDto = (await upload('contacts', csv, 'feuerwehr.csv').expect(201)).body;
    const [brandtBefore] = await db.query(
      `SELECT id, title, version FROM contact WHERE email = 'amtsleitung@demo.datenlotse.de'`,
    );
    const started = await team
      .post(`/api/v1/imports/${dto.id}/run`)
      .send({ mapping: dto.suggestedMapping })
      .expect(202);
    expect(started.body.status).toMatch(/running|completed/);
    const done = await finished(dto.id);
    expect(done).toMatchObject({
      status: 'completed',
      processedRows: 3,
      created: 1,
      updated: 1,
      error: null,
    });
    expect(done.mapping).toEqual(dto.suggestedMapping);
    expect(done.sample).toEqual([]);

    const [weiss] = await db.query(`SELECT * FROM contact WHERE email = 'j.weiss@demo.datenlotse.de'`);
    expect(weiss).toMatchObject({
      name: 'Jürgen Weiß',
      relationship: 'personally_known',
      is_head: false,
      version: 1,
    });
    const [brandt] = await db.query(`SELECT title, version FROM contact WHERE id = $1`, [brandtBefore.id]);
    expect(brandt).toEqual({ title: 'Leiterin der Feuerwehr', version: brandtBefore.version + 1 });
    const created = await team.get(`/api/v1/audit?entity=contact&entityId=${weiss.id}`).expect(200);
    expect(created.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
    expect(created.body[0].diff.email).toEqual({ before: null, after: 'j.weiss@demo.datenlotse.de' });
    const updated = await team.get(`/api/v1/audit?entity=contact&entityId=${brandtBefore.id}`).expect(200);
    expect(updated.body[0].diff).toEqual({
      title: { before: brandtBefore.title, after: 'Leiterin der Feuerwehr' },
    });

    await team.post(`/api/v1/imports/${dto.id}/run`).send({ mapping: dto.suggestedMapping }).expect(409);

    const undone = await team.post(`/api/v1/imports/${dto.id}/undo`).expect(200);
    expect(undone.body).toMatchObject({ status: 'undone', undoneAt: expect.any(String) });
    expect(await db.query(`SELECT id FROM contact WHERE id = $1`, [weiss.id])).toEqual([]);
    const [restored] = await db.query(`SELECT title, version FROM contact WHERE id = $1`, [brandtBefore.id]);
    expect(restored).toEqual({ title: brandtBefore.title, version: brandtBefore.version + 2 });
    const afterUndo = await team.get(`/api/v1/audit?entity=contact&entityId=${brandtBefore.id}`).expect(200);
    expect(afterUndo.body[0].diff).toEqual({
      title: { before: 'Leiterin der Feuerwehr', after: brandtBefore.title },
    });
    const deleted = await team.get(`/api/v1/audit?entity=contact&entityId=${weiss.id}`).expect(200);
    expect(deleted.body[0]).toMatchObject({ action: 'delete' });

    const twice = await team.post(`/api/v1/imports/${dto.id}/undo`).expect(409);
    expect(twice.body.message).toContain('already been undone');
    const list: ImportDto[] = (await team.get('/api/v1/imports').expect(200)).body;
    expect(list[0]).toMatchObject({ id: dto.id, status: 'undone' });
  });

  it('imports a department tree from XLSX, with German kinds, parents from the file, owner and tags', async () => {
    const file = await xlsx([
      ['Bezeichnung', 'Kürzel', 'Art', 'Übergeordnet', 'Schlagworte', 'Verantwortlich'],
      ['Amt für Digitales', 'Amt 18', 'Amt', 'Dez. 07', 'Pilotamt; Digital', 'team@demo.datenlotse.de'],
      ['Abteilung Datenplattform', '18/1', 'Abteilung', 'Amt für Digitales', '', ''],
      ['Umweltamt', '', 'Amt', '', 'Geodaten|Luft', ''],
      ['Stadtwerke', '', 'Kommune', '', '', ''],
      ['Abteilung Offene Daten', '', 'Abteilung', 'Amt für Zukunft', '', 'niemand@demo.datenlotse.de'],
    ]);
    const dto: ImportDto = (await upload('departments', file, 'einheiten.xlsx').expect(201)).body;
    expect(dto.suggestedMapping).toEqual({
      name: 'Bezeichnung',
      shortName: 'Kürzel',
      kind: 'Art',
      parentName: 'Übergeordnet',
      tags: 'Schlagworte',
      ownerEmail: 'Verantwortlich',
    });
    const report: ImportReport = (
      await team.post(`/api/v1/imports/${dto.id}/dry-run`).send({ mapping: dto.suggestedMapping }).expect(200)
    ).body;
    expect(report.rows.map((r) => [r.action, r.messages])).toEqual([
      ['create', []],
      ['create', []],
      ['update', []],
      ['reject', ['Unbekannte Art „Kommune“']],
      [
        'reject',
        [
          'Niemand im Team hat die E-Mail „niemand@demo.datenlotse.de“',
          'Übergeordnete Einheit „Amt für Zukunft“ nicht gefunden',
        ],
      ],
    ]);

    const valid = await upload(
      'departments',
      await xlsx([
        ['Name', 'Kürzel', 'Art', 'Übergeordnet', 'Tags'],
        ['Amt für Digitales', 'Amt 18', 'amt', 'Dez. 07', 'Pilotamt; Digital'],
        ['Abteilung Datenplattform', '18/1', 'Abteilung', 'Amt für Digitales', ''],
        ['umweltamt', '', 'Amt', '', 'Geodaten|Luft'],
      ]),
      'einheiten.xlsx',
    ).expect(201);
    await team
      .post(`/api/v1/imports/${valid.body.id}/run`)
      .send({ mapping: valid.body.suggestedMapping })
      .expect(202);
    expect(await finished(valid.body.id)).toMatchObject({ status: 'completed', created: 2, updated: 1 });
    const after: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    const digital = after.find((d) => d.name === 'Amt für Digitales')!;
    const dez07 = departments.find((d) => d.shortName === 'Dez. 07')!;
    expect(digital).toMatchObject({ parentId: dez07.id, kind: 'amt', tags: ['Pilotamt', 'Digital'] });
    expect(after.find((d) => d.name === 'Abteilung Datenplattform')).toMatchObject({ parentId: digital.id });
    const umwelt = after.find((d) => d.name === 'Umweltamt')!;
    const umweltBefore = departments.find((d) => d.name === 'Umweltamt')!;
    expect(umwelt.tags).toEqual(
      [...umweltBefore.tags, 'Luft'].filter((tag, i, all) => all.indexOf(tag) === i),
    );

    await team.post(`/api/v1/imports/${valid.body.id}/undo`).expect(200);
    const undone: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    expect(undone.some((d) => d.name === 'Amt für Digitales' || d.name === 'Abteilung Datenplattform')).toBe(
      false,
    );
    expect(undone.find((d) => d.name === 'Umweltamt')!.tags).toEqual(umweltBefore.tags);
  });

  it('refuses to undo when a created contact has since been linked to an interaction', async () => {
    const dto: ImportDto = (
      await upload('contacts', Buffer.from('Name;Amt\nRosa Linde;Amt 67\n'), 'r.csv').expect(201)
    ).body;
    await team.post(`/api/v1/imports/${dto.id}/run`).send({ mapping: dto.suggestedMapping }).expect(202);
    await finished(dto.id);
    const [rosa] = await db.query(`SELECT id, municipality_id FROM contact WHERE name = 'Rosa Linde'`);
    const [interaction] = await db.query(
      `INSERT INTO interaction (municipality_id, type, occurred_at, summary, version)
       VALUES ($1, 'call', now(), 'Telefonat mit Rosa Linde', 1) RETURNING id`,
      [rosa.municipality_id],
    );
    await db.query(
      `INSERT INTO interaction_contact (interaction_id, contact_id, occurred_at) VALUES ($1, $2, now())`,
      [interaction.id, rosa.id],
    );
    const refused = await team.post(`/api/v1/imports/${dto.id}/undo`).expect(409);
    expect(refused.body.message).toContain('Rosa Linde');
    expect(await db.query(`SELECT id FROM contact WHERE id = $1`, [rosa.id])).toHaveLength(1);
    expect((await team.get(`/api/v1/imports/${dto.id}`).expect(200)).body.status).toBe('completed');
  });

  it('refuses to undo a running import, but undoes one that a server stop cut off', async () => {
    const dto: ImportDto = (
      await upload('contacts', Buffer.from('Name;Amt\nOtto Kern;Amt 63\n'), 'o.csv').expect(201)
    ).body;
    await team.post(`/api/v1/imports/${dto.id}/run`).send({ mapping: dto.suggestedMapping }).expect(202);
    await finished(dto.id);
    await db.query(`UPDATE import_batch SET status = 'running', updated_at = now() WHERE id = $1`, [dto.id]);
    const running = await team.post(`/api/v1/imports/${dto.id}/undo`).expect(409);
    expect(running.body.message).toContain('still running');
    await db.query(`UPDATE import_batch SET updated_at = now() - interval '1 hour' WHERE id = $1`, [dto.id]);
    await team.post(`/api/v1/imports/${dto.id}/undo`).expect(200);
    expect(await db.query(`SELECT id FROM contact WHERE name = 'Otto Kern'`)).toEqual([]);
  });

  it('lets team and admin import, and refuses management and department heads', async () => {
    const csv = Buffer.from('Name;Amt\nX Y;Amt 19\n');
    const admin = await t.signIn('admin');
    await upload('contacts', csv, 'a.csv', admin).expect(201);
    for (const role of ['management', 'department_head'] as const) {
      const agent = await t.signIn(role);
      await upload('contacts', csv, 'a.csv', agent).expect(403);
      await agent.get('/api/v1/imports').expect(403);
    }
  });
});
