import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MailWorker, NO_SMTP } from '../src/mail/mail-worker';
import { OutboxAttachment, OutboxMail } from '../src/mail/outbox-mail.entity';
import {
  header,
  parseMime,
  partOfType,
  leafParts,
  SmtpTestServer,
  startSmtpTestServer,
} from './smtp-test-server';
import { startTestApp, TestApp } from './test-app';

const MINUTE = 60_000;
const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Gespräch Ordnungsamt\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

/** The outbox worker against a real SMTP server on loopback, with a clock the tests move. */
describe('mail worker', () => {
  let smtp: SmtpTestServer;
  let t: TestApp;
  let db: DataSource;
  let worker: MailWorker;
  let municipalityId: string;
  /** The test's "now": real time at the start, moved forward by the tests instead of sleeping. */
  let t0: Date;
  const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    // JOBS=false: the background loop would race the tests' runOnce.
    t = await startTestApp({
      SMTP_URL: smtp.url,
      JOBS: 'false',
      MAIL_FROM: 'Datenlotse Demostadt <opendata@demostadt.example>',
    });
    db = t.app.get(DataSource);
    worker = t.app.get(MailWorker);
    [{ id: municipalityId }] = await db.query(`SELECT id FROM municipality ORDER BY created_at LIMIT 1`);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  beforeEach(async () => {
    await smtp.start();
    smtp.messages.length = 0;
    smtp.rejected.clear();
    smtp.deferred.clear();
    // Whatever the demo or an earlier test queued would be counted in the runs' results.
    await db.query(`DELETE FROM outbox_mail`);
    t0 = new Date();
  });

  async function queue(mail: Partial<OutboxMail> = {}): Promise<OutboxMail> {
    const repository = db.getRepository(OutboxMail);
    return repository.save(
      repository.create({
        municipalityId,
        templateKey: 'task_due',
        locale: 'de',
        to: ['amt32@demostadt.example'],
        cc: [],
        subject: 'Aufgabe fällig',
        html: '<p>Bitte erledigen.</p>',
        text: 'Bitte erledigen.',
        attachments: [],
        idempotencyKey: randomUUID(),
        nextAttemptAt: t0,
        ...mail,
      }),
    );
  }

  const row = (id: string) => db.getRepository(OutboxMail).findOneByOrFail({ id });
  const messageIds = () => smtp.messages.map((m) => header(parseMime(m.raw), 'message-id')[0]);

  it('delivers a mail with its recipients, subject, both parts and the attachment', async () => {
    const ics: OutboxAttachment = {
      fileName: 'gespraech.ics',
      contentType: 'text/calendar',
      content: Buffer.from(ICS).toString('base64'),
    };
    const mail = await queue({
      templateKey: 'interview_invitation',
      to: ['leitung@ordnungsamt.example', 'vertretung@ordnungsamt.example'],
      cc: ['team@demostadt.example'],
      subject: 'Einladung zum Gespräch über offene Daten',
      html: '<p>Guten Tag, wir laden Sie <strong>herzlich</strong> ein.</p>',
      text: 'Guten Tag, wir laden Sie herzlich ein.',
      attachments: [ics],
    });

    expect(await worker.runOnce(t0)).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(smtp.messages).toHaveLength(1);
    const [received] = smtp.messages;
    expect(received.from).toBe('opendata@demostadt.example');
    expect([...received.rcpt].sort()).toEqual([
      'leitung@ordnungsamt.example',
      'team@demostadt.example',
      'vertretung@ordnungsamt.example',
    ]);
    const message = parseMime(received.raw);
    expect(header(message, 'subject')).toEqual(['Einladung zum Gespräch über offene Daten']);
    expect(header(message, 'to')[0]).toBe('leitung@ordnungsamt.example, vertretung@ordnungsamt.example');
    expect(header(message, 'cc')).toEqual(['team@demostadt.example']);
    expect(header(message, 'from')[0]).toBe('Datenlotse Demostadt <opendata@demostadt.example>');
    expect(header(message, 'message-id')[0]).toContain(mail.id);
    expect(partOfType(message, 'text/plain')?.body).toContain('Guten Tag, wir laden Sie herzlich ein.');
    expect(partOfType(message, 'text/html')?.body).toContain('<strong>herzlich</strong>');
    const attachment = leafParts(message).find((p) =>
      header(p, 'content-disposition').some((d) => d.includes('filename=gespraech.ics')),
    );
    expect(header(attachment!, 'content-type')[0]).toMatch(/^text\/calendar/);
    expect(attachment?.body).toBe(ICS);

    const sent = await row(mail.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null, claimedAt: null });
    expect(sent.sentAt?.getTime()).toBe(t0.getTime());
  });

  it('keeps a line break in a subject from adding a header: one Subject line, no Bcc', async () => {
    await queue({ subject: 'Erinnerung\r\nBcc: spion@evil.example' });
    await worker.runOnce(t0);
    const [received] = smtp.messages;
    expect(received.rcpt).toEqual(['amt32@demostadt.example']);
    const message = parseMime(received.raw);
    expect(header(message, 'subject')).toEqual(['Erinnerung Bcc: spion@evil.example']);
    expect(header(message, 'bcc')).toEqual([]);
    expect(received.raw).not.toMatch(/^Bcc:/im);
  });

  it('sends every mail exactly once when the server was down for a while and came back', async () => {
    await smtp.stop();
    const mails = await Promise.all([1, 2, 3].map((n) => queue({ subject: `Mail ${n}` })));

    expect(await worker.runOnce(t0)).toEqual({ sent: 0, failed: 0, retried: 3 });
    const first = await row(mails[0].id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(first.nextAttemptAt?.getTime()).toBe(at(1).getTime());

    // Not due yet: nothing is tried.
    expect(await worker.runOnce(at(0.5))).toEqual({ sent: 0, failed: 0, retried: 0 });
    // Still down a minute later: the next wait is 2 minutes.
    expect(await worker.runOnce(at(1))).toEqual({ sent: 0, failed: 0, retried: 3 });
    expect((await row(mails[1].id)).nextAttemptAt?.getTime()).toBe(at(3).getTime());

    await smtp.start();
    expect(await worker.runOnce(at(3))).toEqual({ sent: 3, failed: 0, retried: 0 });
    expect(await worker.runOnce(at(60))).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(smtp.messages).toHaveLength(3);
    expect(new Set(messageIds()).size).toBe(3);
    for (const mail of mails) {
      expect(await row(mail.id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    }
  });

  it('waits 1, 2, 4 … minutes between tries and gives up after 6 hours', async () => {
    await smtp.stop();
    const mail = await queue();
    const waits: number[] = [];
    let clock = t0;
    for (let run = 0; run < 20; run++) {
      await worker.runOnce(clock);
      const current = await row(mail.id);
      if (current.status !== 'pending') break;
      waits.push((current.nextAttemptAt!.getTime() - clock.getTime()) / MINUTE);
      clock = current.nextAttemptAt!;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 105]);
    expect(clock.getTime() - t0.getTime()).toBe(6 * 60 * MINUTE);
    const failed = await row(mail.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 10 });
    expect(failed.lastError).toMatch(/given up after 10 attempts over 6 h/);
  });

  it('fails a mail whose recipient the server rejects, with its answer, and sends the others', async () => {
    smtp.rejected.add('gibtesnicht@demostadt.example');
    const bad = await queue({ to: ['gibtesnicht@demostadt.example'], subject: 'An niemanden' });
    const good = await Promise.all([1, 2].map((n) => queue({ subject: `Gute Mail ${n}` })));
    const partly = await queue({
      to: ['amt32@demostadt.example'],
      cc: ['gibtesnicht@demostadt.example'],
      subject: 'Teils zugestellt',
    });

    expect(await worker.runOnce(t0)).toEqual({ sent: 3, failed: 1, retried: 0 });

    const failed = await row(bad.id);
    expect(failed.status).toBe('failed');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain(
      '550 5.1.1 <gibtesnicht@demostadt.example>: Recipient address rejected',
    );
    for (const mail of good) expect((await row(mail.id)).status).toBe('sent');
    // Delivered to the accepted recipient; the refused one is visible on the mail.
    const partial = await row(partly.id);
    expect(partial.status).toBe('sent');
    expect(partial.lastError).toContain('gibtesnicht@demostadt.example 550');
    expect(smtp.messages.map((m) => m.rcpt)).toEqual(expect.arrayContaining([['amt32@demostadt.example']]));
    expect(smtp.messages).toHaveLength(3);
  });

  it('retries a recipient the server defers with 4xx', async () => {
    smtp.deferred.add('voll@demostadt.example');
    const mail = await queue({ to: ['voll@demostadt.example'] });
    expect(await worker.runOnce(t0)).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect((await row(mail.id)).lastError).toContain('450');
    smtp.deferred.clear();
    expect(await worker.runOnce(at(1))).toEqual({ sent: 1, failed: 0, retried: 0 });
  });

  it('sends each mail once when two workers run at the same time', async () => {
    const mails = await Promise.all(Array.from({ length: 120 }, (_, n) => queue({ subject: `Mail ${n}` })));
    // A second worker on its own connection pool when there is a real server; on the embedded database both
    // share its single connection, and their statements interleave.
    const external = !!process.env['DATABASE_URL'];
    const secondDb = external
      ? await new DataSource(
          dataSourceOptions(String((db.options as { url?: string }).url), false),
        ).initialize()
      : db;
    const second = new MailWorker(secondDb, t.config);
    try {
      const runs = await Promise.all([worker.runOnce(t0), second.runOnce(t0)]);
      expect(runs[0].sent + runs[1].sent).toBe(120);
      expect(runs[0].sent).toBeGreaterThan(0);
      expect(runs[1].sent).toBeGreaterThan(0);
    } finally {
      await second.onModuleDestroy();
      if (external) await secondDb.destroy();
    }
    expect(smtp.messages).toHaveLength(120);
    expect(new Set(messageIds()).size).toBe(120);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox_mail WHERE status = 'sent'`,
    );
    expect(count).toBe(mails.length);
  });

  it("takes over a crashed worker's mail after 5 minutes, not before", async () => {
    const stale = await queue({ subject: 'Liegengeblieben' });
    const fresh = await queue({ subject: 'In Arbeit' });
    await db.query(`UPDATE outbox_mail SET status = 'sending', claimed_at = $2 WHERE id = $1`, [
      stale.id,
      at(-6),
    ]);
    await db.query(`UPDATE outbox_mail SET status = 'sending', claimed_at = $2 WHERE id = $1`, [
      fresh.id,
      at(-1),
    ]);
    expect(await worker.runOnce(t0)).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect((await row(stale.id)).status).toBe('sent');
    expect((await row(fresh.id)).status).toBe('sending');
    expect(smtp.messages).toHaveLength(1);
  });

  it('leaves cancelled, sent and future mails alone', async () => {
    await queue({ status: 'cancelled' });
    await queue({ status: 'sent', sentAt: at(-10) });
    const later = await queue({ nextAttemptAt: at(10) });
    expect(await worker.runOnce(t0)).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await worker.runOnce(at(10))).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect((await row(later.id)).status).toBe('sent');
  });

  it('without SMTP keeps mails pending with a note, and sends them once SMTP is configured', async () => {
    const mail = await queue();
    const unconfigured = new MailWorker(db, { ...t.config, smtpUrl: null });
    expect(await unconfigured.runOnce(at(1))).toEqual({ sent: 0, failed: 0, retried: 0 });
    const noted = await row(mail.id);
    expect(noted).toMatchObject({ status: 'pending', attempts: 0, lastError: NO_SMTP });
    // Noted once: a second run does not touch the mail again.
    await unconfigured.runOnce(at(2));
    expect((await row(mail.id)).version).toBe(noted.version);
    expect(smtp.messages).toHaveLength(0);

    // The server restarted with SMTP_URL: the waiting mail goes out.
    expect(await worker.runOnce(at(3))).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await row(mail.id)).toMatchObject({ status: 'sent', lastError: null });
  });

  it('sends a failed mail again after a resend in the outbox screen', async () => {
    smtp.rejected.add('tippfehler@demostadt.example');
    const mail = await queue({ to: ['tippfehler@demostadt.example'] });
    await worker.runOnce(t0);
    expect((await row(mail.id)).status).toBe('failed');

    smtp.rejected.clear();
    const team = await t.signIn('team');
    await team.post(`/api/v1/outbox/${mail.id}/resend`).send({}).expect(200);
    expect(await worker.runOnce(new Date(Date.now() + 1000))).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await row(mail.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
