import {
  ApprovalDecidedVia,
  ApprovalDecision,
  ApprovalRequestDto,
  ApprovalStatus,
} from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';

/** Translation keys for the approval enums (the compiler checks that every value has a text). */
export function approvalStatusLabel(status: ApprovalStatus): TranslationKey {
  return `approvals.status.${status}`;
}

export function approvalViaLabel(via: ApprovalDecidedVia): TranslationKey {
  return `approvals.via.${via}`;
}

export function decisionLabel(decision: ApprovalDecision): TranslationKey {
  return `approvals.decision.${decision}`;
}

/** Rejecting and asking for changes must say why; approving may. */
export function decisionNeedsComment(decision: ApprovalDecision): boolean {
  return decision !== 'approved';
}

/** "Freigegeben von Dr. Weber am 03.03.2026 über den E-Mail-Link" (or "Abgelaufen am …" without a person). */
export function decidedLine(request: ApprovalRequestDto, i18n: I18nService): string {
  const status = i18n.t(approvalStatusLabel(request.status));
  const date = i18n.formatDate(request.decidedAt ?? request.expiresAt);
  if (!request.decidedByName) return i18n.t('approvals.decided.lineNoName', { status, date });
  return i18n
    .t('approvals.decided.line', {
      status,
      name: request.decidedByName,
      date,
      via: request.decidedVia ? i18n.t(approvalViaLabel(request.decidedVia)) : '',
    })
    .trim();
}
