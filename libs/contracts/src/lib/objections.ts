import { Page } from './departments';

export const OBJECTION_CATEGORIES = [
  'critical_infrastructure',
  'privacy',
  'third_party_rights',
  'data_quality',
  'workload',
  'legal_basis',
  'political',
  'misuse',
  'commercial',
  'technical',
  'other',
] as const;
export type ObjectionCategory = (typeof OBJECTION_CATEGORIES)[number];

/**
 * `open`: raised, not answered; `answered`: the team has replied, the department has not decided;
 * the three outcomes settle it.
 */
export const OBJECTION_STATUSES = [
  'open',
  'answered',
  'resolved_publishable',
  'resolved_partially',
  'upheld',
] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** Statuses with no outcome yet: they hold a dataset in clarification. */
export const UNRESOLVED_OBJECTION_STATUSES: readonly ObjectionStatus[] = ['open', 'answered'];
export const OBJECTION_OUTCOMES: readonly ObjectionStatus[] = [
  'resolved_publishable',
  'resolved_partially',
  'upheld',
];

export interface ObjectionCommentDto {
  id: string;
  authorUserId: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface ObjectionDto {
  id: string;
  /** Null for a general objection of the department. */
  datasetId: string | null;
  datasetTitle: string | null;
  /**
   * The dataset's model dataset (Musterdatenkatalog), null for a general objection or an unlinked dataset:
   * the client asks `GET /model-datasets/:id/evidence` for who else publishes it.
   */
  modelDatasetId: string | null;
  departmentId: string;
  departmentName: string;
  raisedByContactId: string | null;
  raisedByName: string | null;
  category: ObjectionCategory;
  statement: string;
  /** The team's answer in its own words, beside the arguments from the library. */
  response: string | null;
  argumentIds: string[];
  status: ObjectionStatus;
  /** What was agreed: "publish aggregated to districts", "without the owner column", … */
  resolutionNote: string | null;
  resolvedAt: string | null;
  comments: ObjectionCommentDto[];
  createdAt: string;
  version: number;
}

export interface CreateObjectionRequest {
  /** One of the two: the dataset objected to, or the department for a general objection. */
  datasetId?: string | null;
  departmentId?: string | null;
  raisedByContactId?: string | null;
  category: ObjectionCategory;
  statement: string;
}

/** Answering and deciding: the status follows what is sent (an outcome needs `status`). */
export interface UpdateObjectionRequest {
  version: number;
  raisedByContactId?: string | null;
  category?: ObjectionCategory;
  statement?: string;
  response?: string | null;
  argumentIds?: string[];
  status?: ObjectionStatus;
  resolutionNote?: string | null;
}

export interface CreateObjectionCommentRequest {
  body: string;
}

export interface ObjectionQuery {
  /** A dataset id, or `none` for the department's general objections only. */
  datasetId?: string;
  departmentId?: string;
  category?: ObjectionCategory;
  /** Comma-separated statuses. */
  statuses?: string;
  limit?: number;
  offset?: number;
}

export type ObjectionPage = Page<ObjectionDto>;

/** A counter-argument of the library. */
export interface ArgumentDto {
  id: string;
  category: ObjectionCategory;
  title: string;
  /** The argument itself, in words the team can say in the meeting. */
  body: string;
  /** Cases where it worked ("Feuerwehr 2019: Sirenen …"). */
  examples: string | null;
  /** Sources: laws, guidelines, other cities. */
  evidence: string | null;
  /** A model dataset whose publishers back the argument up ("published by Bonn, Köln, …"). */
  modelDatasetId: string | null;
  modelDatasetName: string | null;
  /** How often the argument was used in answers. */
  usedCount: number;
  archivedAt: string | null;
  version: number;
}

export interface CreateArgumentRequest {
  category: ObjectionCategory;
  title: string;
  body: string;
  examples?: string | null;
  evidence?: string | null;
  modelDatasetId?: string | null;
}

export interface UpdateArgumentRequest extends Partial<CreateArgumentRequest> {
  version: number;
  archived?: boolean;
}

export interface ArgumentQuery {
  category?: ObjectionCategory;
  q?: string;
  includeArchived?: boolean;
}
