import { SearchHit, SearchHitKind, SearchResponse, SessionUser } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { HEAD_SUBTREE } from '../departments/department-scope';
import { interactionCandidates } from './interaction-candidates';
import { searchWords, tsQuerySql } from './search-words';
import { SEARCH_PAGE_SIZE, SearchQueryDto } from './search.dto';

/**
 * How much a match counts by kind: the organisation first, then people, then the history. A unit whose name
 * starts with the first word typed ranks above one that only mentions it ("Feuerw…" → the Feuerwehr before
 * the "Dezernat für Recht, Ordnung und Feuerwehr").
 */
const WEIGHT = { department: 3, contact: 2, interaction: 1 } as const;
const STARTS_WITH_BONUS = 1;
/** Contacts ranked per search, at most. */
const CONTACT_CANDIDATES = 1000;

interface HitRow {
  kind: SearchHitKind;
  id: string;
  title: string | null;
  subtitle: string | null;
  category: string | null;
  occurred_at: Date | null;
  department_id: string | null;
  rank: number;
}

/**
 * One search over departments, contacts and interactions, ranked together. Everything a department head may
 * not see is left out in the query itself: units outside their subtree, the contacts there, and interactions
 * with none of their units.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(user: SessionUser, query: SearchQueryDto): Promise<SearchResponse> {
    const text = query.q ?? '';
    const words = searchWords(text);
    if (words.length === 0) return { query: text, hits: [] };
    const tsQuery = tsQuerySql(words);
    const head = user.role === 'department_head';
    const scope = { ...tsQuery.params, municipalityId: requestContext.municipalityId(), userId: user.id };
    const rows = await this.dataSource.transaction(async (manager) => {
      await preferIndexes(manager);
      // A frequent prefix must not rank a million interactions: only the newest matching ones are ranked.
      const candidateIds = await interactionCandidates(manager, {
        tsQuery: tsQuery.sql,
        params: scope,
        head,
      });
      const [sql, params] = manager.connection.driver.escapeQueryWithParameters(
        `SELECT * FROM (
           (${departmentHits(tsQuery.sql, head)})
           UNION ALL
           (${contactHits(tsQuery.sql, head)})
           UNION ALL
           (${interactionHits(tsQuery.sql, head)})
         ) hits
         ORDER BY rank DESC, title ASC
         LIMIT :limit`,
        { ...scope, candidateIds, startsWith: `${words[0]}%`, limit: query.limit ?? SEARCH_PAGE_SIZE },
        {},
      );
      return manager.query<HitRow[]>(sql, params);
    });
    return { query: text, hits: rows.map(toHit) };
  }
}

/**
 * Planner settings for this transaction only. A prefix's share of matching rows is guessed, and when the
 * guess says "many" the planner reads tables front to back until enough rows match (a two-letter prefix
 * over 50,000 contacts, or a word that occurs nowhere); through the full-text indexes the cost is bounded by
 * the real matches. The penalty on the paths switched off would also trigger JIT compilation, which costs
 * more than any of these queries.
 */
async function preferIndexes(manager: EntityManager): Promise<void> {
  await manager.query('SET LOCAL enable_seqscan = off');
  await manager.query('SET LOCAL jit = off');
}

/** `AND <sql> IN (<the head's subtree>)` for department heads; nothing for everyone else. */
function inSubtree(departmentIdSql: string, head: boolean): string {
  return head ? `AND ${departmentIdSql} IN (${HEAD_SUBTREE})` : '';
}

function departmentHits(tsQuery: string, head: boolean): string {
  return `SELECT 'department' AS kind, d.id, d.name AS title, d.short_name AS subtitle,
            d.kind AS category, NULL::timestamptz AS occurred_at,
            d.id AS department_id,
            CAST(ts_rank(d.search, ${tsQuery}, 1) * ${WEIGHT.department}
              + CASE WHEN lower(d.name) LIKE :startsWith THEN ${STARTS_WITH_BONUS} ELSE 0 END AS float8) AS rank
          FROM department d
          WHERE d.municipality_id = :municipalityId AND d.archived_at IS NULL AND d.search @@ ${tsQuery}
            ${inSubtree('d.id', head)}
          ORDER BY rank DESC
          LIMIT :limit`;
}

/**
 * The best-ranked contacts among the first matching ones: a two-letter prefix matches thousands of people,
 * and ranking them all costs more than typing the third letter. The department is joined for the hits only.
 */
function contactHits(tsQuery: string, head: boolean): string {
  return `SELECT 'contact' AS kind, c.id, c.name AS title, concat_ws(' · ', d.name, c.title) AS subtitle,
            NULL AS category, NULL::timestamptz AS occurred_at, c.department_id, c.rank
          FROM (
            SELECT c.id, c.name, c.title, c.department_id,
              CAST(ts_rank(c.search, ${tsQuery}, 1) * ${WEIGHT.contact} AS float8) AS rank
            FROM (
              SELECT id, name, title, department_id, search FROM contact c
              WHERE c.municipality_id = :municipalityId AND c.erased_at IS NULL AND c.search @@ ${tsQuery}
                ${inSubtree('c.department_id', head)}
              LIMIT ${CONTACT_CANDIDATES}
            ) c
            ORDER BY rank DESC
            LIMIT :limit
          ) c
          JOIN department d ON d.id = c.department_id`;
}

/** The candidate interactions, ranked; each with its first department (by name) that the user may see. */
function interactionHits(tsQuery: string, head: boolean): string {
  return `SELECT 'interaction' AS kind, i.id, left(i.summary, 120) AS title,
            NULL AS subtitle, i.type AS category, i.occurred_at,
            (SELECT x.department_id FROM interaction_department x JOIN department xd ON xd.id = x.department_id
             WHERE x.interaction_id = i.id ${inSubtree('x.department_id', head)}
             ORDER BY xd.name LIMIT 1) AS department_id,
            CAST(ts_rank(i.search, ${tsQuery}, 1) * ${WEIGHT.interaction} AS float8) AS rank
          FROM interaction i
          WHERE i.municipality_id = :municipalityId AND i.id = ANY(CAST(:candidateIds AS uuid[]))
          ORDER BY rank DESC
          LIMIT :limit`;
}

function toHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title ?? '',
    subtitle: row.subtitle || null,
    category: row.category,
    occurredAt: row.occurred_at ? new Date(row.occurred_at).toISOString() : null,
    departmentId: row.department_id,
    rank: row.rank,
  };
}
