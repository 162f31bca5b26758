import {
  DatasetStage,
  OBJECTION_CATEGORIES,
  ObjectionStatus,
  UNRESOLVED_OBJECTION_STATUSES,
} from '@datenlotse/contracts';
import { Client } from 'pg';
import { DatasetRef, PipelineParams, THREE_YEARS_MS, World } from './pipeline';
import { Random, uuidFrom } from './random';
import { OBJECTION_STATEMENTS } from './words';

const EARLY: readonly DatasetStage[] = ['identified', 'in_clarification'];
const SETTLED: readonly ObjectionStatus[] = [
  'resolved_publishable',
  'resolved_publishable',
  'resolved_partially',
];

/**
 * An objection on a random dataset (a tenth are general ones of a department). Its status fits the dataset's
 * stage: open and upheld ones only where the guards allow them, so that no dataset stands past clarification
 * with an unresolved objection.
 */
export function objectionRow(random: Random, world: World, refs: DatasetRef, params: PipelineParams) {
  const general = refs.ids.length === 0 || random.chance(0.1);
  const index = general ? -1 : random.int(0, refs.ids.length - 1);
  const departmentId = general ? random.pick(world.departments).id : refs.departmentIds[index];
  const stage = general ? 'identified' : refs.stages[index];
  const r = random.float();
  const status: ObjectionStatus = EARLY.includes(stage)
    ? r < 0.45
      ? 'open'
      : r < 0.7
        ? 'answered'
        : r < 0.95
          ? random.pick(SETTLED)
          : 'upheld'
    : stage === 'rejected' || stage === 'withdrawn' || stage === 'on_hold'
      ? r < 0.5
        ? 'upheld'
        : r < 0.7
          ? 'open'
          : random.pick(SETTLED)
      : random.pick(SETTLED);
  const category = random.pick(OBJECTION_CATEGORIES);
  const until = params.until.getTime();
  const since = general ? until - THREE_YEARS_MS : refs.created[index];
  const raised = since + random.float() * (until - since);
  const settled = status !== 'open' && status !== 'answered';
  const decided = raised + random.float() * (until - raised);
  const contacts = world.contactsByDepartment.get(departmentId) ?? [];
  const argumentId =
    status !== 'open' && random.chance(0.6) ? (world.argumentByCategory.get(category) ?? null) : null;
  return {
    id: uuidFrom(random),
    dataset_id: general ? null : refs.ids[index],
    department_id: departmentId,
    raised_by_contact_id: contacts.length > 0 ? random.pick(contacts) : null,
    category,
    statement: OBJECTION_STATEMENTS[category],
    response: status === 'open' ? null : 'Antwort des Open-Data-Teams mit Beispielen anderer Städte.',
    status,
    resolution_note: settled ? 'Ergebnis im Gespräch mit der Amtsleitung festgehalten.' : null,
    resolved_at: settled ? new Date(decided).toISOString() : null,
    created_by_user_id: random.pick(params.teamUserIds),
    created_at: new Date(raised).toISOString(),
    updated_at: new Date(status === 'open' ? raised : decided).toISOString(),
    argument_id: argumentId,
  };
}

export async function insertObjections(
  client: Client,
  municipalityId: string,
  rows: ReturnType<typeof objectionRow>[],
): Promise<void> {
  const json = JSON.stringify(rows);
  await client.query(
    `INSERT INTO objection (id, municipality_id, version, dataset_id, department_id, raised_by_contact_id,
       category, statement, response, status, resolution_note, resolved_at, created_by_user_id, created_at,
       updated_at)
     SELECT v.id, $2, 1, v.dataset_id, v.department_id, v.raised_by_contact_id, v.category, v.statement,
       v.response, v.status, v.resolution_note, v.resolved_at, v.created_by_user_id, v.created_at, v.updated_at
     FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, dataset_id uuid, department_id uuid,
       raised_by_contact_id uuid, category text, statement text, response text, status text,
       resolution_note text, resolved_at timestamptz, created_by_user_id uuid, created_at timestamptz,
       updated_at timestamptz)`,
    [json, municipalityId],
  );
  await client.query(
    `INSERT INTO objection_argument (objection_id, argument_id)
     SELECT v.id, v.argument_id FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, argument_id uuid)
     WHERE v.argument_id IS NOT NULL`,
    [json],
  );
}

/** The guards' counters from the objections, in one set-based statement (only rows that change). */
export async function updateCounters(client: Client, municipalityId: string): Promise<void> {
  await client.query(
    `UPDATE dataset d SET unresolved_objections = x.unresolved, upheld_objections = x.upheld
     FROM (SELECT dataset_id,
             count(*) FILTER (WHERE status = ANY($2::text[]))::int AS unresolved,
             count(*) FILTER (WHERE status = 'upheld')::int AS upheld
           FROM objection WHERE municipality_id = $1 AND dataset_id IS NOT NULL GROUP BY dataset_id) x
     WHERE d.id = x.dataset_id
       AND (d.unresolved_objections, d.upheld_objections) IS DISTINCT FROM (x.unresolved, x.upheld)`,
    [municipalityId, UNRESOLVED_OBJECTION_STATUSES],
  );
}
