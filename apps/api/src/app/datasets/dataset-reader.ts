import {
  can,
  datasetMoves,
  DatasetDto,
  DatasetRowDto,
  dcatCompleteness,
  DcatMetadataFacts,
  PERMISSIONS,
  SessionUser,
} from '@datenlotse/contracts';
import { SelectQueryBuilder } from 'typeorm';
import { Dataset } from './dataset.entity';

/** Today in the city's time zone: a delivery due yesterday is overdue from midnight in Germany, not in UTC. */
export const TODAY = `(now() AT TIME ZONE 'Europe/Berlin')::date`;
export const OVERDUE = `(d.next_due_at IS NOT NULL AND d.next_due_at < ${TODAY})`;

/** The columns of a list row (alias `d`), with the names the row shows. */
export interface DatasetRowRaw {
  id: string;
  title: string;
  stage: DatasetRowDto['stage'];
  stage_changed_at: Date;
  department_id: string;
  department_name: string;
  owner_user_id: string | null;
  owner_name: string | null;
  model_dataset_name: string | null;
  completeness_score: number;
  unresolved_objections: number;
  upheld_objections: number;
  approval_granted: boolean;
  portal_url: string | null;
  next_due_at: string | null;
  overdue: boolean;
  updated_at: Date;
  version: number;
}

/** Every column of the dataset page. */
export interface DatasetRaw extends DatasetRowRaw {
  description: string | null;
  source_system: string | null;
  formats: string[];
  accrual_periodicity: DatasetDto['accrualPeriodicity'];
  license: DatasetDto['license'];
  attribution_text: string | null;
  contains_personal_data: boolean;
  classification: DatasetDto['classification'];
  model_dataset_id: string | null;
  demand_score: number;
  planned_publication_date: string | null;
  portal_id: string | null;
  published_at: Date | null;
  last_updated_at: Date | null;
  keywords: string[];
  themes: DatasetDto['themes'];
  contact_point_name: string | null;
  contact_point_email: string | null;
  temporal_start: string | null;
  temporal_end: string | null;
  landing_page: string | null;
  created_at: Date;
}

const ROW_COLUMNS = [
  'd.id AS id',
  'd.title AS title',
  'd.stage AS stage',
  'd.stage_changed_at AS stage_changed_at',
  'd.department_id AS department_id',
  'dep.name AS department_name',
  'd.owner_user_id AS owner_user_id',
  'u.name AS owner_name',
  'md.name AS model_dataset_name',
  'd.completeness_score AS completeness_score',
  'd.unresolved_objections AS unresolved_objections',
  'd.upheld_objections AS upheld_objections',
  'd.approval_granted AS approval_granted',
  'd.portal_url AS portal_url',
  'd.next_due_at::text AS next_due_at',
  'd.updated_at AS updated_at',
  'd.version AS version',
];

const DETAIL_COLUMNS = [
  'd.description AS description',
  'd.source_system AS source_system',
  'd.formats AS formats',
  'd.accrual_periodicity AS accrual_periodicity',
  'd.license AS license',
  'd.attribution_text AS attribution_text',
  'd.contains_personal_data AS contains_personal_data',
  'd.classification AS classification',
  'd.model_dataset_id AS model_dataset_id',
  'd.demand_score AS demand_score',
  'd.planned_publication_date::text AS planned_publication_date',
  'd.portal_id AS portal_id',
  'd.published_at AS published_at',
  'd.last_updated_at AS last_updated_at',
  'd.keywords AS keywords',
  'd.themes AS themes',
  'd.contact_point_name AS contact_point_name',
  'd.contact_point_email AS contact_point_email',
  'd.temporal_start::text AS temporal_start',
  'd.temporal_end::text AS temporal_end',
  'd.landing_page AS landing_page',
  'd.created_at AS created_at',
];

/** Joins the names a row shows and selects its columns (the query's dataset alias is `d`). */
export function withRowColumns(qb: SelectQueryBuilder<Dataset>, detail = false): SelectQueryBuilder<Dataset> {
  return qb
    .innerJoin('department', 'dep', 'dep.id = d.department_id')
    .leftJoin('app_user', 'u', 'u.id = d.owner_user_id')
    .leftJoin('model_dataset', 'md', 'md.id = d.model_dataset_id')
    .select(detail ? [...ROW_COLUMNS, ...DETAIL_COLUMNS] : ROW_COLUMNS)
    .addSelect(OVERDUE, 'overdue');
}

export function toRowDto(row: DatasetRowRaw): DatasetRowDto {
  return {
    id: row.id,
    title: row.title,
    stage: row.stage,
    stageChangedAt: new Date(row.stage_changed_at).toISOString(),
    departmentId: row.department_id,
    departmentName: row.department_name,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    modelDatasetName: row.model_dataset_name,
    completenessScore: row.completeness_score,
    unresolvedObjections: row.unresolved_objections,
    upheldObjections: row.upheld_objections,
    approvalGranted: row.approval_granted,
    portalUrl: row.portal_url,
    nextDueAt: row.next_due_at,
    overdue: row.overdue,
    updatedAt: new Date(row.updated_at).toISOString(),
    version: row.version,
  };
}

/** The metadata facts of the completeness score; the spatial entity is the municipality, always known. */
export function completenessFacts(
  dataset: Pick<
    Dataset,
    | 'title'
    | 'description'
    | 'license'
    | 'attributionText'
    | 'keywords'
    | 'themes'
    | 'contactPointEmail'
    | 'accrualPeriodicity'
    | 'temporalStart'
    | 'landingPage'
    | 'modelDatasetId'
  >,
  departmentName: string | null,
): DcatMetadataFacts {
  return {
    title: dataset.title,
    description: dataset.description,
    publisher: departmentName,
    license: dataset.license,
    attributionText: dataset.attributionText,
    keywords: dataset.keywords,
    themes: dataset.themes,
    contactPointEmail: dataset.contactPointEmail,
    accrualPeriodicity: dataset.accrualPeriodicity,
    spatial: 'municipality',
    temporalStart: dataset.temporalStart,
    landingPage: dataset.landingPage,
    modelDatasetId: dataset.modelDatasetId,
  };
}

export function toDatasetDto(row: DatasetRaw, user: SessionUser): DatasetDto {
  const base = toRowDto(row);
  const facts = {
    unresolvedObjections: row.unresolved_objections,
    upheldObjections: row.upheld_objections,
    approvalGranted: row.approval_granted,
    portalUrl: row.portal_url,
  };
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    departmentId: row.department_id,
    ownerUserId: row.owner_user_id,
    sourceSystem: row.source_system,
    formats: row.formats,
    accrualPeriodicity: row.accrual_periodicity,
    license: row.license,
    attributionText: row.attribution_text,
    containsPersonalData: row.contains_personal_data,
    classification: row.classification,
    modelDatasetId: row.model_dataset_id,
    plannedPublicationDate: row.planned_publication_date,
    portalUrl: row.portal_url,
    portalId: row.portal_id,
    keywords: row.keywords,
    themes: row.themes,
    contactPointName: row.contact_point_name,
    contactPointEmail: row.contact_point_email,
    temporalStart: row.temporal_start,
    temporalEnd: row.temporal_end,
    landingPage: row.landing_page,
    departmentName: row.department_name,
    ownerName: row.owner_name,
    modelDatasetName: row.model_dataset_name,
    stage: row.stage,
    stageChangedAt: base.stageChangedAt,
    demandScore: row.demand_score,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    lastUpdatedAt: row.last_updated_at ? new Date(row.last_updated_at).toISOString() : null,
    completeness: dcatCompleteness(
      completenessFacts(
        {
          title: row.title,
          description: row.description,
          license: row.license,
          attributionText: row.attribution_text,
          keywords: row.keywords,
          themes: row.themes,
          contactPointEmail: row.contact_point_email,
          accrualPeriodicity: row.accrual_periodicity,
          temporalStart: row.temporal_start,
          landingPage: row.landing_page,
          modelDatasetId: row.model_dataset_id,
        },
        row.department_name,
      ),
    ),
    unresolvedObjections: row.unresolved_objections,
    upheldObjections: row.upheld_objections,
    approvalGranted: row.approval_granted,
    moves: can(user.role, PERMISSIONS.datasetsWrite) ? datasetMoves(row.stage, facts) : [],
    nextDueAt: row.next_due_at,
    overdue: row.overdue,
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
  };
}
