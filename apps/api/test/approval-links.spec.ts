import { ApprovalLinkView, ApprovalRequestDto, DatasetDto, DepartmentDto } from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DEMO_HEAD_DEPARTMENT } from '../src/database/seeds/demo-organisation';
import { startTestApp, TestApp } from './test-app';

const link = (token: string) => `/api/v1/approval-links/${token}`;

describe('the approval link in the mail (HTTP, no session)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;
  let feuerwehr: DepartmentDto;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    team = await t.signIn('team');
    const departments: DepartmentDto[] = (await team.get('/api/v1/departments').expect(200)).body;
    feuerwehr = departments.find((d) => d.name === DEMO_HEAD_DEPARTMENT)!;
  });
  afterAll(() => t.close());

  /** A Feuerwehr dataset awaiting approval, a request for it, and the token read from the queued mail. */
  const requested = async (title: string, more: object = {}) => {
    const dataset: DatasetDto = (
      await team
        .post('/api/v1/datasets')
        .send({ title, departmentId: feuerwehr.id, ...more })
        .expect(201)
    ).body;
    await db.query(`UPDATE dataset SET stage = 'awaiting_approval' WHERE id = $1`, [dataset.id]);
    const request: ApprovalRequestDto = (
      await team
        .post(`/api/v1/datasets/${dataset.id}/approval-requests`)
        .send({ message: 'Bitte prüfen' })
        .expect(201)
    ).body;
    const [mail] = await db.query(`SELECT html FROM outbox_mail WHERE idempotency_key = $1`, [
      `approval_request:${request.id}`,
    ]);
    const token = /\/freigabe\/([A-Za-z0-9_-]{43})/.exec(mail.html)![1];
    return { datasetId: dataset.id, request, token };
  };
  const view = async (token: string, status = 200): Promise<ApprovalLinkView> =>
    (await t.anonymous().get(link(token)).expect(status)).body;
  const stageOf = async (datasetId: string): Promise<string> =>
    (await db.query(`SELECT stage FROM dataset WHERE id = $1`, [datasetId]))[0].stage;

  it('shows the head the dataset, its licence and its objections with their outcomes', async () => {
    const { datasetId, token } = await requested('Defibrillatoren', {
      description: 'Öffentlich zugängliche Defibrillatoren.',
      license: 'dl-by-de/2.0',
      attributionText: 'Stadt Demostadt, Feuerwehr',
      formats: ['CSV', 'GeoJSON'],
      accrualPeriodicity: 'MONTHLY',
    });
    await team
      .post('/api/v1/objections')
      .send({ datasetId, category: 'privacy', statement: 'Privatadressen von Ersthelfern' })
      .expect(201);
    const page = await view(token);
    expect(page).toMatchObject({
      state: 'open',
      request: {
        status: 'pending',
        requestedByName: 'Tara Team',
        approverName: 'Dr. Hanna Brandt',
        message: 'Bitte prüfen',
      },
      dataset: {
        title: 'Defibrillatoren',
        description: 'Öffentlich zugängliche Defibrillatoren.',
        departmentName: DEMO_HEAD_DEPARTMENT,
        stage: 'awaiting_approval',
        licenseLabel: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
        attributionText: 'Stadt Demostadt, Feuerwehr',
        formats: ['CSV', 'GeoJSON'],
        accrualPeriodicity: 'MONTHLY',
        containsPersonalData: false,
        objections: [{ category: 'privacy', statement: 'Privatadressen von Ersthelfern', status: 'open' }],
      },
    });
    expect(page.municipalityName).toBeTruthy();
  });

  it('approves once through the link; the link then says used and a replay changes nothing', async () => {
    const { datasetId, request, token } = await requested('Feuerwachen-Standorte');
    const after: ApprovalLinkView = (
      await t.anonymous().post(link(token)).send({ decision: 'approved' }).expect(200)
    ).body;
    expect(after.state).toBe('used');
    expect(await stageOf(datasetId)).toBe('approved');
    const decided: ApprovalRequestDto = (await team.get(`/api/v1/approvals/${request.id}`).expect(200)).body;
    expect(decided).toMatchObject({
      status: 'approved',
      decidedVia: 'email_link',
      decidedByName: 'Dr. Hanna Brandt',
    });
    const [row] = await db.query(`SELECT version FROM approval_request WHERE id = $1`, [request.id]);
    const replay = await t
      .anonymous()
      .post(link(token))
      .send({ decision: 'changes_requested', comment: 'doch nicht' })
      .expect(409);
    expect(replay.body.status).toBe('approved');
    expect((await view(token)).state).toBe('used');
    expect(await stageOf(datasetId)).toBe('approved');
    const [again] = await db.query(`SELECT version, comment FROM approval_request WHERE id = $1`, [
      request.id,
    ]);
    expect(again).toEqual({ version: row.version, comment: null });
    const [mail] = await db.query(`SELECT to_addresses FROM outbox_mail WHERE idempotency_key = $1`, [
      `approval_decided:${request.id}`,
    ]);
    expect(mail.to_addresses).toEqual(['team@demo.datenlotse.de']);
  });

  it('refuses a rejection without a reason (400) and keeps the link open', async () => {
    const { datasetId, token } = await requested('Rettungsmittel');
    const res = await t.anonymous().post(link(token)).send({ decision: 'rejected' }).expect(400);
    expect(res.body.codes).toEqual({ comment: ['reasonRequired'] });
    expect((await view(token)).state).toBe('open');
    await t.anonymous().post(link(token)).send({ decision: 'rejected', comment: 'Zu früh' }).expect(200);
    expect(await stageOf(datasetId)).toBe('on_hold');
  });

  it('an expired link shows expired and decides nothing', async () => {
    const { datasetId, request, token } = await requested('Brandschutzbedarfsplan');
    await db.query(`UPDATE approval_request SET expires_at = now() - interval '1 day' WHERE id = $1`, [
      request.id,
    ]);
    expect(await view(token)).toMatchObject({
      state: 'expired',
      dataset: { title: 'Brandschutzbedarfsplan' },
    });
    await t.anonymous().post(link(token)).send({ decision: 'approved' }).expect(409);
    expect(await stageOf(datasetId)).toBe('awaiting_approval');
    expect((await view(token)).request?.status).toBe('expired');
  });

  it('a withdrawn request shows withdrawn and decides nothing', async () => {
    const { datasetId, request, token } = await requested('Sirenenprobealarm');
    await team.post(`/api/v1/approvals/${request.id}/withdraw`).expect(200);
    expect((await view(token)).state).toBe('withdrawn');
    await t.anonymous().post(link(token)).send({ decision: 'approved' }).expect(409);
    expect(await stageOf(datasetId)).toBe('awaiting_approval');
  });

  it('answers 404 for tampered, malformed and unknown tokens, and decides nothing', async () => {
    const { datasetId, token } = await requested('Leitstellenstatistik');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const res = await t.anonymous().get(link(tampered)).expect(404);
    expect(res.body.state).toBe('invalid');
    await t.anonymous().post(link(tampered)).send({ decision: 'approved' }).expect(404);
    await t.anonymous().get(link('kurz')).expect(404);
    await t
      .anonymous()
      .get(link(`${token}x`))
      .expect(404);
    expect(await stageOf(datasetId)).toBe('awaiting_approval');
    expect((await view(token)).state).toBe('open');
  });

  it('a head without a user account decides as the contact: no actor, the contact in the audit', async () => {
    // The department head's address no longer matches a user: the request goes to the contact alone.
    await db.query(
      `UPDATE contact SET email = 'brandt.privat@demo.datenlotse.de' WHERE name = 'Dr. Hanna Brandt'`,
    );
    try {
      const { datasetId, request, token } = await requested('Hydrantenplan');
      expect(request.approverUserId).toBeNull();
      await t.anonymous().post(link(token)).send({ decision: 'approved' }).expect(200);
      expect(await stageOf(datasetId)).toBe('approved');
      const [event] = await db.query(
        `SELECT actor_user_id, diff FROM audit_event WHERE entity = 'approval_request' AND entity_id = $1
          ORDER BY at DESC LIMIT 1`,
        [request.id],
      );
      expect(event.actor_user_id).toBeNull();
      expect(event.diff).toMatchObject({
        decidedVia: { after: 'email_link' },
        approverContactId: { after: request.approverContactId },
      });
    } finally {
      await db.query(
        `UPDATE contact SET email = 'amtsleitung@demo.datenlotse.de' WHERE name = 'Dr. Hanna Brandt'`,
      );
    }
  });
});
