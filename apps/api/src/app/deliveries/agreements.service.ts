import {
  DeliveryAgreementDto,
  DeliveryAgreementResponse,
  DatasetStage,
  DeliverySchedule,
  FIELD_ERROR_CODES,
  SessionUser,
  UpsertDeliveryAgreementRequest,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { SUBTREE_OF } from '../departments/department-scope';
import { DatasetTransitionsService } from '../datasets/dataset-transitions.service';
import { DatasetsService } from '../datasets/datasets.service';
import { DeliveriesClock } from './deliveries-clock';
import { UpsertDeliveryAgreementDto } from './deliveries.dto';
import { DeliveryAgreement } from './delivery-agreement.entity';
import {
  agreementAuditView,
  coveredUntil,
  loadAgreementDto,
  LockedDataset,
  lockAgreement,
  lockVisibleDataset,
  syncDatasetDue,
} from './delivery-records';
import { firstDueDate } from './due-dates';

/** One delivery agreement per dataset: who delivers what, how, and on which schedule. */
@Injectable()
export class DeliveryAgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly datasets: DatasetsService,
    private readonly transitions: DatasetTransitionsService,
    private readonly audit: AuditService,
    private readonly clock: DeliveriesClock,
  ) {}

  /** The dataset's agreement, or `{ agreement: null }` while it has none (404 only for the dataset itself). */
  async get(user: SessionUser, datasetId: string): Promise<DeliveryAgreementResponse> {
    await this.datasets.requireVisible(user, datasetId);
    return { agreement: await loadAgreementDto(this.dataSource.manager, datasetId, this.clock.today()) };
  }

  /**
   * Creates or changes the agreement. A new or rescheduled agreement gets its next due date from the schedule
   * (the start date while nothing has been delivered since), copied to the dataset; a new agreement on a dataset
   * in `agreed` moves it to `delivery_scheduled`.
   */
  async upsert(
    user: SessionUser,
    datasetId: string,
    input: UpsertDeliveryAgreementDto,
  ): Promise<DeliveryAgreementDto> {
    return this.dataSource.transaction(async (manager) => {
      const dataset = await lockVisibleDataset(manager, this.datasets, user, datasetId);
      return this.upsertLocked(manager, dataset, input, user.id);
    });
  }

  /**
   * The same in the caller's transaction, for any dataset of the municipality: a completed interview records
   * the agreement of its first dataset, and the same rules (due date, `agreed → delivery_scheduled`) apply.
   */
  async upsertInTransaction(
    manager: EntityManager,
    datasetId: string,
    input: UpsertDeliveryAgreementRequest,
    actorUserId: string | null,
  ): Promise<DeliveryAgreementDto> {
    const [row]: Array<{ id: string; department_id: string; stage: DatasetStage }> = await manager.query(
      `SELECT id, department_id, stage FROM dataset WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
      [datasetId, requestContext.municipalityId()],
    );
    if (!row) throw new NotFoundException(`No dataset ${datasetId}`);
    return this.upsertLocked(
      manager,
      { id: row.id, departmentId: row.department_id, stage: row.stage },
      input,
      actorUserId,
    );
  }

  private async upsertLocked(
    manager: EntityManager,
    dataset: LockedDataset,
    input: UpsertDeliveryAgreementRequest,
    actorUserId: string | null,
  ): Promise<DeliveryAgreementDto> {
    const today = this.clock.today();
    const datasetId = dataset.id;
    const current = await lockAgreement(manager, datasetId);
    // A missing version on an existing agreement is stale too: someone else created it meanwhile.
    if (current && current.version !== input.version) {
      throw staleWrite('delivery agreement', (await loadAgreementDto(manager, datasetId, today)) ?? {});
    }
    const contactId = input.contactId ?? null;
    if (contactId) await this.requireContact(manager, contactId, dataset.departmentId);
    const schedule: DeliverySchedule = {
      kind: input.schedule.kind,
      startDate: input.schedule.startDate,
      rrule: input.schedule.kind === 'rrule' ? (input.schedule.rrule?.trim() ?? null) : null,
    };
    const rescheduled =
      !current ||
      current.scheduleKind !== schedule.kind ||
      current.startDate !== schedule.startDate ||
      current.rrule !== schedule.rrule;
    const fields = {
      contactId,
      method: input.method,
      format: input.format?.trim() || null,
      scheduleKind: schedule.kind,
      startDate: schedule.startDate,
      rrule: schedule.rrule ?? null,
      note: input.note?.trim() || null,
      nextDueAt: rescheduled
        ? firstDueDate(schedule, await coveredUntil(manager, datasetId))
        : (current?.nextDueAt ?? null),
    };
    const saved = current
      ? await this.update(manager, current, fields)
      : await this.create(manager, datasetId, fields);
    await syncDatasetDue(manager, datasetId, saved.nextDueAt);
    await this.audit.record(manager, {
      action: current ? 'update' : 'create',
      entity: 'delivery_agreement',
      entityId: saved.id,
      before: current ? agreementAuditView(current) : null,
      after: agreementAuditView(saved),
    });
    if (!current && dataset.stage === 'agreed') {
      await this.transitions.moveInTransaction(manager, datasetId, 'delivery_scheduled', {
        via: 'delivery',
        onlyIfAllowed: true,
        actorUserId,
      });
    }
    const dto = await loadAgreementDto(manager, datasetId, today);
    if (!dto) throw new Error(`The agreement of dataset ${datasetId} vanished while it was saved`);
    return dto;
  }

  private async create(
    manager: EntityManager,
    datasetId: string,
    fields: Partial<DeliveryAgreement>,
  ): Promise<DeliveryAgreement> {
    const repository = manager.getRepository(DeliveryAgreement);
    try {
      return await repository.save(
        repository.create({ ...fields, datasetId, municipalityId: requestContext.municipalityId() }),
      );
    } catch (error) {
      // The dataset row is locked, so this only happens when a second server created it in the same instant.
      if ((error as { code?: string }).code === '23505') {
        throw new ConflictException('The dataset got an agreement meanwhile; reload and try again');
      }
      throw error;
    }
  }

  private async update(
    manager: EntityManager,
    current: DeliveryAgreement,
    fields: Partial<DeliveryAgreement>,
  ): Promise<DeliveryAgreement> {
    await manager
      .createQueryBuilder()
      .update(DeliveryAgreement)
      .set(fields)
      .where('id = :id', { id: current.id })
      .execute();
    return { ...current, ...fields } as DeliveryAgreement;
  }

  /** The contact must work in the dataset's department or a unit below it, and must not be erased. */
  private async requireContact(
    manager: EntityManager,
    contactId: string,
    departmentId: string,
  ): Promise<void> {
    const [row] = await manager.query(
      `SELECT 1 FROM contact
        WHERE id = $1 AND municipality_id = $2 AND erased_at IS NULL
          AND department_id IN (${SUBTREE_OF.replace(':rootId', '$3')})`,
      [contactId, requestContext.municipalityId(), departmentId],
    );
    if (!row) {
      throw fieldError(
        'contactId',
        FIELD_ERROR_CODES.unknownReference,
        'contactId must be a contact of the dataset’s department',
      );
    }
  }
}
