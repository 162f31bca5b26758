import {
  ApprovalLinkView,
  ApprovalStatus,
  DatasetStage,
  DecideApprovalRequest,
  License,
  LICENSES,
  ObjectionCategory,
  ObjectionStatus,
} from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { ApprovalDecisionsService, requireComment } from './approval-decisions.service';
import { approvalTokenHash } from './approval-token';

interface LinkRow {
  id: string;
  municipality_id: string;
  municipality_name: string;
  status: ApprovalStatus;
  expires_at: Date;
  message: string | null;
  requested_by_name: string | null;
  approver_name: string | null;
  approver_user_id: string | null;
  approver_active: boolean | null;
  dataset_id: string;
  title: string;
  description: string | null;
  department_name: string;
  stage: DatasetStage;
  license: License | null;
  attribution_text: string | null;
  formats: string[];
  accrual_periodicity: string | null;
  contains_personal_data: boolean;
}

/** What an unknown, malformed or tampered token gets: 404 with the page's state, nothing else. */
function invalidLink(): NotFoundException {
  return new NotFoundException({
    message: 'This approval link is not valid',
    state: 'invalid',
    request: null,
    dataset: null,
    municipalityName: '',
  });
}

/** What the page says about a request: a known token always gets a page, never an error. */
export function linkState(status: ApprovalStatus, expiresAt: Date, now: Date): ApprovalLinkView['state'] {
  if (status === 'pending') return expiresAt.getTime() < now.getTime() ? 'expired' : 'open';
  if (status === 'expired' || status === 'withdrawn') return status;
  return 'used';
}

/**
 * The approval link in the mail, without a session: the token is the credential. It is looked up only by its
 * sha256, so the database compares hashes and never holds a token; it names one request and so the municipality.
 */
@Injectable()
export class ApprovalLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly decisions: ApprovalDecisionsService,
  ) {}

  async view(token: string): Promise<ApprovalLinkView> {
    const hash = approvalTokenHash(token);
    const row = hash ? await this.find(hash) : null;
    if (!row) throw invalidLink();
    const objections: Array<{
      category: ObjectionCategory;
      statement: string;
      status: ObjectionStatus;
      resolution_note: string | null;
    }> = await this.dataSource.query(
      `SELECT category, statement, status, resolution_note FROM objection
        WHERE dataset_id = $1 AND municipality_id = $2
        ORDER BY created_at, id`,
      [row.dataset_id, row.municipality_id],
    );
    return {
      state: linkState(row.status, new Date(row.expires_at), new Date()),
      request: {
        status: row.status,
        expiresAt: new Date(row.expires_at).toISOString(),
        requestedByName: row.requested_by_name,
        approverName: row.approver_name,
        message: row.message,
      },
      dataset: {
        title: row.title,
        description: row.description,
        departmentName: row.department_name,
        stage: row.stage,
        licenseLabel: row.license ? (LICENSES[row.license]?.label ?? row.license) : null,
        attributionText: row.attribution_text,
        formats: row.formats ?? [],
        accrualPeriodicity: row.accrual_periodicity,
        containsPersonalData: row.contains_personal_data,
        objections: objections.map((o) => ({
          category: o.category,
          statement: o.statement,
          status: o.status,
          resolutionNote: o.resolution_note,
        })),
      },
      municipalityName: row.municipality_name,
    };
  }

  /**
   * Decides through the link: once. A decided, withdrawn or expired request answers 409 and nothing changes.
   * The actor is the head's user account when there is an active one; otherwise the audit names the contact.
   */
  async decide(token: string, body: DecideApprovalRequest): Promise<ApprovalLinkView> {
    const hash = approvalTokenHash(token);
    const row = hash ? await this.find(hash) : null;
    if (!hash || !row) throw invalidLink();
    const comment = requireComment(body.decision, body.comment);
    const context = requestContext.get();
    if (context) context.municipalityId = row.municipality_id;
    // Its own transaction: the expiry stays written although the decision is then refused.
    await this.dataSource.transaction((manager) =>
      this.decisions.expireOverdue(manager, new Date(), { tokenHash: hash }),
    );
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.decisions.lock(manager, { tokenHash: hash });
      if (!locked) throw invalidLink();
      await this.decisions.decideLocked(manager, locked, body.decision, comment, {
        via: 'email_link',
        actorUserId: row.approver_active ? row.approver_user_id : null,
      });
    });
    return this.view(token);
  }

  private async find(hash: string): Promise<LinkRow | null> {
    const rows: LinkRow[] = await this.dataSource.query(
      `SELECT r.id, r.municipality_id, m.name AS municipality_name, r.status, r.expires_at, r.message,
              ru.name AS requested_by_name, coalesce(c.name, au.name) AS approver_name,
              r.approver_user_id, au.active AS approver_active, d.id AS dataset_id, d.title, d.description,
              dep.name AS department_name, d.stage, d.license, d.attribution_text, d.formats,
              d.accrual_periodicity, d.contains_personal_data
         FROM approval_request r
         JOIN municipality m ON m.id = r.municipality_id
         JOIN dataset d ON d.id = r.dataset_id
         JOIN department dep ON dep.id = d.department_id
         LEFT JOIN app_user ru ON ru.id = r.requested_by_user_id
         LEFT JOIN contact c ON c.id = r.approver_contact_id
         LEFT JOIN app_user au ON au.id = r.approver_user_id
        WHERE (r.token_hash = $1 OR $1 = ANY(r.earlier_token_hashes))`,
      [hash],
    );
    return rows[0] ?? null;
  }
}
