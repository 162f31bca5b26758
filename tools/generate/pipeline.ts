import {
  DATA_THEMES,
  DATASET_PIPELINE,
  DATASET_REASON_REQUIRED,
  DATASET_STAGES,
  DATASET_TRANSITIONS,
  DatasetStage,
  dcatCompleteness,
  FREQUENCIES,
  LICENSE_KEYS,
  licenseNeedsAttribution,
  ScheduleKind,
} from '@datenlotse/contracts';
import { Client } from 'pg';
import { insertObjections, objectionRow, updateCounters } from './objections';
import { Random, uuidFrom } from './random';
import { DATASET_TITLE_TEMPLATES, DISTRICTS, FORMATS, SOURCE_SYSTEMS, TOPICS } from './words';

export interface PipelineParams {
  seed: number;
  datasets: number;
  objections: number;
  municipalityId: string;
  until: Date;
  teamUserIds: string[];
  batch: number;
  log(message: string): void;
}

const DAY_MS = 24 * 3600 * 1000;
export const THREE_YEARS_MS = 3 * 365 * DAY_MS;

/** How many datasets stand in each stage, per hundred: most are still early on. */
const STAGE_WEIGHTS: Record<DatasetStage, number> = {
  identified: 25,
  in_clarification: 18,
  agreed: 12,
  delivery_scheduled: 9,
  delivered: 5,
  in_review: 4,
  awaiting_approval: 4,
  changes_requested: 1,
  approved: 2,
  published: 8,
  maintained: 6,
  on_hold: 3,
  rejected: 2,
  withdrawn: 1,
};
const WEIGHTED_STAGES = DATASET_STAGES.flatMap((s) => Array<DatasetStage>(STAGE_WEIGHTS[s]).fill(s));

/** The road each stage was reached by: the pipeline up to it, or the branch to a side stage. */
const PATHS: Record<DatasetStage, DatasetStage[]> = Object.fromEntries(
  DATASET_STAGES.map((stage) => {
    const upTo = (last: DatasetStage) => DATASET_PIPELINE.slice(0, DATASET_PIPELINE.indexOf(last) + 1);
    if (stage === 'on_hold' || stage === 'rejected') return [stage, [...upTo('in_clarification'), stage]];
    if (stage === 'withdrawn') return [stage, ['identified', stage]];
    if (stage === 'approved') return [stage, [...upTo('awaiting_approval'), 'approved']];
    if (stage === 'changes_requested') return [stage, [...upTo('awaiting_approval'), 'changes_requested']];
    if (stage === 'published' || stage === 'maintained') {
      return [
        stage,
        [...upTo('awaiting_approval'), 'approved', ...(stage === 'maintained' ? ['published'] : []), stage],
      ];
    }
    return [stage, upTo(stage)];
  }),
) as Record<DatasetStage, DatasetStage[]>;

for (const [stage, path] of Object.entries(PATHS)) {
  path.slice(1).forEach((to, i) => {
    if (!DATASET_TRANSITIONS[path[i]].includes(to))
      throw new Error(`Generator path to ${stage} is not legal`);
  });
}

const REASONS: Partial<Record<DatasetStage, string>> = {
  on_hold: 'Das Fachverfahren wird umgestellt; danach erneut ansprechen.',
  rejected: 'Vorbehalt aufrechterhalten: Veröffentlichung nicht möglich.',
  withdrawn: 'Die Daten veröffentlicht künftig eine andere Stelle.',
  changes_requested: 'Bitte die Spalten mit internen Vermerken entfernen.',
};

const SCHEDULES: ScheduleKind[] = [
  'once',
  'once',
  'once',
  'monthly',
  'monthly',
  'quarterly',
  'yearly',
  'yearly',
  'weekly',
  'rrule',
];

/** Shared lookups, read once from the database. */
export interface World {
  departments: Array<{ id: string; name: string }>;
  contactsByDepartment: Map<string, string[]>;
  modelDatasetIds: string[];
  argumentByCategory: Map<string, string>;
  municipalityName: string;
}

/** What the objections need to know about each generated dataset. */
export interface DatasetRef {
  ids: string[];
  departmentIds: string[];
  stages: DatasetStage[];
  created: Float64Array;
}

/**
 * Datasets over all departments and stages with their history and agreements, then objections with counters
 * that match them: rows built in Node (so that the completeness score is the contract's own), written in
 * batches of multi-row inserts from JSON. Deterministic by seed for the same database content.
 */
export async function generatePipeline(client: Client, params: PipelineParams): Promise<void> {
  const world = await loadWorld(client, params.municipalityId);
  if (world.departments.length === 0) throw new Error('No departments to give datasets to');
  const random = new Random(params.seed + 3);
  const refs: DatasetRef = {
    ids: [],
    departmentIds: [],
    stages: [],
    created: new Float64Array(params.datasets),
  };
  const firstId = uuidFrom(new Random(params.seed + 3));
  if ((await client.query('SELECT 1 FROM dataset WHERE id = $1', [firstId])).rowCount) {
    throw new Error(
      `The datasets of seed ${params.seed} have already been generated here; use another --seed`,
    );
  }
  for (let from = 0; from < params.datasets; from += params.batch) {
    const rows = [];
    for (let i = from; i < Math.min(params.datasets, from + params.batch); i++) {
      const row = datasetRow(random, world, params);
      refs.ids.push(row.dataset.id);
      refs.departmentIds.push(row.dataset.department_id);
      refs.stages.push(row.dataset.stage);
      refs.created[i] = Date.parse(row.dataset.created_at);
      rows.push(row);
    }
    await insertDatasets(client, params.municipalityId, rows);
    if ((from / params.batch) % 20 === 19 || from + params.batch >= params.datasets) {
      params.log(`${Math.min(params.datasets, from + params.batch)} datasets`);
    }
  }
  const objectionRandom = new Random(params.seed + 4);
  for (let from = 0; from < params.objections; from += params.batch) {
    const count = Math.min(params.batch, params.objections - from);
    const rows = Array.from({ length: count }, () => objectionRow(objectionRandom, world, refs, params));
    await insertObjections(client, params.municipalityId, rows);
    if ((from / params.batch) % 40 === 39 || from + params.batch >= params.objections) {
      params.log(`${from + count} objections`);
    }
  }
  await updateCounters(client, params.municipalityId);
  params.log('objection counters updated');
}

async function loadWorld(client: Client, municipalityId: string): Promise<World> {
  const departments = await client.query(
    `SELECT id, name FROM department WHERE municipality_id = $1 AND kind <> 'dezernat' AND archived_at IS NULL
     ORDER BY id`,
    [municipalityId],
  );
  const contacts = await client.query(
    'SELECT id, department_id FROM contact WHERE municipality_id = $1 AND erased_at IS NULL ORDER BY id',
    [municipalityId],
  );
  const contactsByDepartment = new Map<string, string[]>();
  for (const c of contacts.rows as Array<{ id: string; department_id: string }>) {
    const list = contactsByDepartment.get(c.department_id) ?? [];
    list.push(c.id);
    contactsByDepartment.set(c.department_id, list);
  }
  const models = await client.query('SELECT id FROM model_dataset ORDER BY key');
  const library = await client.query(
    `SELECT DISTINCT ON (category) category, id FROM argument
     WHERE municipality_id = $1 AND archived_at IS NULL ORDER BY category, seed_key, id`,
    [municipalityId],
  );
  const municipality = await client.query('SELECT name FROM municipality WHERE id = $1', [municipalityId]);
  return {
    departments: departments.rows,
    contactsByDepartment,
    modelDatasetIds: models.rows.map((r: { id: string }) => r.id),
    argumentByCategory: new Map(
      library.rows.map((r: { category: string; id: string }) => [r.category, r.id]),
    ),
    municipalityName: municipality.rows[0]?.name ?? 'Stadt',
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function datasetRow(random: Random, world: World, params: PipelineParams) {
  const id = uuidFrom(random);
  // Departments skewed: a few busy Ämter with hundreds of datasets, most with a handful.
  const department = world.departments[Math.floor(Math.pow(random.float(), 1.8) * world.departments.length)];
  const stage = random.pick(WEIGHTED_STAGES);
  const path = PATHS[stage];
  const until = params.until.getTime();
  const created = until - Math.pow(random.float(), 1.3) * THREE_YEARS_MS;
  const changed = path.length === 1 ? created : created + random.float() * (until - created);
  const at = (k: number) =>
    path.length === 1 ? created : created + ((changed - created) * k) / (path.length - 1);
  // The further along, the fuller the metadata.
  const progress = DATASET_PIPELINE.includes(stage) ? DATASET_PIPELINE.indexOf(stage) / 10 : 0.3;
  const has = (base = 0.15) => random.chance(base + 0.75 * progress);
  const owner = random.chance(0.8) ? random.pick(params.teamUserIds) : null;
  const contacts = world.contactsByDepartment.get(department.id) ?? [];
  const license = has() ? random.pick(LICENSE_KEYS) : null;
  const topic = random.pick(TOPICS);
  const title = random
    .pick(DATASET_TITLE_TEMPLATES)
    .replace('{topic}', topic)
    .replace('{district}', random.pick(DISTRICTS));
  const publishedStep = path.indexOf('published');
  const portalId =
    publishedStep >= 0 ? `${id.slice(0, 8)}-${topic.toLowerCase().replace(/[^a-z]+/g, '-')}` : null;
  const modelDatasetId =
    world.modelDatasetIds.length > 0 && random.chance(0.4) ? random.pick(world.modelDatasetIds) : null;
  const fields = {
    title,
    description: has(0.3) ? `${title}: Daten aus dem Fachverfahren, ${department.name}.` : null,
    license,
    attribution_text:
      license && licenseNeedsAttribution(license) && has()
        ? `${world.municipalityName}, ${department.name}`
        : null,
    keywords: has() ? random.some(TOPICS, 3) : [],
    themes: has() ? random.some(DATA_THEMES, 2) : [],
    contact_point_email:
      contacts.length > 0 && has() ? `opendata.${contacts.length}@gen.demo.datenlotse.de` : null,
    accrual_periodicity: has() ? random.pick(FREQUENCIES) : null,
    temporal_start: has(0.05) ? `${2000 + random.int(0, 24)}-01-01` : null,
    landing_page: portalId ? `https://opendata.example.org/dataset/${portalId}` : null,
    model_dataset_id: modelDatasetId,
  };
  const score = dcatCompleteness({
    title: fields.title,
    description: fields.description,
    publisher: department.name,
    license: fields.license,
    attributionText: fields.attribution_text,
    keywords: fields.keywords,
    themes: fields.themes,
    contactPointEmail: fields.contact_point_email,
    accrualPeriodicity: fields.accrual_periodicity,
    spatial: 'municipality',
    temporalStart: fields.temporal_start,
    landingPage: fields.landing_page,
    modelDatasetId: fields.model_dataset_id,
  }).score;
  const agreement = agreementOf(random, stage, contacts, until, changed);
  const dataset = {
    ...fields,
    id,
    department_id: department.id,
    owner_user_id: owner,
    source_system: random.pick(SOURCE_SYSTEMS),
    formats: has() ? random.some(FORMATS, 3) : [],
    contains_personal_data: random.chance(0.08),
    classification: random.chance(0.9) ? 'public' : 'internal',
    stage,
    stage_changed_at: new Date(changed).toISOString(),
    contact_point_name: fields.contact_point_email ? 'Open-Data-Ansprechperson' : null,
    planned_publication_date: stage === 'approved' ? isoDay(until + random.int(1, 60) * DAY_MS) : null,
    portal_url: fields.landing_page,
    portal_id: portalId,
    published_at: publishedStep >= 0 ? new Date(at(publishedStep)).toISOString() : null,
    approval_granted: path.includes('approved'),
    completeness_score: score,
    next_due_at: agreement?.next_due_at ?? null,
    created_by_user_id: owner ?? params.teamUserIds[0],
    created_at: new Date(created).toISOString(),
    updated_at: new Date(changed).toISOString(),
  };
  const transitions = path.map((to, k) => ({
    dataset_id: id,
    from_stage: k === 0 ? null : path[k - 1],
    to_stage: to,
    reason: DATASET_REASON_REQUIRED.includes(to) ? (REASONS[to] ?? 'Begründung') : null,
    actor_user_id: to === 'approved' || to === 'changes_requested' ? null : (owner ?? params.teamUserIds[0]),
    via:
      to === 'delivered' ? 'delivery' : to === 'approved' || to === 'changes_requested' ? 'approval' : 'app',
    at: new Date(at(k)).toISOString(),
  }));
  return { dataset, transitions, agreement: agreement ? { ...agreement, dataset_id: id } : null };
}

/** About 30 % of all datasets: most of those that are agreed or further along. */
function agreementOf(
  random: Random,
  stage: DatasetStage,
  contacts: string[],
  until: number,
  changed: number,
) {
  const index = DATASET_PIPELINE.indexOf(stage);
  if (index < DATASET_PIPELINE.indexOf('agreed') || !random.chance(0.57)) return null;
  const kind = random.pick(SCHEDULES);
  const beforeDelivery = stage === 'agreed' || stage === 'delivery_scheduled';
  // A quarter of the awaited first deliveries are overdue; recurring ones are due within the year.
  const nextDue = beforeDelivery
    ? until + random.int(-20, 60) * DAY_MS
    : kind === 'once'
      ? null
      : until + random.int(-5, 365) * DAY_MS;
  const start = nextDue ?? changed;
  return {
    contact_id: contacts.length > 0 ? random.pick(contacts) : null,
    method: random.pick(['upload', 'email', 'file_share', 'api', 'export_from_system']),
    format: random.pick(FORMATS),
    schedule_kind: kind,
    start_date: isoDay(Math.min(start, changed + 30 * DAY_MS)),
    rrule: kind === 'rrule' ? 'FREQ=MONTHLY;BYMONTHDAY=-1' : null,
    next_due_at: nextDue === null ? null : isoDay(nextDue),
  };
}

type DatasetBatch = ReturnType<typeof datasetRow>[];

async function insertDatasets(client: Client, municipalityId: string, rows: DatasetBatch): Promise<void> {
  await client.query(
    `INSERT INTO dataset (id, municipality_id, version, title, description, department_id, owner_user_id,
       source_system, formats, accrual_periodicity, license, attribution_text, contains_personal_data,
       classification, model_dataset_id, stage, stage_changed_at, planned_publication_date, portal_url, portal_id,
       published_at, keywords, themes, contact_point_name, contact_point_email, temporal_start, landing_page,
       completeness_score, approval_granted, next_due_at, created_by_user_id, created_at, updated_at)
     SELECT v.id, $2, 1, v.title, v.description, v.department_id, v.owner_user_id, v.source_system, v.formats,
       v.accrual_periodicity, v.license, v.attribution_text, v.contains_personal_data, v.classification,
       v.model_dataset_id, v.stage, v.stage_changed_at, v.planned_publication_date, v.portal_url, v.portal_id,
       v.published_at, v.keywords, v.themes, v.contact_point_name, v.contact_point_email, v.temporal_start,
       v.landing_page, v.completeness_score, v.approval_granted, v.next_due_at, v.created_by_user_id,
       v.created_at, v.updated_at
     FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, title text, description text, department_id uuid,
       owner_user_id uuid, source_system text, formats text[], accrual_periodicity text, license text,
       attribution_text text, contains_personal_data boolean, classification text, model_dataset_id uuid,
       stage text, stage_changed_at timestamptz, planned_publication_date date, portal_url text, portal_id text,
       published_at timestamptz, keywords text[], themes text[], contact_point_name text,
       contact_point_email text, temporal_start date, landing_page text, completeness_score int,
       approval_granted boolean, next_due_at date, created_by_user_id uuid, created_at timestamptz,
       updated_at timestamptz)`,
    [JSON.stringify(rows.map((r) => r.dataset)), municipalityId],
  );
  await client.query(
    `INSERT INTO dataset_transition (municipality_id, version, dataset_id, from_stage, to_stage, reason,
       actor_user_id, via, at, created_at, updated_at)
     SELECT $2, 1, v.dataset_id, v.from_stage, v.to_stage, v.reason, v.actor_user_id, v.via, v.at, v.at, v.at
     FROM jsonb_to_recordset($1::jsonb) AS v(dataset_id uuid, from_stage text, to_stage text, reason text,
       actor_user_id uuid, via text, at timestamptz)`,
    [JSON.stringify(rows.flatMap((r) => r.transitions)), municipalityId],
  );
  await client.query(
    `INSERT INTO delivery_agreement (municipality_id, version, dataset_id, contact_id, method, format,
       schedule_kind, start_date, rrule, next_due_at)
     SELECT $2, 1, v.dataset_id, v.contact_id, v.method, v.format, v.schedule_kind, v.start_date, v.rrule,
       v.next_due_at
     FROM jsonb_to_recordset($1::jsonb) AS v(dataset_id uuid, contact_id uuid, method text, format text,
       schedule_kind text, start_date date, rrule text, next_due_at date)`,
    [JSON.stringify(rows.flatMap((r) => (r.agreement ? [r.agreement] : []))), municipalityId],
  );
}
