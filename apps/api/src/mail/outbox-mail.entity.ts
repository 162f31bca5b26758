import {
  LOCALES,
  Locale,
  MAIL_TEMPLATE_KEYS,
  MailTemplateKey,
  OUTBOX_STATUSES,
  OutboxStatus,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index } from 'typeorm';
import { sqlList } from '../common/sql';
import { MunicipalityOwnedEntity } from '../app/municipalities/municipality-owned.entity';

/** A file sent with a mail (the interview invitation's ICS). */
export interface OutboxAttachment {
  fileName: string;
  contentType: string;
  /** The content, base64. */
  content: string;
}

/**
 * A mail, written in the same transaction as the change that causes it and sent by the worker: rendered
 * once, so that the outbox shows exactly what went out.
 */
@Entity('outbox_mail')
@Check('outbox_mail_status_check', `status IN (${sqlList(OUTBOX_STATUSES)})`)
@Check('outbox_mail_template_check', `template_key IN (${sqlList(MAIL_TEMPLATE_KEYS)})`)
@Check('outbox_mail_locale_check', `locale IN (${sqlList(LOCALES)})`)
// The worker's queue: pending mails whose time has come, oldest first.
@Index('outbox_mail_due_idx', ['status', 'nextAttemptAt'])
@Index('outbox_mail_list_idx', ['municipalityId', 'createdAt'])
@Index('outbox_mail_entity_idx', ['entity', 'entityId'])
export class OutboxMail extends MunicipalityOwnedEntity {
  @Column({ name: 'template_key', type: 'text' })
  templateKey!: MailTemplateKey;

  @Column({ type: 'text' })
  locale!: Locale;

  @Column({ name: 'to_addresses', type: 'text', array: true })
  to!: string[];

  @Column({ name: 'cc_addresses', type: 'text', array: true, default: () => "'{}'" })
  cc!: string[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ name: 'text_body', type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: OutboxAttachment[];

  @Column({ type: 'text', default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt!: Date | null;

  /** When a worker claimed it; a claim older than a few minutes is taken to be a crashed worker's. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** One logical mail, one row: a second enqueue with the same key is ignored (reminders, retries of jobs). */
  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey!: string;

  @Column({ type: 'text', nullable: true })
  entity!: string | null;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId!: string | null;
}
