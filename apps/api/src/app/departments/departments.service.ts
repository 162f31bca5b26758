import {
  CreateDepartmentRequest,
  DepartmentDto,
  FIELD_ERROR_CODES,
  SessionUser,
  SetEngagementStageRequest,
  UpdateDepartmentRequest,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from '../users/user.entity';
import { Department } from './department.entity';
import { countOf, listing, toDepartmentDto } from './department-dto';
import { onlyVisibleDepartments, SUBTREE_OF } from './department-scope';
import { normaliseTags } from './departments.dto';
import { staleWrite } from '../../common/stale-write';

interface ReferenceCounts {
  subUnits: number;
  contacts: number;
  interactions: number;
  tasks: number;
}

@Injectable()
export class DepartmentsService {
  private readonly departments: ScopedRepository<Department>;

  constructor(
    @InjectRepository(Department) repository: Repository<Department>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.departments = new ScopedRepository(repository);
  }

  /** The tree: department heads see their departments and sub-units; everyone else the whole organisation. */
  async list(user: SessionUser, includeArchived = false): Promise<DepartmentDto[]> {
    const qb = this.departments.query('d').orderBy('d.name', 'ASC');
    if (!includeArchived) qb.andWhere('d.archived_at IS NULL');
    onlyVisibleDepartments(qb, user, 'd.id');
    const rows = await qb.getMany();
    return rows.map(toDepartmentDto);
  }

  /** One unit; a department head gets 404 for units outside their subtree, as if they did not exist. */
  async get(user: SessionUser, id: string): Promise<DepartmentDto> {
    const qb = this.departments.query('d').andWhere('d.id = :id', { id });
    onlyVisibleDepartments(qb, user, 'd.id');
    const department = await qb.getOne();
    if (!department) throw new NotFoundException(`No department ${id}`);
    return toDepartmentDto(department);
  }

  async create(input: CreateDepartmentRequest): Promise<DepartmentDto> {
    return this.dataSource.transaction((manager) => this.createInTransaction(manager, input));
  }

  /** Creates a unit with the caller's transaction (the importer runs many in one); audited. */
  async createInTransaction(manager: EntityManager, input: CreateDepartmentRequest): Promise<DepartmentDto> {
    if (input.parentId) await this.requireParent(manager, input.parentId);
    if (input.ownerUserId) await this.requireOwner(manager, input.ownerUserId);
    const saved = await this.departments.with(manager).save({
      ...editable(input),
      shortName: input.shortName?.trim() || null,
      parentId: input.parentId ?? null,
      website: input.website ?? null,
      notes: input.notes ?? null,
      ownerUserId: input.ownerUserId ?? null,
      tags: normaliseTags(input.tags ?? []),
      archivedAt: null,
    });
    const dto = toDepartmentDto(saved);
    await this.audit.record(manager, {
      action: 'create',
      entity: 'department',
      entityId: saved.id,
      after: dto,
    });
    return dto;
  }

  async update(id: string, input: UpdateDepartmentRequest): Promise<DepartmentDto> {
    return this.dataSource.transaction((manager) => this.updateInTransaction(manager, id, input));
  }

  /**
   * Edits and moves a unit with the caller's transaction; moving it below itself or one of its sub-units is
   * refused, a stale version answers 409 with the current record. Audited.
   */
  async updateInTransaction(
    manager: EntityManager,
    id: string,
    input: UpdateDepartmentRequest,
  ): Promise<DepartmentDto> {
    const current = await this.lockable(manager, id, input.version);
    if (input.parentId) await this.requireParentOutside(manager, id, input.parentId);
    if (input.ownerUserId) await this.requireOwner(manager, input.ownerUserId);
    return this.write(manager, current, editable(input), 'update');
  }

  /** Sets the manual engagement stage (with a reason) or clears it (stage null). */
  async setStage(id: string, input: SetEngagementStageRequest): Promise<DepartmentDto> {
    const reason = input.reason?.trim();
    if (input.stage !== null && !reason) {
      throw fieldError('reason', FIELD_ERROR_CODES.reasonRequired, 'a manual stage needs a reason');
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockable(manager, id, input.version);
      const override =
        input.stage === null
          ? { stageOverride: null, stageOverrideReason: null, stageOverrideAt: null, stageOverrideBy: null }
          : {
              stageOverride: input.stage,
              stageOverrideReason: reason ?? null,
              stageOverrideAt: new Date(),
              stageOverrideBy: requestContext.actor()?.id ?? null,
            };
      return this.write(manager, current, override, 'transition');
    });
  }

  /**
   * Reads a unit for a versioned change: 404 when it does not exist, 409 with the current record when the
   * client's version is stale.
   */
  private async lockable(manager: EntityManager, id: string, version: number): Promise<Department> {
    const current = await this.departments.with(manager).findOne({ where: { id } });
    if (!current) throw new NotFoundException(`No department ${id}`);
    if (current.version !== version) throw staleWrite('department', toDepartmentDto(current));
    return current;
  }

  /**
   * Writes the changes if nobody else did meanwhile (the version check and the write are one statement),
   * and records the audit event.
   */
  private async write(
    manager: EntityManager,
    current: Department,
    changes: Partial<Department>,
    action: 'update' | 'transition',
  ): Promise<DepartmentDto> {
    const result = await manager
      .createQueryBuilder()
      .update(Department)
      .set(changes)
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (result.affected !== 1) throw staleWrite('department', toDepartmentDto(current));
    const saved = await this.departments.with(manager).findOne({ where: { id: current.id } });
    if (!saved) throw new NotFoundException(`No department ${current.id}`);
    const after = toDepartmentDto(saved);
    await this.audit.record(manager, {
      action,
      entity: 'department',
      entityId: current.id,
      before: toDepartmentDto(current),
      after,
    });
    return after;
  }

  /** Archives a unit: it leaves the tree and the table but keeps its history. */
  async archive(id: string, version: number): Promise<DepartmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockable(manager, id, version);
      if (current.archivedAt) return toDepartmentDto(current);
      const active = await this.departments
        .with(manager)
        .count({ where: { parentId: id, archivedAt: IsNull() } });
      if (active > 0) {
        throw new ConflictException(
          `${current.name} has ${countOf(active, 'active sub-unit')}; archive or move ${active === 1 ? 'it' : 'them'} first`,
        );
      }
      return this.write(manager, current, { archivedAt: new Date() }, 'update');
    });
  }

  /** Brings an archived unit back, unless the unit above it is still archived. */
  async unarchive(id: string, version: number): Promise<DepartmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockable(manager, id, version);
      if (!current.archivedAt) return toDepartmentDto(current);
      const parent = current.parentId
        ? await this.departments.with(manager).findOne({ where: { id: current.parentId } })
        : null;
      if (parent?.archivedAt) {
        throw new ConflictException(`${parent.name} above it is archived; unarchive that first`);
      }
      return this.write(manager, current, { archivedAt: null }, 'update');
    });
  }

  /** Deletes a unit that nothing refers to; one with sub-units or records is refused with the reason. */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.departments.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No department ${id}`);
      const references = await this.references(manager, id);
      if (references.length > 0) {
        throw new ConflictException(`${current.name} has ${listing(references)}; archive it instead`);
      }
      await manager.getRepository(Department).delete({ id });
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'department',
        entityId: id,
        before: toDepartmentDto(current),
      });
    });
  }

  /** What still refers to a unit, as words ("2 sub-units", "3 contacts"); empty when nothing does. */
  private async references(manager: EntityManager, id: string): Promise<string[]> {
    const [counts] = await manager.query<ReferenceCounts[]>(
      `SELECT
         (SELECT count(*)::int FROM department WHERE parent_id = $1) AS "subUnits",
         (SELECT count(*)::int FROM contact WHERE municipality_id = $2 AND department_id = $1) AS contacts,
         (SELECT count(*)::int FROM interaction_department WHERE department_id = $1) AS interactions,
         (SELECT count(*)::int FROM task WHERE department_id = $1) AS tasks`,
      [id, requestContext.municipalityId()],
    );
    return [
      counts.subUnits && countOf(counts.subUnits, 'sub-unit'),
      counts.contacts && countOf(counts.contacts, 'contact'),
      counts.interactions && countOf(counts.interactions, 'interaction'),
      counts.tasks && countOf(counts.tasks, 'task'),
    ].filter((part): part is string => !!part);
  }

  private async requireParent(manager: EntityManager, parentId: string): Promise<void> {
    if (!(await this.departments.with(manager).count({ where: { id: parentId } }))) {
      throw fieldError('parentId', FIELD_ERROR_CODES.unknownReference, 'unknown department id');
    }
  }

  private async requireParentOutside(manager: EntityManager, id: string, parentId: string): Promise<void> {
    await this.requireParent(manager, parentId);
    const subtree: { id: string }[] = await this.departments
      .with(manager)
      .query('d')
      .select('d.id', 'id')
      .andWhere(`d.id IN (${SUBTREE_OF})`, { rootId: id })
      .getRawMany();
    if (subtree.some((d) => d.id === parentId)) {
      throw fieldError('parentId', FIELD_ERROR_CODES.wouldCreateCycle, 'would put the unit below itself');
    }
  }

  /** The owner must be an active team member (team or admin) of this municipality. */
  private async requireOwner(manager: EntityManager, ownerUserId: string): Promise<void> {
    const users = new ScopedRepository(manager.getRepository(User));
    const found = await users.count({
      where: { id: ownerUserId, active: true, role: In(['team', 'admin']) },
    });
    if (!found) {
      throw fieldError('ownerUserId', FIELD_ERROR_CODES.unknownReference, 'not an active team member');
    }
  }

  /** Those of the given ids that exist in the current municipality; inside a transaction, pass its manager. */
  async existing(ids: string[], manager?: EntityManager): Promise<Department[]> {
    if (ids.length === 0) return [];
    const departments = manager ? this.departments.with(manager) : this.departments;
    return departments.query('d').andWhere('d.id IN (:...ids)', { ids }).getMany();
  }
}

/** The fields of the request that were sent, tidied: names trimmed, tags normalised, empty short name null. */
function editable(input: Partial<CreateDepartmentRequest>): Partial<Department> {
  const changes: Partial<Department> = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.shortName !== undefined) changes.shortName = input.shortName?.trim() || null;
  if (input.kind !== undefined) changes.kind = input.kind;
  if (input.parentId !== undefined) changes.parentId = input.parentId;
  if (input.website !== undefined) changes.website = input.website;
  if (input.notes !== undefined) changes.notes = input.notes;
  if (input.ownerUserId !== undefined) changes.ownerUserId = input.ownerUserId;
  if (input.tags !== undefined) changes.tags = normaliseTags(input.tags);
  return changes;
}
