import { EntityManager } from 'typeorm';
import { HEAD_SUBTREE } from '../departments/department-scope';

/** How many matching interactions are ranked per search: the newest ones. */
export const INTERACTION_CANDIDATES = 25;
/**
 * Up to this many estimated matches the index finds all of them and the newest are picked exactly; above it,
 * reading a window of recent interactions costs less. The two cost the same at about this many rows.
 */
const INDEX_LIMIT = 8_000;
/**
 * The recent window holds this many times the rows that should contain the candidates: the estimate counts a
 * record twice when both the prefix and the German stem match it, and on the generated data it was 2.2 times
 * too high, so a margin of 3 often missed a candidate and fell back to ranking every match.
 */
const WINDOW_MARGIN = 6;

/** The query's SQL and parameters (the tsquery's words, the municipality, the user). */
export interface CandidateQuery {
  tsQuery: string;
  params: Record<string, unknown>;
  /** Department heads only see interactions with one of their units. */
  head: boolean;
}

interface CandidateRow {
  id: string;
}

/**
 * The ids of the newest interactions that match a search, found in bounded time whatever was typed. No single
 * plan does that: walking the interactions newest first reads the whole table for a word that occurs nowhere
 * (and the planner, believing any prefix matches a fraction of a percent, chooses exactly that), while the
 * full-text index reads hundreds of thousands of entries for a frequent prefix ("St…"). So the planner's
 * estimate picks the way: few matches through the index, many from a window of the newest interactions just
 * large enough to hold the candidates. A department head's own interactions are few; they are read directly.
 */
export async function interactionCandidates(
  manager: EntityManager,
  query: CandidateQuery,
): Promise<string[]> {
  if (query.head) return ids(await run(manager, query, headMatchesSql(query)));
  const { matches, total } = await estimate(manager, query);
  if (matches > INDEX_LIMIT) {
    const window = Math.ceil((WINDOW_MARGIN * INTERACTION_CANDIDATES * total) / matches);
    const recent = await run(manager, query, recentMatchesSql(query, window));
    // Fewer than expected (the estimate was too high): the index finds them all, at some cost.
    if (recent.length >= INTERACTION_CANDIDATES) return ids(recent);
  }
  return ids(await newestThroughIndex(manager, query));
}

/** The planner's estimate of the matching interactions and of all of them in the municipality. */
async function estimate(
  manager: EntityManager,
  query: CandidateQuery,
): Promise<{ matches: number; total: number }> {
  const planRows = async (sql: string) => {
    const [row] = await run<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
      manager,
      query,
      `EXPLAIN (FORMAT JSON) ${sql}`,
    );
    return row['QUERY PLAN'][0].Plan['Plan Rows'];
  };
  const all = 'SELECT 1 FROM interaction i WHERE i.municipality_id = :municipalityId';
  return { matches: await planRows(`${all} AND i.search @@ ${query.tsQuery}`), total: await planRows(all) };
}

/** The matches among the newest `window` interactions, newest first. */
function recentMatchesSql({ tsQuery }: CandidateQuery, window: number): string {
  return `SELECT i.id FROM (
            SELECT id, occurred_at, search FROM interaction
            WHERE municipality_id = :municipalityId
            ORDER BY occurred_at DESC
            LIMIT ${window}
          ) i
          WHERE i.search @@ ${tsQuery}
          ORDER BY i.occurred_at DESC
          LIMIT ${INTERACTION_CANDIDATES}`;
}

/**
 * All matches through the GIN index, the newest of them picked after. Runs in the search's transaction, which
 * has switched sequential scans off; walking the date index is switched off here too, for this query only.
 */
async function newestThroughIndex(manager: EntityManager, query: CandidateQuery): Promise<CandidateRow[]> {
  await manager.query('SET LOCAL enable_indexscan = off');
  try {
    return await run(
      manager,
      query,
      `SELECT i.id FROM interaction i
       WHERE i.municipality_id = :municipalityId AND i.search @@ ${query.tsQuery}
       ORDER BY i.occurred_at DESC
       LIMIT ${INTERACTION_CANDIDATES}`,
    );
  } finally {
    await manager.query('SET LOCAL enable_indexscan = on');
  }
}

/** A department head's matches: read from the interactions of their units, which are few. */
function headMatchesSql({ tsQuery }: CandidateQuery): string {
  return `SELECT i.id FROM (
            SELECT DISTINCT x.interaction_id FROM interaction_department x
            WHERE x.department_id IN (${HEAD_SUBTREE})
            OFFSET 0
          ) visible
          JOIN interaction i ON i.id = visible.interaction_id
          WHERE i.municipality_id = :municipalityId AND i.search @@ ${tsQuery}
          ORDER BY i.occurred_at DESC
          LIMIT ${INTERACTION_CANDIDATES}`;
}

async function run<T = CandidateRow>(
  manager: EntityManager,
  query: CandidateQuery,
  sql: string,
): Promise<T[]> {
  const [escaped, params] = manager.connection.driver.escapeQueryWithParameters(sql, query.params, {});
  return manager.query(escaped, params);
}

function ids(rows: CandidateRow[]): string[] {
  return rows.map((row) => row.id);
}
