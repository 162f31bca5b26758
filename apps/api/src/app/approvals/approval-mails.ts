import { ApprovalDecision, approvalLinkPage, Locale } from '@datenlotse/contracts';
import type { OutboxMailRequest } from '../../mail/outbox.service';
import { berlinToday, mailDay } from '../../mail/reminders/reminder-support';

const DECISION_WORDS: Record<Locale, Record<ApprovalDecision, string>> = {
  de: { approved: 'freigegeben', rejected: 'abgelehnt', changes_requested: 'Änderungen erbeten' },
  en: { approved: 'approved', rejected: 'rejected', changes_requested: 'changes requested' },
};

export interface ApprovalRequestMail {
  municipalityId: string;
  requestId: string;
  publicUrl: string;
  token: string;
  locale: Locale;
  approver: { name: string | null; email: string };
  requesterName: string | null;
  dataset: { title: string; description: string | null };
  departmentName: string;
  expiresAt: Date;
  message: string | null;
}

/** The mail to the head with the link: the token is only ever here, never in the database. */
export function approvalRequestMail(mail: ApprovalRequestMail): OutboxMailRequest {
  return {
    municipalityId: mail.municipalityId,
    templateKey: 'approval_request',
    locale: mail.locale,
    to: [mail.approver.email],
    variables: {
      recipient: { name: mail.approver.name ?? '' },
      requester: { name: mail.requesterName ?? '' },
      dataset: { title: mail.dataset.title, description: mail.dataset.description ?? '' },
      department: { name: mail.departmentName },
      approvalUrl: `${mail.publicUrl}${approvalLinkPage(mail.token)}`,
      // The same wording of the day as the reminders use.
      expiresAt: mailDay(berlinToday(mail.expiresAt), mail.locale),
      comment: mail.message ?? '',
    },
    idempotencyKey: `approval_request:${mail.requestId}`,
    entity: 'approval_request',
    entityId: mail.requestId,
  };
}

export interface ApprovalDecidedMail {
  municipalityId: string;
  requestId: string;
  publicUrl: string;
  locale: Locale;
  requester: { name: string; email: string };
  approverName: string | null;
  dataset: { id: string; title: string };
  decision: ApprovalDecision;
  comment: string | null;
}

/** The requester learns the decision, in words of their language. */
export function approvalDecidedMail(mail: ApprovalDecidedMail): OutboxMailRequest {
  return {
    municipalityId: mail.municipalityId,
    templateKey: 'approval_decided',
    locale: mail.locale,
    to: [mail.requester.email],
    variables: {
      recipient: { name: mail.requester.name },
      approver: { name: mail.approverName ?? '' },
      dataset: { title: mail.dataset.title, url: `${mail.publicUrl}/datasets/${mail.dataset.id}` },
      decision: DECISION_WORDS[mail.locale][mail.decision],
      comment: mail.comment ?? '',
    },
    idempotencyKey: `approval_decided:${mail.requestId}`,
    entity: 'approval_request',
    entityId: mail.requestId,
  };
}
