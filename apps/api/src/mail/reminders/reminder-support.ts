import { DeliveryMethod, Locale } from '@datenlotse/contracts';
import { EntityManager } from 'typeorm';
import { berlinDate } from '../../app/deliveries/due-dates';
import type { OutboxMailRequest } from '../outbox.service';

/** What one run of a job did; `skipped` when another instance held its lock. */
export interface JobRunResult {
  job: string;
  skipped: boolean;
  /** Mails the job found due (before the outbox dropped those it already has). */
  due: number;
  /** Mails written to the outbox by this run. */
  queued: number;
}

/** A scheduled job: `now` is a parameter, so a test (or a catch-up run) sets the clock. */
export interface ReminderJob {
  readonly name: string;
  run(now: Date): Promise<JobRunResult>;
}

/** The part of the outbox the jobs use (OutboxService provides it). */
export interface ReminderOutbox {
  enqueueMany(manager: EntityManager, mails: OutboxMailRequest[]): Promise<number>;
}

/**
 * Advisory lock keys, one per job: constants, so that every instance of the server asks for the same key.
 * The high bits spell "DL" (0x444c) to stay clear of other users of advisory locks on a shared server.
 */
export const JOB_LOCKS = {
  deliveryDueSoon: 0x444c_0101,
  deliveryOverdue: 0x444c_0102,
  taskDue: 0x444c_0103,
  approvalReminder: 0x444c_0104,
} as const;

/**
 * Takes the job's advisory lock for the rest of the transaction; false when another instance holds it. The
 * lock only saves duplicate work: each mail's idempotency key is what keeps a reminder from going out twice.
 */
export async function tryJobLock(manager: EntityManager, lockKey: number): Promise<boolean> {
  const [row]: { locked: boolean }[] = await manager.query(
    'SELECT pg_try_advisory_xact_lock($1::bigint) AS locked',
    [lockKey],
  );
  return row?.locked === true;
}

/** The calendar day of `now` in the city (YYYY-MM-DD): due dates are days in Berlin. */
export function berlinToday(now: Date): string {
  return berlinDate(now);
}

/** A day as the recipient reads it: 14.03.2026 in German, 2026-03-14 in English (as the approval mails). */
export function mailDay(isoDate: string, locale: Locale): string {
  if (locale !== 'de') return isoDate;
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

const METHOD_LABELS: Record<Locale, Record<DeliveryMethod, string>> = {
  de: {
    upload: 'Upload',
    email: 'E-Mail',
    file_share: 'Dateiablage',
    api: 'Schnittstelle (API)',
    export_from_system: 'Export aus dem Fachverfahren',
  },
  en: {
    upload: 'Upload',
    email: 'Email',
    file_share: 'File share',
    api: 'Interface (API)',
    export_from_system: 'Export from the specialist system',
  },
};

/** The agreed way of delivery in the recipient's words, as the "Lieferungen" screen names it. */
export function methodLabel(method: DeliveryMethod, locale: Locale): string {
  return METHOD_LABELS[locale][method] ?? method;
}

/** Ids of the municipalities of this installation; the jobs serve each in turn. */
export async function municipalityIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query('SELECT id FROM municipality ORDER BY created_at, id');
  return rows.map((r) => r.id);
}

/**
 * The languages of users by email (stored lower-case): a contact who also has an account reads mails in the
 * language the account chose; anyone else in German.
 */
export async function localesByEmail(
  manager: EntityManager,
  municipalityId: string,
  emails: readonly string[],
): Promise<Map<string, Locale>> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows: { email: string; locale: Locale }[] = await manager.query(
    `SELECT email, locale FROM app_user
      WHERE municipality_id = $1 AND active AND email = ANY($2::text[])`,
    [municipalityId, wanted],
  );
  return new Map(rows.map((r) => [r.email, r.locale]));
}

export function localeOf(locales: Map<string, Locale>, email: string): Locale {
  return locales.get(email.trim().toLowerCase()) ?? 'de';
}

/** Rows per enqueueMany call: a 10,000-mail run stays a handful of statements. */
const BATCH = 2000;

/**
 * Hands the mails to the outbox in batches, after dropping those whose key the outbox already has: a job
 * runs every five minutes, and rendering a week's overdue reminders again each time would be wasted work.
 * The outbox's ON CONFLICT on the key still decides, so a mail raced in meanwhile is not sent twice.
 */
export async function queueMails(
  outbox: ReminderOutbox,
  manager: EntityManager,
  mails: OutboxMailRequest[],
): Promise<number> {
  const fresh = await withoutExistingKeys(manager, mails);
  let queued = 0;
  for (let start = 0; start < fresh.length; start += BATCH) {
    queued += await outbox.enqueueMany(manager, fresh.slice(start, start + BATCH));
  }
  return queued;
}

/** The mails whose idempotency key is not in the outbox yet. */
export async function withoutExistingKeys<T extends { idempotencyKey: string }>(
  manager: EntityManager,
  mails: T[],
): Promise<T[]> {
  if (mails.length === 0) return mails;
  const rows: { idempotency_key: string }[] = await manager.query(
    'SELECT idempotency_key FROM outbox_mail WHERE idempotency_key = ANY($1::text[])',
    [mails.map((m) => m.idempotencyKey)],
  );
  if (rows.length === 0) return mails;
  const existing = new Set(rows.map((r) => r.idempotency_key));
  return mails.filter((m) => !existing.has(m.idempotencyKey));
}
