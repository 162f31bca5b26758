import { Locale } from './roles';
import { Page } from './departments';

/** The mails Datenlotse sends; each has a shipped template in German and English. */
export const MAIL_TEMPLATE_KEYS = [
  'delivery_due_soon',
  'delivery_overdue',
  'task_due',
  'approval_request',
  'approval_decided',
  'approval_reminder',
  'interview_invitation',
  'interview_protocol',
] as const;
export type MailTemplateKey = (typeof MAIL_TEMPLATE_KEYS)[number];

/**
 * The variables each mail provides to its template (besides the layout's `city` and `appUrl`). A template
 * that uses any other variable is refused on save. Dotted names are objects (`dataset.title`).
 */
export const MAIL_TEMPLATE_VARIABLES: Readonly<Record<MailTemplateKey, readonly string[]>> = {
  delivery_due_soon: [
    'recipient.name',
    'dataset.title',
    'dataset.url',
    'department.name',
    'dueDate',
    'daysLeft',
    'method',
    'format',
  ],
  delivery_overdue: [
    'recipient.name',
    'dataset.title',
    'dataset.url',
    'department.name',
    'dueDate',
    'daysOverdue',
    'method',
    'format',
    'owner.name',
  ],
  task_due: ['recipient.name', 'task.title', 'task.url', 'task.notes', 'dueDate', 'overdue'],
  approval_request: [
    'recipient.name',
    'requester.name',
    'dataset.title',
    'dataset.description',
    'department.name',
    'approvalUrl',
    'expiresAt',
    'comment',
  ],
  approval_decided: [
    'recipient.name',
    'approver.name',
    'dataset.title',
    'dataset.url',
    'decision',
    'comment',
  ],
  approval_reminder: [
    'recipient.name',
    'requester.name',
    'dataset.title',
    'department.name',
    'approvalUrl',
    'expiresAt',
    'daysPending',
  ],
  interview_invitation: [
    'recipient.name',
    'department.name',
    'scheduledAt',
    'place',
    'interviewers',
    'agenda',
  ],
  interview_protocol: ['recipient.name', 'department.name', 'conductedAt', 'protocolUrl', 'summary'],
};

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface MailAttachmentDto {
  fileName: string;
  contentType: string;
  /** Bytes of the attachment (its content is only in the preview endpoint). */
  size: number;
}

export interface OutboxMailDto {
  id: string;
  templateKey: MailTemplateKey;
  locale: Locale;
  to: string[];
  cc: string[];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  /** The SMTP server's answer, or "not sent: no SMTP configured". */
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  /** What caused the mail: `dataset`, `task`, `approval_request`, … and its id. */
  entity: string | null;
  entityId: string | null;
  attachments: MailAttachmentDto[];
  createdAt: string;
  version: number;
}

/** `GET /outbox/:id/preview`: the rendered parts, for reading in the app. */
export interface OutboxMailPreview extends OutboxMailDto {
  html: string;
  text: string;
}

export interface OutboxQuery {
  status?: OutboxStatus;
  templateKey?: MailTemplateKey;
  limit?: number;
  offset?: number;
}

export type OutboxPage = Page<OutboxMailDto>;

export interface MailTemplateDto {
  key: MailTemplateKey;
  locale: Locale;
  subject: string;
  html: string;
  text: string;
  /** The variables the mail provides; the template may use these and no others. */
  variables: readonly string[];
  /** Whether an admin changed the shipped text. */
  customised: boolean;
  updatedAt: string;
  version: number;
}

export interface UpdateMailTemplateRequest {
  subject: string;
  html: string;
  text: string;
  version: number;
}

/** `POST /mail-templates/:key/:locale/preview`: renders a draft against sample data, without saving. */
export interface MailTemplatePreviewRequest {
  subject: string;
  html: string;
  text: string;
}

export interface MailTemplatePreview {
  subject: string;
  html: string;
  text: string;
}
