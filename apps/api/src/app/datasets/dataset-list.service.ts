import {
  DATASET_PIPELINE,
  DATASET_STAGES,
  DatasetBoardColumn,
  DatasetPage,
  DatasetQuery,
  DatasetRowDto,
  DatasetSort,
  DatasetStage,
  SessionUser,
} from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { prefixTsQuery } from '../../common/query';
import { sqlList } from '../../common/sql';
import { onlyVisibleDepartments, SUBTREE_OF } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { DatasetRowRaw, toRowDto, TODAY, withRowColumns } from './dataset-reader';
import { Dataset } from './dataset.entity';

/** The board shows this many cards per column; the column's total says how many more there are. */
export const BOARD_CARDS = 20;

/**
 * Up to this many matches the list counts exactly (an index range of at most this many entries); beyond it
 * the total is the planner's estimate, which is what a "von ~200.000" needs and costs nothing.
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** The order of the stages when sorting by stage: the road to the portal, then the side stages. */
const STAGE_ORDER = `array_position(ARRAY[${sqlList([
  ...DATASET_PIPELINE,
  ...DATASET_STAGES.filter((s) => !DATASET_PIPELINE.includes(s)),
])}]::text[], d.stage)`;

const SORT_EXPRESSIONS: Record<DatasetSort, string> = {
  title: 'd.title',
  stage: STAGE_ORDER,
  department: 'dep.name',
  owner: 'owner.name',
  updated: 'd.updated_at',
  due: 'd.next_due_at',
  completeness: 'd.completeness_score',
};

/**
 * The dataset list and the board. A page is read in two steps: the ids of the page, filtered and sorted on
 * the dataset row alone (its counters make every filter a column test, never a per-row subquery), then the
 * names for those ids only.
 */
@Injectable()
export class DatasetListService {
  private readonly datasets: ScopedRepository<Dataset>;

  constructor(
    @InjectRepository(Dataset) repository: Repository<Dataset>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.datasets = new ScopedRepository(repository);
  }

  async page(user: SessionUser, query: DatasetQuery): Promise<DatasetPage> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? PAGE_SIZE;
    const [ids, total] = await Promise.all([
      this.pageIds(user, query, offset, limit),
      this.count(this.filtered(user, query)),
    ]);
    return { items: await this.rowsOf(ids), total };
  }

  /** Every stage with its total and first cards, newest change first, under the list's filters. */
  async board(user: SessionUser, query: DatasetQuery): Promise<DatasetBoardColumn[]> {
    const wanted = stagesOf(query);
    const totals = await this.filtered(user, query)
      .select('d.stage', 'stage')
      .addSelect('count(*)::int', 'total')
      .groupBy('d.stage')
      .getRawMany<{ stage: DatasetStage; total: number }>();
    const totalOf = new Map(totals.map((t) => [t.stage, t.total]));
    const filled = DATASET_STAGES.filter((stage) => (totalOf.get(stage) ?? 0) > 0 && wanted.includes(stage));
    // One index range per stage (municipality, stage, updated_at), each cut at the column's size.
    const idsOf = new Map<DatasetStage, string[]>();
    for (const stage of filled) {
      const rows = await this.filtered(user, { ...query, stages: stage })
        .select('d.id', 'id')
        .orderBy('d.updated_at', 'DESC')
        .addOrderBy('d.id', 'DESC')
        .limit(BOARD_CARDS)
        .getRawMany<{ id: string }>();
      idsOf.set(
        stage,
        rows.map((r) => r.id),
      );
    }
    const rows = new Map((await this.rowsOf([...idsOf.values()].flat())).map((row) => [row.id, row]));
    return DATASET_STAGES.map((stage) => ({
      stage,
      total: totalOf.get(stage) ?? 0,
      cards: (idsOf.get(stage) ?? []).flatMap((id) => rows.get(id) ?? []),
    }));
  }

  /** Step one: the ids of one page in order, read from the dataset row (and a name when sorting by it). */
  private async pageIds(
    user: SessionUser,
    query: DatasetQuery,
    offset: number,
    limit: number,
  ): Promise<string[]> {
    const sort = query.sort ?? 'updated';
    const order = (query.order ?? (sort === 'updated' ? 'desc' : 'asc')) === 'desc' ? 'DESC' : 'ASC';
    const qb = this.filtered(user, query).select('d.id', 'id');
    if (sort === 'department') qb.innerJoin('department', 'dep', 'dep.id = d.department_id');
    if (sort === 'owner') qb.leftJoin('app_user', 'owner', 'owner.id = d.owner_user_id');
    if (sort === 'updated') {
      // exactly the index's order (municipality_id, updated_at, id), read forwards or backwards
      qb.orderBy('d.updated_at', order).addOrderBy('d.id', order);
    } else {
      qb.orderBy(SORT_EXPRESSIONS[sort], order, 'NULLS LAST')
        .addOrderBy('d.updated_at', 'DESC')
        .addOrderBy('d.id', 'DESC');
    }
    const rows = await qb.offset(offset).limit(limit).getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Step two: the rows of a page with the names they show, in the order of `ids`. */
  private async rowsOf(ids: string[]): Promise<DatasetRowDto[]> {
    if (ids.length === 0) return [];
    const raw = await withRowColumns(
      this.datasets.query('d').andWhere('d.id IN (:...ids)', { ids }),
    ).getRawMany<DatasetRowRaw>();
    const byId = new Map(raw.map((r) => [r.id, toRowDto(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * The size of the view: exact up to EXACT_COUNT_LIMIT matches, the planner's estimate beyond (counting
   * 200,000 rows exactly would cost more than the whole page).
   */
  private async count(qb: SelectQueryBuilder<Dataset>): Promise<number> {
    const [sql, params] = qb
      .clone()
      .select('1')
      .limit(EXACT_COUNT_LIMIT + 1)
      .getQueryAndParameters();
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${sql}) capped`, params);
    const total = Number(row?.total ?? 0);
    if (total <= EXACT_COUNT_LIMIT) return total;
    const [all, allParams] = qb.clone().select('d.id').getQueryAndParameters();
    const [plan] = await this.dataSource.query(`EXPLAIN (FORMAT JSON) ${all}`, allParams);
    const estimate = Number(plan?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? 0);
    return Math.max(estimate, total);
  }

  /** The datasets of the view; no select yet. */
  private filtered(user: SessionUser, query: DatasetQuery): SelectQueryBuilder<Dataset> {
    const qb = onlyVisibleDepartments(this.datasets.query('d'), user, 'd.department_id');
    const words = query.q?.trim() ? prefixTsQuery(query.q) : null;
    if (words) qb.andWhere(`d.search @@ to_tsquery('simple', :words)`, { words });
    else if (query.q?.trim()) qb.andWhere('false'); // only punctuation: nothing can match
    if (query.stages) qb.andWhere('d.stage IN (:...stages)', { stages: stagesOf(query) });
    if (query.departmentId)
      qb.andWhere('d.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.dezernatId) qb.andWhere(`d.department_id IN (${SUBTREE_OF})`, { rootId: query.dezernatId });
    if (query.owner === 'none') qb.andWhere('d.owner_user_id IS NULL');
    else if (query.owner) {
      qb.andWhere('d.owner_user_id = :owner', { owner: query.owner === 'me' ? user.id : query.owner });
    }
    if (query.objections === 'unresolved') qb.andWhere('d.unresolved_objections > 0');
    else if (query.objections === 'none') {
      qb.andWhere('NOT EXISTS (SELECT 1 FROM objection o WHERE o.dataset_id = d.id)');
    } else if (query.objections === 'resolved') {
      qb.andWhere(
        'd.unresolved_objections = 0 AND EXISTS (SELECT 1 FROM objection o WHERE o.dataset_id = d.id)',
      );
    }
    if (query.overdue === true) qb.andWhere(`d.next_due_at < ${TODAY}`);
    else if (query.overdue === false) qb.andWhere(`(d.next_due_at IS NULL OR d.next_due_at >= ${TODAY})`);
    if (query.modelDataset === 'any') qb.andWhere('d.model_dataset_id IS NOT NULL');
    else if (query.modelDataset === 'none') qb.andWhere('d.model_dataset_id IS NULL');
    else if (query.modelDataset)
      qb.andWhere('d.model_dataset_id = :modelDatasetId', { modelDatasetId: query.modelDataset });
    return qb;
  }
}

/** The stages of the `stages` filter, or all of them. */
function stagesOf(query: DatasetQuery): DatasetStage[] {
  if (!query.stages) return [...DATASET_STAGES];
  const wanted = new Set(query.stages.split(','));
  return DATASET_STAGES.filter((stage) => wanted.has(stage));
}
