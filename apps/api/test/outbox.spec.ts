import { OutboxMailDto, OutboxMailPreview, OutboxPage } from '@datenlotse/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxMail } from '../src/mail/outbox-mail.entity';
import { startTestApp, TestApp } from './test-app';

const OUTBOX = '/api/v1/outbox';

/** The outbox screen's API: every mail with its status, the rendered preview, resend and cancel. */
describe('outbox API', () => {
  let t: TestApp;
  let db: DataSource;
  let municipalityId: string;
  let otherMunicipalityId: string;

  beforeAll(async () => {
    t = await startTestApp({ JOBS: 'false' });
    db = t.app.get(DataSource);
    [{ id: municipalityId }] = await db.query(`SELECT id FROM municipality ORDER BY created_at LIMIT 1`);
    [{ id: otherMunicipalityId }] = await db.query(
      `INSERT INTO municipality (name, geocode, version) VALUES ('Kleinstadt', '05158004', 1) RETURNING id`,
    );
  });
  afterAll(() => t.close());

  beforeEach(() => db.query(`DELETE FROM outbox_mail`));

  let created = Date.now();
  async function queue(mail: Partial<OutboxMail> = {}): Promise<OutboxMail> {
    const repository = db.getRepository(OutboxMail);
    const saved = await repository.save(
      repository.create({
        municipalityId,
        templateKey: 'delivery_due_soon',
        locale: 'de',
        to: ['amt32@demostadt.example'],
        cc: [],
        subject: 'Lieferung bald fällig',
        html: '<p>Die Lieferung <b>Sirenen</b> ist bald fällig.</p>',
        text: 'Die Lieferung Sirenen ist bald fällig.',
        attachments: [],
        idempotencyKey: randomUUID(),
        ...mail,
      }),
    );
    // Distinct creation times, so that "newest first" has one answer.
    created += 1000;
    await db.query(`UPDATE outbox_mail SET created_at = $2 WHERE id = $1`, [saved.id, new Date(created)]);
    return db.getRepository(OutboxMail).findOneByOrFail({ id: saved.id });
  }

  it('lists the mails newest first, filtered by status and template, without their content', async () => {
    const ics = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const oldest = await queue({ status: 'sent', sentAt: new Date() });
    const failed = await queue({
      templateKey: 'task_due',
      status: 'failed',
      attempts: 1,
      lastError: 'Recipient command failed: 550 5.1.1 User unknown',
    });
    const invitation = await queue({
      templateKey: 'interview_invitation',
      cc: ['team@demostadt.example'],
      attachments: [
        { fileName: 'termin.ics', contentType: 'text/calendar', content: ics.toString('base64') },
      ],
    });
    const team = await t.signIn('team');

    const page: OutboxPage = (await team.get(OUTBOX).expect(200)).body;
    expect(page.total).toBe(3);
    expect(page.items.map((m) => m.id)).toEqual([invitation.id, failed.id, oldest.id]);
    const [first] = page.items;
    expect(first).toMatchObject({
      templateKey: 'interview_invitation',
      to: ['amt32@demostadt.example'],
      cc: ['team@demostadt.example'],
      subject: 'Lieferung bald fällig',
      status: 'pending',
      attempts: 0,
      attachments: [{ fileName: 'termin.ics', contentType: 'text/calendar', size: ics.length }],
    });
    expect(first).not.toHaveProperty('html');
    expect(JSON.stringify(page)).not.toContain(ics.toString('base64'));

    const failedOnly: OutboxPage = (await team.get(`${OUTBOX}?status=failed`).expect(200)).body;
    expect(failedOnly.items.map((m) => m.id)).toEqual([failed.id]);
    expect(failedOnly.items[0].lastError).toContain('550');
    const tasks: OutboxPage = (await team.get(`${OUTBOX}?templateKey=task_due`).expect(200)).body;
    expect(tasks.items.map((m) => m.id)).toEqual([failed.id]);
    const paged: OutboxPage = (await team.get(`${OUTBOX}?limit=1&offset=1`).expect(200)).body;
    expect(paged).toMatchObject({ total: 3, items: [{ id: failed.id }] });
  });

  it('shows the rendered parts in the preview', async () => {
    const mail = await queue();
    const admin = await t.signIn('admin');
    const preview: OutboxMailPreview = (await admin.get(`${OUTBOX}/${mail.id}/preview`).expect(200)).body;
    expect(preview).toMatchObject({
      id: mail.id,
      subject: 'Lieferung bald fällig',
      html: '<p>Die Lieferung <b>Sirenen</b> ist bald fällig.</p>',
      text: 'Die Lieferung Sirenen ist bald fällig.',
    });
  });

  it("keeps another municipality's mails out of list, preview and actions", async () => {
    const foreign = await queue({ municipalityId: otherMunicipalityId, subject: 'Kleinstadt intern' });
    const team = await t.signIn('team');
    const page: OutboxPage = (await team.get(OUTBOX).expect(200)).body;
    expect(page.items.map((m) => m.id)).not.toContain(foreign.id);
    await team.get(`${OUTBOX}/${foreign.id}/preview`).expect(404);
    await team.post(`${OUTBOX}/${foreign.id}/cancel`).send({}).expect(404);
    expect((await db.getRepository(OutboxMail).findOneByOrFail({ id: foreign.id })).status).toBe('pending');
  });

  it('cancels a pending mail, audited; a mail that is not pending any more answers 409', async () => {
    const mail = await queue();
    const team = await t.signIn('team');
    const cancelled: OutboxMailDto = (await team.post(`${OUTBOX}/${mail.id}/cancel`).send({}).expect(200))
      .body;
    expect(cancelled).toMatchObject({ id: mail.id, status: 'cancelled' });

    const again = await team.post(`${OUTBOX}/${mail.id}/cancel`).send({}).expect(409);
    expect(again.body.current).toMatchObject({ id: mail.id, status: 'cancelled' });

    const sent = await queue({ status: 'sent', sentAt: new Date() });
    await team.post(`${OUTBOX}/${sent.id}/cancel`).send({}).expect(409);
    const sending = await queue({ status: 'sending', claimedAt: new Date() });
    await team.post(`${OUTBOX}/${sending.id}/cancel`).send({}).expect(409);

    const admin = await t.signIn('admin');
    const audit = (await admin.get(`/api/v1/audit?entity=outbox_mail&entityId=${mail.id}`).expect(200)).body;
    expect(audit).toHaveLength(1);
    expect(audit[0].diff.status).toEqual({ before: 'pending', after: 'cancelled' });
  });

  it('resends a failed or cancelled mail now, keeping its attempts; other mails answer 409', async () => {
    const failed = await queue({
      status: 'failed',
      attempts: 2,
      lastError: '550 5.1.1 User unknown',
      nextAttemptAt: new Date(Date.now() - 3600_000),
    });
    const before = Date.now();
    const team = await t.signIn('team');
    const resent: OutboxMailDto = (await team.post(`${OUTBOX}/${failed.id}/resend`).send({}).expect(200))
      .body;
    expect(resent).toMatchObject({ status: 'pending', attempts: 2, lastError: null });
    expect(Date.parse(resent.nextAttemptAt!)).toBeGreaterThanOrEqual(before - 5000);

    await team.post(`${OUTBOX}/${failed.id}/resend`).send({}).expect(409);
    const cancelled = await queue({ status: 'cancelled' });
    await team.post(`${OUTBOX}/${cancelled.id}/resend`).send({}).expect(200);
    const sent = await queue({ status: 'sent', sentAt: new Date() });
    await team.post(`${OUTBOX}/${sent.id}/resend`).send({}).expect(409);

    const admin = await t.signIn('admin');
    const audit = (await admin.get(`/api/v1/audit?entity=outbox_mail&entityId=${failed.id}`).expect(200))
      .body;
    expect(audit[0].diff.status).toEqual({ before: 'failed', after: 'pending' });
  });

  it('answers 409 with the mail as it is now when the version sent is stale', async () => {
    const mail = await queue({ status: 'failed', attempts: 1 });
    const team = await t.signIn('team');
    const stale = await team
      .post(`${OUTBOX}/${mail.id}/resend`)
      .send({ version: mail.version + 5 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: mail.id, status: 'failed', version: mail.version });
    await team.post(`${OUTBOX}/${mail.id}/resend`).send({ version: mail.version }).expect(200);
  });

  it('refuses bad input with 400 naming the field, an unknown mail with 404', async () => {
    const team = await t.signIn('team');
    const badStatus = await team.get(`${OUTBOX}?status=lost`).expect(400);
    expect(JSON.stringify(badStatus.body)).toContain('status');
    await team.get(`${OUTBOX}?templateKey=newsletter`).expect(400);
    await team.get(`${OUTBOX}?limit=0`).expect(400);
    await team.get(`${OUTBOX}/not-an-id/preview`).expect(400);
    const badVersion = await team.post(`${OUTBOX}/${randomUUID()}/cancel`).send({ version: 'x' }).expect(400);
    expect(JSON.stringify(badVersion.body)).toContain('version');
    await team.get(`${OUTBOX}/${randomUUID()}/preview`).expect(404);
    await team.post(`${OUTBOX}/${randomUUID()}/resend`).send({}).expect(404);
  });

  it('is for admins and the team only', async () => {
    const mail = await queue();
    for (const role of ['department_head', 'management'] as const) {
      const agent = await t.signIn(role);
      await agent.get(OUTBOX).expect(403);
      await agent.get(`${OUTBOX}/${mail.id}/preview`).expect(403);
      await agent.post(`${OUTBOX}/${mail.id}/cancel`).send({}).expect(403);
    }
    expect((await db.getRepository(OutboxMail).findOneByOrFail({ id: mail.id })).status).toBe('pending');
  });
});
