import { ApprovalRequestDto, DatasetDto, DepartmentDto } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { APPROVAL_EXPIRY, ApprovalExpiry } from '../src/mail/reminders/approval-reminder.job';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

interface OutboxRow {
  to_addresses: string[];
  subject: string;
  html: string;
  text_body: string;
  locale: string;
}

describe('approval requests in the app (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;
  let head: TestAgent;
  let admin: TestAgent;
  let management: TestAgent;
  let feuerwehr: DepartmentDto;
  let other: DepartmentDto;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    [team, head, admin, management] = await Promise.all([
      t.signIn('team'),
      t.signIn('department_head'),
      t.signIn('admin'),
      t.signIn('management'),
    ]);
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    feuerwehr = departments.find((d) => d.name === DEMO_HEAD_DEPARTMENT)!;
    other = await newDepartment(team, 'Amt für Freigabetests');
    const contactId = await insertContact(t, other.id, 'Olga Amtsleiterin');
    await db.query(`UPDATE contact SET is_head = true, email = 'olga@demo.datenlotse.de' WHERE id = $1`, [
      contactId,
    ]);
  });
  afterAll(() => t.close());

  /** A dataset of the department, put into the stage the test needs as if it had got there earlier. */
  const dataset = async (title: string, departmentId = feuerwehr.id, stage = 'awaiting_approval') => {
    const created: DatasetDto = (
      await team.post('/api/v1/datasets').send({ title, departmentId }).expect(201)
    ).body;
    await db.query(`UPDATE dataset SET stage = $2 WHERE id = $1`, [created.id, stage]);
    return created.id;
  };
  const requestFor = async (datasetId: string): Promise<ApprovalRequestDto> =>
    (await team.post(`/api/v1/datasets/${datasetId}/approval-requests`).send({}).expect(201)).body;
  const outbox = async (key: string): Promise<OutboxRow[]> =>
    db.query(
      `SELECT to_addresses, subject, html, text_body, locale FROM outbox_mail WHERE idempotency_key = $1`,
      [key],
    );
  const stageOf = async (datasetId: string) =>
    (await db.query(`SELECT stage, approval_granted FROM dataset WHERE id = $1`, [datasetId]))[0];

  it('refuses a request while the dataset does not await approval, and writes nothing', async () => {
    const id = await dataset('Hydranten', feuerwehr.id, 'in_review');
    const res = await team.post(`/api/v1/datasets/${id}/approval-requests`).send({}).expect(409);
    expect(res.body).toMatchObject({ stage: 'in_review' });
    expect((await team.get(`/api/v1/datasets/${id}/approval-requests`).expect(200)).body).toEqual([]);
  });

  it('asks the department head: a pending request and a mail with the link to the head', async () => {
    const id = await dataset('Feuerwachen');
    const request = await requestFor(id);
    expect(request).toMatchObject({
      datasetId: id,
      datasetTitle: 'Feuerwachen',
      departmentId: feuerwehr.id,
      status: 'pending',
      approverName: 'Dr. Hanna Brandt',
      approverEmail: 'amtsleitung@demo.datenlotse.de',
      requestedByName: 'Tara Team',
      decidedAt: null,
    });
    expect(request.approverUserId).not.toBeNull();
    const days = (Date.parse(request.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const [mail] = await outbox(`approval_request:${request.id}`);
    expect(mail.to_addresses).toEqual(['amtsleitung@demo.datenlotse.de']);
    expect(mail.text_body).toContain('Feuerwachen');
    expect(mail.html).toMatch(/\/freigabe\/[A-Za-z0-9_-]{43}/);
    expect(mail.text_body).toMatch(/\/freigabe\/[A-Za-z0-9_-]{43}/);
    // One pending request per dataset.
    await team.post(`/api/v1/datasets/${id}/approval-requests`).send({}).expect(409);
    // The head finds it among the Freigaben; management reads everything.
    const pending: ApprovalRequestDto[] = (await head.get('/api/v1/approvals?status=pending').expect(200))
      .body;
    expect(pending.map((r) => r.id)).toContain(request.id);
    await management.get(`/api/v1/approvals/${request.id}`).expect(200);
  });

  it('names the approver field when the department has nobody to ask', async () => {
    const bare = await newDepartment(team, 'Amt ohne Leitung');
    const id = await dataset('Parkhäuser', bare.id);
    const res = await team.post(`/api/v1/datasets/${id}/approval-requests`).send({}).expect(400);
    expect(res.body.fields).toHaveProperty('approverContactId');
    const stranger = await insertContact(t, other.id, 'Fremde Person');
    const wrong = await team
      .post(`/api/v1/datasets/${id}/approval-requests`)
      .send({ approverContactId: stranger })
      .expect(400);
    expect(wrong.body.fields).toHaveProperty('approverContactId');
  });

  it('approved in the app by the Feuerwehr head: the dataset is approved and the team hears of it', async () => {
    const id = await dataset('Sirenenstandorte');
    const request = await requestFor(id);
    const decided: ApprovalRequestDto = (
      await head.post(`/api/v1/approvals/${request.id}/decision`).send({ decision: 'approved' }).expect(200)
    ).body;
    expect(decided).toMatchObject({
      status: 'approved',
      decidedVia: 'app',
      decidedByName: 'Dr. Hanna Brandt',
    });
    expect(await stageOf(id)).toEqual({ stage: 'approved', approval_granted: true });
    const history = (await team.get(`/api/v1/datasets/${id}/history`).expect(200)).body;
    expect(history[0]).toMatchObject({ from: 'awaiting_approval', to: 'approved', via: 'approval' });
    const [mail] = await outbox(`approval_decided:${request.id}`);
    expect(mail.to_addresses).toEqual(['team@demo.datenlotse.de']);
    expect(mail.text_body).toContain('Sirenenstandorte');
    const audit = (
      await admin.get(`/api/v1/audit?entity=approval_request&entityId=${request.id}`).expect(200)
    ).body;
    expect(audit[0].diff).toMatchObject({ status: { after: 'approved' }, decidedVia: { after: 'app' } });
    // Decided once: a second decision is refused.
    await head
      .post(`/api/v1/approvals/${request.id}/decision`)
      .send({ decision: 'rejected', comment: 'x' })
      .expect(409);
  });

  it('needs a reason to reject and a comment to ask for changes; changes send the dataset back', async () => {
    const id = await dataset('Rettungswachen');
    const request = await requestFor(id);
    const bare = await head
      .post(`/api/v1/approvals/${request.id}/decision`)
      .send({ decision: 'rejected' })
      .expect(400);
    expect(bare.body.codes).toEqual({ comment: ['reasonRequired'] });
    await head
      .post(`/api/v1/approvals/${request.id}/decision`)
      .send({ decision: 'changes_requested', comment: '  ' })
      .expect(400);
    expect((await stageOf(id)).stage).toBe('awaiting_approval');
    await head
      .post(`/api/v1/approvals/${request.id}/decision`)
      .send({ decision: 'changes_requested', comment: 'Bitte ohne Privatadressen.' })
      .expect(200);
    expect((await stageOf(id)).stage).toBe('changes_requested');
    const history = (await team.get(`/api/v1/datasets/${id}/history`).expect(200)).body;
    expect(history[0]).toMatchObject({ to: 'changes_requested', reason: 'Bitte ohne Privatadressen.' });
  });

  it('a rejection puts the dataset on hold with the reason', async () => {
    const id = await dataset('Einsatzberichte');
    const request = await requestFor(id);
    await head
      .post(`/api/v1/approvals/${request.id}/decision`)
      .send({ decision: 'rejected', comment: 'Personenbezug' })
      .expect(200);
    const history = (await team.get(`/api/v1/datasets/${id}/history`).expect(200)).body;
    expect(history[0]).toMatchObject({ to: 'on_hold', reason: 'Freigabe abgelehnt: Personenbezug' });
  });

  it("keeps another department's requests from the head (404); management may not decide; an admin may, as admin", async () => {
    const id = await dataset('Spielgeräte', other.id);
    const request = await requestFor(id);
    expect(request.approverName).toBe('Olga Amtsleiterin');
    await head.get(`/api/v1/approvals/${request.id}`).expect(404);
    const seen: ApprovalRequestDto[] = (await head.get('/api/v1/approvals').expect(200)).body;
    expect(seen.map((r) => r.id)).not.toContain(request.id);
    await head.post(`/api/v1/approvals/${request.id}/decision`).send({ decision: 'approved' }).expect(404);
    await management
      .post(`/api/v1/approvals/${request.id}/decision`)
      .send({ decision: 'approved' })
      .expect(403);
    await team.post(`/api/v1/approvals/${request.id}/decision`).send({ decision: 'approved' }).expect(403);
    expect((await stageOf(id)).stage).toBe('awaiting_approval');
    await admin.post(`/api/v1/approvals/${request.id}/decision`).send({ decision: 'approved' }).expect(200);
    expect((await stageOf(id)).stage).toBe('approved');
    const audit = (
      await admin.get(`/api/v1/audit?entity=approval_request&entityId=${request.id}`).expect(200)
    ).body;
    expect(audit[0].diff).toMatchObject({ decidedAs: { after: 'admin' } });
  });

  it('an expired request cannot be decided and is written down as expired', async () => {
    const id = await dataset('Löschwasserentnahmestellen');
    const request = await requestFor(id);
    await db.query(`UPDATE approval_request SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      request.id,
    ]);
    expect((await head.get(`/api/v1/approvals/${request.id}`).expect(200)).body.status).toBe('expired');
    await head.post(`/api/v1/approvals/${request.id}/decision`).send({ decision: 'approved' }).expect(409);
    const [row] = await db.query(`SELECT status FROM approval_request WHERE id = $1`, [request.id]);
    expect(row.status).toBe('expired');
    expect(await stageOf(id)).toEqual({ stage: 'awaiting_approval', approval_granted: false });
    // A new request can be made once the old one has run out.
    const second = await requestFor(id);
    // The reminder job expires what ran out through the provider the approvals module registers for it.
    await db.query(`UPDATE approval_request SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      second.id,
    ]);
    const expiry = t.app.get<ApprovalExpiry>(APPROVAL_EXPIRY, { strict: false });
    expect(await db.transaction((manager) => expiry.expireOverdue(manager, new Date()))).toBe(1);
    expect(await db.transaction((manager) => expiry.expireOverdue(manager, new Date()))).toBe(0);
    const [again] = await db.query(`SELECT status FROM approval_request WHERE id = $1`, [second.id]);
    expect(again.status).toBe('expired');
  });

  it('withdrawn by the team: no longer pending, not decidable, and the dataset keeps its history', async () => {
    const id = await dataset('Katastrophenschutz-Leuchttürme');
    const request = await requestFor(id);
    const withdrawn: ApprovalRequestDto = (
      await team.post(`/api/v1/approvals/${request.id}/withdraw`).expect(200)
    ).body;
    expect(withdrawn.status).toBe('withdrawn');
    await head.post(`/api/v1/approvals/${request.id}/decision`).send({ decision: 'approved' }).expect(409);
    await team.post(`/api/v1/approvals/${request.id}/withdraw`).expect(409);
    await head.post(`/api/v1/approvals/${request.id}/withdraw`).expect(403);
    const list: ApprovalRequestDto[] = (
      await team.get(`/api/v1/datasets/${id}/approval-requests`).expect(200)
    ).body;
    expect(list.map((r) => [r.id, r.status])).toEqual([[request.id, 'withdrawn']]);
  });

  it('stores the link only as a hash', async () => {
    const id = await dataset('Rauchmelderpflicht');
    const request = await requestFor(id);
    const [mail] = await outbox(`approval_request:${request.id}`);
    const token = /\/freigabe\/([A-Za-z0-9_-]{43})/.exec(mail.text_body)![1];
    const [row] = await db.query(`SELECT * FROM approval_request WHERE id = $1`, [request.id]);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
