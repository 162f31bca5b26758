import { DepartmentDto, SessionUser } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Department } from './department.entity';

/** The ids of a department head's own departments and all their sub-units. */
const HEAD_SUBTREE = `
  WITH RECURSIVE subtree(id) AS (
    SELECT department_id FROM user_department WHERE user_id = :userId
    UNION
    SELECT d.id FROM department d JOIN subtree s ON d.parent_id = s.id
  )
  SELECT id FROM subtree`;

@Injectable()
export class DepartmentsService {
  private readonly departments: ScopedRepository<Department>;

  constructor(@InjectRepository(Department) repository: Repository<Department>) {
    this.departments = new ScopedRepository(repository);
  }

  /** Department heads see their departments and sub-units; everyone else the whole organisation. */
  async list(user: SessionUser): Promise<DepartmentDto[]> {
    const qb = this.departments.query('d').andWhere('d.archived_at IS NULL').orderBy('d.name', 'ASC');
    if (user.role === 'department_head') {
      qb.andWhere(new Brackets((w) => w.where(`d.id IN (${HEAD_SUBTREE})`, { userId: user.id })));
    }
    const rows = await qb.getMany();
    return rows.map(toDto);
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
  };
}
