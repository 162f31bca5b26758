import { approvalLinkPage, daysBetween, Locale } from '@datenlotse/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { newToken } from '../../app/auth/password';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxMailRequest, OutboxService } from '../outbox.service';
import { LockedReminderJob } from './job-runner';
import {
  berlinToday,
  JOB_LOCKS,
  localeOf,
  localesByEmail,
  mailDay,
  withoutExistingKeys,
} from './reminder-support';

/**
 * What the approvals module offers the job: marking requests whose link ran out as expired. Its provider
 * registers under this token (`{ provide: APPROVAL_EXPIRY, useExisting: ApprovalDecisionsService }`), so
 * the mail module needs no import of the approvals module, which itself sends mails.
 */
export interface ApprovalExpiry {
  expireOverdue(manager: EntityManager, now: Date): Promise<unknown>;
}
export const APPROVAL_EXPIRY = Symbol('APPROVAL_EXPIRY');

interface PendingRaw {
  id: string;
  created_at: Date;
  expires_at: Date;
  dataset_title: string;
  department_name: string;
  requester_name: string | null;
  approver_name: string | null;
  approver_email: string | null;
  approver_locale: Locale | null;
}

/**
 * A request that has waited `approvalReminderDays` days reminds the head, and again after each further such
 * period (the key counts the periods). The link of a request is only ever in a mail, never stored, so each
 * reminder carries a fresh link; the earlier links keep working (their hashes are kept on the request).
 */
@Injectable()
export class ApprovalReminderJob extends LockedReminderJob {
  readonly name = 'approval_reminder';
  protected readonly lockKey = JOB_LOCKS.approvalReminder;
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxService,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(dataSource, outbox);
  }

  protected async before(manager: EntityManager, now: Date): Promise<void> {
    await this.expiry()?.expireOverdue(manager, now);
  }

  /** The approvals module's expiry when it registered one; none ⇒ expired links stay unreminded only. */
  private expiry(): ApprovalExpiry | null {
    try {
      return this.moduleRef.get<ApprovalExpiry>(APPROVAL_EXPIRY, { strict: false });
    } catch {
      return null;
    }
  }

  protected async collect(
    manager: EntityManager,
    municipalityId: string,
    now: Date,
  ): Promise<OutboxMailRequest[]> {
    const period = this.config.approvalReminderDays;
    const today = berlinToday(now);
    // A day's margin on the cut-off: "waited N days" counts calendar days in Berlin, decided below.
    const cutOff = new Date(now.getTime() - (period - 1) * 86_400_000);
    const rows: PendingRaw[] = await manager.query(
      `SELECT r.id, r.created_at, r.expires_at, d.title AS dataset_title, dep.name AS department_name,
              req.name AS requester_name,
              coalesce(c.name, au.name) AS approver_name,
              coalesce(nullif(c.email, ''), au.email) AS approver_email,
              au.locale AS approver_locale
         FROM approval_request r
         JOIN dataset d ON d.id = r.dataset_id
         JOIN department dep ON dep.id = r.department_id
         LEFT JOIN contact c ON c.id = r.approver_contact_id AND c.erased_at IS NULL
         LEFT JOIN app_user au ON au.id = r.approver_user_id AND au.active
         LEFT JOIN app_user req ON req.id = r.requested_by_user_id
        WHERE r.municipality_id = $1 AND r.status = 'pending' AND r.expires_at > $2
          AND r.created_at <= $3`,
      [municipalityId, now, cutOff],
    );
    const candidates = rows
      .filter((row) => row.approver_email)
      .map((row) => {
        const daysPending = daysBetween(berlinToday(new Date(row.created_at)), today);
        return {
          row,
          daysPending,
          idempotencyKey: `approval_reminder:${row.id}:${Math.floor(daysPending / period)}`,
        };
      })
      .filter((c) => c.daysPending >= period);
    // Only those not reminded in this period yet get a new link: renewing it for a mail that is not sent
    // would break the link the head already has.
    const fresh = await withoutExistingKeys(manager, candidates);
    if (fresh.length === 0) return [];
    const links = await renewLinks(
      manager,
      fresh.map((c) => c.row.id),
    );
    const locales = await localesByEmail(
      manager,
      municipalityId,
      fresh.map((c) => c.row.approver_email as string),
    );
    this.logger.debug(`approval_reminder: ${fresh.length} request(s) get a new link`);
    return fresh.map(({ row, daysPending, idempotencyKey }) => {
      const email = row.approver_email as string;
      const locale = row.approver_locale ?? localeOf(locales, email);
      return {
        municipalityId,
        templateKey: 'approval_reminder',
        locale,
        to: [email],
        variables: {
          recipient: { name: row.approver_name ?? '' },
          requester: { name: row.requester_name ?? '' },
          dataset: { title: row.dataset_title },
          department: { name: row.department_name },
          approvalUrl: `${this.config.publicUrl}${approvalLinkPage(links.get(row.id) as string)}`,
          expiresAt: mailDay(berlinToday(new Date(row.expires_at)), locale),
          daysPending,
        },
        idempotencyKey,
        entity: 'approval_request',
        entityId: row.id,
      };
    });
  }
}

/**
 * New link tokens for these requests, their hashes stored in one statement (the token itself only goes into
 * the mail, as with the request's first link). The earlier links keep working: their hashes are kept.
 */
async function renewLinks(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const tokens = ids.map((id) => ({ id, ...newToken() }));
  await manager.query(
    `UPDATE approval_request r
        SET earlier_token_hashes = array_append(r.earlier_token_hashes, r.token_hash), token_hash = t.hash,
            updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, hash text) WHERE r.id = t.id`,
    [JSON.stringify(tokens.map(({ id, hash }) => ({ id, hash })))],
  );
  return new Map(tokens.map(({ id, token }) => [id, token]));
}
