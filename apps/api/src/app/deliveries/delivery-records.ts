import {
  DatasetStage,
  DeliveryAgreementDto,
  DeliveryMethod,
  DeliverySchedule,
  ScheduleKind,
  SessionUser,
} from '@datenlotse/contracts';
import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { DatasetsService } from '../datasets/datasets.service';
import { DeliveryAgreement } from './delivery-agreement.entity';
import { daysOverdue } from './due-dates';

/**
 * Reading and writing the rows that deliveries share with agreements and datasets. Every write path locks the
 * dataset row first and the agreement second, always in this order, so two writers never wait on each other
 * in a circle.
 */

export interface LockedDataset {
  id: string;
  departmentId: string;
  stage: DatasetStage;
}

/** The dataset, locked for the transaction; 404 when the user may not see it (a head outside their units). */
export async function lockVisibleDataset(
  manager: EntityManager,
  datasets: DatasetsService,
  user: SessionUser,
  datasetId: string,
): Promise<LockedDataset> {
  const row = await datasets
    .visible(user, manager)
    .andWhere('d.id = :datasetId', { datasetId })
    .select(['d.id AS id', 'd.department_id AS department_id', 'd.stage AS stage'])
    .setLock('pessimistic_write')
    .getRawOne<{ id: string; department_id: string; stage: DatasetStage }>();
  if (!row) throw new NotFoundException(`No dataset ${datasetId}`);
  return { id: row.id, departmentId: row.department_id, stage: row.stage };
}

/** The dataset's agreement, locked for the transaction, or null when it has none. */
export function lockAgreement(manager: EntityManager, datasetId: string): Promise<DeliveryAgreement | null> {
  return manager
    .getRepository(DeliveryAgreement)
    .createQueryBuilder('a')
    .where('a.municipality_id = :municipalityId AND a.dataset_id = :datasetId', {
      municipalityId: requestContext.municipalityId(),
      datasetId,
    })
    .setLock('pessimistic_write')
    .getOne();
}

export function scheduleOf(agreement: DeliveryAgreement): DeliverySchedule {
  return { kind: agreement.scheduleKind, startDate: agreement.startDate, rrule: agreement.rrule };
}

/** What the audit log keeps of an agreement. */
export function agreementAuditView(agreement: DeliveryAgreement) {
  return {
    datasetId: agreement.datasetId,
    contactId: agreement.contactId,
    method: agreement.method,
    format: agreement.format,
    scheduleKind: agreement.scheduleKind,
    startDate: agreement.startDate,
    rrule: agreement.rrule,
    nextDueAt: agreement.nextDueAt,
    note: agreement.note,
  };
}

/**
 * Sets the agreement's next due date and copies it to the dataset (which the dataset list filters and sorts
 * by), with an audit event; nothing happens when the date stays the same.
 */
export async function setNextDue(
  manager: EntityManager,
  audit: AuditService,
  agreement: DeliveryAgreement,
  nextDueAt: string | null,
): Promise<void> {
  if (agreement.nextDueAt === nextDueAt) return;
  await manager
    .createQueryBuilder()
    .update(DeliveryAgreement)
    .set({ nextDueAt })
    .where('id = :id', { id: agreement.id })
    .execute();
  await syncDatasetDue(manager, agreement.datasetId, nextDueAt);
  await audit.record(manager, {
    action: 'update',
    entity: 'delivery_agreement',
    entityId: agreement.id,
    before: { nextDueAt: agreement.nextDueAt },
    after: { nextDueAt },
  });
  agreement.nextDueAt = nextDueAt;
}

/**
 * The dataset's copy of the next due date. A derived column like the objection counters: it does not bump the
 * dataset's version, so that recording a delivery does not make an open edit of the metadata stale.
 */
export async function syncDatasetDue(
  manager: EntityManager,
  datasetId: string,
  nextDueAt: string | null,
): Promise<void> {
  await manager.query('UPDATE dataset SET next_due_at = $2 WHERE id = $1', [datasetId, nextDueAt]);
}

/**
 * The last day the dataset's good deliveries cover: the later of the due date each fulfilled and the day it
 * arrived (in Berlin). Null when nothing but failed deliveries (or nothing at all) arrived.
 */
export async function coveredUntil(manager: EntityManager, datasetId: string): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT max(greatest(due_at, (received_at AT TIME ZONE 'Europe/Berlin')::date))::text AS covered
       FROM delivery
      WHERE dataset_id = $1 AND quality_check IS DISTINCT FROM 'failed'`,
    [datasetId],
  );
  return (row?.covered as string | null) ?? null;
}

interface AgreementRow {
  id: string;
  dataset_id: string;
  contact_id: string | null;
  contact_name: string | null;
  method: DeliveryMethod;
  format: string | null;
  schedule_kind: ScheduleKind;
  start_date: string;
  rrule: string | null;
  next_due_at: string | null;
  note: string | null;
  version: number;
}

/** The agreement of a dataset as the API shows it, or null; `today` (Berlin) decides whether it is overdue. */
export async function loadAgreementDto(
  manager: EntityManager,
  datasetId: string,
  today: string,
): Promise<DeliveryAgreementDto | null> {
  const row = await manager
    .getRepository(DeliveryAgreement)
    .createQueryBuilder('a')
    .leftJoin('contact', 'c', 'c.id = a.contact_id')
    .select([
      'a.id AS id',
      'a.dataset_id AS dataset_id',
      'a.contact_id AS contact_id',
      'c.name AS contact_name',
      'a.method AS method',
      'a.format AS format',
      'a.schedule_kind AS schedule_kind',
      'a.start_date::text AS start_date',
      'a.rrule AS rrule',
      'a.next_due_at::text AS next_due_at',
      'a.note AS note',
      'a.version AS version',
    ])
    .where('a.municipality_id = :municipalityId AND a.dataset_id = :datasetId', {
      municipalityId: requestContext.municipalityId(),
      datasetId,
    })
    .getRawOne<AgreementRow>();
  if (!row) return null;
  const overdueDays = daysOverdue(row.next_due_at, today);
  return {
    id: row.id,
    datasetId: row.dataset_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    method: row.method,
    format: row.format,
    schedule: { kind: row.schedule_kind, startDate: row.start_date, rrule: row.rrule },
    nextDueAt: row.next_due_at,
    overdue: overdueDays > 0,
    daysOverdue: overdueDays,
    note: row.note,
    version: row.version,
  };
}
