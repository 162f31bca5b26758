import { AUDIT_ERASED } from '@datenlotse/contracts';
import { EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { AuditDiff, AuditEvent } from '../audit/audit-event.entity';

/** The personal fields of a contact: emptied on erasure, and redacted in its past audit events. */
export const PERSONAL_FIELDS = ['name', 'title', 'email', 'phone', 'legalBasis', 'retainUntil'] as const;

/** The diff with every personal value replaced by a marker; that a field changed stays visible. */
export function redactDiff(diff: AuditDiff): AuditDiff {
  const redacted: AuditDiff = { ...diff };
  for (const field of PERSONAL_FIELDS) {
    const change = diff[field];
    if (!change) continue;
    redacted[field] = {
      before: change.before == null ? null : AUDIT_ERASED,
      after: change.after == null ? null : AUDIT_ERASED,
    };
  }
  return redacted;
}

/**
 * Removes a contact's personal values from its audit events. The audit log is append-only; the database
 * allows this one kind of change inside a transaction that switches `datenlotse.audit_redaction` on (see the
 * Initial migration), and the switch is turned off again before anything else happens in the transaction.
 */
export async function redactAuditTrail(manager: EntityManager, contactId: string): Promise<void> {
  const events = manager.getRepository(AuditEvent);
  const trail = await events.find({
    where: { municipalityId: requestContext.municipalityId(), entity: 'contact', entityId: contactId },
  });
  await manager.query(`SELECT set_config('datenlotse.audit_redaction', 'on', true)`);
  for (const event of trail) {
    const redacted = redactDiff(event.diff);
    if (JSON.stringify(redacted) === JSON.stringify(event.diff)) continue;
    await manager.query('UPDATE audit_event SET diff = $1 WHERE id = $2', [
      JSON.stringify(redacted),
      event.id,
    ]);
  }
  await manager.query(`SELECT set_config('datenlotse.audit_redaction', 'off', true)`);
}
