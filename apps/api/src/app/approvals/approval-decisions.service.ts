import {
  ApprovalDecidedVia,
  ApprovalDecision,
  ApprovalStatus,
  DatasetStage,
  FIELD_ERROR_CODES,
  Locale,
} from '@datenlotse/contracts';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { fieldError } from '../../common/validation';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxService } from '../../mail/outbox.service';
import { AuditService } from '../audit/audit.service';
import { DatasetTransitionsService } from '../datasets/dataset-transitions.service';
import { approvalDecidedMail } from './approval-mails';
import { expireOverdueApprovals, ExpiryFilter } from './approval-expiry';

/** The request row as a decision sees it, locked for the transaction. */
export interface LockedApproval {
  id: string;
  municipality_id: string;
  dataset_id: string;
  department_id: string;
  requested_by_user_id: string | null;
  approver_contact_id: string | null;
  approver_user_id: string | null;
  status: ApprovalStatus;
  expires_at: Date;
}

export interface DecisionOptions {
  via: ApprovalDecidedVia;
  actorUserId: string | null;
  /** An admin deciding in a head's place: the audit log says so. */
  asAdmin?: boolean;
}

const LOCK_COLUMNS = `id, municipality_id, dataset_id, department_id, requested_by_user_id, approver_contact_id,
  approver_user_id, status, expires_at`;

/** A request that can no longer be decided or withdrawn: 409 with its status, for the client's wording. */
export function notPending(status: ApprovalStatus): ConflictException {
  return new ConflictException({ message: `The approval request is ${status}, no longer pending`, status });
}

/** Rejecting and asking for changes both need words for the team; a bare approval does not. */
export function requireComment(
  decision: ApprovalDecision,
  comment: string | null | undefined,
): string | null {
  const text = comment?.trim() || null;
  if (decision !== 'approved' && !text) {
    throw fieldError(
      'comment',
      FIELD_ERROR_CODES.reasonRequired,
      decision === 'rejected' ? 'A rejection needs a reason' : 'Requested changes need a comment',
    );
  }
  return text;
}

/**
 * Deciding, expiring and the mails they cause; shared by the app's endpoints and the public link, so that
 * both follow the same rules and leave the same history.
 */
@Injectable()
export class ApprovalDecisionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly transitions: DatasetTransitionsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Reads and locks one request, by id or by token hash; null when there is none. */
  async lock(
    manager: EntityManager,
    by: { id: string; municipalityId: string } | { tokenHash: string },
  ): Promise<LockedApproval | null> {
    const rows: LockedApproval[] =
      'id' in by
        ? await manager.query(
            `SELECT ${LOCK_COLUMNS} FROM approval_request WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
            [by.id, by.municipalityId],
          )
        : await manager.query(
            `SELECT ${LOCK_COLUMNS} FROM approval_request WHERE (token_hash = $1 OR $1 = ANY(earlier_token_hashes)) FOR UPDATE`,
            [by.tokenHash],
          );
    return rows[0] ?? null;
  }

  /**
   * Marks overdue pending requests as expired (see expireOverdueApprovals); a decision calls it first in a
   * transaction of its own, so that the expiry stays written although the decision is then refused.
   */
  expireOverdue(manager: EntityManager, now: Date, only: ExpiryFilter = {}): Promise<number> {
    return expireOverdueApprovals(manager, this.audit, now, only);
  }

  /**
   * Decides a locked, pending request: writes the decision, moves the dataset as the stage machine says
   * (a refused move refuses the decision: nothing is written), audits it and tells the requester.
   */
  async decideLocked(
    manager: EntityManager,
    request: LockedApproval,
    decision: ApprovalDecision,
    comment: string | null,
    options: DecisionOptions,
  ): Promise<void> {
    if (request.status !== 'pending') throw notPending(request.status);
    if (new Date(request.expires_at).getTime() < Date.now()) throw notPending('expired');
    await manager.query(
      `UPDATE approval_request
          SET status = $2, comment = $3, decided_at = now(), decided_via = $4, decided_by_user_id = $5,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [request.id, decision, comment, options.via, options.actorUserId],
    );
    const move = { via: 'approval' as const, actorUserId: options.actorUserId };
    if (decision === 'approved') {
      // The `approved` guard reads this flag; it is set in the same transaction as the move it allows.
      await manager.query(`UPDATE dataset SET approval_granted = true WHERE id = $1`, [request.dataset_id]);
      await this.transitions.moveInTransaction(manager, request.dataset_id, 'approved', move);
    } else {
      // The stage machine has no `rejected` after awaiting_approval: a refused release puts the dataset on hold.
      const to: DatasetStage = decision === 'changes_requested' ? 'changes_requested' : 'on_hold';
      const reason = decision === 'rejected' ? `Freigabe abgelehnt: ${comment}` : comment;
      await this.transitions.moveInTransaction(manager, request.dataset_id, to, { ...move, reason });
    }
    await this.audit.record(manager, {
      action: 'update',
      entity: 'approval_request',
      entityId: request.id,
      municipalityId: request.municipality_id,
      actorUserId: options.actorUserId,
      before: { status: 'pending' },
      after: {
        status: decision,
        comment,
        decidedVia: options.via,
        ...(options.asAdmin && { decidedAs: 'admin' }),
        // Through the link without a user account, the log names the contact the link was sent to.
        ...(!options.actorUserId && { approverContactId: request.approver_contact_id }),
      },
    });
    await this.notifyRequester(manager, request, decision, comment);
  }

  private async notifyRequester(
    manager: EntityManager,
    request: LockedApproval,
    decision: ApprovalDecision,
    comment: string | null,
  ): Promise<void> {
    if (!request.requested_by_user_id) return;
    const rows: Array<{
      requester_name: string;
      requester_email: string;
      requester_locale: Locale;
      requester_active: boolean;
      title: string;
      approver_name: string | null;
    }> = await manager.query(
      `SELECT u.name AS requester_name, u.email AS requester_email, u.locale AS requester_locale,
              u.active AS requester_active, d.title, coalesce(du.name, c.name) AS approver_name
         FROM approval_request r
         JOIN app_user u ON u.id = r.requested_by_user_id
         JOIN dataset d ON d.id = r.dataset_id
         LEFT JOIN app_user du ON du.id = r.decided_by_user_id
         LEFT JOIN contact c ON c.id = r.approver_contact_id
        WHERE r.id = $1`,
      [request.id],
    );
    const row = rows[0];
    if (!row?.requester_active) return;
    await this.outbox.enqueue(
      manager,
      approvalDecidedMail({
        municipalityId: request.municipality_id,
        requestId: request.id,
        publicUrl: this.config.publicUrl,
        locale: row.requester_locale,
        requester: { name: row.requester_name, email: row.requester_email },
        approverName: row.approver_name,
        dataset: { id: request.dataset_id, title: row.title },
        decision,
        comment,
      }),
    );
  }
}
