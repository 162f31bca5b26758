import {
  CreateObjectionRequest,
  FIELD_ERROR_CODES,
  ObjectionCommentDto,
  ObjectionDto,
  ObjectionPage,
  ObjectionStatus,
  SessionUser,
  UNRESOLVED_OBJECTION_STATUSES,
  UpdateObjectionRequest,
} from '@datenlotse/contracts';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { requestContext } from '../../common/request-context';
import { sqlList } from '../../common/sql';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Contact } from '../contacts/contact.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Department } from '../departments/department.entity';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Argument } from './argument.entity';
import { recountObjections } from './objection-counters';
import { ObjectionRow, toCommentDto, toObjectionDtos, withObjectionDetails } from './objection-read';
import { missesResolutionNote, nextObjectionStatus, resolvedAtAfter } from './objection-rules';
import { Objection, ObjectionArgument, ObjectionComment } from './objection.entity';
import {
  CreateObjectionCommentDto,
  CreateObjectionDto,
  ObjectionQueryDto,
  UpdateObjectionDto,
} from './objections.dto';

/** Unsettled objections first (they are the work), then the newest. */
const UNSETTLED_FIRST = `CASE WHEN o.status IN (${sqlList(UNRESOLVED_OBJECTION_STATUSES)}) THEN 0 ELSE 1 END`;

@Injectable()
export class ObjectionsService {
  private readonly objections: ScopedRepository<Objection>;
  private readonly datasets: ScopedRepository<Dataset>;
  private readonly departments: ScopedRepository<Department>;
  private readonly contacts: ScopedRepository<Contact>;
  private readonly library: ScopedRepository<Argument>;
  private readonly comments: ScopedRepository<ObjectionComment>;

  constructor(
    @InjectRepository(Objection) objections: Repository<Objection>,
    @InjectRepository(Dataset) datasets: Repository<Dataset>,
    @InjectRepository(Department) departments: Repository<Department>,
    @InjectRepository(Contact) contacts: Repository<Contact>,
    @InjectRepository(Argument) args: Repository<Argument>,
    @InjectRepository(ObjectionComment) comments: Repository<ObjectionComment>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.objections = new ScopedRepository(objections);
    this.datasets = new ScopedRepository(datasets);
    this.departments = new ScopedRepository(departments);
    this.contacts = new ScopedRepository(contacts);
    this.library = new ScopedRepository(args);
    this.comments = new ScopedRepository(comments);
  }

  /** The objections the user may see; a department head only those of their departments. */
  async list(user: SessionUser, query: ObjectionQueryDto): Promise<ObjectionPage> {
    const qb = this.visible(user, this.dataSource.manager);
    if (query.datasetId === 'none') qb.andWhere('o.dataset_id IS NULL');
    else if (query.datasetId) qb.andWhere('o.dataset_id = :datasetId', { datasetId: query.datasetId });
    if (query.departmentId)
      qb.andWhere('o.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.category) qb.andWhere('o.category = :category', { category: query.category });
    if (query.statuses) {
      const statuses = query.statuses.split(',').map((s) => s.trim());
      qb.andWhere('o.status IN (:...statuses)', { statuses });
    }
    const total = await qb.getCount();
    const rows = await withObjectionDetails(qb)
      .orderBy(UNSETTLED_FIRST, 'ASC')
      .addOrderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(query.limit ?? PAGE_SIZE)
      .offset(query.offset ?? 0)
      .getRawMany<ObjectionRow>();
    return { items: await toObjectionDtos(this.dataSource.manager, rows), total };
  }

  /** One objection; outside a department head's departments it does not exist (404). */
  async get(user: SessionUser, id: string): Promise<ObjectionDto> {
    const row = await withObjectionDetails(
      this.visible(user, this.dataSource.manager).andWhere('o.id = :id', { id }),
    ).getRawOne<ObjectionRow>();
    if (!row) throw new NotFoundException(`No objection ${id}`);
    const [dto] = await toObjectionDtos(this.dataSource.manager, [row]);
    return dto;
  }

  /** Records an objection on a dataset (filed under the dataset's department) or on a department. */
  async create(input: CreateObjectionDto): Promise<ObjectionDto> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.createInTransaction(manager, input);
      return this.load(manager, saved.id);
    });
  }

  /** The same in the caller's transaction: a completed interview records its department's concerns. */
  async createInTransaction(manager: EntityManager, input: CreateObjectionRequest): Promise<Objection> {
    if ((input.datasetId == null) === (input.departmentId == null)) throw exactlyOneTarget();
    let departmentId: string;
    if (input.datasetId) {
      const dataset = await this.lockDataset(manager, input.datasetId);
      if (!dataset) throw fieldError('datasetId', FIELD_ERROR_CODES.unknownReference, 'unknown dataset id');
      departmentId = dataset.departmentId;
    } else {
      const department = await this.departments
        .with(manager)
        .findOne({ where: { id: input.departmentId as string } });
      if (!department)
        throw fieldError('departmentId', FIELD_ERROR_CODES.unknownReference, 'unknown department id');
      departmentId = department.id;
    }
    if (input.raisedByContactId) await this.requireContact(manager, input.raisedByContactId, departmentId);
    const saved = await this.objections.with(manager).save({
      datasetId: input.datasetId ?? null,
      departmentId,
      raisedByContactId: input.raisedByContactId ?? null,
      category: input.category,
      statement: input.statement.trim(),
      response: null,
      status: 'open',
      resolutionNote: null,
      resolvedAt: null,
      createdByUserId: requestContext.actor()?.id ?? null,
    });
    await recountObjections(manager, saved.datasetId);
    await this.audit.record(manager, {
      action: 'create',
      entity: 'objection',
      entityId: saved.id,
      after: auditView(saved, []),
    });
    return saved;
  }

  /**
   * Edits, answers or decides an objection. The status follows the rules of objection-rules.ts; the
   * dataset's counters are recounted in the same transaction, so the stage guards never see a stale count.
   */
  async update(id: string, input: UpdateObjectionDto): Promise<ObjectionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.updateInTransaction(manager, id, input);
      return this.load(manager, id);
    });
  }

  /** The same in the caller's transaction: a re-completed interview rewords the concerns still open. */
  async updateInTransaction(
    manager: EntityManager,
    id: string,
    input: UpdateObjectionRequest,
  ): Promise<void> {
    const current = await this.objections.with(manager).findOne({ where: { id } });
    if (!current) throw new NotFoundException(`No objection ${id}`);
    // The dataset row first: a transition of the dataset waits for this change, and sees its counters.
    if (current.datasetId) await this.lockDataset(manager, current.datasetId);
    if (current.version !== input.version) throw staleWrite('objection', await this.load(manager, id));
    const { version, argumentIds: sentArguments, ...changes } = input;
    if (changes.raisedByContactId && changes.raisedByContactId !== current.raisedByContactId) {
      await this.requireContact(manager, changes.raisedByContactId, current.departmentId);
    }
    const before = await this.argumentIdsOf(manager, id);
    const argumentIds =
      sentArguments === undefined ? undefined : await this.usableArguments(manager, sentArguments, before);
    const response = changes.response === undefined ? undefined : changes.response?.trim() || null;
    const status = nextObjectionStatus(current.status, { status: changes.status, response, argumentIds });
    const resolutionNote =
      changes.resolutionNote === undefined ? current.resolutionNote : changes.resolutionNote?.trim() || null;
    if (missesResolutionNote(status, resolutionNote)) throw noteRequired(status);
    const result = await manager
      .createQueryBuilder()
      .update(Objection)
      .set({
        ...(changes.raisedByContactId !== undefined && { raisedByContactId: changes.raisedByContactId }),
        ...(changes.category !== undefined && { category: changes.category }),
        ...(changes.statement !== undefined && { statement: changes.statement.trim() }),
        ...(response !== undefined && { response }),
        resolutionNote,
        status,
        resolvedAt: resolvedAtAfter(current.status, current.resolvedAt, status, new Date()),
      })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw staleWrite('objection', await this.load(manager, id));
    if (argumentIds !== undefined) await this.replaceArguments(manager, id, argumentIds);
    await recountObjections(manager, current.datasetId);
    const saved = await this.objections.with(manager).findOne({ where: { id } });
    if (!saved) throw new NotFoundException(`No objection ${id}`);
    await this.audit.record(manager, {
      action: 'update',
      entity: 'objection',
      entityId: id,
      before: auditView(current, before),
      after: auditView(saved, argumentIds ?? before),
    });
  }

  /**
   * Deletes an objection recorded by mistake: only while it is still open and nobody has commented.
   * Anything further along is part of the dataset's history and gets an outcome instead.
   */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.objections.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No objection ${id}`);
      if (current.datasetId) await this.lockDataset(manager, current.datasetId);
      if (current.status !== 'open') {
        throw new ConflictException(
          `Only an open objection can be deleted; this one is ${current.status}: record an outcome instead`,
        );
      }
      const comments = await this.comments.with(manager).count({ where: { objectionId: id } });
      if (comments > 0) {
        throw new ConflictException(
          `The objection has ${comments} comment(s) and cannot be deleted: record an outcome instead`,
        );
      }
      const before = await this.argumentIdsOf(manager, id);
      await manager.delete(Objection, { id });
      await recountObjections(manager, current.datasetId);
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'objection',
        entityId: id,
        before: auditView(current, before),
      });
    });
  }

  /** A remark on an objection; a department head only on their departments' objections (404 elsewhere). */
  async comment(
    user: SessionUser,
    id: string,
    input: CreateObjectionCommentDto,
  ): Promise<ObjectionCommentDto> {
    return this.dataSource.transaction(async (manager) => {
      const visible = await this.visible(user, manager).andWhere('o.id = :id', { id }).getExists();
      if (!visible) throw new NotFoundException(`No objection ${id}`);
      const body = input.body.trim();
      const saved = await this.comments.with(manager).save({
        objectionId: id,
        authorUserId: user.id,
        body,
      });
      // Filed under the objection, so that its history shows the discussion beside the edits.
      await this.audit.record(manager, {
        action: 'update',
        entity: 'objection',
        entityId: id,
        after: { comment: body },
      });
      return toCommentDto({
        id: saved.id,
        author_user_id: user.id,
        author_name: user.name,
        body: saved.body,
        created_at: saved.createdAt,
      });
    });
  }

  /** Objections in the municipality; for a department head only those of their departments, in the SQL. */
  private visible(user: SessionUser, manager: EntityManager): SelectQueryBuilder<Objection> {
    return onlyVisibleDepartments(this.objections.with(manager).query('o'), user, 'o.department_id');
  }

  private async load(manager: EntityManager, id: string): Promise<ObjectionDto> {
    const row = await withObjectionDetails(
      this.objections.with(manager).query('o').andWhere('o.id = :id', { id }),
    ).getRawOne<ObjectionRow>();
    if (!row) throw new NotFoundException(`No objection ${id}`);
    const [dto] = await toObjectionDtos(manager, [row]);
    return dto;
  }

  /** The dataset, its row locked until the transaction ends: counters and stage change one at a time. */
  private async lockDataset(manager: EntityManager, datasetId: string): Promise<Dataset | null> {
    return this.datasets
      .with(manager)
      .query('ds')
      .andWhere('ds.id = :datasetId', { datasetId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The person who raised it must be a (not erased) contact of the objection's department. */
  private async requireContact(
    manager: EntityManager,
    contactId: string,
    departmentId: string,
  ): Promise<void> {
    const contact = await this.contacts.with(manager).findOne({ where: { id: contactId, departmentId } });
    if (!contact || contact.erasedAt) {
      throw fieldError(
        'raisedByContactId',
        FIELD_ERROR_CODES.unknownReference,
        'not a contact of the objection’s department',
      );
    }
  }

  private async argumentIdsOf(manager: EntityManager, objectionId: string): Promise<string[]> {
    const links = await manager.find(ObjectionArgument, { where: { objectionId } });
    return links.map((l) => l.argumentId).sort();
  }

  /**
   * The arguments an answer may use: existing ones of the municipality, not archived — except those the
   * answer already had, which stay when the argument is archived later.
   */
  private async usableArguments(manager: EntityManager, ids: string[], kept: string[]): Promise<string[]> {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return [];
    const found = await this.library.with(manager).find({ where: { id: In(unique) } });
    const usable = new Set(found.filter((a) => !a.archivedAt || kept.includes(a.id)).map((a) => a.id));
    const refused = unique.filter((id) => !usable.has(id));
    if (refused.length > 0) {
      throw fieldError(
        'argumentIds',
        FIELD_ERROR_CODES.unknownReference,
        `unknown or archived argument(s): ${refused.join(', ')}`,
      );
    }
    return unique;
  }

  private async replaceArguments(manager: EntityManager, objectionId: string, argumentIds: string[]) {
    await manager.delete(ObjectionArgument, { objectionId });
    if (argumentIds.length > 0) {
      await manager.insert(
        ObjectionArgument,
        argumentIds.map((argumentId) => ({ objectionId, argumentId })),
      );
    }
  }
}

/** Neither or both of dataset and department: the 400 names both fields. */
function exactlyOneTarget(): BadRequestException {
  const message = 'give exactly one of datasetId and departmentId';
  return new BadRequestException({
    message,
    fields: { datasetId: [message], departmentId: [message] },
    codes: { datasetId: [FIELD_ERROR_CODES.exactlyOne], departmentId: [FIELD_ERROR_CODES.exactlyOne] },
  });
}

function noteRequired(status: ObjectionStatus): BadRequestException {
  return fieldError(
    'resolutionNote',
    FIELD_ERROR_CODES.reasonRequired,
    status === 'upheld'
      ? 'an upheld objection needs a note on why it stands'
      : 'a partial resolution needs a note on what was agreed',
  );
}

function auditView(objection: Objection, argumentIds: string[]) {
  return {
    datasetId: objection.datasetId,
    departmentId: objection.departmentId,
    raisedByContactId: objection.raisedByContactId,
    category: objection.category,
    statement: objection.statement,
    response: objection.response,
    argumentIds,
    status: objection.status,
    resolutionNote: objection.resolutionNote,
    resolvedAt: objection.resolvedAt?.toISOString() ?? null,
  };
}
