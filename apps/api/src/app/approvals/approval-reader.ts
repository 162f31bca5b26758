import { ApprovalDecidedVia, ApprovalRequestDto, ApprovalStatus, SessionUser } from '@datenlotse/contracts';
import { SelectQueryBuilder } from 'typeorm';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { ApprovalRequest } from './approval-request.entity';

/**
 * The status as it is now: a pending request whose link has run out counts as expired even before anything
 * wrote that down (the decision and the reminder job write it; a read does not).
 */
export const EFFECTIVE_STATUS = `CASE WHEN r.status = 'pending' AND r.expires_at < now() THEN 'expired' ELSE r.status END`;

export interface ApprovalRaw {
  id: string;
  dataset_id: string;
  dataset_title: string;
  department_id: string;
  department_name: string;
  requested_by_user_id: string | null;
  requested_by_name: string | null;
  approver_contact_id: string | null;
  approver_name: string | null;
  approver_email: string | null;
  approver_user_id: string | null;
  status: ApprovalStatus;
  message: string | null;
  comment: string | null;
  expires_at: Date;
  decided_at: Date | null;
  decided_via: ApprovalDecidedVia | null;
  decided_by_name: string | null;
  created_at: Date;
  version: number;
}

/** The columns of ApprovalRequestDto, joined in one query; for a department head only their departments. */
export function selectApprovals(
  qb: SelectQueryBuilder<ApprovalRequest>,
  user: SessionUser | null,
): SelectQueryBuilder<ApprovalRequest> {
  qb.innerJoin('dataset', 'd', 'd.id = r.dataset_id')
    .innerJoin('department', 'dep', 'dep.id = r.department_id')
    .leftJoin('app_user', 'ru', 'ru.id = r.requested_by_user_id')
    .leftJoin('contact', 'c', 'c.id = r.approver_contact_id')
    .leftJoin('app_user', 'au', 'au.id = r.approver_user_id')
    .leftJoin('app_user', 'du', 'du.id = r.decided_by_user_id')
    .select([
      'r.id AS id',
      'r.dataset_id AS dataset_id',
      'd.title AS dataset_title',
      'r.department_id AS department_id',
      'dep.name AS department_name',
      'r.requested_by_user_id AS requested_by_user_id',
      'ru.name AS requested_by_name',
      'r.approver_contact_id AS approver_contact_id',
      'coalesce(c.name, au.name) AS approver_name',
      'coalesce(c.email, au.email) AS approver_email',
      'r.approver_user_id AS approver_user_id',
      `${EFFECTIVE_STATUS} AS status`,
      'r.message AS message',
      'r.comment AS comment',
      'r.expires_at AS expires_at',
      'r.decided_at AS decided_at',
      'r.decided_via AS decided_via',
      // A decision through the link without a user account is the contact's.
      `coalesce(du.name, CASE WHEN r.decided_via = 'email_link' THEN c.name END) AS decided_by_name`,
      'r.created_at AS created_at',
      'r.version AS version',
    ]);
  return user ? onlyVisibleDepartments(qb, user, 'r.department_id') : qb;
}

export function toApprovalDto(row: ApprovalRaw): ApprovalRequestDto {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    datasetTitle: row.dataset_title,
    departmentId: row.department_id,
    departmentName: row.department_name,
    requestedByUserId: row.requested_by_user_id,
    requestedByName: row.requested_by_name,
    approverContactId: row.approver_contact_id,
    approverName: row.approver_name,
    approverEmail: row.approver_email,
    approverUserId: row.approver_user_id,
    status: row.status,
    message: row.message,
    comment: row.comment,
    expiresAt: new Date(row.expires_at).toISOString(),
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
    decidedVia: row.decided_via,
    decidedByName: row.decided_by_name,
    createdAt: new Date(row.created_at).toISOString(),
    version: Number(row.version),
  };
}
