import { MailTemplateKey, OutboxMailDto, OutboxStatus } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

/**
 * The lastError the API writes while no SMTP server is configured ("not sent: no SMTP configured"). Matched
 * loosely, so that a reworded prefix still reads as "no SMTP" rather than as a server's refusal.
 */
const NO_SMTP = /no smtp configured/i;

export function waitsForSmtp(mail: Pick<OutboxMailDto, 'status' | 'lastError'>): boolean {
  return mail.status !== 'sent' && mail.status !== 'cancelled' && NO_SMTP.test(mail.lastError ?? '');
}

const STATUS_TEXTS = {
  pending: 'outbox.status.pending',
  sending: 'outbox.status.sending',
  sent: 'outbox.status.sent',
  failed: 'outbox.status.failed',
  cancelled: 'outbox.status.cancelled',
} as const satisfies Record<OutboxStatus, TranslationKey>;

/** The status in words; a mail held back for want of SMTP says so instead of "ausstehend". */
export function outboxStatusText(mail: Pick<OutboxMailDto, 'status' | 'lastError'>): TranslationKey {
  return waitsForSmtp(mail) ? 'outbox.status.noSmtp' : STATUS_TEXTS[mail.status];
}

/** The last error worth showing: the no-SMTP note is already the status. */
export function shownLastError(mail: Pick<OutboxMailDto, 'status' | 'lastError'>): string | null {
  return waitsForSmtp(mail) ? null : mail.lastError;
}

export function mailTemplateName(key: MailTemplateKey): TranslationKey {
  return `mail.template.${key}`;
}

export function canResend(mail: Pick<OutboxMailDto, 'status'>): boolean {
  return mail.status === 'failed' || mail.status === 'cancelled';
}

export function canCancel(mail: Pick<OutboxMailDto, 'status'>): boolean {
  return mail.status === 'pending';
}

/** Kilobytes, rounded up, so that a small attachment never reads "0 KB". */
export function kilobytes(size: number): number {
  return Math.max(1, Math.ceil(size / 1024));
}
