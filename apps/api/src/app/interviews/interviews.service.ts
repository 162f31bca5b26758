import {
  FIELD_ERROR_CODES,
  InterviewDto,
  InterviewPage,
  InterviewStatus,
  SessionUser,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { SUBTREE_OF } from '../departments/department-scope';
import { EngagementService } from '../engagement/engagement.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { Interview, InterviewInterviewer, InterviewInvitee } from './interview.entity';
import {
  InterviewRaw,
  loadInterviewDto,
  lockInterview,
  selectInterviews,
  toSummaryDto,
} from './interview-reader';
import {
  CancelInterviewDto,
  CreateInterviewDto,
  InterviewQueryDto,
  UpdateInterviewDto,
} from './interviews.dto';

/** A date without a time (`2026-12-08`) in a filter means the whole day in the city. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Planning interviews: the list, one interview, planning, rescheduling, starting and cancelling. */
@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly engagement: EngagementService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  /** Newest scheduled first; a department head sees only the interviews of their departments and sub-units. */
  async list(user: SessionUser, query: InterviewQueryDto): Promise<InterviewPage> {
    const qb = selectInterviews(this.dataSource.manager, user);
    if (query.departmentId)
      qb.andWhere('i.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.statuses) {
      const statuses = query.statuses.split(',').map((s) => s.trim());
      qb.andWhere('i.status IN (:...statuses)', { statuses });
    }
    if (query.from) {
      qb.andWhere(
        DATE_ONLY.test(query.from)
          ? `(i.scheduled_at AT TIME ZONE 'Europe/Berlin')::date >= CAST(:from AS date)`
          : 'i.scheduled_at >= CAST(:from AS timestamptz)',
        { from: query.from },
      );
    }
    if (query.to) {
      qb.andWhere(
        DATE_ONLY.test(query.to)
          ? `(i.scheduled_at AT TIME ZONE 'Europe/Berlin')::date <= CAST(:to AS date)`
          : 'i.scheduled_at < CAST(:to AS timestamptz)',
        { to: query.to },
      );
    }
    // A plain count: TypeORM's getCount counts DISTINCT ids, five times slower on 20,000 interviews.
    const counted = await qb.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
    const total = counted?.total ?? 0;
    const rows = await qb
      .orderBy('i.scheduled_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(query.limit ?? PAGE_SIZE)
      .offset(query.offset ?? 0)
      .getRawMany<InterviewRaw>();
    return { items: rows.map(toSummaryDto), total };
  }

  /**
   * One interview with its questions, answers, notes and outcomes; 404 for unknown ids and for a department
   * head outside their departments. With `manager`, read inside the caller's transaction.
   */
  async get(user: SessionUser, id: string, manager?: EntityManager): Promise<InterviewDto> {
    const dto = await loadInterviewDto(manager ?? this.dataSource.manager, user, id);
    if (!dto) throw new NotFoundException(`No interview ${id}`);
    return dto;
  }

  /**
   * Plans an interview: the department moves to interview_scheduled. Without a questionnaire version it is
   * run with the default questionnaire's newest published one; without interviewers, the planner runs it.
   */
  async create(user: SessionUser, input: CreateInterviewDto): Promise<InterviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const municipalityId = requestContext.municipalityId();
      const [department]: { id: string }[] = await manager.query(
        `SELECT id FROM department WHERE id = $1 AND municipality_id = $2`,
        [input.departmentId, municipalityId],
      );
      if (!department) {
        throw fieldError('departmentId', FIELD_ERROR_CODES.unknownReference, 'unknown department id');
      }
      const templateVersionId = await this.usableVersion(manager, input.templateVersionId);
      const interviewerIds = await this.requireInterviewers(manager, input.interviewerUserIds ?? [user.id]);
      const inviteeIds = await this.requireInvitees(manager, input.inviteeContactIds ?? [], department.id);
      const repository = manager.getRepository(Interview);
      const saved = await repository.save(
        repository.create({
          municipalityId,
          departmentId: department.id,
          templateVersionId,
          status: 'planned',
          scheduledAt: new Date(input.scheduledAt),
          durationMinutes: input.durationMinutes ?? 90,
          location: input.location?.trim() || null,
          videoUrl: input.videoUrl?.trim() || null,
          createdByUserId: user.id,
        }),
      );
      await this.replacePeople(manager, saved.id, interviewerIds, inviteeIds);
      await this.audit.record(manager, {
        action: 'create',
        entity: 'interview',
        entityId: saved.id,
        after: auditView(saved, interviewerIds, inviteeIds),
      });
      await this.engagement.refresh(manager, { departmentIds: [department.id] });
      return this.get(user, saved.id, manager);
    });
  }

  /**
   * Reschedules or changes an interview. The questionnaire version changes only while nothing is answered:
   * answers belong to the questions they were given to.
   */
  async update(user: SessionUser, id: string, input: UpdateInterviewDto): Promise<InterviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockInterview(manager, id);
      if (current.version !== input.version) throw staleWrite('interview', await this.get(user, id, manager));
      if (current.status === 'cancelled') throw notWhen(current.status, 'changed');
      const before = await this.peopleOf(manager, id);
      const changes: Partial<Interview> = {};
      if (input.templateVersionId !== undefined && input.templateVersionId !== current.templateVersionId) {
        const [answered]: unknown[] = await manager.query(
          `SELECT 1 FROM interview_answer WHERE interview_id = $1 LIMIT 1`,
          [id],
        );
        if (answered) {
          throw new ConflictException(
            'The questionnaire version cannot change once the interview has answers',
          );
        }
        changes.templateVersionId = await this.usableVersion(manager, input.templateVersionId);
      }
      if (input.scheduledAt !== undefined) changes.scheduledAt = new Date(input.scheduledAt);
      if (input.durationMinutes !== undefined) changes.durationMinutes = input.durationMinutes;
      if (input.location !== undefined) changes.location = input.location?.trim() || null;
      if (input.videoUrl !== undefined) changes.videoUrl = input.videoUrl?.trim() || null;
      const interviewerIds =
        input.interviewerUserIds === undefined
          ? before.interviewerIds
          : await this.requireInterviewers(manager, input.interviewerUserIds);
      const inviteeIds =
        input.inviteeContactIds === undefined
          ? before.inviteeIds
          : await this.requireInvitees(manager, input.inviteeContactIds, current.departmentId);
      // Always an UPDATE, so that a change of only the people also makes other open forms stale.
      await manager.createQueryBuilder().update(Interview).set(changes).where('id = :id', { id }).execute();
      await this.replacePeople(manager, id, interviewerIds, inviteeIds);
      await this.audit.record(manager, {
        action: 'update',
        entity: 'interview',
        entityId: id,
        before: auditView(current, before.interviewerIds, before.inviteeIds),
        after: auditView({ ...current, ...changes }, interviewerIds, inviteeIds),
      });
      await this.engagement.refresh(manager, { departmentIds: [current.departmentId] });
      return this.get(user, id, manager);
    });
  }

  /** Calls an interview off with a reason; the department's stage goes back unless another holds it. */
  async cancel(user: SessionUser, id: string, input: CancelInterviewDto): Promise<InterviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockInterview(manager, id);
      if (current.version !== input.version) throw staleWrite('interview', await this.get(user, id, manager));
      if (current.status === 'completed' || current.status === 'cancelled') {
        throw notWhen(current.status, 'cancelled');
      }
      const reason = input.reason.trim();
      await manager
        .createQueryBuilder()
        .update(Interview)
        .set({ status: 'cancelled', cancelReason: reason })
        .where('id = :id', { id })
        .execute();
      await this.audit.record(manager, {
        action: 'transition',
        entity: 'interview',
        entityId: id,
        before: { status: current.status },
        after: { status: 'cancelled', cancelReason: reason },
      });
      await this.engagement.refresh(manager, { departmentIds: [current.departmentId] });
      return this.get(user, id, manager);
    });
  }

  /** Opens the run: a planned interview is in progress from now (its timer starts); idempotent after that. */
  async start(user: SessionUser, id: string): Promise<InterviewDto> {
    return this.dataSource.transaction(async (manager) => {
      await startLocked(manager, this.audit, this.engagement, await lockInterview(manager, id));
      return this.get(user, id, manager);
    });
  }

  /** A published version of the municipality's questionnaires; omitted, the default's newest. */
  private async usableVersion(manager: EntityManager, versionId: string | undefined): Promise<string> {
    return versionId
      ? (await this.questionnaires.publishedVersion(manager, versionId)).id
      : this.questionnaires.defaultVersionId(manager);
  }

  /** Interviewers are active team members or admins of the municipality. */
  private async requireInterviewers(manager: EntityManager, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE municipality_id = $1 AND id = ANY($2::uuid[])
          AND active AND role IN ('team', 'admin')`,
      [requestContext.municipalityId(), unique],
    );
    const found = new Set(rows.map((r) => r.id));
    const refused = unique.filter((id) => !found.has(id));
    if (refused.length > 0) {
      throw fieldError(
        'interviewerUserIds',
        FIELD_ERROR_CODES.unknownReference,
        `not an active team member or admin: ${refused.join(', ')}`,
      );
    }
    return unique;
  }

  /** Invitees are (not erased) contacts of the department or a unit below it. */
  private async requireInvitees(
    manager: EntityManager,
    ids: string[],
    departmentId: string,
  ): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM contact WHERE municipality_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL
          AND department_id IN (${SUBTREE_OF.replace(':rootId', '$3')})`,
      [requestContext.municipalityId(), unique, departmentId],
    );
    const found = new Set(rows.map((r) => r.id));
    const refused = unique.filter((id) => !found.has(id));
    if (refused.length > 0) {
      throw fieldError(
        'inviteeContactIds',
        FIELD_ERROR_CODES.unknownReference,
        `not a contact of the department or its units: ${refused.join(', ')}`,
      );
    }
    return unique;
  }

  private async peopleOf(
    manager: EntityManager,
    id: string,
  ): Promise<{ interviewerIds: string[]; inviteeIds: string[] }> {
    const interviewers = await manager.find(InterviewInterviewer, { where: { interviewId: id } });
    const invitees = await manager.find(InterviewInvitee, { where: { interviewId: id } });
    return {
      interviewerIds: interviewers.map((row) => row.userId).sort(),
      inviteeIds: invitees.map((row) => row.contactId).sort(),
    };
  }

  private async replacePeople(
    manager: EntityManager,
    interviewId: string,
    interviewerIds: string[],
    inviteeIds: string[],
  ): Promise<void> {
    await manager.delete(InterviewInterviewer, { interviewId });
    await manager.delete(InterviewInvitee, { interviewId });
    if (interviewerIds.length > 0) {
      await manager.insert(
        InterviewInterviewer,
        interviewerIds.map((userId) => ({ interviewId, userId })),
      );
    }
    if (inviteeIds.length > 0) {
      await manager.insert(
        InterviewInvitee,
        inviteeIds.map((contactId) => ({ interviewId, contactId })),
      );
    }
  }
}

/**
 * Moves a locked planned interview to in_progress (the guided screen opened, or the first answer saved).
 * Not a change anyone edits, so the interview's version stays: an open planning form is not made stale by
 * the run starting. A cancelled interview is not run (409).
 */
export async function startLocked(
  manager: EntityManager,
  audit: AuditService,
  engagement: EngagementService,
  interview: Interview,
): Promise<void> {
  if (interview.status === 'cancelled') throw notWhen(interview.status, 'run');
  if (interview.status !== 'planned') return;
  await manager.query(
    `UPDATE interview SET status = 'in_progress', started_at = now(), updated_at = now() WHERE id = $1`,
    [interview.id],
  );
  await audit.record(manager, {
    action: 'transition',
    entity: 'interview',
    entityId: interview.id,
    before: { status: 'planned' },
    after: { status: 'in_progress' },
  });
  await engagement.refresh(manager, { departmentIds: [interview.departmentId] });
}

/** The 409 for an interview whose status does not allow what was asked. */
export function notWhen(status: InterviewStatus, what: string): ConflictException {
  return new ConflictException({
    message: `A ${status.replace('_', ' ')} interview cannot be ${what}`,
    status,
  });
}

function auditView(
  interview: Pick<
    Interview,
    'departmentId' | 'templateVersionId' | 'scheduledAt' | 'durationMinutes' | 'location' | 'videoUrl'
  >,
  interviewerIds: string[],
  inviteeIds: string[],
) {
  return {
    departmentId: interview.departmentId,
    templateVersionId: interview.templateVersionId,
    scheduledAt: new Date(interview.scheduledAt).toISOString(),
    durationMinutes: interview.durationMinutes,
    location: interview.location,
    videoUrl: interview.videoUrl,
    interviewerIds: [...interviewerIds].sort(),
    inviteeIds: [...inviteeIds].sort(),
  };
}
