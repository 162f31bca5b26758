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
import { PAGE_SIZE } from '../../common/page-query.dto';
import { containsPattern, prefixTsQuery } from '../../common/query';
import { sqlList } from '../../common/sql';
import { inChunks } from '../../common/tabular-export';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from '../users/user.entity';
import { Department } from './department.entity';
import { onlyVisibleDepartments, SUBTREE_OF } from './department-scope';

/**
 * Every unit with its nearest Dezernat (a Dezernat is its own), walked once from the top of the tree down:
 * only for sorting by Dezernat, which needs it for all units.
 */
const DEZERNAT_OF = `
  SELECT id, CASE WHEN kind = 'dezernat' THEN id END FROM department
  WHERE parent_id IS NULL AND municipality_id = :municipalityId
  UNION
  SELECT child.id, CASE WHEN child.kind = 'dezernat' THEN child.id ELSE up.dezernat_id END
  FROM department child JOIN dezernat_of up ON child.parent_id = up.id`;

/**
 * The way up from each unit of a page (`:...ids`) to its nearest Dezernat: a few primary-key lookups per
 * row. The depth limit only guards against a cycle, which moves never create.
 */
const WAY_UP = `
  SELECT id, id, parent_id, kind, 0 FROM department WHERE municipality_id = :municipalityId AND id IN (:...ids)
  UNION ALL
  SELECT way_up.start_id, above.id, above.parent_id, above.kind, way_up.depth + 1
  FROM way_up JOIN department above ON above.id = way_up.parent_id
  WHERE way_up.kind <> 'dezernat' AND way_up.depth < 50`;

const STAGE = 'COALESCE(d.stage_override, d.derived_stage)';

const SORT_EXPRESSIONS: Record<DepartmentTableSort, string> = {
  name: 'd.name',
  stage: `array_position(ARRAY[${sqlList(ENGAGEMENT_STAGES)}]::text[], ${STAGE})`,
  owner: 'owner.name',
  dezernat: 'dz.name',
  lastContactAt: 'd.last_contact_at',
};

// Both counts read one department's rows through the (…, department_id …) indexes, for a page's rows only.
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
    const offset = query.offset ?? 0;
    const { ids, total } = await this.pageIds(user, query, offset, query.limit ?? PAGE_SIZE);
    return {
      items: await this.rowsOf(ids),
      // past the last page no row carries the total
      total: total ?? (offset > 0 ? await this.count(user, query) : 0),
    };
  }

  /** The whole view, chunk by chunk, for the export. */
  allRows(user: SessionUser, query: DepartmentTableQuery): AsyncIterable<DepartmentRowDto[]> {
    return inChunks(async (offset, limit) =>
      this.rowsOf((await this.pageIds(user, query, offset, limit)).ids),
    );
  }

  /**
   * First step: the ids of one page, in order, and the size of the whole view. Only the columns that filter
   * and sort are read here; the Dezernat of every unit is worked out only when sorting by it.
   */
  private async pageIds(
    user: SessionUser,
    query: DepartmentTableQuery,
    offset: number,
    limit: number,
  ): Promise<{ ids: string[]; total: number | null }> {
    const sort = query.sort ?? 'name';
    const qb = this.filtered(user, query).select('d.id', 'id').addSelect('count(*) OVER ()', 'total');
    if (sort === 'owner') qb.leftJoin(User, 'owner', 'owner.id = d.owner_user_id');
    if (sort === 'dezernat') {
      qb.addCommonTableExpression(DEZERNAT_OF, 'dezernat_of', {
        recursive: true,
        columnNames: ['id', 'dezernat_id'],
      })
        .leftJoin('dezernat_of', 'tree', 'tree.id = d.id')
        .leftJoin(Department, 'dz', 'dz.id = tree.dezernat_id');
    }
    sorted(qb, query);
    const rows = await qb.offset(offset).limit(limit).getRawMany<{ id: string; total: string }>();
    return { ids: rows.map((r) => r.id), total: rows.length > 0 ? Number(rows[0].total) : null };
  }

  private async count(user: SessionUser, query: DepartmentTableQuery): Promise<number> {
    const row = await this.filtered(user, query)
      .select('count(*)::int', 'total')
      .getRawOne<{ total: number }>();
    return row?.total ?? 0;
  }

  /** Second step: the rows of a page with their Dezernat, owner and counts, in the order of `ids`. */
  private async rowsOf(ids: string[]): Promise<DepartmentRowDto[]> {
    if (ids.length === 0) return [];
    const raw = await this.departments
      .query('d')
      .addCommonTableExpression(WAY_UP, 'way_up', {
        recursive: true,
        columnNames: ['start_id', 'id', 'parent_id', 'kind', 'depth'],
      })
      .leftJoin('way_up', 'dezernat', `dezernat.start_id = d.id AND dezernat.kind = 'dezernat'`)
      .leftJoin(Department, 'dz', 'dz.id = dezernat.id')
      .leftJoin(User, 'owner', 'owner.id = d.owner_user_id')
      .andWhere('d.id IN (:...ids)', { ids })
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
      .addSelect(OPEN_TASK_COUNT, 'open_task_count')
      .getRawMany<RawRow>();
    const byId = new Map(raw.map((r) => [r.id, toRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The units of the view; no select yet. */
  private filtered(user: SessionUser, query: DepartmentTableQuery): SelectQueryBuilder<Department> {
    const qb = this.departments.query('d');
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
