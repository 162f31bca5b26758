import {
  DATASET_CLASSIFICATIONS,
  DATASET_STAGES,
  DatasetClassification,
  DatasetStage,
  DataTheme,
  Frequency,
  FREQUENCIES,
  License,
  LICENSE_KEYS,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { searchVector, sqlList } from '../../common/sql';
import { Department } from '../departments/department.entity';
import { ModelDataset } from '../model-datasets/model-dataset.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

const DATASET_TEXT = `coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source_system, '')`;

/** The pipeline record (DESIGN.md 2, "Datensatz"): a dataset on its way from "identified" to the portal. */
@Entity('dataset')
@Check('dataset_stage_check', `stage IN (${sqlList(DATASET_STAGES)})`)
@Check('dataset_classification_check', `classification IN (${sqlList(DATASET_CLASSIFICATIONS)})`)
@Check('dataset_license_check', `license IS NULL OR license IN (${sqlList(LICENSE_KEYS)})`)
@Check(
  'dataset_periodicity_check',
  `accrual_periodicity IS NULL OR accrual_periodicity IN (${sqlList(FREQUENCIES)})`,
)
// The list's default order (newest change first) and its commonest filters, each a page of 50 without a sort.
@Index('dataset_updated_idx', ['municipalityId', 'updatedAt', 'id'])
@Index('dataset_stage_idx', ['municipalityId', 'stage', 'updatedAt'])
@Index('dataset_department_idx', ['departmentId', 'stage'])
// The gap list counts the city's datasets per model dataset and stage from this index alone.
@Index('dataset_model_idx', ['municipalityId', 'modelDatasetId', 'stage', 'updatedAt'])
@Index('dataset_title_idx', ['municipalityId', 'title', 'id'])
// Per-stage counts of one owner's datasets (the board filtered to "meine") from the index alone.
@Index('dataset_owner_idx', ['municipalityId', 'ownerUserId', 'stage', 'updatedAt'])
@Index('dataset_due_idx', ['municipalityId', 'nextDueAt'], { where: 'next_due_at IS NOT NULL' })
export class Dataset extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: User;

  @Column({ name: 'source_system', type: 'text', nullable: true })
  sourceSystem!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats!: string[];

  @Column({ name: 'accrual_periodicity', type: 'text', nullable: true })
  accrualPeriodicity!: Frequency | null;

  @Column({ type: 'text', nullable: true })
  license!: License | null;

  @Column({ name: 'attribution_text', type: 'text', nullable: true })
  attributionText!: string | null;

  @Column({ name: 'contains_personal_data', type: 'boolean', default: false })
  containsPersonalData!: boolean;

  @Column({ type: 'text', default: 'public' })
  classification!: DatasetClassification;

  @Column({ name: 'model_dataset_id', type: 'uuid', nullable: true })
  modelDatasetId!: string | null;

  @ManyToOne(() => ModelDataset, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'model_dataset_id' })
  modelDataset?: ModelDataset;

  @Column({ name: 'demand_score', type: 'int', default: 0 })
  demandScore!: number;

  @Column({ type: 'text', default: 'identified' })
  stage!: DatasetStage;

  @Column({ name: 'stage_changed_at', type: 'timestamptz', default: () => 'now()' })
  stageChangedAt!: Date;

  @Column({ name: 'planned_publication_date', type: 'date', nullable: true })
  plannedPublicationDate!: string | null;

  @Column({ name: 'portal_url', type: 'text', nullable: true })
  portalUrl!: string | null;

  @Column({ name: 'portal_id', type: 'text', nullable: true })
  portalId!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'last_updated_at', type: 'timestamptz', nullable: true })
  lastUpdatedAt!: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes!: DataTheme[];

  @Column({ name: 'contact_point_name', type: 'text', nullable: true })
  contactPointName!: string | null;

  @Column({ name: 'contact_point_email', type: 'text', nullable: true })
  contactPointEmail!: string | null;

  @Column({ name: 'temporal_start', type: 'date', nullable: true })
  temporalStart!: string | null;

  @Column({ name: 'temporal_end', type: 'date', nullable: true })
  temporalEnd!: string | null;

  @Column({ name: 'landing_page', type: 'text', nullable: true })
  landingPage!: string | null;

  /** dcatCompleteness().score, kept on write so that the list can show and sort by it. */
  @Column({ name: 'completeness_score', type: 'int', default: 0 })
  completenessScore!: number;

  /** Objections with no outcome yet; kept by the objections service in the same transaction. */
  @Column({ name: 'unresolved_objections', type: 'int', default: 0 })
  unresolvedObjections!: number;

  @Column({ name: 'upheld_objections', type: 'int', default: 0 })
  upheldObjections!: number;

  /** An approved approval request of the department's head; kept by the approvals (mail issue). */
  @Column({ name: 'approval_granted', type: 'boolean', default: false })
  approvalGranted!: boolean;

  /** The delivery agreement's next due date, copied here so the list filters and sorts by it. */
  @Column({ name: 'next_due_at', type: 'date', nullable: true })
  nextDueAt!: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  // A GIN index, written by hand in the migration: TypeORM cannot declare one.
  @Index('dataset_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: searchVector(DATASET_TEXT),
  })
  search?: string;
}
