import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.provider';
import { MailTransport, OutgoingMail, SendFailure, smtpTransport } from './mail-transport';
import { OutboxAttachment } from './outbox-mail.entity';

/** What one run of the worker did. */
export interface WorkerRun {
  sent: number;
  failed: number;
  retried: number;
}

/** The outbox's note on mails that wait for an SMTP server (DESIGN.md section 5). */
export const NO_SMTP = 'not sent: no SMTP configured';

/** Mails claimed per round: enough to keep the connection pool busy, few enough to mark them promptly. */
export const BATCH_SIZE = 50;
/** Rounds per run, so that one run of a busy queue still ends and lets the next tick start. */
const MAX_ROUNDS = 40;
/** A claim this old is a crashed worker's: its mails are taken over (and may then go out a second time). */
export const CLAIM_TIMEOUT_MS = 5 * 60_000;
const INTERVAL_MS = 5_000;
/** Temporary failures are retried until the waits add up to this. */
export const RETRY_WINDOW_MINUTES = 6 * 60;

/**
 * The wait before the next try after `attempts` tries failed temporarily: 1, 2, 4, … minutes, the last one
 * cut so that the waits end exactly at 6 h; null once they have (the mail is then `failed`).
 */
export function retryDelayMinutes(attempts: number): number | null {
  const waited = Math.min(2 ** (attempts - 1) - 1, RETRY_WINDOW_MINUTES);
  const remaining = RETRY_WINDOW_MINUTES - waited;
  return remaining > 0 ? Math.min(2 ** (attempts - 1), remaining) : null;
}

interface ClaimedRow {
  id: string;
  to_addresses: string[];
  cc_addresses: string[];
  subject: string;
  html: string;
  text_body: string;
  attachments: OutboxAttachment[];
  attempts: number;
}

/** Only a row still claimed by this run may be marked: a slow run must not overwrite a takeover. */
const STILL_OURS = `status = 'sending' AND claimed_at = $2`;

/**
 * Sends the outbox. A run claims due mails in one statement (`FOR UPDATE SKIP LOCKED`, so that workers in
 * several server instances take disjoint rows), sends them outside any transaction, then marks each one
 * sent, failed, or pending again with a later `next_attempt_at`. The clock is a parameter for the tests.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailWorker');
  private transport: MailTransport | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    if (!this.config.smtpUrl) this.logger.warn(`SMTP_URL is not set: mails stay in the outbox (${NO_SMTP})`);
    this.schedule(INTERVAL_MS);
  }

  /** Stops the loop and waits for a run in progress, before the database connection closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.transport?.close();
    this.transport = null;
  }

  async runOnce(now: Date = new Date()): Promise<WorkerRun> {
    const run: WorkerRun = { sent: 0, failed: 0, retried: 0 };
    if (!this.config.smtpUrl) {
      await this.noteMissingSmtp();
      return run;
    }
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const claimed = await this.claim(now);
      await this.deliver(claimed, now, run);
      if (claimed.length < BATCH_SIZE) break;
    }
    return run;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let busy = false;
    try {
      const run = await this.runOnce();
      busy = run.sent + run.failed + run.retried >= BATCH_SIZE * MAX_ROUNDS;
    } catch (error) {
      this.logger.error(`Outbox run failed: ${(error as Error).message}`);
    }
    // A full run leaves more waiting: go on at once rather than after the interval.
    this.schedule(busy ? 0 : INTERVAL_MS);
  }

  /** Marks each pending mail once, so that the outbox says why it has not gone out; it stays pending. */
  private async noteMissingSmtp(): Promise<void> {
    await this.db.query(
      `UPDATE outbox_mail SET last_error = $1, version = version + 1, updated_at = now()
       WHERE status = 'pending' AND last_error IS NULL`,
      [NO_SMTP],
    );
  }

  /** Takes due mails, and mails whose claim has timed out, for this run. */
  private async claim(now: Date): Promise<ClaimedRow[]> {
    const [rows] = (await this.db.query(
      `UPDATE outbox_mail m
       SET status = 'sending', claimed_at = $1, version = m.version + 1, updated_at = now()
       FROM (
         SELECT id FROM outbox_mail
         WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_at < $2)
         ORDER BY next_attempt_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       ) due
       WHERE m.id = due.id
       RETURNING m.id, m.to_addresses, m.cc_addresses, m.subject, m.html, m.text_body, m.attachments,
                 m.attempts`,
      [now, new Date(now.getTime() - CLAIM_TIMEOUT_MS), BATCH_SIZE],
    )) as [ClaimedRow[], number];
    return rows;
  }

  /** Sends the claimed mails in parallel over the pool and records each outcome. */
  private async deliver(claimed: ClaimedRow[], now: Date, run: WorkerRun): Promise<void> {
    if (!claimed.length) return;
    const transport = this.ensureTransport();
    const sent: string[] = [];
    await Promise.all(
      claimed.map(async (row) => {
        try {
          const receipt = await transport.send(toOutgoing(row));
          if (!receipt.rejected.length) {
            sent.push(row.id);
            return;
          }
          const note = `sent; refused by the server for ${receipt.rejected.join('; ')}`;
          if (await this.mark(row.id, now, `status = 'sent', sent_at = $2, last_error = $3`, [note])) {
            run.sent++;
          }
        } catch (error) {
          await this.recordFailure(row, now, error, run);
        }
      }),
    );
    if (sent.length) {
      const [, affected] = (await this.db.query(
        `UPDATE outbox_mail
         SET status = 'sent', sent_at = $2, last_error = NULL, attempts = attempts + 1, claimed_at = NULL,
             version = version + 1, updated_at = now()
         WHERE id = ANY($1) AND ${STILL_OURS}`,
        [sent, now],
      )) as [unknown, number];
      run.sent += affected;
    }
  }

  private async recordFailure(row: ClaimedRow, now: Date, error: unknown, run: WorkerRun): Promise<void> {
    const failure = error instanceof SendFailure ? error : new SendFailure(String(error), false);
    const attempts = row.attempts + 1;
    const delay = failure.permanent ? null : retryDelayMinutes(attempts);
    if (delay === null) {
      const message = failure.permanent
        ? failure.message
        : `${failure.message} (given up after ${attempts} attempts over ${RETRY_WINDOW_MINUTES / 60} h)`;
      if (await this.mark(row.id, now, `status = 'failed', last_error = $3`, [message])) run.failed++;
      return;
    }
    const next = new Date(now.getTime() + delay * 60_000);
    if (
      await this.mark(row.id, now, `status = 'pending', last_error = $3, next_attempt_at = $4`, [
        failure.message,
        next,
      ])
    ) {
      run.retried++;
    }
  }

  /** Applies `set` to a mail this run still holds, counting the attempt; false when it was taken over. */
  private async mark(id: string, now: Date, set: string, params: unknown[]): Promise<boolean> {
    const [, affected] = (await this.db.query(
      `UPDATE outbox_mail
       SET ${set}, attempts = attempts + 1, claimed_at = NULL, version = version + 1, updated_at = now()
       WHERE id = $1 AND ${STILL_OURS}`,
      [id, now, ...params],
    )) as [unknown, number];
    return affected === 1;
  }

  private ensureTransport(): MailTransport {
    if (!this.transport) {
      if (!this.config.smtpUrl) throw new Error('No SMTP configured');
      this.transport = smtpTransport(this.config.smtpUrl, this.config.mailFrom);
    }
    return this.transport;
  }
}

function toOutgoing(row: ClaimedRow): OutgoingMail {
  return {
    id: row.id,
    to: row.to_addresses,
    cc: row.cc_addresses,
    subject: row.subject,
    html: row.html,
    text: row.text_body,
    attachments: row.attachments,
  };
}
