import { DepartmentDto, FIELD_ERROR_CODES, SessionUser } from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Department } from './department.entity';
import { onlyVisibleDepartments } from './department-scope';
import { CreateDepartmentDto, UpdateDepartmentDto } from './departments.dto';

/** A unit and everything below it: where it may not be moved. */
const SUBTREE_OF = `
  WITH RECURSIVE subtree(id) AS (
    SELECT CAST(:rootId AS uuid)
    UNION
    SELECT d.id FROM department d JOIN subtree s ON d.parent_id = s.id
  )
  SELECT id FROM subtree`;

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

  /** Department heads see their departments and sub-units; everyone else the whole organisation. */
  async list(user: SessionUser): Promise<DepartmentDto[]> {
    const qb = this.departments.query('d').andWhere('d.archived_at IS NULL').orderBy('d.name', 'ASC');
    onlyVisibleDepartments(qb, user, 'd.id');
    const rows = await qb.getMany();
    return rows.map(toDto);
  }

  /** One unit; a department head gets 404 for units outside their subtree, as if they did not exist. */
  async get(user: SessionUser, id: string): Promise<DepartmentDto> {
    const qb = this.departments.query('d').andWhere('d.id = :id', { id });
    onlyVisibleDepartments(qb, user, 'd.id');
    const department = await qb.getOne();
    if (!department) throw new NotFoundException(`No department ${id}`);
    return toDto(department);
  }

  async create(input: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.dataSource.transaction(async (manager) => {
      if (input.parentId) await this.requireParent(manager, input.parentId);
      const saved = await this.departments.with(manager).save({
        name: input.name.trim(),
        shortName: input.shortName?.trim() || null,
        kind: input.kind,
        parentId: input.parentId ?? null,
        website: input.website ?? null,
        notes: input.notes ?? null,
        archivedAt: null,
      });
      await this.audit.record(manager, {
        action: 'create',
        entity: 'department',
        entityId: saved.id,
        after: toDto(saved),
      });
      return toDto(saved);
    });
  }

  /** Edits and moves a unit; moving it below itself or one of its sub-units is refused. */
  async update(id: string, input: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const departments = this.departments.with(manager);
      const current = await departments.findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No department ${id}`);
      if (current.version !== input.version) throw staleDepartment(current);
      if (input.parentId) await this.requireParentOutside(manager, id, input.parentId);
      const { version, ...changes } = input;
      const result = await manager
        .createQueryBuilder()
        .update(Department)
        .set({
          ...changes,
          ...(changes.name !== undefined && { name: changes.name.trim() }),
          ...(changes.shortName !== undefined && { shortName: changes.shortName?.trim() || null }),
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleDepartment(current);
      const saved = await departments.findOne({ where: { id } });
      if (!saved) throw new NotFoundException(`No department ${id}`);
      await this.audit.record(manager, {
        action: 'update',
        entity: 'department',
        entityId: id,
        before: toDto(current),
        after: toDto(saved),
      });
      return toDto(saved);
    });
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

  /** Those of the given ids that exist in the current municipality; inside a transaction, pass its manager. */
  async existing(ids: string[], manager?: EntityManager): Promise<Department[]> {
    if (ids.length === 0) return [];
    const departments = manager ? this.departments.with(manager) : this.departments;
    return departments.query('d').andWhere('d.id IN (:...ids)', { ids }).getMany();
  }
}

function toDto(d: Department): DepartmentDto {
  return {
    id: d.id,
    name: d.name,
    shortName: d.shortName,
    kind: d.kind,
    parentId: d.parentId,
    website: d.website,
    notes: d.notes,
    ownerUserId: d.ownerUserId,
    tags: d.tags,
    engagementStage: d.stageOverride ?? d.derivedStage,
    derivedStage: d.derivedStage,
    stageOverride: d.stageOverride
      ? {
          stage: d.stageOverride,
          reason: d.stageOverrideReason ?? '',
          at: (d.stageOverrideAt ?? d.updatedAt).toISOString(),
          byUserId: d.stageOverrideBy,
        }
      : null,
    lastContactAt: d.lastContactAt?.toISOString() ?? null,
    archivedAt: d.archivedAt?.toISOString() ?? null,
    version: d.version,
  };
}

function staleDepartment(current: Department): ConflictException {
  return new ConflictException({
    message: 'The department was changed by someone else; reload and try again',
    current: toDto(current),
  });
}
