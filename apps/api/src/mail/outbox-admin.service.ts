import {
  Locale,
  MailAttachmentDto,
  MailTemplateKey,
  OutboxMailDto,
  OutboxMailPreview,
  OutboxPage,
  OutboxStatus,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../app/audit/audit.service';
import { ScopedRepository } from '../app/municipalities/scoped-repository';
import { PAGE_SIZE } from '../common/page-query.dto';
import { staleWrite } from '../common/stale-write';
import { OutboxMail } from './outbox-mail.entity';
import { OutboxActionDto, OutboxQueryDto } from './outbox.dto';

/**
 * Name, type and size of each attachment, computed in the database so that the list never carries the
 * (base64) content: 3 bytes per 4 characters, less the padding.
 */
const ATTACHMENT_SUMMARY = `(SELECT coalesce(jsonb_agg(jsonb_build_object(
    'fileName', a->>'fileName',
    'contentType', a->>'contentType',
    'size', length(a->>'content') / 4 * 3 - (length(a->>'content') - length(rtrim(a->>'content', '=')))
  ) ORDER BY n), '[]'::jsonb)
  FROM jsonb_array_elements(m.attachments) WITH ORDINALITY AS x(a, n))`;

interface OutboxRow {
  id: string;
  template_key: MailTemplateKey;
  locale: Locale;
  to_addresses: string[];
  cc_addresses: string[];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  sent_at: Date | null;
  entity: string | null;
  entity_id: string | null;
  attachment_summary: MailAttachmentDto[];
  created_at: Date;
  version: number;
}

interface PreviewRow extends OutboxRow {
  html: string;
  text_body: string;
}

/** What the outbox screen reads and does: the municipality's mails, their preview, resend and cancel. */
@Injectable()
export class OutboxAdminService {
  private readonly mails: ScopedRepository<OutboxMail>;

  constructor(
    @InjectRepository(OutboxMail) mails: Repository<OutboxMail>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.mails = new ScopedRepository(mails);
  }

  /** Newest first. */
  async list(query: OutboxQueryDto): Promise<OutboxPage> {
    const qb = this.mails.query('m');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.templateKey) qb.andWhere('m.template_key = :templateKey', { templateKey: query.templateKey });
    const total = await qb.getCount();
    const rows = await columns(qb)
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(query.limit ?? PAGE_SIZE)
      .offset(query.offset ?? 0)
      .getRawMany<OutboxRow>();
    return { items: rows.map(toDto), total };
  }

  async preview(id: string): Promise<OutboxMailPreview> {
    const row = await columns(this.mails.query('m').andWhere('m.id = :id', { id }))
      .addSelect('m.html', 'html')
      .addSelect('m.text_body', 'text_body')
      .getRawOne<PreviewRow>();
    if (!row) throw new NotFoundException(`No mail ${id}`);
    return { ...toDto(row), html: row.html, text: row.text_body };
  }

  /** A failed or cancelled mail goes out again at the worker's next run; its attempts stay counted. */
  resend(id: string, input: OutboxActionDto): Promise<OutboxMailDto> {
    return this.change(id, input, ['failed', 'cancelled'], 'pending', 'sent again');
  }

  /** A pending mail is not sent; once the worker has taken it, it is too late (409). */
  cancel(id: string, input: OutboxActionDto): Promise<OutboxMailDto> {
    return this.change(id, input, ['pending'], 'cancelled', 'cancelled');
  }

  private change(
    id: string,
    input: OutboxActionDto,
    from: OutboxStatus[],
    to: OutboxStatus,
    verb: string,
  ): Promise<OutboxMailDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.mails.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No mail ${id}`);
      if (input.version !== undefined && input.version !== current.version) {
        throw staleWrite('mail', await this.load(manager, id));
      }
      if (!from.includes(current.status)) {
        throw new ConflictException({
          message: `A ${current.status} mail cannot be ${verb}`,
          current: await this.load(manager, id),
        });
      }
      // The status in the condition: the worker may claim the mail between the read and this write.
      const result = await manager
        .createQueryBuilder()
        .update(OutboxMail)
        .set(
          to === 'pending'
            ? { status: to, nextAttemptAt: () => 'now()', lastError: null, claimedAt: null }
            : { status: to },
        )
        .where('id = :id AND version = :version', { id, version: current.version })
        .execute();
      if (result.affected !== 1) throw staleWrite('mail', await this.load(manager, id));
      const saved = await this.load(manager, id);
      await this.audit.record(manager, {
        action: 'update',
        entity: 'outbox_mail',
        entityId: id,
        before: auditView(current),
        after: {
          status: saved.status,
          attempts: saved.attempts,
          lastError: saved.lastError,
          nextAttemptAt: saved.nextAttemptAt,
        },
      });
      return saved;
    });
  }

  private async load(manager: EntityManager, id: string): Promise<OutboxMailDto> {
    const row = await columns(
      this.mails.with(manager).query('m').andWhere('m.id = :id', { id }),
    ).getRawOne<OutboxRow>();
    if (!row) throw new NotFoundException(`No mail ${id}`);
    return toDto(row);
  }
}

/** The columns of an OutboxMailDto, without the rendered parts and the attachments' content. */
function columns(qb: SelectQueryBuilder<OutboxMail>): SelectQueryBuilder<OutboxMail> {
  return qb
    .select([
      'm.id AS id',
      'm.template_key AS template_key',
      'm.locale AS locale',
      'm.to_addresses AS to_addresses',
      'm.cc_addresses AS cc_addresses',
      'm.subject AS subject',
      'm.status AS status',
      'm.attempts AS attempts',
      'm.last_error AS last_error',
      'm.next_attempt_at AS next_attempt_at',
      'm.sent_at AS sent_at',
      'm.entity AS entity',
      'm.entity_id AS entity_id',
      'm.created_at AS created_at',
      'm.version AS version',
    ])
    .addSelect(ATTACHMENT_SUMMARY, 'attachment_summary');
}

function toDto(row: OutboxRow): OutboxMailDto {
  return {
    id: row.id,
    templateKey: row.template_key,
    locale: row.locale,
    to: row.to_addresses,
    cc: row.cc_addresses,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    sentAt: row.sent_at?.toISOString() ?? null,
    entity: row.entity,
    entityId: row.entity_id,
    attachments: row.attachment_summary,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

function auditView(mail: OutboxMail) {
  return {
    status: mail.status,
    attempts: mail.attempts,
    lastError: mail.lastError,
    nextAttemptAt: mail.nextAttemptAt?.toISOString() ?? null,
  };
}
