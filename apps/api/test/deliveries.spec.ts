import {
  DatasetDto,
  DatasetStage,
  DatasetTransitionDto,
  DeliveryAgreementDto,
  DeliveryDto,
  DepartmentDto,
  DueDeliveryRow,
  Page,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DeliveryDueService } from '../src/app/deliveries/delivery-due.service';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1d7e-0000-4000-8000-000000000000';

/** The date `days` days from today in Berlin (YYYY-MM-DD), as the API counts overdue. */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** A dataset straight in the database, in any stage: reaching `published` through the API needs approvals. */
async function insertDataset(
  t: TestApp,
  departmentId: string,
  title: string,
  stage: DatasetStage,
  ownerUserId: string | null = null,
): Promise<string> {
  const [row] = await t.app.get(DataSource).query(
    `INSERT INTO dataset (municipality_id, department_id, title, stage, owner_user_id, version)
       SELECT municipality_id, id, $2, $3, $4, 1 FROM department WHERE id = $1 RETURNING id`,
    [departmentId, title, stage, ownerUserId],
  );
  return row.id;
}

describe('delivery agreements and deliveries (HTTP)', () => {
  let t: TestApp;
  let team: TestAgent;
  let management: TestAgent;
  let head: TestAgent;
  let teamUserId: string;
  let amt: DepartmentDto;
  let contactId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [team, management, head] = await Promise.all([
      t.signIn('team'),
      t.signIn('management'),
      t.signIn('department_head'),
    ]);
    teamUserId = (await team.get('/api/v1/auth/me').expect(200)).body.user.id;
    amt = await newDepartment(team, 'Vermessungs- und Katasteramt Test');
    contactId = await insertContact(t, amt.id, 'Karl Kataster');
    await t.app
      .get(DataSource)
      .query(`UPDATE contact SET email = 'karl.kataster@example.org' WHERE id = $1`, [contactId]);
  });
  afterAll(() => t.close());

  const agreementOf = async (datasetId: string): Promise<DeliveryAgreementDto | null> =>
    (await team.get(`/api/v1/datasets/${datasetId}/agreement`).expect(200)).body.agreement;
  const putAgreement = (datasetId: string, body: object, agent = team) =>
    agent.put(`/api/v1/datasets/${datasetId}/agreement`).send(body);
  const record = (datasetId: string, body: object, agent = team) =>
    agent.post(`/api/v1/datasets/${datasetId}/deliveries`).send(body);
  const dataset = async (id: string): Promise<DatasetDto> =>
    (await team.get(`/api/v1/datasets/${id}`).expect(200)).body;
  const history = async (id: string): Promise<DatasetTransitionDto[]> =>
    (await team.get(`/api/v1/datasets/${id}/history`).expect(200)).body;
  const monthly = (startDate: string) => ({ method: 'email', schedule: { kind: 'monthly', startDate } });

  it('sets up an agreement: due first on its start date, copied to the dataset, which moves to delivery_scheduled', async () => {
    const id = await insertDataset(t, amt.id, 'Liegenschaftskataster', 'agreed');
    expect(await agreementOf(id)).toBeNull();

    const created = await putAgreement(id, {
      contactId,
      method: 'file_share',
      format: ' CSV ',
      schedule: { kind: 'monthly', startDate: '2031-01-31' },
      note: 'Export aus ALKIS',
    }).expect(200);
    expect(created.body).toMatchObject({
      datasetId: id,
      contactId,
      contactName: 'Karl Kataster',
      method: 'file_share',
      format: 'CSV',
      schedule: { kind: 'monthly', startDate: '2031-01-31', rrule: null },
      nextDueAt: '2031-01-31',
      overdue: false,
      daysOverdue: 0,
      version: 1,
    });
    expect(await agreementOf(id)).toEqual(created.body);
    expect(await dataset(id)).toMatchObject({ stage: 'delivery_scheduled', nextDueAt: '2031-01-31' });
    expect((await history(id))[0]).toMatchObject({
      from: 'agreed',
      to: 'delivery_scheduled',
      via: 'delivery',
    });
    const audit = await team
      .get(`/api/v1/audit?entity=delivery_agreement&entityId=${created.body.id}`)
      .expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'create', actorName: 'Tara Team' });
  });

  it('changes an agreement with the version it read; a stale or missing version gets 409 with the current one', async () => {
    const id = await insertDataset(t, amt.id, 'Bodenrichtwerte', 'identified');
    const first = (await putAgreement(id, monthly('2031-01-31')).expect(200)).body as DeliveryAgreementDto;
    // not in `agreed`: the agreement does not move the dataset
    expect(await dataset(id)).toMatchObject({ stage: 'identified' });

    const changed = await putAgreement(id, {
      method: 'upload',
      schedule: { kind: 'quarterly', startDate: '2030-11-30' },
      version: first.version,
    }).expect(200);
    expect(changed.body).toMatchObject({ method: 'upload', nextDueAt: '2030-11-30', version: 2 });
    expect(await dataset(id)).toMatchObject({ nextDueAt: '2030-11-30' });

    const stale = await putAgreement(id, { ...monthly('2031-02-01'), version: first.version }).expect(409);
    expect(stale.body.current).toMatchObject({ method: 'upload', version: 2 });
    await putAgreement(id, monthly('2031-02-01')).expect(409);
    expect(await agreementOf(id)).toMatchObject({ nextDueAt: '2030-11-30', version: 2 });
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const id = await insertDataset(t, amt.id, 'Hausnummern', 'agreed');
    const invalid = await putAgreement(id, {
      method: 'email',
      schedule: { kind: 'rrule', startDate: '2031-01-01', rrule: 'FREQ=HOURLY' },
    }).expect(400);
    expect(invalid.body.fields['schedule.rrule'][0]).toMatch(/FREQ=HOURLY is not supported/);
    expect(invalid.body.codes['schedule.rrule']).toContain('invalidRrule');

    const unsupported = await putAgreement(id, {
      method: 'email',
      schedule: { kind: 'rrule', startDate: '2031-01-01', rrule: 'FREQ=MONTHLY;BYSETPOS=-1' },
    }).expect(400);
    expect(unsupported.body.fields['schedule.rrule'][0]).toMatch(/BYSETPOS/);
    const missing = await putAgreement(id, {
      method: 'email',
      schedule: { kind: 'rrule', startDate: '2031-01-01' },
    }).expect(400);
    expect(Object.keys(missing.body.fields)).toEqual(['schedule.rrule']);

    const badDate = await putAgreement(id, monthly('2031-02-30')).expect(400);
    expect(Object.keys(badDate.body.fields)).toEqual(['schedule.startDate']);
    const badMethod = await putAgreement(id, { ...monthly('2031-01-01'), method: 'pigeon' }).expect(400);
    expect(Object.keys(badMethod.body.fields)).toEqual(['method']);

    const elsewhere = await newDepartment(team, 'Stadtarchiv Test');
    const stranger = await insertContact(t, elsewhere.id, 'Anna Archiv');
    const foreign = await putAgreement(id, { ...monthly('2031-01-01'), contactId: stranger }).expect(400);
    expect(foreign.body.codes).toEqual({ contactId: ['unknownReference'] });

    await putAgreement(UNKNOWN_ID, monthly('2031-01-01')).expect(404);
    expect(await agreementOf(id)).toBeNull();
    expect(await dataset(id)).toMatchObject({ stage: 'agreed', nextDueAt: null });
  });

  it('a RRULE agreement is accepted and due on its start date', async () => {
    const id = await insertDataset(t, amt.id, 'Baulücken', 'identified');
    const res = await putAgreement(id, {
      method: 'api',
      schedule: { kind: 'rrule', startDate: '2031-01-06', rrule: 'FREQ=MONTHLY;BYDAY=1MO' },
    }).expect(200);
    expect(res.body).toMatchObject({
      schedule: { kind: 'rrule', rrule: 'FREQ=MONTHLY;BYDAY=1MO' },
      nextDueAt: '2031-01-06',
    });
  });

  it('records deliveries: the dataset moves on, and a monthly due date steps across the month end', async () => {
    const id = await insertDataset(t, amt.id, 'Gebäudeumringe', 'agreed');
    await putAgreement(id, { ...monthly('2025-01-31'), contactId }).expect(200);

    const first = await record(id, {
      receivedAt: '2025-01-30T10:00:00Z',
      fileName: 'gebaeude-2025-01.csv',
      checksum: 'sha256:abc',
      qualityCheck: 'passed',
    }).expect(201);
    expect(first.body).toMatchObject({
      datasetId: id,
      dueAt: '2025-01-31',
      fileName: 'gebaeude-2025-01.csv',
      qualityCheck: 'passed',
      recordedByName: 'Tara Team',
      version: 1,
    });
    expect(await agreementOf(id)).toMatchObject({ nextDueAt: '2025-02-28' });
    expect(await dataset(id)).toMatchObject({ stage: 'in_review', nextDueAt: '2025-02-28' });
    // both moves happen in one transaction, so the history gets them with the same time: no order asserted
    expect(await history(id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'delivered', to: 'in_review', via: 'delivery' }),
        expect.objectContaining({ from: 'delivery_scheduled', to: 'delivered', via: 'delivery' }),
      ]),
    );

    // late in the evening of 28 February in Berlin is still February: the 28th is fulfilled, next the 31st
    const second = await record(id, { receivedAt: '2025-02-28T22:30:00+01:00' }).expect(201);
    expect(second.body).toMatchObject({ dueAt: '2025-02-28', qualityCheck: null });
    expect(await agreementOf(id)).toMatchObject({ nextDueAt: '2025-03-31' });

    const list = (await team.get(`/api/v1/datasets/${id}/deliveries`).expect(200)).body as DeliveryDto[];
    expect(list.map((d) => d.id)).toEqual([second.body.id, first.body.id]);
  });

  it('a failed check keeps the due date and sends the dataset back; failed later, it gives its date back', async () => {
    const id = await insertDataset(t, amt.id, 'Straßenbäume', 'agreed');
    await putAgreement(id, monthly('2025-03-31')).expect(200);
    const pending = (await record(id, { receivedAt: '2025-03-30T08:00:00Z' }).expect(201))
      .body as DeliveryDto;
    expect(pending.dueAt).toBe('2025-03-31');
    expect(await dataset(id)).toMatchObject({ stage: 'delivered', nextDueAt: '2025-04-30' });

    const noNote = await team
      .patch(`/api/v1/deliveries/${pending.id}`)
      .send({ version: pending.version, qualityCheck: 'failed' })
      .expect(400);
    expect(noNote.body.codes).toEqual({ qualityNote: ['reasonRequired'] });

    const failed = await team
      .patch(`/api/v1/deliveries/${pending.id}`)
      .send({ version: pending.version, qualityCheck: 'failed', qualityNote: 'Baumarten fehlen' })
      .expect(200);
    expect(failed.body).toMatchObject({
      qualityCheck: 'failed',
      qualityNote: 'Baumarten fehlen',
      dueAt: null,
    });
    expect(await dataset(id)).toMatchObject({ stage: 'delivery_scheduled', nextDueAt: '2025-03-31' });
    expect((await history(id))[0]).toMatchObject({
      from: 'delivered',
      to: 'delivery_scheduled',
      reason: 'Baumarten fehlen',
      via: 'delivery',
    });
    await team
      .patch(`/api/v1/deliveries/${pending.id}`)
      .send({ version: pending.version, qualityCheck: 'passed' })
      .expect(409);

    // a failed receipt fulfils nothing: the due date stays, the data goes back at once
    const noReason = await record(id, { receivedAt: '2025-04-02T08:00:00Z', qualityCheck: 'failed' }).expect(
      400,
    );
    expect(noReason.body.codes).toEqual({ qualityNote: ['reasonRequired'] });
    const again = await record(id, {
      receivedAt: '2025-04-02T08:00:00Z',
      qualityCheck: 'failed',
      qualityNote: 'Falsches Koordinatensystem',
    }).expect(201);
    expect(again.body.dueAt).toBeNull();
    expect(await agreementOf(id)).toMatchObject({ nextDueAt: '2025-03-31', overdue: true });
    expect((await history(id)).slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          from: 'delivered',
          to: 'delivery_scheduled',
          reason: 'Falsches Koordinatensystem',
        }),
        expect.objectContaining({ from: 'delivery_scheduled', to: 'delivered' }),
      ]),
    );

    // the corrected data arrives late and passes: it covers the missed date, next is the end of April
    await record(id, { receivedAt: '2025-04-10T08:00:00Z', qualityCheck: 'passed' }).expect(201);
    expect(await dataset(id)).toMatchObject({ stage: 'in_review', nextDueAt: '2025-04-30' });
  });

  it('on the portal, a passed delivery marks the data updated and a published dataset maintained', async () => {
    const id = await insertDataset(t, amt.id, 'Wahlbezirke', 'published');
    await putAgreement(id, { method: 'api', schedule: { kind: 'yearly', startDate: '2025-02-28' } }).expect(
      200,
    );
    expect(await dataset(id)).toMatchObject({ stage: 'published', lastUpdatedAt: null });

    const pending = (await record(id, { receivedAt: '2025-02-20T09:00:00Z' }).expect(201))
      .body as DeliveryDto;
    expect(await dataset(id)).toMatchObject({
      stage: 'published',
      lastUpdatedAt: null,
      nextDueAt: '2026-02-28',
    });
    await team
      .patch(`/api/v1/deliveries/${pending.id}`)
      .send({ version: pending.version, qualityCheck: 'passed' })
      .expect(200);
    expect(await dataset(id)).toMatchObject({
      stage: 'maintained',
      lastUpdatedAt: '2025-02-20T09:00:00.000Z',
    });
  });

  it('refuses a receipt in the future', async () => {
    const id = await insertDataset(t, amt.id, 'Parkhäuser', 'agreed');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const res = await record(id, { receivedAt: future }).expect(400);
    expect(res.body.codes).toEqual({ receivedAt: ['notInFuture'] });
    expect((await team.get(`/api/v1/datasets/${id}/deliveries`).expect(200)).body).toEqual([]);
    expect(await dataset(id)).toMatchObject({ stage: 'agreed' });
  });

  it('lists due deliveries with days overdue, overdue first; filters by status and owner', async () => {
    const late = await insertDataset(t, amt.id, 'Spielplätze', 'delivery_scheduled', teamUserId);
    const soon = await insertDataset(t, amt.id, 'Bolzplätze', 'delivery_scheduled', teamUserId);
    const others = await insertDataset(t, amt.id, 'Skateparks', 'delivery_scheduled', null);
    await putAgreement(late, {
      method: 'email',
      contactId,
      schedule: { kind: 'once', startDate: berlinDay(-5) },
    });
    await putAgreement(soon, { method: 'email', schedule: { kind: 'once', startDate: berlinDay(3) } });
    await putAgreement(others, { method: 'email', schedule: { kind: 'once', startDate: berlinDay(-2) } });
    expect(await agreementOf(late)).toMatchObject({ overdue: true, daysOverdue: 5 });

    const due = async (query: string): Promise<Page<DueDeliveryRow>> =>
      (await team.get(`/api/v1/deliveries/due?${query}`).expect(200)).body;
    const mine = await due('owner=me&limit=200');
    const ids = mine.items.map((r) => r.datasetId);
    expect(ids).toContain(late);
    expect(ids).toContain(soon);
    expect(ids).not.toContain(others);
    expect(ids.indexOf(late)).toBeLessThan(ids.indexOf(soon));
    expect(mine.items.find((r) => r.datasetId === late)).toMatchObject({
      datasetTitle: 'Spielplätze',
      departmentName: amt.name,
      contactName: 'Karl Kataster',
      ownerName: 'Tara Team',
      nextDueAt: berlinDay(-5),
      daysOverdue: 5,
    });
    const overdue = (await due('status=overdue&limit=200')).items;
    expect(overdue.every((r) => r.daysOverdue > 0)).toBe(true);
    expect(overdue.map((r) => r.datasetId)).toEqual(expect.arrayContaining([late, others]));
    const upcoming = (await due('status=upcoming&withinDays=7&limit=200')).items.map((r) => r.datasetId);
    expect(upcoming).toContain(soon);
    expect(upcoming).not.toContain(late);
    expect((await due('status=upcoming&withinDays=1&limit=200')).items.map((r) => r.datasetId)).not.toContain(
      soon,
    );
    await team.get('/api/v1/deliveries/due?status=late').expect(400);

    // the reminder job asks the same question for a day of its choosing
    const rows = await t.app.get(DeliveryDueService).dueDeliveries(t.app.get(DataSource).manager, {
      today: berlinDay(4),
      withinDays: 0,
      municipalityId: await municipalityOf(t, late),
    });
    expect(rows.find((r) => r.datasetId === soon)).toMatchObject({ daysOverdue: 1, overdue: true });
    expect(rows.find((r) => r.datasetId === late)).toMatchObject({
      daysOverdue: 9,
      contactEmail: 'karl.kataster@example.org',
      ownerEmail: 'team@demo.datenlotse.de',
    });
  });

  it('shows a department head only the deliveries of their departments', async () => {
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    const feuerwehr = departments.find((d) => d.name === DEMO_HEAD_DEPARTMENT)!;
    const unit = await newDepartment(team, 'Abteilung Einsatzplanung Test', feuerwehr.id, 'abteilung');
    const own = await insertDataset(t, unit.id, 'Hydranten', 'delivery_scheduled');
    const foreign = await insertDataset(t, amt.id, 'Flurstücke', 'delivery_scheduled');
    await putAgreement(own, { method: 'email', schedule: { kind: 'once', startDate: berlinDay(-1) } }).expect(
      200,
    );
    await putAgreement(foreign, {
      method: 'email',
      schedule: { kind: 'once', startDate: berlinDay(-1) },
    }).expect(200);
    await record(own, {
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      qualityCheck: 'failed',
      qualityNote: 'Datei leer',
    }).expect(201);

    const ids = (await head.get('/api/v1/deliveries/due?limit=200').expect(200)).body.items.map(
      (r: DueDeliveryRow) => r.datasetId,
    );
    expect(ids).toContain(own);
    expect(ids).not.toContain(foreign);
    expect((await head.get(`/api/v1/datasets/${own}/agreement`).expect(200)).body.agreement).toMatchObject({
      overdue: true,
    });
    expect((await head.get(`/api/v1/datasets/${own}/deliveries`).expect(200)).body).toHaveLength(1);
    await head.get(`/api/v1/datasets/${foreign}/agreement`).expect(404);
    await head.get(`/api/v1/datasets/${foreign}/deliveries`).expect(404);
  });

  it('lets management and department heads read but not write', async () => {
    const id = await insertDataset(t, amt.id, 'Grünflächen', 'agreed');
    await putAgreement(id, monthly('2031-01-01')).expect(200);
    const delivery = (await record(id, { receivedAt: '2025-01-01T10:00:00Z' }).expect(201))
      .body as DeliveryDto;
    const before = await agreementOf(id);
    await management.get(`/api/v1/datasets/${id}/agreement`).expect(200);
    await management.get(`/api/v1/datasets/${id}/deliveries`).expect(200);
    await management.get('/api/v1/deliveries/due').expect(200);
    for (const agent of [management, head]) {
      await putAgreement(id, { ...monthly('2031-02-01'), version: before?.version }, agent).expect(403);
      await record(id, { receivedAt: '2025-01-02T10:00:00Z' }, agent).expect(403);
      await agent
        .patch(`/api/v1/deliveries/${delivery.id}`)
        .send({ version: delivery.version, qualityCheck: 'passed' })
        .expect(403);
    }
    expect(await agreementOf(id)).toEqual(before);
    expect((await team.get(`/api/v1/datasets/${id}/deliveries`).expect(200)).body).toEqual([delivery]);
  });
});

async function municipalityOf(t: TestApp, datasetId: string): Promise<string> {
  const [row] = await t.app
    .get(DataSource)
    .query('SELECT municipality_id FROM dataset WHERE id = $1', [datasetId]);
  return row.municipality_id;
}
