import {
  DepartmentRowDto,
  DepartmentTableQuery,
  DepartmentTableSort,
  ENGAGEMENT_STAGES,
  EngagementStage,
  DepartmentKind,
  Page,
  SessionUser,
} from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { containsPattern, prefixTsQuery } from '../../common/query';
import { sqlList } from '../../common/sql';
import { inChunks } from '../../common/tabular-export';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from '../users/user.entity';
import { Department } from './department.entity';
import { onlyVisibleDepartments, SUBTREE_OF } from './department-scope';

const DEFAULT_LIMIT = 50;

/**
 * Every unit with its nearest Dezernat (a Dezernat is its own), walked once from the top of the tree down.
 * The department table is small (thousands of rows), so this costs a few milliseconds.
 */
const DEZERNAT_OF = `
  SELECT id, CASE WHEN kind = 'dezernat' THEN id END FROM department
  WHERE parent_id IS NULL AND municipality_id = :municipalityId
  UNION
  SELECT child.id, CASE WHEN child.kind = 'dezernat' THEN child.id ELSE up.dezernat_id END
  FROM department child JOIN dezernat_of up ON child.parent_id = up.id`;

const STAGE = 'COALESCE(d.stage_override, d.derived_stage)';

const SORT_EXPRESSIONS: Record<DepartmentTableSort, string> = {
  name: 'd.name',
  stage: `array_position(ARRAY[${sqlList(ENGAGEMENT_STAGES)}]::text[], ${STAGE})`,
  owner: 'owner.name',
  dezernat: 'dz.name',
  lastContactAt: 'd.last_contact_at',
};

// Both counts read one department's rows through the (…, department_id …) indexes, only for the rows of the
// page: PostgreSQL evaluates such select-list subqueries after ORDER BY … LIMIT.
const CONTACT_COUNT = `(SELECT count(*)::int FROM contact c
  WHERE c.municipality_id = d.municipality_id AND c.department_id = d.id AND c.erased_at IS NULL)`;
const OPEN_TASK_COUNT = `(SELECT count(*)::int FROM task k WHERE k.department_id = d.id AND k.status = 'open')`;

interface RawRow {
  id: string;
  name: string;
  short_name: string | null;
  kind: DepartmentKind;
  parent_id: string | null;
  dezernat_id: string | null;
  dezernat_name: string | null;
  owner_user_id: string | null;
  owner_name: string | null;
  tags: string[];
  stage: EngagementStage;
  stage_overridden: boolean;
  last_contact_at: Date | null;
  contact_count: number;
  open_task_count: number;
  archived_at: Date | null;
}

/** The department table: filtered, sorted, paged rows with their Dezernat, owner and counts. */
@Injectable()
export class DepartmentTableService {
  private readonly departments: ScopedRepository<Department>;

  constructor(@InjectRepository(Department) repository: Repository<Department>) {
    this.departments = new ScopedRepository(repository);
  }

  async page(user: SessionUser, query: DepartmentTableQuery): Promise<Page<DepartmentRowDto>> {
    const counted = await this.filtered(user, query).select('count(*)::int', 'total').getRawOne<{
      total: number;
    }>();
    const items = await this.rows(user, query, query.offset ?? 0, query.limit ?? DEFAULT_LIMIT);
    return { items, total: counted?.total ?? 0 };
  }

  /** The whole view, chunk by chunk, for the export. */
  allRows(user: SessionUser, query: DepartmentTableQuery): AsyncIterable<DepartmentRowDto[]> {
    return inChunks((offset, limit) => this.rows(user, query, offset, limit));
  }

  private async rows(
    user: SessionUser,
    query: DepartmentTableQuery,
    offset: number,
    limit: number,
  ): Promise<DepartmentRowDto[]> {
    const qb = this.filtered(user, query)
      .leftJoin(Department, 'dz', 'dz.id = tree.dezernat_id')
      .leftJoin(User, 'owner', 'owner.id = d.owner_user_id')
      .select('d.id', 'id')
      .addSelect('d.name', 'name')
      .addSelect('d.short_name', 'short_name')
      .addSelect('d.kind', 'kind')
      .addSelect('d.parent_id', 'parent_id')
      .addSelect('dz.id', 'dezernat_id')
      .addSelect('dz.name', 'dezernat_name')
      .addSelect('d.owner_user_id', 'owner_user_id')
      .addSelect('owner.name', 'owner_name')
      .addSelect('d.tags', 'tags')
      .addSelect(STAGE, 'stage')
      .addSelect('d.stage_override IS NOT NULL', 'stage_overridden')
      .addSelect('d.last_contact_at', 'last_contact_at')
      .addSelect('d.archived_at', 'archived_at')
      .addSelect(CONTACT_COUNT, 'contact_count')
      .addSelect(OPEN_TASK_COUNT, 'open_task_count');
    sorted(qb, query);
    const raw = await qb.offset(offset).limit(limit).getRawMany<RawRow>();
    return raw.map(toRow);
  }

  /** The units of the view, each joined to its Dezernat (`tree.dezernat_id`); no select yet. */
  private filtered(user: SessionUser, query: DepartmentTableQuery): SelectQueryBuilder<Department> {
    const qb = this.departments
      .query('d')
      .addCommonTableExpression(DEZERNAT_OF, 'dezernat_of', {
        recursive: true,
        columnNames: ['id', 'dezernat_id'],
      })
      .innerJoin('dezernat_of', 'tree', 'tree.id = d.id');
    onlyVisibleDepartments(qb, user, 'd.id');
    if (!query.includeArchived) qb.andWhere('d.archived_at IS NULL');
    if (query.q?.trim()) matchingWords(qb, query.q.trim());
    if (query.stage) qb.andWhere(`${STAGE} = :stage`, { stage: query.stage });
    if (query.owner === 'none') qb.andWhere('d.owner_user_id IS NULL');
    else if (query.owner) qb.andWhere('d.owner_user_id = :owner', { owner: query.owner });
    if (query.dezernatId) qb.andWhere(`d.id IN (${SUBTREE_OF})`, { rootId: query.dezernatId });
    if (query.tag?.trim()) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(d.tags) AS tag WHERE lower(tag) = lower(:tag))', {
        tag: query.tag.trim(),
      });
    }
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.noContactDays !== undefined) {
      qb.andWhere(
        '(d.last_contact_at IS NULL OR d.last_contact_at < now() - make_interval(days => CAST(:days AS int)))',
        { days: query.noContactDays },
      );
    }
    return qb;
  }
}

/** Words at the start of words of the name or short name (weight A of the search vector). */
function matchingWords(qb: SelectQueryBuilder<Department>, q: string): void {
  const words = prefixTsQuery(q, 'A');
  const like = containsPattern(q);
  if (words) {
    // The short name also by substring: "12/2" or "37/3" are not words to the text search.
    qb.andWhere(`(d.search @@ to_tsquery('simple', :words) OR d.short_name ILIKE :like)`, { words, like });
  } else {
    qb.andWhere('(d.name ILIKE :like OR d.short_name ILIKE :like)', { like });
  }
}

/** The chosen order, empty values last either way, then by name and id so that pages never overlap. */
function sorted(qb: SelectQueryBuilder<Department>, query: DepartmentTableQuery): void {
  const sort = query.sort ?? 'name';
  const order = query.order === 'desc' ? 'DESC' : 'ASC';
  qb.orderBy(SORT_EXPRESSIONS[sort], order, 'NULLS LAST');
  if (sort !== 'name') qb.addOrderBy('d.name', 'ASC');
  qb.addOrderBy('d.id', 'ASC');
}

function toRow(r: RawRow): DepartmentRowDto {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    parentId: r.parent_id,
    dezernatId: r.dezernat_id,
    dezernatName: r.dezernat_name,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner_name,
    tags: r.tags,
    engagementStage: r.stage,
    stageOverridden: r.stage_overridden,
    lastContactAt: r.last_contact_at?.toISOString() ?? null,
    contactCount: r.contact_count,
    openTaskCount: r.open_task_count,
    archivedAt: r.archived_at?.toISOString() ?? null,
  };
}
