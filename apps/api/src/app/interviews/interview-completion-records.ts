import {
  DatasetCandidateRow,
  DatasetStage,
  dcatCompleteness,
  FIELD_ERROR_CODES,
  InterviewOutcomeKind,
} from '@datenlotse/contracts';
import { BadRequestException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { normaliseDatasetFields } from '../datasets/dataset-fields';
import { completenessFacts } from '../datasets/dataset-reader';
import { DatasetTransitionsService } from '../datasets/dataset-transitions.service';
import { Dataset } from '../datasets/dataset.entity';
import { DatasetsService } from '../datasets/datasets.service';
import { DeliveryAgreementsService } from '../deliveries/agreements.service';
import { ObjectionsService } from '../objections/objections.service';
import { Objection } from '../objections/objection.entity';
import { CompletionPlan } from './interview-completion-plan';
import { InterviewOutcome } from './interview-answer.entity';

/**
 * The records an interview made before, by kind and source key: completing again finds and updates them
 * instead of making new ones. Written in the completion's transaction, with the records.
 */
export class OutcomeBook {
  private constructor(
    private readonly manager: EntityManager,
    private readonly interviewId: string,
    private readonly entries: Map<string, string>,
  ) {}

  static async load(manager: EntityManager, interviewId: string): Promise<OutcomeBook> {
    const rows = await manager.find(InterviewOutcome, { where: { interviewId } });
    return new OutcomeBook(
      manager,
      interviewId,
      new Map(rows.map((row) => [`${row.kind}:${row.sourceKey}`, row.entityId])),
    );
  }

  get(kind: InterviewOutcomeKind, sourceKey: string): string | null {
    return this.entries.get(`${kind}:${sourceKey}`) ?? null;
  }

  async set(kind: InterviewOutcomeKind, sourceKey: string, entityId: string): Promise<void> {
    if (this.get(kind, sourceKey) === entityId) return;
    await this.manager.query(
      `INSERT INTO interview_outcome (interview_id, kind, source_key, entity_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (interview_id, kind, source_key) DO UPDATE SET entity_id = excluded.entity_id`,
      [this.interviewId, kind, sourceKey, entityId],
    );
    this.entries.set(`${kind}:${sourceKey}`, entityId);
  }
}

/** What the record writers need from the completion: its transaction, interview and people. */
export interface CompletionContext {
  manager: EntityManager;
  interviewId: string;
  departmentId: string;
  actorUserId: string | null;
  /** The datasets' owner: the first interviewer (or the actor) who is on the team. */
  ownerUserId: string | null;
  book: OutcomeBook;
  /** When the interview was last completed (null the first time): later edits in the pipeline win. */
  lastCompletedAt: Date | null;
}

/**
 * A refusal by another module's rules (a too long source system, a contact of another department) names
 * the question the value came from, so that the guided screen can point at it.
 */
export async function asAnswerOf<T>(
  questionKey: string | undefined,
  work: () => Promise<T>,
  where?: string,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!questionKey || !(error instanceof BadRequestException)) throw error;
    const body = error.getResponse() as { message?: string };
    const at = where ? `${questionKey} ${where}` : questionKey;
    throw fieldError(
      questionKey,
      FIELD_ERROR_CODES.invalidAnswer,
      `${at}: ${String(body.message ?? error.message)}`,
    );
  }
}

/** The fields a dataset_list row sets on its dataset. */
function datasetFields(row: DatasetCandidateRow) {
  return {
    title: row.title,
    description: row.description?.trim() || null,
    sourceSystem: row.sourceSystem?.trim() || null,
    formats: row.format?.trim() ? [row.format.trim().toUpperCase()] : [],
    accrualPeriodicity: row.accrualPeriodicity ?? null,
    containsPersonalData: row.containsPersonalData ?? false,
    modelDatasetId: row.modelDatasetId ?? null,
  };
}

/**
 * One dataset per row of the dataset list. A row made into a dataset before updates that dataset's fields
 * (never its stage: the pipeline has moved on since); one whose dataset was deleted meanwhile is made again.
 * Rows removed from the list since the last completion leave their datasets alone: those are real records
 * now, which the team withdraws in the pipeline if they are no longer wanted. Returns the datasets by row id.
 */
export async function recordDatasets(
  context: CompletionContext,
  plan: CompletionPlan,
  datasets: DatasetsService,
  audit: AuditService,
): Promise<Map<string, Dataset>> {
  const { manager, book } = context;
  const byRow = new Map<string, Dataset>();
  for (const [index, row] of plan.datasetRows.entries()) {
    const fields = datasetFields(row);
    const linkedId = book.get('dataset', row.id);
    const linked = linkedId ? await lockDataset(manager, linkedId) : null;
    const dataset = await asAnswerOf(
      plan.keys.datasets,
      () =>
        linked
          ? updateDataset(manager, linked, fields, context.lastCompletedAt, audit)
          : datasets.createInTransaction(
              manager,
              context.actorUserId,
              { ...fields, departmentId: context.departmentId, ownerUserId: context.ownerUserId },
              'interview',
            ),
      `row ${index + 1}`,
    );
    await book.set('dataset', row.id, dataset.id);
    byRow.set(row.id, dataset);
  }
  return byRow;
}

function lockDataset(manager: EntityManager, id: string): Promise<Dataset | null> {
  return manager
    .getRepository(Dataset)
    .createQueryBuilder('d')
    .where('d.id = :id AND d.municipality_id = :municipalityId', {
      id,
      municipalityId: requestContext.municipalityId(),
    })
    .setLock('pessimistic_write')
    .getOne();
}

/**
 * What a row may change on a dataset linked to it. The team works on the dataset in the pipeline meanwhile:
 * one changed since the last completion keeps its fields. One untouched since follows the row, corrections
 * and all. A dataset the row was linked to before any completion (an existing record the interview talked
 * about) only gains: an empty cell keeps its value, the row's format is added, a model dataset stays linked.
 */
function mergedFields(
  current: Dataset,
  row: ReturnType<typeof datasetFields>,
  lastCompletedAt: Date | null,
): ReturnType<typeof datasetFields> | null {
  if (lastCompletedAt) return current.updatedAt > lastCompletedAt ? null : row;
  return {
    title: row.title,
    description: row.description ?? current.description,
    sourceSystem: row.sourceSystem ?? current.sourceSystem,
    formats: [...new Set([...current.formats, ...row.formats])],
    accrualPeriodicity: row.accrualPeriodicity ?? current.accrualPeriodicity,
    containsPersonalData: row.containsPersonalData || current.containsPersonalData,
    modelDatasetId: row.modelDatasetId ?? current.modelDatasetId,
  };
}

/** Writes the row's fields where they differ from the dataset, with the completeness score and an audit event. */
async function updateDataset(
  manager: EntityManager,
  current: Dataset,
  row: ReturnType<typeof datasetFields>,
  lastCompletedAt: Date | null,
  audit: AuditService,
): Promise<Dataset> {
  const merged = mergedFields(current, row, lastCompletedAt);
  if (!merged) return current;
  const fields = normaliseDatasetFields(merged);
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
    (field) => JSON.stringify(fields[field] ?? null) !== JSON.stringify(current[field] ?? null),
  );
  if (changed.length === 0) return current;
  if (fields.modelDatasetId && fields.modelDatasetId !== current.modelDatasetId) {
    const [model] = await manager.query(`SELECT 1 FROM model_dataset WHERE id = $1`, [fields.modelDatasetId]);
    if (!model)
      throw fieldError('modelDatasetId', FIELD_ERROR_CODES.unknownReference, 'unknown model dataset');
  }
  const next = { ...current, ...fields } as Dataset;
  const [department] = await manager.query(`SELECT name FROM department WHERE id = $1`, [
    current.departmentId,
  ]);
  const completenessScore = dcatCompleteness(completenessFacts(next, department?.name ?? '')).score;
  await manager
    .createQueryBuilder()
    .update(Dataset)
    .set({ ...fields, completenessScore })
    .where('id = :id', { id: current.id })
    .execute();
  const pick = (dataset: Dataset) => Object.fromEntries(changed.map((field) => [field, dataset[field]]));
  await audit.record(manager, {
    action: 'update',
    entity: 'dataset',
    entityId: current.id,
    before: pick(current),
    after: pick(next),
  });
  return next;
}

/** Stages from which the interview's agreement moves a dataset forward to `agreed`; never backwards. */
const BEFORE_AGREED: readonly DatasetStage[] = ['identified', 'in_clarification'];

/**
 * The dataset agreed on as the first moves to `agreed` (when it is not further along already), and gets the
 * delivery agreement of part 3 when a first delivery date was agreed: through the deliveries' own rules, so
 * that the new agreement schedules the delivery (`agreed → delivery_scheduled`).
 */
export async function recordAgreement(
  context: CompletionContext,
  plan: CompletionPlan,
  dataset: Dataset | null,
  transitions: DatasetTransitionsService,
  agreements: DeliveryAgreementsService,
): Promise<void> {
  if (!dataset) return;
  const { manager, book } = context;
  const [current]: Array<{ stage: DatasetStage }> = await manager.query(
    `SELECT stage FROM dataset WHERE id = $1`,
    [dataset.id],
  );
  if (current && BEFORE_AGREED.includes(current.stage)) {
    await transitions.moveInTransaction(manager, dataset.id, 'agreed', {
      via: 'interview',
      actorUserId: context.actorUserId,
      onlyIfAllowed: true,
    });
  }
  if (!plan.firstDelivery) return;
  const [existing]: Array<{
    id: string;
    version: number;
    contact_id: string | null;
    method: string;
    format: string | null;
    schedule_kind: string;
    start_date: string;
    note: string | null;
  }> = await manager.query(
    `SELECT id, version, contact_id, method, format, schedule_kind, start_date::text, note
       FROM delivery_agreement WHERE dataset_id = $1`,
    [dataset.id],
  );
  const unchanged =
    existing &&
    existing.contact_id === plan.dataContactId &&
    existing.method === plan.method &&
    existing.format === plan.format &&
    existing.schedule_kind === plan.rhythm &&
    existing.start_date === plan.firstDelivery;
  let agreementId = existing?.id;
  if (!unchanged) {
    const saved = await asAnswerOf(plan.keys.data_contact, () =>
      agreements.upsertInTransaction(
        manager,
        dataset.id,
        {
          contactId: plan.dataContactId,
          method: plan.method,
          format: plan.format,
          schedule: { kind: plan.rhythm, startDate: plan.firstDelivery as string, rrule: null },
          // The team's own note on the agreement stays.
          note: existing?.note ?? null,
          version: existing?.version,
        },
        context.actorUserId,
      ),
    );
    agreementId = saved.id;
  }
  // A first dataset changed since the last completion: the outcome follows to the new agreement; the
  // earlier dataset keeps its agreement, a real record the team changes on its own page.
  if (agreementId) await book.set('agreement', 'agreement', agreementId);
}

/**
 * One general objection of the department per concern. A concern recorded before is reworded while its
 * objection is still open; once answered or decided, the objection has its own history and stays as it is.
 */
export async function recordObjections(
  context: CompletionContext,
  plan: CompletionPlan,
  objections: ObjectionsService,
): Promise<void> {
  const { manager, book } = context;
  for (const row of plan.concerns) {
    const linkedId = book.get('objection', row.id);
    const linked = linkedId ? await manager.findOne(Objection, { where: { id: linkedId } }) : null;
    const statement = row.statement.trim();
    if (linked) {
      if (linked.status === 'open' && (linked.category !== row.category || linked.statement !== statement)) {
        await objections.updateInTransaction(manager, linked.id, {
          version: linked.version,
          category: row.category,
          statement,
        });
      }
      continue;
    }
    const created = await asAnswerOf(plan.keys.objections, () =>
      objections.createInTransaction(manager, {
        departmentId: context.departmentId,
        datasetId: null,
        category: row.category,
        statement,
        raisedByContactId: row.raisedByContactId ?? null,
      }),
    );
    await book.set('objection', row.id, created.id);
  }
}
