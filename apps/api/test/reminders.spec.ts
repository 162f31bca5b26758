import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { newToken } from '../src/app/auth/password';
import { ApprovalReminderJob } from '../src/mail/reminders/approval-reminder.job';
import { DeliveryDueSoonJob, DeliveryOverdueJob } from '../src/mail/reminders/delivery-reminder.jobs';
import * as support from '../src/mail/reminders/reminder-support';
import { RemindersService } from '../src/mail/reminders/reminders.service';
import { TaskDueJob } from '../src/mail/reminders/task-due.job';
import { insertContact, newDepartment } from './crm-fixtures';
import { startTestApp, TestApp } from './test-app';

interface MailRow {
  idempotency_key: string;
  to_addresses: string[];
  cc_addresses: string[];
  locale: string;
  subject: string;
  text_body: string;
}

/** 08:00 in Berlin on that day (CET: the test dates are in winter). */
const at = (day: string, time = '08:00') => new Date(`${day}T${time}:00+01:00`);

describe('reminder jobs (controllable clock)', () => {
  let t: TestApp;
  let db: DataSource;
  let reminders: RemindersService;
  let departmentId: string;
  let contactEmail: string;
  let ownerId: string;
  let contact: string;
  beforeAll(async () => {
    t = await startTestApp({ JOBS: 'false', DELIVERY_REMINDER_DAYS: '3', APPROVAL_REMINDER_DAYS: '3' });
    db = t.app.get(DataSource);
    reminders = t.app.get(RemindersService);
    const team = await t.signIn('team');
    ownerId = (await team.get('/api/v1/auth/me').expect(200)).body.user.id;
    departmentId = (await newDepartment(team, 'Amt für Erinnerungen')).id;
    const contactId = await insertContact(t, departmentId, 'Erna Erinnerung');
    contactEmail = 'erna.erinnerung@example.org';
    await db.query('UPDATE contact SET email = $2 WHERE id = $1', [contactId, contactEmail]);
    contact = contactId;
  });
  afterAll(() => t.close());

  const mails = (keyPrefix: string): Promise<MailRow[]> =>
    db.query(
      `SELECT idempotency_key, to_addresses, cc_addresses, locale, subject, text_body FROM outbox_mail
        WHERE idempotency_key LIKE $1 ORDER BY created_at, idempotency_key`,
      [`${keyPrefix}%`],
    );

  /** A dataset waiting for its delivery on `dueDate`, agreed with the contact. */
  async function agreement(title: string, dueDate: string, contactId: string | null = contact) {
    const [dataset] = await db.query(
      `INSERT INTO dataset (municipality_id, department_id, title, stage, owner_user_id, version)
         SELECT municipality_id, id, $2, 'delivery_scheduled', $3, 1 FROM department WHERE id = $1
         RETURNING id`,
      [departmentId, title, ownerId],
    );
    const [row] = await db.query(
      `INSERT INTO delivery_agreement (municipality_id, dataset_id, contact_id, method, format, schedule_kind,
          start_date, next_due_at, version)
         SELECT municipality_id, $1, $2, 'file_share', 'CSV', 'once', $3, $3, 1 FROM dataset WHERE id = $1
         RETURNING id`,
      [dataset.id, contactId, dueDate],
    );
    return { datasetId: dataset.id as string, agreementId: row.id as string };
  }

  it('reminds the contact of a delivery due in 3 days, once however often the job runs that day', async () => {
    const job = t.app.get(DeliveryDueSoonJob);
    const { agreementId, datasetId } = await agreement('Baumkataster', '2031-01-20');
    const key = `delivery_due_soon:${agreementId}`;

    await job.run(at('2031-01-16'));
    expect(await mails(key)).toHaveLength(0); // 4 days before: not yet

    for (let i = 0; i < 3; i++) await job.run(at('2031-01-17'));
    await job.run(at('2031-01-17', '23:55'));
    const sent = await mails(key);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      idempotency_key: `${key}:2031-01-20`,
      to_addresses: [contactEmail],
      locale: 'de',
    });
    expect(sent[0].subject).toContain('Baumkataster');
    expect(sent[0].text_body).toContain('20.01.2031');
    expect(sent[0].text_body).toContain('Dateiablage');
    expect(sent[0].text_body).toContain(`${t.config.publicUrl}/datasets/${datasetId}`);

    await job.run(at('2031-01-18')); // 2 days before: the same due date was reminded
    expect(await mails(key)).toHaveLength(1);
  });

  it('reminds of an overdue delivery on the first overdue day with the owner in copy, then weekly', async () => {
    const job = t.app.get(DeliveryOverdueJob);
    const { agreementId } = await agreement('Parkplatzbelegung', '2031-02-03');
    const key = `delivery_overdue:${agreementId}`;

    await job.run(at('2031-02-03')); // due today: not overdue
    expect(await mails(key)).toHaveLength(0);

    for (let i = 0; i < 3; i++) await job.run(at('2031-02-04'));
    await job.run(at('2031-02-04', '22:00'));
    const first = await mails(key);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      to_addresses: [contactEmail],
      cc_addresses: ['team@demo.datenlotse.de'],
    });
    expect(first[0].text_body).toContain('1 Tagen');

    for (const day of ['2031-02-05', '2031-02-09']) await job.run(at(day));
    expect(await mails(key)).toHaveLength(1); // up to 6 days overdue: nothing more

    for (const day of ['2031-02-10', '2031-02-11', '2031-02-16']) await job.run(at(day));
    const second = await mails(key); // 7 days overdue: the second week's reminder, then nothing up to 13
    expect(second.map((m) => m.idempotency_key)).toEqual([`${key}:2031-02-03:0`, `${key}:2031-02-03:1`]);
    expect(second[1].text_body).toContain('7 Tagen');

    await job.run(at('2031-02-17'));
    expect(await mails(key)).toHaveLength(3);
  });

  it('leaves out a delivery whose contact has no email and a dataset on hold', async () => {
    const noEmail = await insertContact(t, departmentId, 'Otto Ohnemail');
    const withoutEmail = await agreement('Ohne Adresse', '2031-03-01', noEmail);
    const onHold = await agreement('Zurückgestellt', '2031-03-01');
    await db.query(`UPDATE dataset SET stage = 'on_hold' WHERE id = $1`, [onHold.datasetId]);

    await reminders.runAll(at('2031-03-05'));
    expect(await mails(`delivery_overdue:${withoutEmail.agreementId}`)).toHaveLength(0);
    expect(await mails(`delivery_overdue:${onHold.agreementId}`)).toHaveLength(0);
  });

  it('reminds the assignee of an open task on its due day, once, in the language of their account', async () => {
    const job = t.app.get(TaskDueJob);
    const [{ id: userId }] = await db.query(
      `INSERT INTO app_user (municipality_id, email, name, role, locale, version)
         SELECT municipality_id, 'tom.task@example.org', 'Tom Task', 'team', 'en', 1 FROM department WHERE id = $1
         RETURNING id`,
      [departmentId],
    );
    const task = async (title: string, status: string, assignee: string | null) =>
      (
        await db.query(
          `INSERT INTO task (municipality_id, title, due_at, assignee_user_id, status, department_id, version)
             SELECT municipality_id, $2, '2031-04-08', $3, $4, id, 1 FROM department WHERE id = $1 RETURNING id`,
          [departmentId, title, assignee, status],
        )
      )[0].id as string;
    const open = await task('Rückruf Vermessungsamt', 'open', userId);
    const done = await task('Erledigt', 'done', userId);
    const unassigned = await task('Niemandes Aufgabe', 'open', null);

    await job.run(at('2031-04-07'));
    expect(await mails(`task_due:${open}`)).toHaveLength(0);
    for (let i = 0; i < 3; i++) await job.run(at('2031-04-08'));
    await job.run(at('2031-04-08', '21:30'));
    const sent = await mails(`task_due:${open}`);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      idempotency_key: `task_due:${open}:2031-04-08`,
      to_addresses: ['tom.task@example.org'],
      locale: 'en',
    });
    expect(sent[0].subject).toContain('Rückruf Vermessungsamt');
    expect(sent[0].text_body).toContain(`${t.config.publicUrl}/tasks`);
    await job.run(at('2031-04-09'));
    expect(await mails(`task_due:${open}`)).toHaveLength(1);
    expect(await mails(`task_due:${done}`)).toHaveLength(0);
    expect(await mails(`task_due:${unassigned}`)).toHaveLength(0);
  });

  it('reminds the head of an approval pending for 3 days, once per 3 days, with a link that works', async () => {
    const job = t.app.get(ApprovalReminderJob);
    const head = await insertContact(t, departmentId, 'Hanna Haupt');
    await db.query(`UPDATE contact SET email = 'hanna.haupt@example.org', is_head = true WHERE id = $1`, [
      head,
    ]);
    const { datasetId } = await agreement('Freigabe-Datensatz', '2032-01-01');
    const firstLink = newToken(); // the link of the request's own mail
    const [{ id: requestId }] = await db.query(
      `INSERT INTO approval_request (municipality_id, dataset_id, department_id, requested_by_user_id,
          approver_contact_id, status, token_hash, expires_at, created_at, version)
         SELECT municipality_id, id, department_id, $2, $3, 'pending', $6, $4, $5, 1
           FROM dataset WHERE id = $1 RETURNING id`,
      [datasetId, ownerId, head, at('2031-05-20'), at('2031-05-06', '16:00'), firstLink.hash],
    );
    const key = `approval_reminder:${requestId}`;

    await job.run(at('2031-05-08')); // 2 days pending
    expect(await mails(key)).toHaveLength(0);

    for (let i = 0; i < 3; i++) await job.run(at('2031-05-09'));
    const first = await mails(key);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      idempotency_key: `${key}:1`,
      to_addresses: ['hanna.haupt@example.org'],
    });
    expect(first[0].text_body).toContain('Tara Team');
    expect(first[0].text_body).toContain('20.05.2031');
    // The mail's link is the request's link now: its token hashes to what is stored.
    const token = /\/freigabe\/([A-Za-z0-9_-]{43})/.exec(first[0].text_body)?.[1] as string;
    const [{ token_hash }] = await db.query('SELECT token_hash FROM approval_request WHERE id = $1', [
      requestId,
    ]);
    expect(createHash('sha256').update(token).digest('hex')).toBe(token_hash);

    // …and opens the request's page (the link service judges it against the real clock: the test dates lie ahead).
    const page = await t.anonymous().get(`/api/v1/approval-links/${token}`).expect(200);
    expect(page.body).toMatchObject({ state: 'open', dataset: { title: 'Freigabe-Datensatz' } });
    // The first mail's link still works: a head who opens the older mail is not turned away.
    const older = await t.anonymous().get(`/api/v1/approval-links/${firstLink.token}`).expect(200);
    expect(older.body).toMatchObject({ state: 'open' });

    await job.run(at('2031-05-11')); // 5 days: still the first period, and the link stays the one mailed
    expect(await mails(key)).toHaveLength(1);
    expect((await db.query('SELECT token_hash FROM approval_request WHERE id = $1', [requestId]))[0]).toEqual(
      {
        token_hash,
      },
    );
    await job.run(at('2031-05-12')); // 6 days: the second reminder
    expect((await mails(key)).map((m) => m.idempotency_key)).toEqual([`${key}:1`, `${key}:2`]);

    await db.query(`UPDATE approval_request SET status = 'approved' WHERE id = $1`, [requestId]);
    await job.run(at('2031-05-15'));
    expect(await mails(key)).toHaveLength(2); // decided: no more reminders
  });

  it('expires a request whose link ran out before reminding, and reminds of it no more', async () => {
    const job = t.app.get(ApprovalReminderJob);
    const head = await insertContact(t, departmentId, 'Henrik Haupt');
    await db.query(`UPDATE contact SET email = 'henrik.haupt@example.org' WHERE id = $1`, [head]);
    const { datasetId } = await agreement('Abgelaufene Freigabe', '2032-01-01');
    const [{ id: requestId }] = await db.query(
      `INSERT INTO approval_request (municipality_id, dataset_id, department_id, approver_contact_id, status,
          token_hash, expires_at, created_at, version)
         SELECT municipality_id, id, department_id, $2, 'pending', 'expiring-hash', $3, $4, 1
           FROM dataset WHERE id = $1 RETURNING id`,
      [datasetId, head, at('2031-08-15'), at('2031-08-01')],
    );
    await job.run(at('2031-08-16'));
    expect(await mails(`approval_reminder:${requestId}`)).toHaveLength(0);
    const [request] = await db.query('SELECT status, token_hash FROM approval_request WHERE id = $1', [
      requestId,
    ]);
    expect(request).toEqual({ status: 'expired', token_hash: 'expiring-hash' });
  });

  it('skips a run without error while another instance holds the job lock, and runs once it is free', async () => {
    const job = t.app.get(TaskDueJob);
    const [{ id: taskId }] = await db.query(
      `INSERT INTO task (municipality_id, title, due_at, assignee_user_id, status, version)
         SELECT municipality_id, 'Gesperrt', '2031-06-02', $1, 'open', 1 FROM app_user WHERE id = $1 RETURNING id`,
      [ownerId],
    );
    const release = await holdLock(t, support.JOB_LOCKS.taskDue);
    try {
      await expect(job.run(at('2031-06-02'))).resolves.toMatchObject({ skipped: true, queued: 0 });
      expect(await mails(`task_due:${taskId}`)).toHaveLength(0);
    } finally {
      await release();
    }
    await expect(job.run(at('2031-06-02'))).resolves.toMatchObject({ skipped: false, queued: 1 });
    expect(await mails(`task_due:${taskId}`)).toHaveLength(1);
  });

  it('runs every job in one call', async () => {
    const results = await reminders.runAll(at('2031-07-01'));
    expect(results.map((r) => r.job)).toEqual([
      'delivery_due_soon',
      'delivery_overdue',
      'task_due',
      'approval_reminder',
    ]);
    expect(results.every((r) => !r.skipped)).toBe(true);
  });
});

/**
 * Another instance holding the job's lock. On a PostgreSQL server: a second session that takes the advisory
 * lock in an open transaction. The embedded database has a single session for every connection (advisory
 * locks are re-entrant within a session), so there the lock is reported as taken instead.
 */
async function holdLock(t: TestApp, key: number): Promise<() => Promise<void>> {
  if (t.config.databaseUrl) {
    const other = new Client({ connectionString: t.config.databaseUrl });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);
    return async () => {
      await other.query('ROLLBACK');
      await other.end();
    };
  }
  const spy = jest.spyOn(support, 'tryJobLock').mockResolvedValue(false);
  return async () => spy.mockRestore();
}
