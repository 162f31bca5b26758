import { Locale, MailTemplateKey } from '@datenlotse/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.provider';
import { MailTemplateParts, normaliseAddress, renderMail } from './mail-renderer';
import { OutboxAttachment } from './outbox-mail.entity';
import { shippedTemplate } from './shipped-templates';

export type { OutboxAttachment } from './outbox-mail.entity';

/** One mail to send: which template, to whom, with what; rendered and written by the outbox. */
export interface OutboxMailRequest {
  municipalityId: string;
  templateKey: MailTemplateKey;
  /** The recipient's language where known (the caller knows the user or contact). */
  locale: Locale;
  to: string[];
  cc?: string[];
  /** The template's variables (MAIL_TEMPLATE_VARIABLES); the layout adds `city` and `appUrl`. */
  variables: Record<string, unknown>;
  /** One logical mail, one row: e.g. `delivery_due_soon:<deliveryId>:<dueDate>`. */
  idempotencyKey: string;
  entity?: string;
  entityId?: string;
  attachments?: OutboxAttachment[];
}

/** Rows per INSERT in enqueueMany: one jsonb parameter each, so the statement size stays moderate. */
const BATCH = 500;

/**
 * The enqueue side of the outbox: renders a mail with the municipality's template and writes it in the
 * caller's transaction, so the mail exists exactly when the change that causes it commits. The worker sends.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Writes one mail; its id, or null when a mail with this idempotency key exists already (or when no
   * recipient address is usable, which is logged: a bad address must not undo the caller's change).
   */
  async enqueue(manager: EntityManager, mail: OutboxMailRequest): Promise<string | null> {
    const rows = await this.render(manager, [mail]);
    if (rows.length === 0) return null;
    const inserted: { id: string }[] = await manager.query(`${INSERT} RETURNING id`, [JSON.stringify(rows)]);
    return inserted[0]?.id ?? null;
  }

  /** Writes many mails set-based (the reminder jobs); returns how many were new. */
  async enqueueMany(manager: EntityManager, mails: OutboxMailRequest[]): Promise<number> {
    let count = 0;
    for (let start = 0; start < mails.length; start += BATCH) {
      const rows = await this.render(manager, mails.slice(start, start + BATCH));
      if (rows.length === 0) continue;
      const inserted: { id: string }[] = await manager.query(`${INSERT} RETURNING id`, [
        JSON.stringify(rows),
      ]);
      count += inserted.length;
    }
    return count;
  }

  private async render(manager: EntityManager, mails: OutboxMailRequest[]): Promise<OutboxRow[]> {
    const municipalityIds = [...new Set(mails.map((m) => m.municipalityId))];
    const [templates, cities] = await Promise.all([
      loadTemplates(manager, municipalityIds, [...new Set(mails.map((m) => m.templateKey))]),
      loadCities(manager, municipalityIds),
    ]);
    const rows: OutboxRow[] = [];
    const seen = new Set<string>();
    for (const mail of mails) {
      // Two requests with one key in the same batch: the first wins, as ON CONFLICT does across batches.
      if (seen.has(mail.idempotencyKey)) continue;
      seen.add(mail.idempotencyKey);
      const to = addresses(mail.to);
      const cc = addresses(mail.cc ?? []).filter((a) => !to.includes(a));
      if (to.length === 0) {
        this.logger.warn(`Mail ${mail.idempotencyKey} not queued: no usable recipient address`);
        continue;
      }
      const template =
        templates.get(`${mail.municipalityId}:${mail.templateKey}:${mail.locale}`) ??
        shippedTemplate(mail.templateKey, mail.locale);
      const rendered = renderMail(template, mail.variables, {
        city: cities.get(mail.municipalityId) ?? '',
        appUrl: this.config.publicUrl,
        locale: mail.locale,
      });
      rows.push({
        municipality_id: mail.municipalityId,
        template_key: mail.templateKey,
        locale: mail.locale,
        to_addresses: to,
        cc_addresses: cc,
        subject: rendered.subject,
        html: rendered.html,
        text_body: rendered.text,
        attachments: mail.attachments ?? [],
        idempotency_key: mail.idempotencyKey,
        entity: mail.entity ?? null,
        entity_id: mail.entityId ?? null,
      });
    }
    return rows;
  }
}

interface OutboxRow {
  municipality_id: string;
  template_key: MailTemplateKey;
  locale: Locale;
  to_addresses: string[];
  cc_addresses: string[];
  subject: string;
  html: string;
  text_body: string;
  attachments: OutboxAttachment[];
  idempotency_key: string;
  entity: string | null;
  entity_id: string | null;
}

// One statement for any number of rows: the rows travel as one jsonb array.
const INSERT = `
  INSERT INTO outbox_mail (municipality_id, template_key, locale, to_addresses, cc_addresses, subject, html,
    text_body, attachments, idempotency_key, entity, entity_id, version)
  SELECT r.municipality_id, r.template_key, r.locale,
    ARRAY(SELECT jsonb_array_elements_text(r.to_addresses)), ARRAY(SELECT jsonb_array_elements_text(r.cc_addresses)),
    r.subject, r.html, r.text_body, r.attachments, r.idempotency_key, r.entity, r.entity_id, 1
  FROM jsonb_to_recordset($1::jsonb) AS r(municipality_id uuid, template_key text, locale text,
    to_addresses jsonb, cc_addresses jsonb, subject text, html text, text_body text, attachments jsonb,
    idempotency_key text, entity text, entity_id uuid)
  ON CONFLICT (idempotency_key) DO NOTHING`;

function addresses(list: string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const address = normaliseAddress(raw);
    if (address && !out.includes(address)) out.push(address);
  }
  return out;
}

/** The municipalities' stored templates for these keys, by `municipality:key:locale`. */
async function loadTemplates(
  manager: EntityManager,
  municipalityIds: string[],
  keys: MailTemplateKey[],
): Promise<Map<string, MailTemplateParts>> {
  const rows: {
    municipality_id: string;
    key: string;
    locale: string;
    subject: string;
    html: string;
    text_body: string;
  }[] = await manager.query(
    `SELECT municipality_id, key, locale, subject, html, text_body FROM mail_template
       WHERE municipality_id = ANY($1::uuid[]) AND key = ANY($2::text[])`,
    [municipalityIds, keys],
  );
  return new Map(
    rows.map((r) => [
      `${r.municipality_id}:${r.key}:${r.locale}`,
      { subject: r.subject, html: r.html, text: r.text_body },
    ]),
  );
}

async function loadCities(manager: EntityManager, municipalityIds: string[]): Promise<Map<string, string>> {
  const rows: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])',
    [municipalityIds],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
