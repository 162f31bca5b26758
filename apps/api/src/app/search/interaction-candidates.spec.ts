import { EntityManager } from 'typeorm';
import { INTERACTION_CANDIDATES, interactionCandidates } from './interaction-candidates';

/** A manager that answers EXPLAIN with the given estimates and the candidate queries with the given rows. */
function fakeManager(
  estimate: { matches: number; total: number },
  rows: { recent: number; indexed: number },
) {
  const statements: string[] = [];
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}` }));
  const manager = {
    connection: { driver: { escapeQueryWithParameters: (sql: string) => [sql, []] } },
    query: async (raw: string) => {
      const sql = raw.replace(/\s+/g, ' ').trim();
      statements.push(sql);
      if (sql.startsWith('EXPLAIN')) {
        const rowsPlanned = sql.includes('@@') ? estimate.matches : estimate.total;
        return [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': rowsPlanned } }] }];
      }
      if (sql.includes('ORDER BY occurred_at DESC LIMIT')) return ids(rows.recent, 'recent-');
      if (sql.startsWith('SET LOCAL')) return [];
      return ids(rows.indexed, 'indexed-');
    },
  };
  return { manager: manager as unknown as EntityManager, statements };
}

const query = { tsQuery: "to_tsquery('simple', :w0 || ':*')", params: {}, head: false };

describe('interaction candidates', () => {
  it('reads a rare word through the index, without a window of recent interactions', async () => {
    const { manager, statements } = fakeManager(
      { matches: 2_700, total: 1_000_000 },
      { recent: 0, indexed: 3 },
    );
    expect(await interactionCandidates(manager, query)).toEqual(['indexed-0', 'indexed-1', 'indexed-2']);
    expect(statements.some((s) => s.includes('LIMIT 1000000'))).toBe(false);
    expect(statements).toContain('SET LOCAL enable_indexscan = off');
    expect(statements.at(-1)).toBe('SET LOCAL enable_indexscan = on');
  });

  it('reads a frequent word from a window of recent interactions sized by the estimate', async () => {
    const { manager, statements } = fakeManager(
      { matches: 300_000, total: 1_000_000 },
      { recent: INTERACTION_CANDIDATES, indexed: 0 },
    );
    const found = await interactionCandidates(manager, query);
    expect(found).toHaveLength(INTERACTION_CANDIDATES);
    expect(found[0]).toBe('recent-0');
    // six times the rows that should hold the candidates at 30 % matches
    expect(statements.find((s) => s.includes('ORDER BY occurred_at DESC LIMIT'))).toContain('LIMIT 500 )');
    expect(statements).not.toContain('SET LOCAL enable_indexscan = off');
  });

  it('falls back to the index when the window holds fewer matches than estimated', async () => {
    const { manager } = fakeManager({ matches: 50_000, total: 1_000_000 }, { recent: 3, indexed: 7 });
    expect(await interactionCandidates(manager, query)).toHaveLength(7);
  });

  it("reads a department head's candidates from their own units, without estimates", async () => {
    const { manager, statements } = fakeManager({ matches: 0, total: 0 }, { recent: 0, indexed: 2 });
    expect(await interactionCandidates(manager, { ...query, head: true })).toHaveLength(2);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('interaction_department x WHERE x.department_id IN');
  });
});
