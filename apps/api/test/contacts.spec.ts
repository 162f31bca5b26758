import {
  AuditEventDto,
  ContactDto,
  ContactExport,
  ContactPage,
  DepartmentDto,
  DepartmentRowDto,
  Page,
} from '@datenlotse/contracts';
import ExcelJS from 'exceljs';
import TestAgent from 'supertest/lib/agent';
import { binary, csvDataLines } from './downloads';
import { startTestApp, TestApp } from './test-app';

const FEUERWEHR = 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz';
const FEUERWEHR_SUB = 'Abteilung Einsatzvorbereitung und Bevölkerungsschutz';

describe('contacts (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let head: TestAgent;
  let all: DepartmentDto[];
  const byName = (name: string) => all.find((d) => d.name === name)!;

  const create = async (body: object, expected = 201): Promise<ContactDto> =>
    (await team.post('/api/v1/contacts').send(body).expect(expected)).body;
  const list = async (query: string, agent = team): Promise<ContactPage> =>
    (await agent.get(`/api/v1/contacts?${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    team = await t.signIn('team');
    head = await t.signIn('department_head');
    all = (await team.get('/api/v1/departments').expect(200)).body;
  });
  afterAll(() => t.close());

  it('creates, reads and edits a contact, tidied and audited, with 409 on a stale version', async () => {
    const created = await create({
      departmentId: byName('Umweltamt').id,
      name: '  Dr. Greta Grünwald ',
      title: 'Amtsleiterin',
      email: ' Greta.Gruenwald@Duesseldorf.DE ',
      isHead: true,
      relationship: 'personally_known',
      retainUntil: '2029-12-31',
    });
    expect(created).toMatchObject({
      name: 'Dr. Greta Grünwald',
      email: 'greta.gruenwald@duesseldorf.de',
      departmentName: 'Umweltamt',
      isHead: true,
      relationship: 'personally_known',
      retainUntil: '2029-12-31',
      phone: null,
      lastContactAt: null,
      erasedAt: null,
      version: 1,
    });
    expect((await team.get(`/api/v1/contacts/${created.id}`).expect(200)).body).toEqual(created);

    const edited = await team
      .patch(`/api/v1/contacts/${created.id}`)
      .send({ version: 1, phone: ' 0211 89-21000 ', departmentId: byName('Stadtplanungsamt').id })
      .expect(200);
    expect(edited.body).toMatchObject({
      phone: '0211 89-21000',
      departmentName: 'Stadtplanungsamt',
      version: 2,
    });
    const stale = await team
      .patch(`/api/v1/contacts/${created.id}`)
      .send({ version: 1, phone: 'alt' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ phone: '0211 89-21000', version: 2 });

    const audit = (await team.get(`/api/v1/audit?entity=contact&entityId=${created.id}`))
      .body as AuditEventDto[];
    expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
    expect(audit[0].diff['phone']).toEqual({ before: null, after: '0211 89-21000' });
  });

  it('names the wrong fields, refuses unknown departments and ids, and writes nothing', async () => {
    const before = (await list('includeErased=true')).total;
    const res = await team
      .post('/api/v1/contacts')
      .send({
        departmentId: 'x',
        name: '',
        email: 'no-mail',
        relationship: 'friend',
        retainUntil: '31.12.2028',
      })
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual([
      'departmentId',
      'email',
      'name',
      'relationship',
      'retainUntil',
    ]);
    const unknown = await team
      .post('/api/v1/contacts')
      .send({ departmentId: '6f1c1d7e-0000-4000-8000-000000000000', name: 'Niemand Nirgends' })
      .expect(400);
    expect(unknown.body.codes).toEqual({ departmentId: ['unknownReference'] });
    expect((await list('includeErased=true')).total).toBe(before);
    await team.get('/api/v1/contacts/6f1c1d7e-0000-4000-8000-000000000000').expect(404);
    await team.get('/api/v1/contacts/not-a-uuid').expect(400);
    await team
      .patch('/api/v1/contacts/6f1c1d7e-0000-4000-8000-000000000000')
      .send({ version: 1 })
      .expect(404);
    const badQuery = await team.get('/api/v1/contacts?limit=0&sort=age&isHead=maybe').expect(400);
    expect(Object.keys(badQuery.body.fields).sort()).toEqual(['isHead', 'limit', 'sort']);
  });

  it('warns of duplicates by email or by name in the same department, and creates when confirmed', async () => {
    const kulturamt = byName('Kulturamt').id;
    const original = await create({
      departmentId: kulturamt,
      name: 'Karl Kultur',
      email: 'karl.kultur@stadt.de',
    });
    const byEmail = await team
      .post('/api/v1/contacts')
      .send({ departmentId: byName('Sportamt').id, name: 'K. Kultur', email: 'KARL.KULTUR@stadt.de' })
      .expect(409);
    expect(byEmail.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      duplicates: [{ id: original.id }],
    });
    expect(byEmail.body.message).toContain('Karl Kultur (Kulturamt)');
    const byName_ = await team
      .post('/api/v1/contacts')
      .send({ departmentId: kulturamt, name: 'karl kultur ' });
    expect(byName_.status).toBe(409);
    expect(byName_.body.duplicates.map((d: ContactDto) => d.id)).toEqual([original.id]);
    expect((await list(`departmentId=${kulturamt}&q=Karl`)).total).toBe(1);

    await create({ departmentId: byName('Sportamt').id, name: 'Karl Kultur' });
    const confirmed = await create({ departmentId: kulturamt, name: 'Karl Kultur', confirmDuplicate: true });
    expect(confirmed.name).toBe('Karl Kultur');
    expect((await list(`departmentId=${kulturamt}&q=Karl`)).total).toBe(2);
  });

  it('lists by words, department with or without sub-units, relationship and head flag, sorted and paged', async () => {
    const feuerwehr = byName(FEUERWEHR).id;
    const chief = await create({ departmentId: feuerwehr, name: 'Florian Flammer', isHead: true });
    const planner = await create({
      departmentId: byName(FEUERWEHR_SUB).id,
      name: 'Paula Planer',
      relationship: 'introduced',
    });
    expect((await list('q=flamm')).items.map((c) => c.id)).toEqual([chief.id]);
    expect((await list('q=paula%20plan')).items.map((c) => c.id)).toEqual([planner.id]);

    const own = (await list(`departmentId=${feuerwehr}&limit=200`)).items.map((c) => c.id);
    expect(own).toContain(chief.id);
    expect(own).not.toContain(planner.id);
    const withSubunits = (await list(`departmentId=${feuerwehr}&includeSubunits=true&limit=200`)).items;
    expect(withSubunits.map((c) => c.id)).toEqual(expect.arrayContaining([chief.id, planner.id]));

    const introduced = await list('relationship=introduced&limit=200');
    expect(introduced.items.every((c) => c.relationship === 'introduced')).toBe(true);
    expect(introduced.items.map((c) => c.id)).toContain(planner.id);
    const heads = await list('isHead=true&limit=200');
    expect(heads.items.every((c) => c.isHead)).toBe(true);
    expect(heads.items.map((c) => c.id)).toContain(chief.id);

    // the database's collation decides the order; descending must be ascending reversed
    const byNameAsc = (await list('sort=name&limit=200')).items.map((c) => c.name);
    const byNameDesc = (await list('sort=name&order=desc&limit=200')).items.map((c) => c.name);
    expect(byNameDesc).toEqual([...byNameAsc].reverse());
    expect(byNameAsc.indexOf('Florian Flammer')).toBeLessThan(byNameAsc.indexOf('Paula Planer'));
    const whole = await list('sort=department&limit=200');
    const page = await list('sort=department&limit=2&offset=1');
    expect(page.total).toBe(whole.total);
    expect(page.items.map((c) => c.id)).toEqual(whole.items.slice(1, 3).map((c) => c.id));
  });

  it("keeps other departments' contacts from a department head: by id, by list and by export", async () => {
    const own = await create({ departmentId: byName(FEUERWEHR_SUB).id, name: 'Hauke Hydrant' });
    const other = await create({ departmentId: byName('Kulturamt').id, name: 'Olga Oper' });
    await head.get(`/api/v1/contacts/${own.id}`).expect(200);
    await head.get(`/api/v1/contacts/${other.id}`).expect(404);

    const visible = await list('limit=200', head);
    const ids = visible.items.map((c) => c.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    const headDepartments = new Set([byName(FEUERWEHR).id, byName(FEUERWEHR_SUB).id]);
    expect(visible.items.every((c) => headDepartments.has(c.departmentId))).toBe(true);
    expect((await list(`departmentId=${byName('Kulturamt').id}`, head)).total).toBe(0);

    const csv = (await head.get('/api/v1/contacts/export?format=csv').expect(200)).text;
    expect(csv).toContain('Hauke Hydrant');
    expect(csv).not.toContain('Olga Oper');

    await head
      .post('/api/v1/contacts')
      .send({ departmentId: byName(FEUERWEHR).id, name: 'Neu' })
      .expect(403);
    await head.patch(`/api/v1/contacts/${own.id}`).send({ version: 1, name: 'Umbenannt' }).expect(403);
    await head.get(`/api/v1/contacts/${own.id}/gdpr-export`).expect(403);
    await head.post(`/api/v1/contacts/${own.id}/erase`).expect(403);
  });

  it('exports the list as CSV and XLSX with the filters applied', async () => {
    const unit = (await team.post('/api/v1/departments').send({ name: 'Amt für Exporte', kind: 'amt' })).body;
    await create({
      departmentId: unit.id,
      name: 'Arne Archiv',
      title: 'Leitung; Archivwesen',
      email: 'arne@stadt.de',
      phone: '+49 211 89-1',
      retainUntil: '2030-06-30',
      relationship: 'personally_known',
    });
    const res = await team.get(`/api/v1/contacts/export?format=csv&departmentId=${unit.id}`).expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="kontakte-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(
      res.text.startsWith('\uFEFFName;Funktion;E-Mail;Telefon;Organisationseinheit;Leitung;Beziehung;'),
    ).toBe(true);
    expect(csvDataLines(res.text)).toEqual([
      'Arne Archiv;"Leitung; Archivwesen";arne@stadt.de;\'+49 211 89-1;Amt für Exporte;nein;persönlich bekannt;;;30.06.2030',
    ]);

    const xlsx = await team
      .get(`/api/v1/contacts/export?format=xlsx&departmentId=${unit.id}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.getWorksheet('Kontakte')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Arne Archiv');
    expect(sheet.getRow(2).getCell(4).value).toBe('+49 211 89-1');
  });

  it('counts the contacts of a unit in the department table, and refuses to delete a unit that has them', async () => {
    const unit = (await team.post('/api/v1/departments').send({ name: 'Amt für Kontaktpflege', kind: 'amt' }))
      .body as DepartmentDto;
    await create({ departmentId: unit.id, name: 'Erika Eins' });
    const erased = await create({ departmentId: unit.id, name: 'Zora Zwei' });
    await team.post(`/api/v1/contacts/${erased.id}/erase`).expect(200);
    const rows = (await team.get('/api/v1/departments/table?q=Kontaktpflege').expect(200))
      .body as Page<DepartmentRowDto>;
    expect(rows.items).toEqual([expect.objectContaining({ id: unit.id, contactCount: 1, openTaskCount: 0 })]);
    const refused = await team.delete(`/api/v1/departments/${unit.id}`).expect(409);
    expect(refused.body.message).toBe('Amt für Kontaktpflege has 2 contacts; archive it instead');
  });

  it('deletes a contact nothing refers to, and refuses one that took part in an interaction', async () => {
    const loose = await create({
      departmentId: byName('Steueramt').id,
      name: 'Lose Lotte',
      email: 'lotte@stadt.de',
    });
    await team.delete(`/api/v1/contacts/${loose.id}`).expect(204);
    await team.get(`/api/v1/contacts/${loose.id}`).expect(404);
    const audit = (await team.get(`/api/v1/audit?entity=contact&entityId=${loose.id}`))
      .body as AuditEventDto[];
    expect(audit[0].action).toBe('delete');
    expect(JSON.stringify(audit)).not.toContain('lotte@stadt.de');

    const met = await create({ departmentId: byName('Steueramt').id, name: 'Gesa Gespräch' });
    await team
      .post('/api/v1/interactions')
      .send({
        type: 'meeting',
        occurredAt: '2026-10-01T09:00:00.000Z',
        summary: 'Kennenlernen im Steueramt',
        departmentIds: [met.departmentId],
        contactIds: [met.id],
      })
      .expect(201);
    const refused = await team.delete(`/api/v1/contacts/${met.id}`).expect(409);
    expect(refused.body.message).toBe('Gesa Gespräch took part in 1 interaction; erase the contact instead');
  });

  describe('GDPR', () => {
    let contact: ContactDto;

    beforeAll(async () => {
      contact = await create({
        departmentId: byName('Gesundheitsamt').id,
        name: 'Dora Datenschutz',
        email: 'dora.datenschutz@stadt.de',
        phone: '0211 555',
        legalBasis: 'Dienstliche Kontaktdaten',
      });
      await team
        .patch(`/api/v1/contacts/${contact.id}`)
        .send({ version: contact.version, email: 'dora.d@stadt.de' })
        .expect(200);
      await team
        .post('/api/v1/interactions')
        .send({
          type: 'call',
          occurredAt: '2026-09-15T10:00:00.000Z',
          summary: 'Telefonat zu Badegewässerdaten',
          departmentIds: [contact.departmentId],
          contactIds: [contact.id],
        })
        .expect(201);
    });

    it('exports everything stored about a contact as a download, and audits the export', async () => {
      const res = await team.get(`/api/v1/contacts/${contact.id}/gdpr-export`).expect(200);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="kontakt-${contact.id}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
      );
      const exported = res.body as ContactExport;
      expect(exported.contact).toMatchObject({
        id: contact.id,
        name: 'Dora Datenschutz',
        email: 'dora.d@stadt.de',
      });
      expect(exported.interactions).toEqual([
        expect.objectContaining({ type: 'call', summary: 'Telefonat zu Badegewässerdaten' }),
      ]);
      expect(exported.auditEvents.map((e) => e.action)).toEqual(['update', 'create']);
      expect(exported.auditEvents[0].diff['email']).toEqual({
        before: 'dora.datenschutz@stadt.de',
        after: 'dora.d@stadt.de',
      });
      const audit = (await team.get(`/api/v1/audit?entity=contact&entityId=${contact.id}`))
        .body as AuditEventDto[];
      expect(audit[0]).toMatchObject({ action: 'export', actorName: 'Tara Team' });
    });

    it('erases the personal data, from the record and its audit trail, and keeps the anonymous link', async () => {
      const erased = await team.post(`/api/v1/contacts/${contact.id}/erase`).expect(200);
      expect(erased.body).toMatchObject({
        id: contact.id,
        name: null,
        title: null,
        email: null,
        phone: null,
        legalBasis: null,
        retainUntil: null,
        erasedAt: expect.any(String),
      });
      const audit = (await team.get(`/api/v1/audit?entity=contact&entityId=${contact.id}`))
        .body as AuditEventDto[];
      expect(audit[0]).toMatchObject({
        action: 'erase',
        diff: { erasedAt: { before: null, after: expect.any(String) } },
      });
      const trail = JSON.stringify(audit);
      for (const value of ['dora.datenschutz@stadt.de', 'dora.d@stadt.de', 'Dora Datenschutz', '0211 555']) {
        expect(trail).not.toContain(value);
      }
      expect(audit.find((e) => e.action === 'update')!.diff['email']).toEqual({
        before: '[erased]',
        after: '[erased]',
      });

      expect((await list('q=Dora')).total).toBe(0);
      const former = await list(`departmentId=${contact.departmentId}&includeErased=true&limit=200`);
      expect(former.items.find((c) => c.id === contact.id)).toMatchObject({ name: null });
      const exported = (await team.get(`/api/v1/contacts/${contact.id}/gdpr-export`).expect(200)).body;
      expect(exported.interactions).toHaveLength(1);
    });

    it('refuses to edit an erased contact, and erasing again changes nothing', async () => {
      const current = (await team.get(`/api/v1/contacts/${contact.id}`).expect(200)).body as ContactDto;
      const res = await team
        .patch(`/api/v1/contacts/${contact.id}`)
        .send({ version: current.version, name: 'Dora Zurück' })
        .expect(409);
      expect(res.body.message).toMatch(/erased/);
      const again = await team.post(`/api/v1/contacts/${contact.id}/erase`).expect(200);
      expect(again.body).toEqual(current);
      await team.post('/api/v1/contacts/6f1c1d7e-0000-4000-8000-000000000000/erase').expect(404);
    });
  });
});
