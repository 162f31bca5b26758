import { DatasetMove, DatasetRule, DatasetStage } from './dataset-stages';
import { DataTheme, DcatCompleteness, Frequency, License } from './dcat';
import { Page, SortOrder } from './departments';

export const DATASET_CLASSIFICATIONS = ['public', 'internal', 'restricted'] as const;
export type DatasetClassification = (typeof DATASET_CLASSIFICATIONS)[number];

/** The editable fields of a dataset (everything but its stage, which only moves through transitions). */
export interface DatasetFields {
  title: string;
  description: string | null;
  departmentId: string;
  ownerUserId: string | null;
  /** Fachverfahren: the specialised IT system that holds the data. */
  sourceSystem: string | null;
  /** File formats, upper case: CSV, XLSX, GeoJSON, … */
  formats: string[];
  accrualPeriodicity: Frequency | null;
  license: License | null;
  /** The "Namensnennung" text, needed when the licence asks for attribution. */
  attributionText: string | null;
  containsPersonalData: boolean;
  classification: DatasetClassification;
  modelDatasetId: string | null;
  /** ISO date; a Wednesday (#openwednesday) by the team's custom, not enforced. */
  plannedPublicationDate: string | null;
  portalUrl: string | null;
  portalId: string | null;
  keywords: string[];
  themes: DataTheme[];
  contactPointName: string | null;
  contactPointEmail: string | null;
  /** ISO dates: the period the data covers. */
  temporalStart: string | null;
  temporalEnd: string | null;
  landingPage: string | null;
}

export interface DatasetDto extends DatasetFields {
  id: string;
  departmentName: string;
  ownerName: string | null;
  modelDatasetName: string | null;
  stage: DatasetStage;
  stageChangedAt: string;
  /** Derived from data requests and interview answers; 0 until those exist. */
  demandScore: number;
  publishedAt: string | null;
  /** The newest passed delivery of a published dataset. */
  lastUpdatedAt: string | null;
  completeness: DcatCompleteness;
  /** Objections with no outcome yet, and upheld ones: what holds the dataset in clarification. */
  unresolvedObjections: number;
  upheldObjections: number;
  approvalGranted: boolean;
  /** The moves the signed-in user could make now (empty for readers), each with the guards' answer. */
  moves: DatasetMove[];
  /** The delivery agreement's next due date, if there is one. */
  nextDueAt: string | null;
  overdue: boolean;
  createdAt: string;
  version: number;
}

export type CreateDatasetRequest = Pick<DatasetFields, 'title' | 'departmentId'> &
  Partial<Omit<DatasetFields, 'title' | 'departmentId'>>;

export interface UpdateDatasetRequest extends Partial<DatasetFields> {
  version: number;
}

export interface DatasetTransitionRequest {
  to: DatasetStage;
  reason?: string | null;
  /** Publishing may set the portal URL in the same step. */
  portalUrl?: string | null;
  /** The version the client saw; a move from a stale view gets 409. */
  version?: number;
}

/** The body of a refused move (409): the rule that forbids it, for the client's own wording. */
export interface DatasetTransitionRefusal {
  statusCode: 409;
  error: string;
  message: string;
  rule: DatasetRule;
}

/** One entry of the stage history. */
export interface DatasetTransitionDto {
  id: string;
  from: DatasetStage | null;
  to: DatasetStage;
  reason: string | null;
  actorName: string | null;
  /** What made the move: a person in the app, a recorded delivery, an approval decision, an interview. */
  via: DatasetTransitionVia;
  at: string;
}

export const DATASET_TRANSITION_VIAS = ['app', 'delivery', 'approval', 'interview', 'import'] as const;
export type DatasetTransitionVia = (typeof DATASET_TRANSITION_VIAS)[number];

export const DATASET_SORTS = [
  'title',
  'stage',
  'department',
  'owner',
  'updated',
  'due',
  'completeness',
] as const;
export type DatasetSort = (typeof DATASET_SORTS)[number];

/** Objection filter: datasets with unresolved objections, with none at all, or all resolved. */
export const DATASET_OBJECTION_FILTERS = ['unresolved', 'resolved', 'none'] as const;
export type DatasetObjectionFilter = (typeof DATASET_OBJECTION_FILTERS)[number];

/** `GET /datasets`: every filter the list offers; the web app keeps them in the URL. */
export interface DatasetQuery {
  q?: string;
  /** Comma-separated stages. */
  stages?: string;
  departmentId?: string;
  /** A Dezernat (or any unit): its whole subtree. */
  dezernatId?: string;
  /** A user id, `me` or `none`. */
  owner?: string;
  objections?: DatasetObjectionFilter;
  overdue?: boolean;
  /** A model dataset id, or `any` / `none`. */
  modelDataset?: string;
  sort?: DatasetSort;
  order?: SortOrder;
  limit?: number;
  offset?: number;
}

/** A list row: what the table and the board show without opening the dataset. */
export interface DatasetRowDto {
  id: string;
  title: string;
  stage: DatasetStage;
  stageChangedAt: string;
  departmentId: string;
  departmentName: string;
  ownerUserId: string | null;
  ownerName: string | null;
  modelDatasetName: string | null;
  completenessScore: number;
  /** The guards' facts, so that the board offers only legal moves (datasetMoves). */
  unresolvedObjections: number;
  upheldObjections: number;
  approvalGranted: boolean;
  portalUrl: string | null;
  nextDueAt: string | null;
  overdue: boolean;
  updatedAt: string;
  version: number;
}

export interface DatasetPage extends Page<DatasetRowDto> {
  /**
   * False when `total` is the database's estimate: counting a large result exactly would cost more than the
   * page itself, so the list says "ca." (absent: exact).
   */
  totalExact?: boolean;
}

/** `GET /datasets/board`: per stage the count and the first cards, with the same filters as the list. */
export interface DatasetBoardColumn {
  stage: DatasetStage;
  total: number;
  /** False when `total` is an estimate (a column of thousands); absent: exact. */
  totalExact?: boolean;
  cards: DatasetRowDto[];
}
