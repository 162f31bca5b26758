import {
  CreateTaskRequest,
  FIELD_ERROR_CODES,
  SessionUser,
  TaskCount,
  TaskDto,
  TaskLinkEntity,
  TaskPage,
  TaskStatus,
  UpdateTaskRequest,
} from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { Interaction } from '../interactions/interaction.entity';
import { Interview } from '../interviews/interview.entity';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from '../users/user.entity';
import { Task } from './task.entity';
import { CreateTaskDto, TaskQueryDto, UpdateTaskDto } from './tasks.dto';
import { staleWrite } from '../../common/stale-write';

/** Today in the city's time zone: a task due yesterday is overdue from midnight in Germany, not in UTC. */
const TODAY = `(now() AT TIME ZONE 'Europe/Berlin')::date`;
const OVERDUE = `(t.status = 'open' AND t.due_at IS NOT NULL AND t.due_at < ${TODAY})`;

/** A readable name of the linked record, from the record itself. */
const LINK_LABEL = `CASE t.link_entity
  WHEN 'department' THEN (SELECT ld.name FROM department ld WHERE ld.id = t.link_id)
  WHEN 'contact' THEN (SELECT lc.name FROM contact lc WHERE lc.id = t.link_id)
  WHEN 'interaction' THEN (SELECT left(li.summary, 80) FROM interaction li WHERE li.id = t.link_id)
  WHEN 'interview' THEN (
    SELECT 'Interview ' || lvd.name || ' ' || to_char(lv.scheduled_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY')
    FROM interview lv JOIN department lvd ON lvd.id = lv.department_id WHERE lv.id = t.link_id)
END`;

interface TaskRow {
  id: string;
  title: string;
  notes: string | null;
  due_at: string | null;
  assignee_user_id: string | null;
  assignee_name: string | null;
  status: TaskStatus;
  link_entity: TaskLinkEntity | null;
  link_id: string | null;
  link_label: string | null;
  department_id: string | null;
  overdue: boolean;
  completed_at: Date | null;
  version: number;
}

@Injectable()
export class TasksService {
  private readonly tasks: ScopedRepository<Task>;
  private readonly departments: ScopedRepository<Department>;
  private readonly contacts: ScopedRepository<Contact>;
  private readonly interactions: ScopedRepository<Interaction>;
  private readonly interviews: ScopedRepository<Interview>;
  private readonly users: ScopedRepository<User>;

  constructor(
    @InjectRepository(Task) tasks: Repository<Task>,
    @InjectRepository(Department) departments: Repository<Department>,
    @InjectRepository(Contact) contacts: Repository<Contact>,
    @InjectRepository(Interaction) interactions: Repository<Interaction>,
    @InjectRepository(Interview) interviews: Repository<Interview>,
    @InjectRepository(User) users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.tasks = new ScopedRepository(tasks);
    this.departments = new ScopedRepository(departments);
    this.contacts = new ScopedRepository(contacts);
    this.interactions = new ScopedRepository(interactions);
    this.interviews = new ScopedRepository(interviews);
    this.users = new ScopedRepository(users);
  }

  /** Tasks the user may see: open overdue ones first, then by due date (undated last), then oldest first. */
  async list(user: SessionUser, query: TaskQueryDto): Promise<TaskPage> {
    const qb = this.visible(user);
    if (query.assignee) {
      qb.andWhere('t.assignee_user_id = :assignee', {
        assignee: query.assignee === 'me' ? user.id : query.assignee,
      });
    }
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.departmentId)
      qb.andWhere('t.department_id = :departmentId', { departmentId: query.departmentId });
    const total = await qb.getCount();
    const rows = await withDetails(qb)
      .orderBy(OVERDUE, 'DESC')
      .addOrderBy(`t.status = 'open'`, 'DESC')
      .addOrderBy('t.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(query.limit ?? PAGE_SIZE)
      .offset(query.offset ?? 0)
      .getRawMany<TaskRow>();
    return { items: rows.map(toDto), total };
  }

  /** The shell's badge: the signed-in user's open tasks, and how many of them are overdue. */
  async count(user: SessionUser): Promise<TaskCount> {
    const row = await this.tasks
      .query('t')
      .select('count(*)::int', 'open')
      .addSelect(`count(*) FILTER (WHERE ${OVERDUE})::int`, 'overdue')
      .andWhere(`t.assignee_user_id = :userId AND t.status = 'open'`, { userId: user.id })
      .getRawOne<TaskCount>();
    return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
  }

  /** One task; a department head gets 404 for tasks outside their departments. */
  async get(user: SessionUser, id: string): Promise<TaskDto> {
    const row = await withDetails(this.visible(user).andWhere('t.id = :id', { id })).getRawOne<TaskRow>();
    if (!row) throw new NotFoundException(`No task ${id}`);
    return toDto(row);
  }

  async create(input: CreateTaskDto): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.createInTransaction(manager, input);
      return this.load(manager, saved.id);
    });
  }

  /** The same in the caller's transaction: a completed interview leaves its follow-ups. */
  async createInTransaction(manager: EntityManager, input: CreateTaskRequest): Promise<Task> {
    if (input.assigneeUserId) await this.requireAssignee(manager, input.assigneeUserId);
    const departmentId = await this.linkedDepartment(manager, input.linkEntity ?? null, input.linkId ?? null);
    const saved = await this.tasks.with(manager).save({
      title: input.title.trim(),
      notes: input.notes ?? null,
      dueAt: input.dueAt ?? null,
      assigneeUserId: input.assigneeUserId ?? null,
      status: 'open',
      linkEntity: input.linkEntity ?? null,
      linkId: input.linkEntity ? (input.linkId ?? null) : null,
      departmentId,
      completedAt: null,
      createdByUserId: requestContext.actor()?.id ?? null,
    });
    await this.audit.record(manager, {
      action: 'create',
      entity: 'task',
      entityId: saved.id,
      after: auditView(saved),
    });
    return saved;
  }

  /** Edits a task; marking it done stamps completedAt, reopening clears it. */
  async update(id: string, input: UpdateTaskDto): Promise<TaskDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.updateInTransaction(manager, id, input);
      return this.load(manager, id);
    });
  }

  /** The same in the caller's transaction: a re-completed interview brings its open follow-ups up to date. */
  async updateInTransaction(manager: EntityManager, id: string, input: UpdateTaskRequest): Promise<void> {
    const tasks = this.tasks.with(manager);
    const current = await tasks.findOne({ where: { id } });
    if (!current) throw new NotFoundException(`No task ${id}`);
    if (current.version !== input.version) throw staleWrite('task', await this.load(manager, id));
    if (input.assigneeUserId && input.assigneeUserId !== current.assigneeUserId) {
      await this.requireAssignee(manager, input.assigneeUserId);
    }
    const { version, status, linkEntity, linkId, ...changes } = input;
    const relinked = linkEntity !== undefined || linkId !== undefined;
    const departmentId = relinked
      ? await this.linkedDepartment(manager, linkEntity ?? null, linkId ?? null)
      : null;
    const result = await manager
      .createQueryBuilder()
      .update(Task)
      .set({
        ...changes,
        ...(changes.title !== undefined && { title: changes.title.trim() }),
        ...(status !== undefined &&
          status !== current.status && { status, completedAt: completedAt(status) }),
        ...(relinked && {
          linkEntity: linkEntity ?? null,
          linkId: linkEntity ? (linkId ?? null) : null,
          departmentId,
        }),
      })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleWrite('task', await this.load(manager, id));
    const saved = await tasks.findOne({ where: { id } });
    if (!saved) throw new NotFoundException(`No task ${id}`);
    await this.audit.record(manager, {
      action: 'update',
      entity: 'task',
      entityId: id,
      before: auditView(current),
      after: auditView(saved),
    });
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.tasks.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No task ${id}`);
      await manager.delete(Task, { id });
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'task',
        entityId: id,
        before: auditView(current),
      });
    });
  }

  /** Tasks in the municipality; for a department head only those of their departments. */
  private visible(user: SessionUser): SelectQueryBuilder<Task> {
    return onlyVisibleDepartments(this.tasks.query('t'), user, 't.department_id');
  }

  private async load(manager: EntityManager, id: string): Promise<TaskDto> {
    const row = await withDetails(
      this.tasks.with(manager).query('t').andWhere('t.id = :id', { id }),
    ).getRawOne<TaskRow>();
    if (!row) throw new NotFoundException(`No task ${id}`);
    return toDto(row);
  }

  private async requireAssignee(manager: EntityManager, userId: string): Promise<void> {
    if (!(await this.users.with(manager).count({ where: { id: userId, active: true } }))) {
      throw fieldError('assigneeUserId', FIELD_ERROR_CODES.unknownReference, 'unknown or inactive user');
    }
  }

  /**
   * The department a task belongs to, from its linked record: a department itself, a contact's department,
   * an interaction's first department (by name, as the interaction lists them), an interview's department.
   * An unknown link is a 400.
   */
  private async linkedDepartment(
    manager: EntityManager,
    linkEntity: TaskLinkEntity | null,
    linkId: string | null,
  ): Promise<string | null> {
    if (!linkEntity || !linkId) return null;
    let departmentId: string | null | undefined;
    if (linkEntity === 'department') {
      departmentId = (await this.departments.with(manager).findOne({ where: { id: linkId } }))?.id;
    } else if (linkEntity === 'contact') {
      const contact = await this.contacts.with(manager).findOne({ where: { id: linkId } });
      departmentId = contact && !contact.erasedAt ? contact.departmentId : undefined;
    } else if (linkEntity === 'interview') {
      departmentId = (await this.interviews.with(manager).findOne({ where: { id: linkId } }))?.departmentId;
    } else {
      const row = await this.interactions
        .with(manager)
        .query('i')
        .innerJoin('interaction_department', 'x', 'x.interaction_id = i.id')
        .innerJoin(Department, 'd', 'd.id = x.department_id')
        .select('d.id', 'id')
        .andWhere('i.id = :linkId', { linkId })
        .orderBy('d.name', 'ASC')
        .limit(1)
        .getRawOne<{ id: string }>();
      departmentId = row?.id;
    }
    if (!departmentId)
      throw fieldError('linkId', FIELD_ERROR_CODES.unknownReference, `unknown ${linkEntity} id`);
    return departmentId;
  }
}

/** The columns of a TaskDto, with the assignee's name, the link's label and whether it is overdue. */
function withDetails(qb: SelectQueryBuilder<Task>): SelectQueryBuilder<Task> {
  return qb
    .leftJoin(User, 'u', 'u.id = t.assignee_user_id')
    .select([
      't.id AS id',
      't.title AS title',
      't.notes AS notes',
      't.due_at::text AS due_at',
      't.assignee_user_id AS assignee_user_id',
      'u.name AS assignee_name',
      't.status AS status',
      't.link_entity AS link_entity',
      't.link_id AS link_id',
      't.department_id AS department_id',
      't.completed_at AS completed_at',
      't.version AS version',
    ])
    .addSelect(LINK_LABEL, 'link_label')
    .addSelect(OVERDUE, 'overdue');
}

function completedAt(status: TaskStatus): Date | null {
  return status === 'done' ? new Date() : null;
}

function toDto(row: TaskRow): TaskDto {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    dueAt: row.due_at,
    assigneeUserId: row.assignee_user_id,
    assigneeName: row.assignee_name,
    status: row.status,
    linkEntity: row.link_entity,
    linkId: row.link_id,
    linkLabel: row.link_label,
    departmentId: row.department_id,
    overdue: row.overdue,
    completedAt: row.completed_at?.toISOString() ?? null,
    version: row.version,
  };
}

function auditView(task: Task) {
  return {
    title: task.title,
    notes: task.notes,
    dueAt: task.dueAt,
    assigneeUserId: task.assigneeUserId,
    status: task.status,
    linkEntity: task.linkEntity,
    linkId: task.linkId,
    departmentId: task.departmentId,
    completedAt: task.completedAt?.toISOString() ?? null,
  };
}
