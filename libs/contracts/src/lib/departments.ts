export const DEPARTMENT_KINDS = [
  'dezernat',
  'amt',
  'abteilung',
  'eigenbetrieb',
  'institut',
  'external',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/**
 * How far the team has come with a department (DESIGN.md 3.1), in order. `paused` stands outside the order:
 * it is only ever set by hand.
 */
export const ENGAGEMENT_STAGES = [
  'not_contacted',
  'contacted',
  'interview_scheduled',
  'interviewed',
  'agreement',
  'delivering',
  'publishing',
  'paused',
] as const;
export type EngagementStage = (typeof ENGAGEMENT_STAGES)[number];

/** A manual stage that overrides the derived one; it always carries a reason. */
export interface StageOverride {
  stage: EngagementStage;
  reason: string;
  at: string;
  byUserId: string | null;
}

export interface DepartmentDto {
  id: string;
  name: string;
  shortName: string | null;
  kind: DepartmentKind;
  parentId: string | null;
  website: string | null;
  notes: string | null;
  /** The team member responsible for the relationship. */
  ownerUserId: string | null;
  tags: string[];
  /** The stage that counts: the override if there is one, else the derived stage. */
  engagementStage: EngagementStage;
  /** What the records say (interactions, later interviews, datasets, deliveries). */
  derivedStage: EngagementStage;
  stageOverride: StageOverride | null;
  /** The newest interaction with this unit. */
  lastContactAt: string | null;
  archivedAt: string | null;
  version: number;
}

export interface CreateDepartmentRequest {
  name: string;
  shortName?: string | null;
  kind: DepartmentKind;
  /** The unit above it in the tree (a Dezernat above an Amt); none for a top-level unit. */
  parentId?: string | null;
  website?: string | null;
  notes?: string | null;
  ownerUserId?: string | null;
  tags?: string[];
}

export interface UpdateDepartmentRequest extends Partial<CreateDepartmentRequest> {
  /** The version the client last saw; a stale version answers 409. */
  version: number;
}

/** Sets or clears (stage null) the manual engagement stage; setting one needs a reason. */
export interface SetEngagementStageRequest {
  version: number;
  stage: EngagementStage | null;
  reason?: string;
}

export const DEPARTMENT_TABLE_SORTS = ['name', 'stage', 'owner', 'dezernat', 'lastContactAt'] as const;
export type DepartmentTableSort = (typeof DEPARTMENT_TABLE_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** Filters of the department table; the same query string drives the CSV/XLSX export of the view. */
export interface DepartmentTableQuery {
  /** Words in the name or short name. */
  q?: string;
  stage?: EngagementStage;
  /** A user id, or `none` for units without an owner. */
  owner?: string;
  /** Units in this Dezernat's subtree. */
  dezernatId?: string;
  tag?: string;
  kind?: DepartmentKind;
  /** Units with no contact for at least this many days (or never contacted). */
  noContactDays?: number;
  includeArchived?: boolean;
  sort?: DepartmentTableSort;
  order?: SortOrder;
  limit?: number;
  offset?: number;
}

export interface DepartmentRowDto {
  id: string;
  name: string;
  shortName: string | null;
  kind: DepartmentKind;
  parentId: string | null;
  dezernatId: string | null;
  dezernatName: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  tags: string[];
  engagementStage: EngagementStage;
  stageOverridden: boolean;
  lastContactAt: string | null;
  contactCount: number;
  openTaskCount: number;
  archivedAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** A page of a list that is read newest first and continued with `cursor` = the previous `nextCursor`. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}
