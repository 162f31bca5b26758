import {
  FIELD_ERROR_CODES,
  Locale,
  LOCALES,
  MAIL_TEMPLATE_KEYS,
  MAIL_TEMPLATE_VARIABLES,
  MailTemplateDto,
  MailTemplateKey,
  MailTemplatePreview,
  MailTemplatePreviewRequest,
  UpdateMailTemplateRequest,
} from '@datenlotse/contracts';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../app/audit/audit.service';
import { Municipality } from '../app/municipalities/municipality.entity';
import { requestContext } from '../common/request-context';
import { staleWrite } from '../common/stale-write';
import { fieldError } from '../common/validation';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.provider';
import { MailTemplateParts, renderMail } from './mail-renderer';
import { MailTemplate } from './mail-template.entity';
import { seedMailTemplates } from './mail-templates.seed';
import { sampleVariables } from './sample-variables';
import { shippedTemplate } from './shipped-templates';
import { validateTemplate } from './template-variables';

/** The admin's side of the mail templates: read, edit (validated against the mail's variables), preview, reset. */
@Injectable()
export class MailTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Every mail in every language, in the order of the contract (a missing row reads as the shipped text). */
  async list(): Promise<MailTemplateDto[]> {
    const rows = await this.dataSource
      .getRepository(MailTemplate)
      .find({ where: { municipalityId: requestContext.municipalityId() } });
    const byKey = new Map(rows.map((r) => [`${r.key}:${r.locale}`, r]));
    return MAIL_TEMPLATE_KEYS.flatMap((key) =>
      LOCALES.map((locale) => toDto(byKey.get(`${key}:${locale}`) ?? shippedRow(key, locale))),
    );
  }

  async get(key: string, locale: string): Promise<MailTemplateDto> {
    const [k, l] = identify(key, locale);
    const row = await this.load(this.dataSource.manager, k, l);
    return toDto(row ?? shippedRow(k, l));
  }

  /** Saves an admin's text: validated like the preview, stale versions refused, marked customised. */
  async update(key: string, locale: string, input: UpdateMailTemplateRequest): Promise<MailTemplateDto> {
    const [k, l] = identify(key, locale);
    const parts = { subject: input.subject, html: input.html, text: input.text };
    refuseInvalid(k, parts);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.loadForUpdate(manager, k, l);
      if (current.version !== input.version) throw staleWrite('mail template', toDto(current));
      await manager.query(
        `UPDATE mail_template SET subject = $2, html = $3, text_body = $4, customised = true,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [current.id, parts.subject, parts.html, parts.text],
      );
      return this.saved(manager, current);
    });
  }

  /** Back to the shipped text: the template follows the shipped one again on upgrades. */
  async reset(key: string, locale: string): Promise<MailTemplateDto> {
    const [k, l] = identify(key, locale);
    const shipped = shippedTemplate(k, l);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.loadForUpdate(manager, k, l);
      await manager.query(
        `UPDATE mail_template SET subject = $2, html = $3, text_body = $4, customised = false,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [current.id, shipped.subject, shipped.html, shipped.text],
      );
      return this.saved(manager, current);
    });
  }

  /** A draft rendered with sample data in the city's layout, without saving; refused like a save. */
  async preview(
    key: string,
    locale: string,
    draft: MailTemplatePreviewRequest,
  ): Promise<MailTemplatePreview> {
    const [k, l] = identify(key, locale);
    const parts = { subject: draft.subject, html: draft.html, text: draft.text };
    refuseInvalid(k, parts);
    const municipality = await this.dataSource
      .getRepository(Municipality)
      .findOneBy({ id: requestContext.municipalityId() });
    const appUrl = this.config.publicUrl;
    return renderMail(parts, sampleVariables(k, l, appUrl), {
      city: municipality?.name ?? '',
      appUrl,
      locale: l,
    });
  }

  private load(manager: EntityManager, key: MailTemplateKey, locale: Locale): Promise<MailTemplate | null> {
    return manager
      .getRepository(MailTemplate)
      .findOneBy({ municipalityId: requestContext.municipalityId(), key, locale });
  }

  /** The row, locked for the edit; seeded first should it be missing (a database from before the seed ran). */
  private async loadForUpdate(
    manager: EntityManager,
    key: MailTemplateKey,
    locale: Locale,
  ): Promise<MailTemplate> {
    const municipalityId = requestContext.municipalityId();
    const find = () =>
      manager
        .getRepository(MailTemplate)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.municipality_id = :municipalityId AND t.key = :key AND t.locale = :locale', {
          municipalityId,
          key,
          locale,
        })
        .getOne();
    let row = await find();
    if (!row) {
      await seedMailTemplates(manager, municipalityId);
      row = await find();
    }
    if (!row) throw new NotFoundException(`No mail template ${key} (${locale})`);
    return row;
  }

  private async saved(manager: EntityManager, before: MailTemplate): Promise<MailTemplateDto> {
    const after = await this.load(manager, before.key, before.locale);
    if (!after) throw new NotFoundException(`No mail template ${before.key} (${before.locale})`);
    await this.audit.record(manager, {
      action: 'update',
      entity: 'mail_template',
      entityId: after.id,
      before: auditView(before),
      after: auditView(after),
    });
    return toDto(after);
  }
}

/** The key and language from the path; anything else is no template (404). */
function identify(key: string, locale: string): [MailTemplateKey, Locale] {
  const k = MAIL_TEMPLATE_KEYS.find((candidate) => candidate === key);
  const l = LOCALES.find((candidate) => candidate === locale);
  if (!k || !l) throw new NotFoundException(`No mail template ${key} (${locale})`);
  return [k, l];
}

/** A 400 naming the first part that is not a usable template for this mail. */
function refuseInvalid(key: MailTemplateKey, parts: MailTemplateParts): void {
  const [problem] = validateTemplate(key, parts);
  if (problem) {
    const label = { subject: 'The subject', html: 'The HTML text', text: 'The plain text' }[problem.field];
    throw fieldError(problem.field, FIELD_ERROR_CODES.invalidTemplate, `${label} ${problem.message}`);
  }
}

function shippedRow(key: MailTemplateKey, locale: Locale): MailTemplate {
  return Object.assign(new MailTemplate(), {
    key,
    locale,
    ...shippedTemplate(key, locale),
    customised: false,
    updatedAt: new Date(0),
    version: 0,
  });
}

function toDto(row: MailTemplate): MailTemplateDto {
  return {
    key: row.key,
    locale: row.locale,
    subject: row.subject,
    html: row.html,
    text: row.text,
    variables: MAIL_TEMPLATE_VARIABLES[row.key],
    customised: row.customised,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const auditView = (row: MailTemplate) => ({
  key: row.key,
  locale: row.locale,
  subject: row.subject,
  html: row.html,
  text: row.text,
  customised: row.customised,
});
