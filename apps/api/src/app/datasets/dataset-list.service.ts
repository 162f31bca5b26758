import {
  DATASET_STAGES,
  DatasetBoardColumn,
  DatasetPage,
  DatasetQuery,
  DatasetRowDto,
  DatasetStage,
  SessionUser,
} from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { prefixTsQuery } from '../../common/query';
import { requestContext } from '../../common/request-context';
import { onlyVisibleDepartments, SUBTREE_OF } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { orderedIdsQuery } from './dataset-list-order';
import { DatasetRowRaw, toRowDto, TODAY, withRowColumns } from './dataset-reader';
import { Dataset } from './dataset.entity';

/** The board shows this many cards per column; the column's total says how many more there are. */
export const BOARD_CARDS = 20;

/**
 * Up to this many matches a total is counted exactly (an index range of at most this many entries); beyond
 * it the total is the planner's estimate, which is all a "ca. 200.000" needs and costs nothing.
 */
export const EXACT_COUNT_LIMIT = 5_000;

/** A board column counts exactly up to this many cards; a bigger column shows the planner's estimate. */
export const BOARD_EXACT_LIMIT = 1_000;

/** When the planner expects more than this, the list does not even try to count. */
const ESTIMATE_ONLY_ABOVE = 50_000;

interface Total {
  total: number;
  exact: boolean;
}

/**
 * The dataset list and the board. A page is read in two steps: the ids of the page, filtered and sorted on
 * the dataset row alone (its counters make every filter a column test, never a per-row subquery), then the
 * names for those ids only. See orderedIdsQuery for how each sort stays on an index.
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
    const sort = query.sort ?? 'updated';
    const order = query.order ?? (sort === 'updated' ? 'desc' : 'asc');
    const filtered = () => this.filtered(user, query);
    const ids = orderedIdsQuery(
      filtered,
      requestContext.municipalityId(),
      sort,
      order,
      query.offset ?? 0,
      query.limit ?? PAGE_SIZE,
    );
    const [rows, total] = await Promise.all([
      this.dataSource.query<Array<{ id: string }>>(ids.sql, ids.params),
      this.count(filtered()),
    ]);
    return { items: await this.rowsOf(rows.map((r) => r.id)), total: total.total, totalExact: total.exact };
  }

  /** Every stage with its total and first cards, newest change first, under the list's filters. */
  async board(user: SessionUser, query: DatasetQuery): Promise<DatasetBoardColumn[]> {
    const stages = stagesOf(query);
    const filtered = () => this.filtered(user, query);
    // Per stage: a count cut at the limit, and the first cards, each an index range (municipality, stage, …).
    const [capped, cappedParams] = filtered()
      .select('1')
      .andWhere('d.stage = s.stage')
      .limit(BOARD_EXACT_LIMIT + 1)
      .getQueryAndParameters();
    const [cards, cardParams] = filtered()
      .select('d.id', 'id')
      .addSelect('d.updated_at', 'updated_at')
      .andWhere('d.stage = s.stage')
      .orderBy('d.updated_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(BOARD_CARDS)
      .getQueryAndParameters();
    const stagesParam = `$${cappedParams.length + 1}`;
    const counted = await this.dataSource.query<Array<{ stage: DatasetStage; total: number }>>(
      `SELECT s.stage, (SELECT count(*)::int FROM (${capped}) c) AS total
         FROM unnest(CAST(${stagesParam} AS text[])) AS s(stage)`,
      [...cappedParams, stages],
    );
    const totals = new Map<DatasetStage, Total>();
    for (const { stage, total } of counted) {
      totals.set(
        stage,
        total <= BOARD_EXACT_LIMIT
          ? { total, exact: true }
          : {
              total: Math.max(total, await this.estimate(filtered().andWhere('d.stage = :stage', { stage }))),
              exact: false,
            },
      );
    }
    const filled = stages.filter((stage) => (totals.get(stage)?.total ?? 0) > 0);
    const cardRows = filled.length
      ? await this.dataSource.query<Array<{ stage: DatasetStage; id: string }>>(
          `SELECT s.stage, x.id FROM unnest(CAST($${cardParams.length + 1} AS text[])) AS s(stage)
             CROSS JOIN LATERAL (${cards}) x`,
          [...cardParams, filled],
        )
      : [];
    const rows = new Map((await this.rowsOf(cardRows.map((r) => r.id))).map((row) => [row.id, row]));
    return DATASET_STAGES.map((stage) => {
      const total = totals.get(stage) ?? { total: 0, exact: true };
      return {
        stage,
        total: total.total,
        totalExact: total.exact,
        cards: cardRows.flatMap((r) => (r.stage === stage ? (rows.get(r.id) ?? []) : [])),
      };
    });
  }

  /**
   * The size of the view: exact when the planner expects a modest number and counting stays under the limit,
   * the planner's estimate otherwise.
   */
  private async count(qb: SelectQueryBuilder<Dataset>): Promise<Total> {
    const estimate = await this.estimate(qb.clone());
    if (estimate > ESTIMATE_ONLY_ABOVE) return { total: estimate, exact: false };
    const [sql, params] = qb
      .select('1')
      .limit(EXACT_COUNT_LIMIT + 1)
      .getQueryAndParameters();
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${sql}) capped`, params);
    const total = Number(row?.total ?? 0);
    if (total <= EXACT_COUNT_LIMIT) return { total, exact: true };
    return { total: Math.max(estimate, total), exact: false };
  }

  /** The planner's guess of how many datasets the query finds (a plan, no execution). */
  private async estimate(qb: SelectQueryBuilder<Dataset>): Promise<number> {
    const [sql, params] = qb.select('d.id').getQueryAndParameters();
    const [plan] = await this.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return Math.round(Number(plan?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? 0));
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

  /** The datasets of the view; no select yet. */
  private filtered(user: SessionUser, query: DatasetQuery): SelectQueryBuilder<Dataset> {
    const qb = onlyVisibleDepartments(this.datasets.query('d'), user, 'd.department_id');
    const words = query.q?.trim() ? prefixTsQuery(query.q) : null;
    if (words) qb.andWhere(`d.search @@ to_tsquery('simple', :words)`, { words });
    else if (query.q?.trim()) qb.andWhere('false'); // only punctuation: nothing can match
    if (query.stages) qb.andWhere('d.stage IN (:...stages)', { stages: stagesOf(query) });
    if (query.departmentId)
      qb.andWhere('d.department_id = :departmentId', { departmentId: query.departmentId });
    // An array, not a subquery: the planner then looks the subtree's datasets up by department instead of
    // walking the sort index and testing every row (43 → 5 ms at 200,000 datasets).
    if (query.dezernatId) {
      qb.andWhere(`d.department_id = ANY(ARRAY(${SUBTREE_OF}))`, { rootId: query.dezernatId });
    }
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
