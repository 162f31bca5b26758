import {
  CreateInteractionRequest,
  FIELD_ERROR_CODES,
  InteractionDto,
  SessionUser,
  UpdateInteractionRequest,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Contact } from '../contacts/contact.entity';
import { HEAD_SUBTREE } from '../departments/department-scope';
import { DepartmentsService } from '../departments/departments.service';
import { EngagementService } from '../engagement/engagement.service';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Task } from '../tasks/task.entity';
import { User } from '../users/user.entity';
import {
  Interaction,
  InteractionContact,
  InteractionDepartment,
  InteractionUser,
} from './interaction.entity';
import { InteractionReader } from './interaction-reader';
import { CreateInteractionDto, UpdateInteractionDto } from './interactions.dto';
import { staleWrite } from '../../common/stale-write';

/** The links of an interaction, as ids. */
interface Links {
  departmentIds: string[];
  contactIds: string[];
  userIds: string[];
}

/**
 * Limits a query on interactions (`interactionIdSql`) to those a department head may read: linked to at least
 * one of their departments or sub-units. Everyone else reads all of them.
 */
export function onlyVisibleInteractions<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  user: SessionUser,
  interactionIdSql: string,
): SelectQueryBuilder<T> {
  if (user.role !== 'department_head') return qb;
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM interaction_department vx
             WHERE vx.interaction_id = ${interactionIdSql} AND vx.department_id IN (${HEAD_SUBTREE}))`,
    { userId: user.id },
  );
}

@Injectable()
export class InteractionsService {
  private readonly interactions: ScopedRepository<Interaction>;
  private readonly contacts: ScopedRepository<Contact>;
  private readonly users: ScopedRepository<User>;
  private readonly tasks: ScopedRepository<Task>;

  constructor(
    @InjectRepository(Interaction) interactions: Repository<Interaction>,
    @InjectRepository(Contact) contacts: Repository<Contact>,
    @InjectRepository(User) users: Repository<User>,
    @InjectRepository(Task) tasks: Repository<Task>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly reader: InteractionReader,
    private readonly engagement: EngagementService,
    private readonly audit: AuditService,
  ) {
    this.interactions = new ScopedRepository(interactions);
    this.contacts = new ScopedRepository(contacts);
    this.users = new ScopedRepository(users);
    this.tasks = new ScopedRepository(tasks);
  }

  /** One interaction; a department head gets 404 unless it is linked to one of their departments. */
  async get(user: SessionUser, id: string): Promise<InteractionDto> {
    const qb = this.interactions.query('i').select('i.id').andWhere('i.id = :id', { id });
    onlyVisibleInteractions(qb, user, 'i.id');
    if (!(await qb.getOne())) throw new NotFoundException(`No interaction ${id}`);
    const [interaction] = await this.reader.load([id], user);
    return interaction;
  }

  async create(input: CreateInteractionDto): Promise<InteractionDto> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.createInTransaction(manager, input);
      return this.loadOne(manager, saved.id);
    });
  }

  /** The same in the caller's transaction: a completed interview puts its meeting on the timeline. */
  async createInTransaction(manager: EntityManager, input: CreateInteractionRequest): Promise<Interaction> {
    const links: Links = {
      departmentIds: unique(input.departmentIds),
      contactIds: unique(input.contactIds ?? []),
      userIds: unique(input.userIds ?? []),
    };
    await this.requireLinks(manager, links, emptyLinks());
    const saved = await this.interactions.with(manager).save({
      type: input.type,
      occurredAt: new Date(input.occurredAt),
      summary: input.summary.trim(),
      createdByUserId: requestContext.actor()?.id ?? null,
    });
    await writeLinks(manager, saved.id, saved.occurredAt, links);
    await this.engagement.refresh(manager, links);
    await this.audit.record(manager, {
      action: 'create',
      entity: 'interaction',
      entityId: saved.id,
      after: auditView(saved, links),
    });
    return saved;
  }

  /** Edits an interaction; lists that are sent replace the links, and the copies of occurredAt follow. */
  async update(id: string, input: UpdateInteractionDto): Promise<InteractionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.updateInTransaction(manager, id, input);
      return this.loadOne(manager, id);
    });
  }

  /** The same in the caller's transaction: a re-completed interview rewrites its meeting's entry. */
  async updateInTransaction(
    manager: EntityManager,
    id: string,
    input: UpdateInteractionRequest,
  ): Promise<void> {
    const current = await this.interactions.with(manager).findOne({ where: { id } });
    if (!current) throw new NotFoundException(`No interaction ${id}`);
    const before = await readLinks(manager, id);
    if (current.version !== input.version) throw staleWrite('interaction', await this.loadOne(manager, id));
    const after: Links = {
      departmentIds: input.departmentIds ? unique(input.departmentIds) : before.departmentIds,
      contactIds: input.contactIds ? unique(input.contactIds) : before.contactIds,
      userIds: input.userIds ? unique(input.userIds) : before.userIds,
    };
    await this.requireLinks(manager, after, before);
    const result = await manager
      .createQueryBuilder()
      .update(Interaction)
      .set({
        ...(input.type !== undefined && { type: input.type }),
        ...(input.occurredAt !== undefined && { occurredAt: new Date(input.occurredAt) }),
        ...(input.summary !== undefined && { summary: input.summary.trim() }),
      })
      .where('id = :id AND version = :version', { id, version: input.version })
      .execute();
    if (result.affected !== 1) throw staleWrite('interaction', await this.loadOne(manager, id));
    const saved = await this.interactions.with(manager).findOne({ where: { id } });
    if (!saved) throw new NotFoundException(`No interaction ${id}`);
    await manager.delete(InteractionDepartment, { interactionId: id });
    await manager.delete(InteractionContact, { interactionId: id });
    await manager.delete(InteractionUser, { interactionId: id });
    await writeLinks(manager, id, saved.occurredAt, after);
    await this.engagement.refresh(manager, {
      departmentIds: [...before.departmentIds, ...after.departmentIds],
      contactIds: [...before.contactIds, ...after.contactIds],
    });
    await this.audit.record(manager, {
      action: 'update',
      entity: 'interaction',
      entityId: id,
      before: auditView(current, before),
      after: auditView(saved, after),
    });
  }

  /** Deletes an interaction; refused while tasks refer to it, so that no task points at nothing. */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.interactions.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No interaction ${id}`);
      const linkedTasks = await this.tasks
        .with(manager)
        .count({ where: { linkEntity: 'interaction', linkId: id } });
      if (linkedTasks > 0) {
        throw new ConflictException(
          `${linkedTasks} task(s) refer to this interaction; delete them or link them elsewhere first`,
        );
      }
      const links = await readLinks(manager, id);
      await manager.delete(Interaction, { id });
      await this.engagement.refresh(manager, links);
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'interaction',
        entityId: id,
        before: auditView(current, links),
      });
    });
  }

  /**
   * Every linked id must exist in the municipality (400 on the field otherwise). An erased contact cannot be
   * linked anew, but stays linked where it already was.
   */
  private async requireLinks(manager: EntityManager, links: Links, existing: Links): Promise<void> {
    const departments = await this.departments.existing(links.departmentIds, manager);
    if (departments.length !== links.departmentIds.length) {
      throw fieldError('departmentIds', FIELD_ERROR_CODES.unknownReference, 'unknown department id');
    }
    if (links.contactIds.length > 0) {
      const contacts = await this.contacts
        .with(manager)
        .query('c')
        .andWhere('c.id IN (:...ids)', { ids: links.contactIds })
        .getMany();
      const linkable = contacts.filter((c) => c.erasedAt === null || existing.contactIds.includes(c.id));
      if (linkable.length !== links.contactIds.length) {
        throw fieldError('contactIds', FIELD_ERROR_CODES.unknownReference, 'unknown or erased contact id');
      }
    }
    if (links.userIds.length > 0) {
      const users = await this.users
        .with(manager)
        .query('u')
        .andWhere('u.id IN (:...ids)', { ids: links.userIds })
        .getCount();
      if (users !== links.userIds.length) {
        throw fieldError('userIds', FIELD_ERROR_CODES.unknownReference, 'unknown user id');
      }
    }
  }

  private async loadOne(manager: EntityManager, id: string): Promise<InteractionDto> {
    const [interaction] = await this.reader.load([id], undefined, manager);
    return interaction;
  }
}

function emptyLinks(): Links {
  return { departmentIds: [], contactIds: [], userIds: [] };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

async function readLinks(manager: EntityManager, interactionId: string): Promise<Links> {
  const [departments, contacts, users] = await Promise.all([
    manager.find(InteractionDepartment, { where: { interactionId }, order: { departmentId: 'ASC' } }),
    manager.find(InteractionContact, { where: { interactionId }, order: { contactId: 'ASC' } }),
    manager.find(InteractionUser, { where: { interactionId }, order: { userId: 'ASC' } }),
  ]);
  return {
    departmentIds: departments.map((d) => d.departmentId),
    contactIds: contacts.map((c) => c.contactId),
    userIds: users.map((u) => u.userId),
  };
}

/** The join rows carry a copy of occurredAt, so that timelines and last contacts read straight from an index. */
async function writeLinks(manager: EntityManager, interactionId: string, occurredAt: Date, links: Links) {
  await manager.insert(
    InteractionDepartment,
    links.departmentIds.map((departmentId) => ({ interactionId, departmentId, occurredAt })),
  );
  if (links.contactIds.length > 0) {
    await manager.insert(
      InteractionContact,
      links.contactIds.map((contactId) => ({ interactionId, contactId, occurredAt })),
    );
  }
  if (links.userIds.length > 0) {
    await manager.insert(
      InteractionUser,
      links.userIds.map((userId) => ({ interactionId, userId })),
    );
  }
}

/** What the audit log keeps of an interaction: ids only, so that erasing a contact leaves no name behind. */
function auditView(interaction: Interaction, links: Links) {
  return {
    type: interaction.type,
    occurredAt: interaction.occurredAt.toISOString(),
    summary: interaction.summary,
    departmentIds: [...links.departmentIds].sort(),
    contactIds: [...links.contactIds].sort(),
    userIds: [...links.userIds].sort(),
  };
}
