import { DATASET_PIPELINE, DATASET_STAGES, DatasetSort, SortOrder } from '@datenlotse/contracts';
import { SelectQueryBuilder } from 'typeorm';
import { Dataset } from './dataset.entity';

/** The order of the stages when sorting by stage: the road to the portal, then the side stages. */
export const STAGE_SORT_ORDER = [
  ...DATASET_PIPELINE,
  ...DATASET_STAGES.filter((s) => !DATASET_PIPELINE.includes(s)),
];

/** SQL and its positional parameters, ready for `DataSource.query`. */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** A fresh query of the filtered datasets (alias `d`), without a select: each use adds its own. */
export type FilteredDatasets = () => SelectQueryBuilder<Dataset>;

interface Groups {
  /** Rows (key, ord) in the order of the sort; `$P` stands for the one parameter `param`. */
  sql: string;
  param?: unknown;
  /** How a dataset belongs to the group `g`. */
  member: string;
  /**
   * Read the group's rows first and sort them (a department's few hundred), instead of walking the newest
   * changes of the whole city until enough of the group turned up (right for large groups: an owner).
   */
  fenced: boolean;
}

/**
 * The ids of one page of the filtered datasets in the chosen order, each sort written so that an index
 * serves it and the query stops after `offset + limit` rows:
 * - `updated`: the (municipality, updated_at, id) index, forwards or backwards;
 * - `due`: the dated ones from the due-date index, then the undated ones by newest change;
 * - `stage`, `department`, `owner`, `completeness`: group by group in the sort's order (a stage, a unit, a
 *   person, a score), within a group newest change first; a group is read only when the page reaches it;
 * - `title`: the title and id, which an index on (municipality_id, title, id) would serve.
 */
export function orderedIdsQuery(
  filtered: FilteredDatasets,
  municipalityId: string,
  sort: DatasetSort,
  order: SortOrder,
  offset: number,
  limit: number,
): SqlQuery {
  const dir = order === 'desc' ? 'DESC' : 'ASC';
  if (sort === 'due') return dueFirst(filtered, dir, offset, limit);
  if (sort === 'updated' || sort === 'title') {
    // Both columns are NOT NULL: without a NULLS clause the index serves either direction.
    const [sql, params] = filtered()
      .select('d.id', 'id')
      .orderBy(sort === 'updated' ? 'd.updated_at' : 'd.title', dir)
      .addOrderBy('d.id', dir)
      .offset(offset)
      .limit(limit)
      .getQueryAndParameters();
    return { sql, params };
  }
  return grouped(filtered, groupsOf(sort, dir, municipalityId), offset, limit);
}

function groupsOf(sort: DatasetSort, dir: 'ASC' | 'DESC', municipalityId: string): Groups {
  switch (sort) {
    case 'stage': {
      const stages = dir === 'ASC' ? STAGE_SORT_ORDER : [...STAGE_SORT_ORDER].reverse();
      return {
        sql: 'SELECT key, ord FROM unnest(CAST($P AS text[])) WITH ORDINALITY AS s(key, ord)',
        param: stages,
        member: 'd.stage = g.key',
        fenced: false,
      };
    }
    case 'completeness':
      return {
        sql: `SELECT key, ord FROM generate_series(${dir === 'ASC' ? '0, 100' : '100, 0, -1'}) WITH ORDINALITY AS s(key, ord)`,
        member: 'd.completeness_score = g.key',
        fenced: false,
      };
    case 'department':
      return {
        sql: `SELECT id AS key, row_number() OVER (ORDER BY name ${dir}, id ${dir}) AS ord
                FROM department WHERE municipality_id = CAST($P AS uuid) ORDER BY ord`,
        param: municipalityId,
        member: 'd.department_id = g.key',
        fenced: true,
      };
    default:
      // owners: only people who own a dataset (a probe of the owner index each), the unowned last either way
      return {
        sql: `SELECT key, ord FROM (
                SELECT u.id AS key, row_number() OVER (ORDER BY u.name ${dir}, u.id ${dir}) AS ord
                  FROM app_user u
                 WHERE u.municipality_id = CAST($P AS uuid)
                   AND EXISTS (SELECT 1 FROM dataset x WHERE x.owner_user_id = u.id)
                UNION ALL
                SELECT NULL::uuid, 2147483647
              ) owners ORDER BY ord`,
        param: municipalityId,
        member: '(d.owner_user_id = g.key OR (g.key IS NULL AND d.owner_user_id IS NULL))',
        fenced: false,
      };
  }
}

/** Group by group, each cut at the page's end; the outer sort sees at most a few pages of rows. */
function grouped(filtered: FilteredDatasets, groups: Groups, offset: number, limit: number): SqlQuery {
  const window = offset + limit;
  const members = () =>
    filtered().select('d.id', 'id').addSelect('d.updated_at', 'updated_at').andWhere(groups.member);
  let [inner, params] = members()
    .orderBy('d.updated_at', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .limit(window)
    .getQueryAndParameters();
  if (groups.fenced) {
    // OFFSET 0 keeps the planner from merging the group's read into a walk along the newest changes
    const [unordered, unorderedParams] = members().getQueryAndParameters();
    inner = `SELECT * FROM (${unordered} OFFSET 0) f ORDER BY f.updated_at DESC, f.id DESC LIMIT ${window}`;
    params = unorderedParams;
  }
  const groupParams = groups.param === undefined ? [] : [groups.param];
  const groupSql = groups.sql.replace('$P', `$${params.length + 1}`);
  return {
    sql: `SELECT x.id FROM (${groupSql}) g CROSS JOIN LATERAL (${inner}) x
          ORDER BY g.ord, x.updated_at DESC, x.id DESC LIMIT ${limit} OFFSET ${offset}`,
    params: [...params, ...groupParams],
  };
}

/** Dated ones by due date (the due-date index), then the undated ones, newest change first: both ways. */
function dueFirst(filtered: FilteredDatasets, dir: 'ASC' | 'DESC', offset: number, limit: number): SqlQuery {
  const window = offset + limit;
  const [dated, datedParams] = filtered()
    .select('d.id', 'id')
    .addSelect('0', 'part')
    .addSelect('d.next_due_at', 'due')
    .addSelect('NULL::timestamptz', 'updated_at')
    .andWhere('d.next_due_at IS NOT NULL')
    .orderBy('d.next_due_at', dir)
    .addOrderBy('d.id', dir)
    .limit(window)
    .getQueryAndParameters();
  const [undated, undatedParams] = filtered()
    .select('d.id', 'id')
    .addSelect('1', 'part')
    .addSelect('NULL::date', 'due')
    .addSelect('d.updated_at', 'updated_at')
    .andWhere('d.next_due_at IS NULL')
    .orderBy('d.updated_at', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .limit(window)
    .getQueryAndParameters();
  const shift = datedParams.length;
  const renumbered = undated.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + shift}`);
  return {
    sql: `SELECT id FROM ((${dated}) UNION ALL (${renumbered})) x
          ORDER BY part, due ${dir}, updated_at DESC NULLS LAST, CASE WHEN part = 0 THEN id END ${dir}, id DESC
          LIMIT ${limit} OFFSET ${offset}`,
    params: [...datedParams, ...undatedParams],
  };
}
