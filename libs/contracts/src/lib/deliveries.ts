import { DatasetStage } from './dataset-stages';

export const DELIVERY_METHODS = ['upload', 'email', 'file_share', 'api', 'export_from_system'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** `once`: a single date; the fixed rhythms; `rrule`: an RFC 5545 rule (the subset recurrence.ts reads). */
export const SCHEDULE_KINDS = ['once', 'weekly', 'monthly', 'quarterly', 'yearly', 'rrule'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export interface DeliverySchedule {
  kind: ScheduleKind;
  /** ISO date: the one-off date, or the first due date that anchors a recurrence. */
  startDate: string;
  /** Only for `rrule`, e.g. `FREQ=MONTHLY;BYMONTHDAY=-1` (last day of each month). */
  rrule?: string | null;
}

export interface DeliveryAgreementDto {
  id: string;
  datasetId: string;
  contactId: string | null;
  contactName: string | null;
  method: DeliveryMethod;
  format: string | null;
  schedule: DeliverySchedule;
  /** ISO date; null once a one-off delivery arrived or a recurrence ended. */
  nextDueAt: string | null;
  overdue: boolean;
  daysOverdue: number;
  note: string | null;
  version: number;
}

/** `GET /datasets/:id/agreement`: a dataset without an agreement answers `{ agreement: null }`, not 404. */
export interface DeliveryAgreementResponse {
  agreement: DeliveryAgreementDto | null;
}

export interface UpsertDeliveryAgreementRequest {
  contactId?: string | null;
  method: DeliveryMethod;
  format?: string | null;
  schedule: DeliverySchedule;
  note?: string | null;
  /** Required when changing an existing agreement. */
  version?: number;
}

export const QUALITY_CHECKS = ['passed', 'failed'] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

export interface DeliveryDto {
  id: string;
  datasetId: string;
  receivedAt: string;
  /** The due date this delivery fulfilled, if it was on an agreement. */
  dueAt: string | null;
  fileName: string | null;
  url: string | null;
  /** e.g. `sha256:…`, as the team noted it. */
  checksum: string | null;
  note: string | null;
  /** Null while the check is pending. */
  qualityCheck: QualityCheck | null;
  qualityNote: string | null;
  recordedByName: string | null;
  version: number;
}

export interface CreateDeliveryRequest {
  receivedAt: string;
  fileName?: string | null;
  url?: string | null;
  checksum?: string | null;
  note?: string | null;
  qualityCheck?: QualityCheck | null;
  /** Required when the check failed: what is wrong with the data. */
  qualityNote?: string | null;
}

/** Recording the quality check later. */
export interface UpdateDeliveryRequest {
  version: number;
  qualityCheck: QualityCheck;
  qualityNote?: string | null;
}

/** `GET /deliveries/due`: the "Lieferungen" screen, overdue first. */
export interface DueDeliveryRow {
  agreementId: string;
  datasetId: string;
  datasetTitle: string;
  datasetStage: DatasetStage;
  departmentId: string;
  departmentName: string;
  contactId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  method: DeliveryMethod;
  nextDueAt: string;
  /** 0 when due today or later. */
  daysOverdue: number;
}

export const DUE_DELIVERY_FILTERS = ['overdue', 'upcoming', 'all'] as const;
export type DueDeliveryFilter = (typeof DUE_DELIVERY_FILTERS)[number];

export interface DueDeliveryQuery {
  status?: DueDeliveryFilter;
  /** For `upcoming`: due within this many days (default 30). */
  withinDays?: number;
  /** A user id or `me`: datasets this team member owns. */
  owner?: string;
  limit?: number;
  offset?: number;
}

/** The signed-in user's calendar feed of due deliveries; the token is shown once, when it is made. */
export interface CalendarFeedDto {
  active: boolean;
  /** Only in the answer to creating a feed: the URL with the secret token. */
  url?: string;
  createdAt: string | null;
}
