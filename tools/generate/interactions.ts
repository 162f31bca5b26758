import { Client } from 'pg';
import { INTERACTION_TYPE_WEIGHTS, DISTRICTS, SUMMARY_TEMPLATES, TOPICS } from './words';

export interface InteractionParams {
  seed: number;
  count: number;
  municipalityId: string;
  /** Interactions lie in the three years before this instant. */
  until: Date;
  teamUserIds: string[];
  chunk: number;
  onProgress(done: number): void;
}

const THREE_YEARS_SECONDS = 3 * 365 * 24 * 3600;

/** Interaction types repeated by weight, so that a uniform pick follows the weights. */
const WEIGHTED_TYPES = INTERACTION_TYPE_WEIGHTS.flatMap(([type, weight]) => Array<string>(weight).fill(type));

/**
 * Generates the interactions inside PostgreSQL, set-based, a chunk at a time: every random choice is a
 * function of (seed, row number) through md5, so the same seed always gives the same data. Needs the temp
 * tables gen_department(idx, id, contacts) and gen_contact(dept_idx, k, id) filled.
 */
export async function generateInteractions(client: Client, params: InteractionParams): Promise<void> {
  // r(h, n): the n-th uniform number in [0, 1) from the 16 bytes of an md5 (five per hash).
  await client.query(`CREATE OR REPLACE FUNCTION pg_temp.r(h bytea, n int) RETURNS float8 LANGUAGE sql IMMUTABLE
    AS $$ SELECT (get_byte(h, 3 * n) * 65536 + get_byte(h, 3 * n + 1) * 256 + get_byte(h, 3 * n + 2)) / 16777216.0 $$`);
  const departmentCount = Number((await client.query('SELECT count(*) AS n FROM gen_department')).rows[0].n);
  for (let from = 1; from <= params.count; from += params.chunk) {
    const to = Math.min(params.count, from + params.chunk - 1);
    await client.query('BEGIN');
    await chunkTable(client, params, from, to, departmentCount);
    await insertChunk(client, params.municipalityId);
    await client.query('DROP TABLE gen_chunk');
    await client.query('COMMIT');
    params.onProgress(to);
  }
}

async function chunkTable(
  client: Client,
  params: InteractionParams,
  from: number,
  to: number,
  departmentCount: number,
): Promise<void> {
  // Departments are picked with a skew (power 2.2): a few units get thousands of interactions, most a few.
  await client.query(
    `CREATE TEMP TABLE gen_chunk AS
     SELECT md5($1 || ':interaction:' || g)::uuid AS id,
       $2::timestamptz - make_interval(secs => floor(power(pg_temp.r(a, 0), 1.3) * ${THREE_YEARS_SECONDS})) AS occurred_at,
       ($3::text[])[1 + floor(pg_temp.r(a, 1) * cardinality($3::text[]))::int] AS type,
       replace(replace(
         ($4::text[])[1 + floor(pg_temp.r(a, 2) * cardinality($4::text[]))::int],
         '{topic}', ($5::text[])[1 + floor(pg_temp.r(a, 3) * cardinality($5::text[]))::int]),
         '{district}', ($6::text[])[1 + floor(pg_temp.r(a, 4) * cardinality($6::text[]))::int]) AS summary,
       ($7::uuid[])[1 + floor(pg_temp.r(b, 0) * cardinality($7::uuid[]))::int] AS user1,
       CASE WHEN pg_temp.r(b, 1) < 0.3
         THEN ($7::uuid[])[1 + floor(pg_temp.r(b, 2) * cardinality($7::uuid[]))::int] END AS user2,
       CASE WHEN pg_temp.r(b, 3) < 0.6 THEN 1 WHEN pg_temp.r(b, 3) < 0.9 THEN 2 ELSE 3 END AS departments,
       1 + floor(power(pg_temp.r(b, 4), 2.2) * $8)::int AS d1,
       1 + floor(power(pg_temp.r(c, 0), 2.2) * $8)::int AS d2,
       1 + floor(power(pg_temp.r(c, 1), 2.2) * $8)::int AS d3,
       pg_temp.r(c, 2) AS take1, pg_temp.r(c, 3) AS pick1, pg_temp.r(c, 4) AS take2, pg_temp.r(d, 0) AS pick2
     FROM generate_series($9::int, $10::int) g,
       LATERAL (SELECT decode(md5($1 || ':a:' || g), 'hex') AS a, decode(md5($1 || ':b:' || g), 'hex') AS b,
                       decode(md5($1 || ':c:' || g), 'hex') AS c, decode(md5($1 || ':d:' || g), 'hex') AS d) h`,
    [
      String(params.seed),
      params.until.toISOString(),
      WEIGHTED_TYPES,
      SUMMARY_TEMPLATES,
      TOPICS,
      DISTRICTS,
      params.teamUserIds,
      departmentCount,
      from,
      to,
    ],
  );
}

async function insertChunk(client: Client, municipalityId: string): Promise<void> {
  await client.query(
    `INSERT INTO interaction (id, municipality_id, version, type, occurred_at, summary, created_by_user_id, created_at, updated_at)
     SELECT id, $1, 1, type, occurred_at, summary, user1, occurred_at, occurred_at FROM gen_chunk`,
    [municipalityId],
  );
  await client.query(
    `INSERT INTO interaction_department (interaction_id, department_id, occurred_at)
     SELECT c.id, d.id, c.occurred_at
     FROM gen_chunk c CROSS JOIN LATERAL (VALUES (1, c.d1), (2, c.d2), (3, c.d3)) v(n, idx)
     JOIN gen_department d ON d.idx = v.idx
     WHERE v.n <= c.departments
     ON CONFLICT DO NOTHING`,
  );
  // Most interactions have a contact of their first unit, some one of the second.
  await client.query(
    `INSERT INTO interaction_contact (interaction_id, contact_id, occurred_at)
     SELECT c.id, gc.id, c.occurred_at
     FROM gen_chunk c
     CROSS JOIN LATERAL (VALUES (c.d1, c.take1 < 0.7, c.pick1), (c.d2, c.departments >= 2 AND c.take2 < 0.3, c.pick2))
       v(idx, take, pick)
     JOIN gen_department d ON d.idx = v.idx AND d.contacts > 0
     JOIN gen_contact gc ON gc.dept_idx = v.idx AND gc.k = 1 + floor(v.pick * d.contacts)::int
     WHERE v.take
     ON CONFLICT DO NOTHING`,
  );
  await client.query(
    `INSERT INTO interaction_user (interaction_id, user_id)
     SELECT id, user1 FROM gen_chunk
     UNION SELECT id, user2 FROM gen_chunk WHERE user2 IS NOT NULL
     ON CONFLICT DO NOTHING`,
  );
}
