import { DatasetStage } from './dataset-stages';
import { ObjectionCategory, ObjectionStatus } from './objections';

export const APPROVAL_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'changes_requested',
  'expired',
  'withdrawn',
] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** How a decision was made: in the app, or through the link in the mail. */
export const APPROVAL_DECIDED_VIA = ['app', 'email_link'] as const;
export type ApprovalDecidedVia = (typeof APPROVAL_DECIDED_VIA)[number];

export const APPROVAL_DECISIONS = ['approved', 'rejected', 'changes_requested'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface ApprovalRequestDto {
  id: string;
  datasetId: string;
  datasetTitle: string;
  departmentId: string;
  departmentName: string;
  requestedByUserId: string | null;
  requestedByName: string | null;
  /** The department's head as a contact (with or without a user account). */
  approverContactId: string | null;
  approverName: string | null;
  approverEmail: string | null;
  /** Set when the head has a user account. */
  approverUserId: string | null;
  status: ApprovalStatus;
  /** The team's note with the request. */
  message: string | null;
  /** The head's reason (rejected) or requested changes. */
  comment: string | null;
  expiresAt: string;
  decidedAt: string | null;
  decidedVia: ApprovalDecidedVia | null;
  decidedByName: string | null;
  createdAt: string;
  version: number;
}

/** `POST /datasets/:id/approval-requests`: only from `awaiting_approval`. */
export interface CreateApprovalRequest {
  /** Defaults to the contact flagged as head of the dataset's department. */
  approverContactId?: string | null;
  message?: string | null;
}

/** Deciding in the app or through the link; a comment is required for rejected and changes_requested. */
export interface DecideApprovalRequest {
  decision: ApprovalDecision;
  comment?: string | null;
}

export interface ApprovalQuery {
  status?: ApprovalStatus;
  datasetId?: string;
}

/** What the link page shows the head before the decision: the dataset, its licence and its objections. */
export interface ApprovalLinkView {
  /** `open` when the link can still decide; otherwise why not (the page explains it, never an error). */
  state: 'open' | 'used' | 'expired' | 'withdrawn' | 'invalid';
  request: {
    status: ApprovalStatus;
    expiresAt: string;
    requestedByName: string | null;
    approverName: string | null;
    message: string | null;
  } | null;
  dataset: {
    title: string;
    description: string | null;
    departmentName: string;
    stage: DatasetStage;
    licenseLabel: string | null;
    attributionText: string | null;
    formats: string[];
    accrualPeriodicity: string | null;
    containsPersonalData: boolean;
    objections: Array<{
      category: ObjectionCategory;
      statement: string;
      status: ObjectionStatus;
      resolutionNote: string | null;
    }>;
  } | null;
  municipalityName: string;
}
