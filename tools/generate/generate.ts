/**
 * Fills the first municipality of a migrated and seeded database (start the server once with DATABASE_URL)
 * with generated departments, contacts and interactions, and with --datasets the dataset pipeline (datasets,
 * their history, delivery agreements, objections) and with --interviews completed interviews with answers, deterministic by seed, for load tests; optionally writes a
 * contact list for the import benchmark. Run again with the same seed on a database that has its CRM data,
 * it adds only the pipeline.
 *
 *   DATABASE_URL=postgres://… npm run generate -- --departments 5000 --contacts 50000 \
 *     --interactions 1000000 --datasets 200000 --objections 400000 --seed 42 --contacts-csv /tmp/contacts-50k.csv
 *   npm run generate -- --contacts-csv /tmp/contacts-50k.csv --only-csv   # the file alone, no database
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { generateInteractions } from './interactions';
import { generateInterviews } from './interviews';
import { generatePipeline } from './pipeline';
import {
  contactsCsv,
  GeneratedContact,
  GeneratedDepartment,
  generateContacts,
  generateDepartments,
} from './model';
import { Random } from './random';

interface Options {
  departments: number;
  contacts: number;
  interactions: number;
  datasets: number;
  objections: number;
  interviews: number;
  seed: number;
  contactsCsv: string | null;
  csvRows: number;
  onlyCsv: boolean;
}

const INSERT_BATCH = 2000;
const INTERACTION_CHUNK = 100_000;

function options(): Options {
  const { values } = parseArgs({
    options: {
      departments: { type: 'string', default: '5000' },
      contacts: { type: 'string', default: '50000' },
      interactions: { type: 'string', default: '1000000' },
      datasets: { type: 'string', default: '0' },
      objections: { type: 'string', default: '0' },
      interviews: { type: 'string', default: '0' },
      seed: { type: 'string', default: '42' },
      'contacts-csv': { type: 'string' },
      'csv-rows': { type: 'string', default: '50000' },
      'only-csv': { type: 'boolean', default: false },
    },
  });
  const count = (name: keyof typeof values): number => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  return {
    departments: Math.max(1, count('departments')),
    contacts: count('contacts'),
    interactions: count('interactions'),
    datasets: count('datasets'),
    objections: count('objections'),
    interviews: count('interviews'),
    seed: count('seed'),
    contactsCsv: values['contacts-csv'] ?? null,
    csvRows: count('csv-rows'),
    onlyCsv: values['only-csv'] ?? false,
  };
}

/** Everything generated in Node; the same options give the same model. */
function model(
  o: Options,
  teamSize: number,
): { departments: GeneratedDepartment[]; contacts: GeneratedContact[] } {
  const random = new Random(o.seed);
  const departments = generateDepartments(random, o.departments, teamSize);
  return { departments, contacts: generateContacts(random, o.contacts, departments) };
}

async function main(): Promise<void> {
  const o = options();
  if (o.onlyCsv) {
    // Owners draw the same random numbers for any team size, so the CSV matches the generated database.
    writeCsv(o, model(o, 2));
    return;
  }
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error(
      'Set DATABASE_URL to a real PostgreSQL server (the embedded database is not meant for a million rows)',
    );
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await generate(client, o);
  } finally {
    await client.end();
  }
}

async function generate(client: Client, o: Options): Promise<void> {
  const started = Date.now();
  const log = (message: string) =>
    console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${message}`);
  const municipality = await client
    .query('SELECT id FROM municipality ORDER BY created_at LIMIT 1')
    .catch(() => ({ rows: [] as Array<{ id: string }> }));
  const municipalityId: string | undefined = municipality.rows[0]?.id;
  if (!municipalityId) throw new Error('No municipality: start the server once with this DATABASE_URL first');
  const team = await client.query(
    `SELECT id FROM app_user WHERE municipality_id = $1 AND active AND role IN ('team', 'admin') ORDER BY email`,
    [municipalityId],
  );
  const teamUserIds = team.rows.map((r: { id: string }) => r.id);
  if (teamUserIds.length === 0) throw new Error('No team members: seed the demo data or create users first');
  const { departments, contacts } = model(o, teamUserIds.length);
  const exists = await client.query('SELECT 1 FROM department WHERE id = $1', [departments[0].id]);
  if (exists.rowCount && o.datasets === 0 && o.interviews === 0) {
    throw new Error(`Seed ${o.seed} has already been generated here; use another --seed`);
  }
  if (exists.rowCount) {
    log(`the CRM of seed ${o.seed} is already here; adding the pipeline and interviews`);
  } else {
    await generateCrm(client, o, municipalityId, teamUserIds, { departments, contacts }, log);
  }
  if (o.datasets > 0) {
    await generatePipeline(client, {
      seed: o.seed,
      datasets: o.datasets,
      objections: o.objections,
      municipalityId,
      until: startOfToday(),
      teamUserIds,
      batch: INSERT_BATCH,
      log,
    });
  }
  if (o.interviews > 0) {
    await generateInterviews(client, {
      seed: o.seed,
      count: o.interviews,
      municipalityId,
      until: startOfToday(),
      teamUserIds,
      batch: INSERT_BATCH,
      log,
    });
  }
  // VACUUM too: index-only scans (counts, timelines) need the visibility map, and autovacuum may be off.
  await client.query(
    `VACUUM ANALYZE department, contact, interaction, interaction_department, interaction_contact,
       interaction_user, dataset, dataset_transition, delivery_agreement, objection, objection_argument,
       interview, interview_answer`,
  );
  log('vacuumed and analysed');
  writeCsv(o, { departments, contacts });
}

async function generateCrm(
  client: Client,
  o: Options,
  municipalityId: string,
  teamUserIds: string[],
  { departments, contacts }: { departments: GeneratedDepartment[]; contacts: GeneratedContact[] },
  log: (message: string) => void,
): Promise<void> {
  await insertDepartments(client, municipalityId, departments, teamUserIds);
  log(`${departments.length} departments`);
  await insertContacts(client, municipalityId, contacts);
  log(`${contacts.length} contacts`);
  await prepareInteractionPicks(client, o.seed, departments, contacts);
  await generateInteractions(client, {
    seed: o.seed,
    count: o.interactions,
    municipalityId,
    until: startOfToday(),
    teamUserIds,
    chunk: INTERACTION_CHUNK,
    onProgress: (done) => log(`${done} interactions`),
  });
  await updateDerivedFields(client, municipalityId);
  log('last contact and stage updated');
}

async function insertDepartments(
  client: Client,
  municipalityId: string,
  departments: GeneratedDepartment[],
  teamUserIds: string[],
): Promise<void> {
  const rows = departments.map(({ owner, ...d }) => ({
    ...d,
    owner_user_id: owner === null ? null : teamUserIds[owner % teamUserIds.length],
  }));
  await insertBatches(
    client,
    `INSERT INTO department (id, municipality_id, version, name, short_name, kind, parent_id, owner_user_id, tags)
     SELECT v.id, $2, 1, v.name, v.short_name, v.kind, v.parent_id, v.owner_user_id, v.tags
     FROM jsonb_to_recordset($1::jsonb)
       AS v(id uuid, name text, short_name text, kind text, parent_id uuid, owner_user_id uuid, tags text[])`,
    rows,
    municipalityId,
  );
}

async function insertContacts(
  client: Client,
  municipalityId: string,
  contacts: GeneratedContact[],
): Promise<void> {
  await insertBatches(
    client,
    `INSERT INTO contact (id, municipality_id, version, department_id, name, title, email, phone, is_head,
       relationship, legal_basis)
     SELECT v.id, $2, 1, v.department_id, v.name, v.title, v.email, v.phone, v.is_head, v.relationship, v.legal_basis
     FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, department_id uuid, name text, title text, email text,
       phone text, is_head boolean, relationship text, legal_basis text)`,
    contacts,
    municipalityId,
  );
}

async function insertBatches(
  client: Client,
  sql: string,
  rows: object[],
  municipalityId: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await client.query(sql, [JSON.stringify(rows.slice(i, i + INSERT_BATCH)), municipalityId]);
  }
}

/**
 * The tables the SQL generator picks from: departments in a seeded random order (so that the busiest units
 * are spread over the tree) and each department's contacts numbered 1…n.
 */
async function prepareInteractionPicks(
  client: Client,
  seed: number,
  departments: GeneratedDepartment[],
  contacts: GeneratedContact[],
): Promise<void> {
  const random = new Random(seed + 1);
  const order = departments.map((d) => ({ id: d.id, key: random.float() })).sort((a, b) => a.key - b.key);
  const indexOf = new Map(order.map((d, i) => [d.id, i + 1]));
  const perDepartment = new Map<number, number>();
  const contactRows = contacts.map((c) => {
    const dept = indexOf.get(c.department_id) ?? 0;
    const k = (perDepartment.get(dept) ?? 0) + 1;
    perDepartment.set(dept, k);
    return { dept_idx: dept, k, id: c.id };
  });
  await client.query('DROP TABLE IF EXISTS gen_department, gen_contact');
  await client.query(
    'CREATE TEMP TABLE gen_department (idx int PRIMARY KEY, id uuid NOT NULL, contacts int NOT NULL)',
  );
  await client.query(
    'CREATE TEMP TABLE gen_contact (dept_idx int, k int, id uuid NOT NULL, PRIMARY KEY (dept_idx, k))',
  );
  const departmentRows = order.map((d, i) => ({
    idx: i + 1,
    id: d.id,
    contacts: perDepartment.get(i + 1) ?? 0,
  }));
  for (let i = 0; i < departmentRows.length; i += INSERT_BATCH) {
    await client.query(
      `INSERT INTO gen_department SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(idx int, id uuid, contacts int)`,
      [JSON.stringify(departmentRows.slice(i, i + INSERT_BATCH))],
    );
  }
  for (let i = 0; i < contactRows.length; i += INSERT_BATCH * 5) {
    await client.query(
      `INSERT INTO gen_contact SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(dept_idx int, k int, id uuid)`,
      [JSON.stringify(contactRows.slice(i, i + INSERT_BATCH * 5))],
    );
  }
  await client.query('ANALYZE gen_department, gen_contact');
}

/** Last contact and the derived stage, as the interactions service keeps them. */
async function updateDerivedFields(client: Client, municipalityId: string): Promise<void> {
  await client.query(
    `UPDATE department d SET last_contact_at = x.last,
       derived_stage = CASE WHEN d.derived_stage = 'not_contacted' THEN 'contacted' ELSE d.derived_stage END
     FROM (SELECT department_id, max(occurred_at) AS last FROM interaction_department GROUP BY department_id) x
     WHERE d.id = x.department_id AND d.municipality_id = $1
       AND (d.last_contact_at IS DISTINCT FROM x.last OR d.derived_stage = 'not_contacted')`,
    [municipalityId],
  );
  await client.query(
    `UPDATE contact c SET last_contact_at = x.last
     FROM (SELECT contact_id, max(occurred_at) AS last FROM interaction_contact GROUP BY contact_id) x
     WHERE c.id = x.contact_id AND c.municipality_id = $1 AND c.last_contact_at IS DISTINCT FROM x.last`,
    [municipalityId],
  );
}

function writeCsv(o: Options, m: { departments: GeneratedDepartment[]; contacts: GeneratedContact[] }): void {
  if (!o.contactsCsv) return;
  const csv = contactsCsv(new Random(o.seed + 2), o.csvRows, m.departments, m.contacts);
  writeFileSync(o.contactsCsv, csv, 'utf8');
  console.log(
    `Wrote ${o.csvRows} contacts to ${o.contactsCsv} (${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB)`,
  );
}

function startOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
