import {
  CreateDatasetRequest,
  DatasetDto,
  DatasetTransitionRequest,
  DatasetTransitionVia,
  dcatCompleteness,
  FIELD_ERROR_CODES,
  SessionUser,
  UpdateDatasetRequest,
} from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { checkDatasetRecord, DatasetInput, normaliseDatasetFields } from './dataset-fields';
import { completenessFacts, DatasetRaw, toDatasetDto, withRowColumns } from './dataset-reader';
import { DatasetTransition } from './dataset-transition.entity';
import { DatasetTransitionsService } from './dataset-transitions.service';
import { Dataset } from './dataset.entity';

/** The fields of a dataset as the audit log records them. */
function auditView(dataset: Dataset) {
  return {
    title: dataset.title,
    description: dataset.description,
    departmentId: dataset.departmentId,
    ownerUserId: dataset.ownerUserId,
    sourceSystem: dataset.sourceSystem,
    formats: dataset.formats,
    accrualPeriodicity: dataset.accrualPeriodicity,
    license: dataset.license,
    attributionText: dataset.attributionText,
    containsPersonalData: dataset.containsPersonalData,
    classification: dataset.classification,
    modelDatasetId: dataset.modelDatasetId,
    plannedPublicationDate: dataset.plannedPublicationDate,
    portalUrl: dataset.portalUrl,
    portalId: dataset.portalId,
    keywords: dataset.keywords,
    themes: dataset.themes,
    contactPointName: dataset.contactPointName,
    contactPointEmail: dataset.contactPointEmail,
    temporalStart: dataset.temporalStart,
    temporalEnd: dataset.temporalEnd,
    landingPage: dataset.landingPage,
    stage: dataset.stage,
  };
}

/** Creating, reading and editing datasets; their stage moves only through DatasetTransitionsService. */
@Injectable()
export class DatasetsService {
  private readonly datasets: ScopedRepository<Dataset>;

  constructor(
    @InjectRepository(Dataset) datasets: Repository<Dataset>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly transitions: DatasetTransitionsService,
  ) {
    this.datasets = new ScopedRepository(datasets);
  }

  /** Datasets in the municipality; for a department head only those of their departments. */
  visible(user: SessionUser, manager?: EntityManager): SelectQueryBuilder<Dataset> {
    const datasets = manager ? this.datasets.with(manager) : this.datasets;
    return onlyVisibleDepartments(datasets.query('d'), user, 'd.department_id');
  }

  /** One dataset; 404 for unknown ids and for a department head outside their departments. */
  async get(user: SessionUser, id: string, manager?: EntityManager): Promise<DatasetDto> {
    const row = await withRowColumns(
      this.visible(user, manager).andWhere('d.id = :id', { id }),
      true,
    ).getRawOne<DatasetRaw>();
    if (!row) throw new NotFoundException(`No dataset ${id}`);
    return toDatasetDto(row, user);
  }

  /** Only checks that the user may see the dataset (404 otherwise), for the endpoints below a dataset. */
  async requireVisible(user: SessionUser, id: string): Promise<void> {
    const found = await this.visible(user).andWhere('d.id = :id', { id }).select('d.id').getRawOne();
    if (!found) throw new NotFoundException(`No dataset ${id}`);
  }

  async create(user: SessionUser, request: CreateDatasetRequest): Promise<DatasetDto> {
    return this.dataSource.transaction(async (manager) => {
      const dataset = await this.createInTransaction(manager, user.id, request, 'app');
      return this.get(user, dataset.id, manager);
    });
  }

  /**
   * Creates a dataset in the caller's transaction: checks the fields and that department, owner and model
   * dataset exist, stores the completeness score, and writes the first history entry (into `identified`)
   * and the audit event. Other modules (the gap list, interviews) create their candidates through this.
   */
  async createInTransaction(
    manager: EntityManager,
    actorUserId: string | null,
    request: CreateDatasetRequest,
    via: DatasetTransitionVia = 'app',
  ): Promise<Dataset> {
    const fields = normaliseDatasetFields(request as DatasetInput);
    if (fields.departmentId === undefined) {
      throw fieldError('departmentId', FIELD_ERROR_CODES.unknownReference, 'departmentId is required');
    }
    const departmentName = await this.requireReferences(manager, fields);
    const repository = manager.getRepository(Dataset);
    const draft = repository.create({
      description: null,
      ownerUserId: null,
      sourceSystem: null,
      formats: [],
      accrualPeriodicity: null,
      license: null,
      attributionText: null,
      containsPersonalData: false,
      classification: 'public',
      modelDatasetId: null,
      plannedPublicationDate: null,
      portalUrl: null,
      portalId: null,
      keywords: [],
      themes: [],
      contactPointName: null,
      contactPointEmail: null,
      temporalStart: null,
      temporalEnd: null,
      landingPage: null,
      ...fields,
      municipalityId: requestContext.municipalityId(),
      stage: 'identified',
      createdByUserId: actorUserId,
    });
    checkDatasetRecord(draft);
    draft.completenessScore = dcatCompleteness(completenessFacts(draft, departmentName)).score;
    const saved = await repository.save(draft);
    await manager.getRepository(DatasetTransition).insert({
      municipalityId: saved.municipalityId,
      datasetId: saved.id,
      fromStage: null,
      toStage: 'identified',
      reason: null,
      actorUserId,
      via,
      at: saved.createdAt,
    });
    await this.audit.record(manager, {
      action: 'create',
      entity: 'dataset',
      entityId: saved.id,
      actorUserId,
      after: auditView(saved),
    });
    return saved;
  }

  /** Moves the dataset as the user asked (409 naming the rule when refused) and answers it as it is now. */
  async transition(user: SessionUser, id: string, request: DatasetTransitionRequest): Promise<DatasetDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.transitions.moveInTransaction(manager, id, request.to, {
        via: 'app',
        actorUserId: user.id,
        reason: request.reason ?? null,
        portalUrl: request.portalUrl ?? null,
        expectedVersion: request.version,
      });
      return this.get(user, id, manager);
    });
  }

  /** Edits the fields (never the stage); a stale version answers 409 with the dataset as it is now. */
  async update(user: SessionUser, id: string, request: UpdateDatasetRequest): Promise<DatasetDto> {
    return this.dataSource.transaction(async (manager) => {
      const { version, ...changes } = request;
      const fields = normaliseDatasetFields(changes);
      const current = await this.datasets.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No dataset ${id}`);
      if (current.version !== version) throw staleWrite('dataset', await this.get(user, id, manager));
      const departmentName = await this.requireReferences(manager, fields, current);
      const next = { ...current, ...fields };
      checkDatasetRecord(next);
      const completenessScore = dcatCompleteness(completenessFacts(next, departmentName)).score;
      const result = await manager
        .createQueryBuilder()
        .update(Dataset)
        .set({ ...fields, completenessScore })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleWrite('dataset', await this.get(user, id, manager));
      if (fields.departmentId && fields.departmentId !== current.departmentId) {
        // Objections are scoped by department for department heads: they move with their dataset.
        await manager.query('UPDATE objection SET department_id = $2 WHERE dataset_id = $1', [
          id,
          fields.departmentId,
        ]);
      }
      await this.audit.record(manager, {
        action: 'update',
        entity: 'dataset',
        entityId: id,
        before: auditView(current),
        after: auditView(next as Dataset),
      });
      return this.get(user, id, manager);
    });
  }

  /**
   * 400 naming the field when the department, owner or model dataset does not exist (or the department is
   * archived). Returns the name of the department the dataset will belong to: its publisher.
   */
  private async requireReferences(
    manager: EntityManager,
    fields: DatasetInput,
    current?: Dataset,
  ): Promise<string> {
    const municipalityId = requestContext.municipalityId();
    const departmentId = fields.departmentId ?? current?.departmentId;
    const [department] = await manager.query(
      `SELECT name, archived_at FROM department WHERE id = $1 AND municipality_id = $2`,
      [departmentId, municipalityId],
    );
    const departmentChanged =
      fields.departmentId !== undefined && fields.departmentId !== current?.departmentId;
    if (!department || (departmentChanged && department.archived_at)) {
      throw fieldError('departmentId', FIELD_ERROR_CODES.unknownReference, 'unknown or archived department');
    }
    if (fields.ownerUserId && fields.ownerUserId !== current?.ownerUserId) {
      const [owner] = await manager.query(
        `SELECT 1 FROM app_user WHERE id = $1 AND municipality_id = $2 AND active AND role IN ('team', 'admin')`,
        [fields.ownerUserId, municipalityId],
      );
      if (!owner) {
        throw fieldError(
          'ownerUserId',
          FIELD_ERROR_CODES.unknownReference,
          'unknown or inactive team member',
        );
      }
    }
    if (fields.modelDatasetId && fields.modelDatasetId !== current?.modelDatasetId) {
      const [model] = await manager.query(`SELECT 1 FROM model_dataset WHERE id = $1`, [
        fields.modelDatasetId,
      ]);
      if (!model)
        throw fieldError('modelDatasetId', FIELD_ERROR_CODES.unknownReference, 'unknown model dataset');
    }
    return department.name as string;
  }
}
