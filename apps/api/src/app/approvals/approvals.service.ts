import {
  ApprovalQuery,
  ApprovalRequestDto,
  CreateApprovalRequest,
  DatasetStage,
  DecideApprovalRequest,
  FIELD_ERROR_CODES,
  Locale,
  SessionUser,
} from '@datenlotse/contracts';
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { OutboxService } from '../../mail/outbox.service';
import { AuditService } from '../audit/audit.service';
import { DatasetsService } from '../datasets/datasets.service';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { ApprovalDecisionsService, notPending, requireComment } from './approval-decisions.service';
import { approvalRequestMail } from './approval-mails';
import { ApprovalRaw, EFFECTIVE_STATUS, selectApprovals, toApprovalDto } from './approval-reader';
import { ApprovalRequest } from './approval-request.entity';
import { newApprovalToken } from './approval-token';

interface LockedDataset {
  id: string;
  municipality_id: string;
  department_id: string;
  department_name: string;
  stage: DatasetStage;
  title: string;
  description: string | null;
}

interface Approver {
  contactId: string;
  name: string | null;
  email: string;
  userId: string | null;
  locale: Locale;
}

/** Requests for a head's release of a dataset, their lists, and deciding and withdrawing them in the app. */
@Injectable()
export class ApprovalsService {
  private readonly requests: ScopedRepository<ApprovalRequest>;

  constructor(
    @InjectRepository(ApprovalRequest) requests: Repository<ApprovalRequest>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly decisions: ApprovalDecisionsService,
    private readonly datasets: DatasetsService,
  ) {
    this.requests = new ScopedRepository(requests);
  }

  /** Newest first; a department head sees only the requests of their departments. */
  async list(user: SessionUser, query: ApprovalQuery): Promise<ApprovalRequestDto[]> {
    const qb = selectApprovals(this.requests.query('r'), user)
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(500);
    if (query.status) qb.andWhere(`(${EFFECTIVE_STATUS}) = :status`, { status: query.status });
    if (query.datasetId) qb.andWhere('r.dataset_id = :datasetId', { datasetId: query.datasetId });
    return (await qb.getRawMany<ApprovalRaw>()).map(toApprovalDto);
  }

  /** A dataset's requests, newest first; 404 when the user may not see the dataset. */
  async history(user: SessionUser, datasetId: string): Promise<ApprovalRequestDto[]> {
    await this.datasets.requireVisible(user, datasetId);
    return this.list(user, { datasetId });
  }

  /** One request; 404 for unknown ids and for a department head outside their departments. */
  async get(user: SessionUser, id: string, manager?: EntityManager): Promise<ApprovalRequestDto> {
    const requests = manager ? this.requests.with(manager) : this.requests;
    const row = await selectApprovals(requests.query('r'), user)
      .andWhere('r.id = :id', { id })
      .getRawOne<ApprovalRaw>();
    if (!row) throw new NotFoundException(`No approval request ${id}`);
    return toApprovalDto(row);
  }

  /**
   * Asks the head of the dataset's department for the release: only from awaiting_approval, one pending request
   * per dataset. The request, the cleared approval flag, the audit event and the mail with the link commit
   * together; the link's token exists only in that mail.
   */
  async request(
    user: SessionUser,
    datasetId: string,
    body: CreateApprovalRequest,
  ): Promise<ApprovalRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const dataset = await this.lockDataset(manager, datasetId);
      if (dataset.stage !== 'awaiting_approval') {
        throw new ConflictException({
          message: `A release can be requested only while the dataset awaits approval; it is ${dataset.stage}`,
          stage: dataset.stage,
        });
      }
      // The dataset row is locked: two requests for one dataset are served one after the other.
      await this.decisions.expireOverdue(manager, new Date(), { datasetId: dataset.id });
      const pending: Array<{ id: string }> = await manager.query(
        `SELECT id FROM approval_request WHERE dataset_id = $1 AND status = 'pending' LIMIT 1`,
        [dataset.id],
      );
      if (pending[0]) {
        throw new ConflictException({
          message: 'The dataset has a pending approval request already',
          requestId: pending[0].id,
        });
      }
      const approver = await this.approver(manager, dataset, body.approverContactId ?? null);
      const { token, hash } = newApprovalToken();
      const expiresAt = new Date(Date.now() + this.config.approvalLinkDays * 24 * 60 * 60 * 1000);
      const message = body.message?.trim() || null;
      const saved = await manager.getRepository(ApprovalRequest).save(
        manager.getRepository(ApprovalRequest).create({
          municipalityId: dataset.municipality_id,
          datasetId: dataset.id,
          departmentId: dataset.department_id,
          requestedByUserId: user.id,
          approverContactId: approver.contactId,
          approverUserId: approver.userId,
          status: 'pending',
          message,
          tokenHash: hash,
          expiresAt,
        }),
      );
      // A release granted earlier does not carry over to what is asked now.
      await manager.query(`UPDATE dataset SET approval_granted = false WHERE id = $1`, [dataset.id]);
      await this.audit.record(manager, {
        action: 'create',
        entity: 'approval_request',
        entityId: saved.id,
        after: {
          datasetId: dataset.id,
          departmentId: dataset.department_id,
          approverContactId: approver.contactId,
          approverUserId: approver.userId,
          message,
          expiresAt: expiresAt.toISOString(),
        },
      });
      await this.outbox.enqueue(
        manager,
        approvalRequestMail({
          municipalityId: dataset.municipality_id,
          requestId: saved.id,
          publicUrl: this.config.publicUrl,
          token,
          locale: approver.locale,
          approver: { name: approver.name, email: approver.email },
          requesterName: user.name,
          dataset: { title: dataset.title, description: dataset.description },
          departmentName: dataset.department_name,
          expiresAt,
          message,
        }),
      );
      return this.get(user, saved.id, manager);
    });
  }

  /**
   * The decision in the app: the head of the request's department, or an admin (audited as such). A head of
   * another department does not see the request (404); a head of a parent unit sees it but may not decide.
   */
  async decide(user: SessionUser, id: string, body: DecideApprovalRequest): Promise<ApprovalRequestDto> {
    const comment = requireComment(body.decision, body.comment);
    const visible = await this.get(user, id);
    const asAdmin = user.role === 'admin';
    if (!asAdmin && !user.departmentIds.includes(visible.departmentId)) {
      throw new ForbiddenException('Only the head of the dataset’s department may decide');
    }
    const municipalityId = requestContext.municipalityId();
    // Its own transaction: the expiry stays written although the decision is then refused.
    await this.dataSource.transaction((manager) => this.decisions.expireOverdue(manager, new Date(), { id }));
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.decisions.lock(manager, { id, municipalityId });
      if (!locked) throw new NotFoundException(`No approval request ${id}`);
      await this.decisions.decideLocked(manager, locked, body.decision, comment, {
        via: 'app',
        actorUserId: user.id,
        asAdmin,
      });
    });
    return this.get(user, id);
  }

  /** The team takes a pending request back; its link stops working at once. */
  async withdraw(user: SessionUser, id: string): Promise<ApprovalRequestDto> {
    await this.get(user, id);
    const municipalityId = requestContext.municipalityId();
    await this.dataSource.transaction((manager) => this.decisions.expireOverdue(manager, new Date(), { id }));
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.decisions.lock(manager, { id, municipalityId });
      if (!locked) throw new NotFoundException(`No approval request ${id}`);
      if (locked.status !== 'pending') throw notPending(locked.status);
      await manager.query(
        `UPDATE approval_request SET status = 'withdrawn', version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(manager, {
        action: 'update',
        entity: 'approval_request',
        entityId: id,
        before: { status: 'pending' },
        after: { status: 'withdrawn' },
      });
    });
    return this.get(user, id);
  }

  private async lockDataset(manager: EntityManager, datasetId: string): Promise<LockedDataset> {
    const rows: LockedDataset[] = await manager.query(
      `SELECT d.id, d.municipality_id, d.department_id, dep.name AS department_name, d.stage, d.title,
              d.description
         FROM dataset d JOIN department dep ON dep.id = d.department_id
        WHERE d.id = $1 AND d.municipality_id = $2
        FOR UPDATE OF d`,
      [datasetId, requestContext.municipalityId()],
    );
    if (!rows[0]) throw new NotFoundException(`No dataset ${datasetId}`);
    return rows[0];
  }

  /**
   * The contact asked (or the department's head contact) and, when they have one, their user account: an
   * active department head with the same address who leads the dataset's department.
   */
  private async approver(
    manager: EntityManager,
    dataset: LockedDataset,
    contactId: string | null,
  ): Promise<Approver> {
    const contacts: Array<{ id: string; name: string | null; email: string | null; department_id: string }> =
      await manager.query(
        `SELECT id, name, email, department_id FROM contact
          WHERE municipality_id = $1 AND erased_at IS NULL
            AND (CASE WHEN $2::uuid IS NULL THEN department_id = $3 AND is_head ELSE id = $2 END)
          ORDER BY (email IS NULL), name, id
          LIMIT 1`,
        [dataset.municipality_id, contactId, dataset.department_id],
      );
    const contact = contacts[0];
    if (!contact) {
      throw fieldError(
        'approverContactId',
        FIELD_ERROR_CODES.unknownReference,
        contactId ? 'No such contact' : 'The department has no contact flagged as head; name the approver',
      );
    }
    if (contact.department_id !== dataset.department_id) {
      throw fieldError(
        'approverContactId',
        FIELD_ERROR_CODES.unknownReference,
        "The approver must be a contact of the dataset's department",
      );
    }
    if (!contact.email) {
      throw fieldError(
        'approverContactId',
        FIELD_ERROR_CODES.unknownReference,
        'The approver has no email address',
      );
    }
    const users: Array<{ id: string; locale: Locale }> = await manager.query(
      `SELECT u.id, u.locale FROM app_user u
         JOIN user_department ud ON ud.user_id = u.id AND ud.department_id = $2
        WHERE lower(u.email) = lower($1) AND u.role = 'department_head' AND u.active
        LIMIT 1`,
      [contact.email, dataset.department_id],
    );
    return {
      contactId: contact.id,
      name: contact.name,
      email: contact.email,
      userId: users[0]?.id ?? null,
      locale: users[0]?.locale ?? 'de',
    };
  }
}
