import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';

/** All overdue requests, or only the one (or one dataset's) named. */
export interface ExpiryFilter {
  id?: string;
  tokenHash?: string;
  datasetId?: string;
}

/**
 * Marks pending requests whose link ran out before `now` as expired, with an audit event each (no actor: the
 * clock did it). A plain function, so that the reminder job can call it in its own transaction without
 * importing the approvals module (which imports the mail module); safe to run any number of times.
 */
export async function expireOverdueApprovals(
  manager: EntityManager,
  audit: AuditService,
  now: Date,
  only: ExpiryFilter = {},
): Promise<number> {
  // An UPDATE answers [rows, count] through TypeORM's postgres driver.
  const [expired]: [Array<{ id: string; municipality_id: string; expires_at: Date }>, number] =
    await manager.query(
      `UPDATE approval_request
          SET status = 'expired', version = version + 1, updated_at = now()
        WHERE status = 'pending' AND expires_at < $1
          AND ($2::uuid IS NULL OR id = $2) AND ($3::text IS NULL OR token_hash = $3 OR $3 = ANY(earlier_token_hashes))
          AND ($4::uuid IS NULL OR dataset_id = $4)
        RETURNING id, municipality_id, expires_at`,
      [now, only.id ?? null, only.tokenHash ?? null, only.datasetId ?? null],
    );
  for (const row of expired) {
    await audit.record(manager, {
      action: 'update',
      entity: 'approval_request',
      entityId: row.id,
      municipalityId: row.municipality_id,
      actorUserId: null,
      before: { status: 'pending' },
      after: { status: 'expired', expiresAt: new Date(row.expires_at).toISOString() },
    });
  }
  return expired.length;
}
