import { DatasetStage, DeliveryDto, QualityCheck, SessionUser } from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { AuditService } from '../audit/audit.service';
import { DatasetTransitionsService } from '../datasets/dataset-transitions.service';
import { DatasetsService } from '../datasets/datasets.service';
import { CreateDeliveryDto, UpdateDeliveryDto } from './deliveries.dto';
import { DeliveryAgreement } from './delivery-agreement.entity';
import { Delivery } from './delivery.entity';
import { LockedDataset, lockAgreement, lockVisibleDataset, scheduleOf, setNextDue } from './delivery-records';
import { berlinDate, dueAfterDelivery, fulfils } from './due-dates';

/** Stages in which arriving data moves a dataset to `delivered`. */
const AWAITING_DATA: readonly DatasetStage[] = ['agreed', 'delivery_scheduled'];
/** Stages a failed check sends back to `delivery_scheduled`: the department has to deliver again. */
const UNDER_CHECK: readonly DatasetStage[] = ['delivered', 'in_review'];
/** Stages on the portal, where a good delivery is an update of the published data. */
const ON_PORTAL: readonly DatasetStage[] = ['published', 'maintained'];

interface DeliveryRow {
  id: string;
  dataset_id: string;
  received_at: Date;
  due_at: string | null;
  file_name: string | null;
  url: string | null;
  checksum: string | null;
  note: string | null;
  quality_check: QualityCheck | null;
  quality_note: string | null;
  recorded_by_name: string | null;
  version: number;
}

/**
 * Receipts of data. A delivery fulfils the agreement's current due date unless its check failed, and moves
 * the dataset along the pipeline as far as the stage machine allows (a refused automatic move is no error).
 */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly datasets: DatasetsService,
    private readonly transitions: DatasetTransitionsService,
    private readonly audit: AuditService,
  ) {}

  /** The dataset's deliveries, newest first. */
  async list(user: SessionUser, datasetId: string): Promise<DeliveryDto[]> {
    await this.datasets.requireVisible(user, datasetId);
    const rows = await this.rows(this.dataSource.manager)
      .andWhere('x.dataset_id = :datasetId', { datasetId })
      .orderBy('x.received_at', 'DESC')
      .addOrderBy('x.created_at', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .getRawMany<DeliveryRow>();
    return rows.map(toDto);
  }

  async create(user: SessionUser, datasetId: string, input: CreateDeliveryDto): Promise<DeliveryDto> {
    return this.dataSource.transaction(async (manager) => {
      const dataset = await lockVisibleDataset(manager, this.datasets, user, datasetId);
      const agreement = await lockAgreement(manager, datasetId);
      const receivedAt = new Date(input.receivedAt);
      const check = input.qualityCheck ?? null;
      const dueAt = fulfils(check) ? await this.fulfil(manager, agreement, receivedAt) : null;
      const repository = manager.getRepository(Delivery);
      const saved = await repository.save(
        repository.create({
          municipalityId: requestContext.municipalityId(),
          datasetId,
          receivedAt,
          dueAt,
          fileName: input.fileName?.trim() || null,
          url: input.url?.trim() || null,
          checksum: input.checksum?.trim() || null,
          note: input.note?.trim() || null,
          qualityCheck: check,
          qualityNote: input.qualityNote?.trim() || null,
          recordedByUserId: user.id,
        }),
      );
      await this.audit.record(manager, {
        action: 'create',
        entity: 'delivery',
        entityId: saved.id,
        after: auditView(saved),
      });
      const stage = await this.arrived(manager, dataset, user);
      await this.checked(manager, { ...dataset, stage }, saved, user);
      return this.load(manager, saved.id);
    });
  }

  /**
   * Records the quality check later (or corrects it). A check that fails afterwards gives the due date back
   * to the agreement, unless a later delivery has already fulfilled a later one; a failed delivery found good
   * after all fulfils the current due date as a new receipt would.
   */
  async update(user: SessionUser, id: string, input: UpdateDeliveryDto): Promise<DeliveryDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager
        .getRepository(Delivery)
        .findOne({ where: { id, municipalityId: requestContext.municipalityId() } });
      if (!current) throw new NotFoundException(`No delivery ${id}`);
      const dataset = await lockVisibleDataset(manager, this.datasets, user, current.datasetId);
      if (current.version !== input.version) throw staleWrite('delivery', await this.load(manager, id));
      const agreement = await lockAgreement(manager, current.datasetId);
      const from = current.qualityCheck;
      const to = input.qualityCheck;
      let dueAt = current.dueAt;
      if (!fulfils(from) && fulfils(to)) dueAt = await this.fulfil(manager, agreement, current.receivedAt);
      if (fulfils(from) && !fulfils(to)) {
        await this.giveBack(manager, agreement, current);
        dueAt = null;
      }
      const qualityNote = input.qualityNote?.trim() || null;
      const result = await manager
        .createQueryBuilder()
        .update(Delivery)
        .set({ qualityCheck: to, qualityNote, dueAt })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw staleWrite('delivery', await this.load(manager, id));
      const saved = { ...current, qualityCheck: to, qualityNote, dueAt } as Delivery;
      await this.audit.record(manager, {
        action: 'update',
        entity: 'delivery',
        entityId: id,
        before: auditView(current),
        after: auditView(saved),
      });
      if (from !== to) {
        const stage = from === 'failed' ? await this.arrived(manager, dataset, user) : dataset.stage;
        await this.checked(manager, { ...dataset, stage }, saved, user);
      }
      return this.load(manager, id);
    });
  }

  /** Fulfils the agreement's current due date, if there is one, and moves it on; answers the fulfilled date. */
  private async fulfil(
    manager: EntityManager,
    agreement: DeliveryAgreement | null,
    receivedAt: Date,
  ): Promise<string | null> {
    const dueAt = agreement?.nextDueAt ?? null;
    if (!agreement || !dueAt) return null;
    const next = dueAfterDelivery(scheduleOf(agreement), dueAt, berlinDate(receivedAt));
    await setNextDue(manager, this.audit, agreement, next);
    return dueAt;
  }

  /** A delivery that no longer counts gives its due date back, unless a later one fulfilled a later date. */
  private async giveBack(
    manager: EntityManager,
    agreement: DeliveryAgreement | null,
    delivery: Delivery,
  ): Promise<void> {
    if (!agreement || !delivery.dueAt) return;
    const [later] = await manager.query(
      `SELECT 1 FROM delivery
        WHERE dataset_id = $1 AND id <> $2 AND due_at > $3 AND quality_check IS DISTINCT FROM 'failed'
        LIMIT 1`,
      [delivery.datasetId, delivery.id, delivery.dueAt],
    );
    if (!later) await setNextDue(manager, this.audit, agreement, delivery.dueAt);
  }

  /** Data arrived: a dataset waiting for it is now `delivered`. Answers the stage the dataset is in. */
  private async arrived(
    manager: EntityManager,
    dataset: LockedDataset,
    user: SessionUser,
  ): Promise<DatasetStage> {
    if (!AWAITING_DATA.includes(dataset.stage)) return dataset.stage;
    return this.move(manager, dataset, 'delivered', user, null);
  }

  /**
   * What a check means for the pipeline: passed moves `delivered` on to review, or on the portal marks the data
   * updated (and a published dataset maintained); failed sends the dataset back to await a new delivery.
   */
  private async checked(
    manager: EntityManager,
    dataset: LockedDataset,
    delivery: Delivery,
    user: SessionUser,
  ): Promise<void> {
    if (delivery.qualityCheck === 'passed') {
      if (dataset.stage === 'delivered') await this.move(manager, dataset, 'in_review', user, null);
      if (ON_PORTAL.includes(dataset.stage)) {
        // Never backwards: the check of an older delivery may be recorded after a newer one's.
        await manager.query(
          `UPDATE dataset SET last_updated_at = greatest(coalesce(last_updated_at, $2::timestamptz), $2::timestamptz) WHERE id = $1`,
          [dataset.id, delivery.receivedAt],
        );
        if (dataset.stage === 'published') await this.move(manager, dataset, 'maintained', user, null);
      }
    }
    if (delivery.qualityCheck === 'failed' && UNDER_CHECK.includes(dataset.stage)) {
      await this.move(manager, dataset, 'delivery_scheduled', user, delivery.qualityNote);
    }
  }

  private async move(
    manager: EntityManager,
    dataset: LockedDataset,
    to: DatasetStage,
    user: SessionUser,
    reason: string | null,
  ): Promise<DatasetStage> {
    const { moved } = await this.transitions.moveInTransaction(manager, dataset.id, to, {
      via: 'delivery',
      onlyIfAllowed: true,
      reason,
      actorUserId: user.id,
    });
    return moved ? to : dataset.stage;
  }

  private rows(manager: EntityManager) {
    return manager
      .getRepository(Delivery)
      .createQueryBuilder('x')
      .leftJoin('app_user', 'u', 'u.id = x.recorded_by_user_id')
      .select([
        'x.id AS id',
        'x.dataset_id AS dataset_id',
        'x.received_at AS received_at',
        'x.due_at::text AS due_at',
        'x.file_name AS file_name',
        'x.url AS url',
        'x.checksum AS checksum',
        'x.note AS note',
        'x.quality_check AS quality_check',
        'x.quality_note AS quality_note',
        'u.name AS recorded_by_name',
        'x.version AS version',
      ])
      .where('x.municipality_id = :municipalityId', { municipalityId: requestContext.municipalityId() });
  }

  private async load(manager: EntityManager, id: string): Promise<DeliveryDto> {
    const row = await this.rows(manager).andWhere('x.id = :id', { id }).getRawOne<DeliveryRow>();
    if (!row) throw new ConflictException(`The delivery ${id} vanished while it was saved`);
    return toDto(row);
  }
}

function toDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    receivedAt: new Date(row.received_at).toISOString(),
    dueAt: row.due_at,
    fileName: row.file_name,
    url: row.url,
    checksum: row.checksum,
    note: row.note,
    qualityCheck: row.quality_check,
    qualityNote: row.quality_note,
    recordedByName: row.recorded_by_name,
    version: row.version,
  };
}

function auditView(delivery: Delivery) {
  return {
    datasetId: delivery.datasetId,
    receivedAt: delivery.receivedAt.toISOString(),
    dueAt: delivery.dueAt,
    fileName: delivery.fileName,
    url: delivery.url,
    checksum: delivery.checksum,
    note: delivery.note,
    qualityCheck: delivery.qualityCheck,
    qualityNote: delivery.qualityNote,
  };
}
