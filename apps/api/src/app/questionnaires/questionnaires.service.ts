import {
  FIELD_ERROR_CODES,
  QuestionnaireDefinition,
  QuestionnaireExport,
  QuestionnaireTemplateDto,
  QuestionnaireVersionDto,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { DEFAULT_QUESTIONNAIRE_SEED_KEY } from './default-questionnaire';
import { checkedDefinition, definitionError } from './definition-shape';
import {
  interviewsUsing,
  loadTemplateDto,
  loadVersionDto,
  templateDtos,
  versionsOf,
} from './questionnaire-read';
import { QuestionnaireTemplate, QuestionnaireVersion } from './questionnaire-template.entity';
import {
  CreateQuestionnaireTemplateDto,
  ImportQuestionnaireDto,
  QuestionnaireQueryDto,
  UpdateQuestionnaireTemplateDto,
  UpdateQuestionnaireVersionDto,
} from './questionnaires.dto';

/** What a new template starts with when no definition is sent: one empty part to fill in. */
const EMPTY_DEFINITION: QuestionnaireDefinition = {
  sections: [{ key: 'p1', title: { de: 'Teil 1', en: 'Part 1' }, intro: null, questions: [] }],
};

/** The version an interview is planned with: what the interviews module needs of it. */
export interface PublishedQuestionnaireVersion {
  id: string;
  definition: QuestionnaireDefinition;
  templateName: string;
  number: number;
}

/**
 * Questionnaire templates and their versions. A draft is edited in place; publishing freezes it; a new draft
 * copies the newest version. Interviews point at the version they are run with, which therefore stays.
 */
@Injectable()
export class QuestionnairesService {
  private readonly templates: ScopedRepository<QuestionnaireTemplate>;
  private readonly versions: ScopedRepository<QuestionnaireVersion>;

  constructor(
    @InjectRepository(QuestionnaireTemplate) templates: Repository<QuestionnaireTemplate>,
    @InjectRepository(QuestionnaireVersion) versions: Repository<QuestionnaireVersion>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.templates = new ScopedRepository(templates);
    this.versions = new ScopedRepository(versions);
  }

  /** The default interview first, then by name; archived ones only when asked for, after the others. */
  async list(query: QuestionnaireQueryDto): Promise<QuestionnaireTemplateDto[]> {
    const qb = this.templates.query('t');
    if (!query.includeArchived) qb.andWhere('t.archived_at IS NULL');
    const templates = await qb
      .orderBy('t.archived_at IS NOT NULL', 'ASC')
      .addOrderBy(`t.seed_key IS DISTINCT FROM '${DEFAULT_QUESTIONNAIRE_SEED_KEY}'`, 'ASC')
      .addOrderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    return templateDtos(this.dataSource.manager, templates);
  }

  get(id: string): Promise<QuestionnaireTemplateDto> {
    return loadTemplateDto(this.dataSource.manager, id);
  }

  /** A new template with draft version 1. */
  async create(input: CreateQuestionnaireTemplateDto): Promise<QuestionnaireTemplateDto> {
    const definition =
      input.definition === undefined ? EMPTY_DEFINITION : checkedDefinition(input.definition);
    return this.dataSource.transaction(async (manager) => {
      const id = await this.insertTemplate(manager, input.name, input.description ?? null, definition);
      return loadTemplateDto(manager, id);
    });
  }

  /** An exported template becomes a new template with draft version 1, to check and publish here. */
  async import(input: ImportQuestionnaireDto): Promise<QuestionnaireTemplateDto> {
    const definition = checkedDefinition(input.definition);
    return this.dataSource.transaction(async (manager) => {
      const id = await this.insertTemplate(manager, input.name, input.description ?? null, definition);
      return loadTemplateDto(manager, id);
    });
  }

  /** Name, description and archiving; the versions have their own endpoints. */
  async update(id: string, input: UpdateQuestionnaireTemplateDto): Promise<QuestionnaireTemplateDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.templates.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No questionnaire ${id}`);
      if (current.version !== input.version) {
        throw staleWrite('questionnaire', await loadTemplateDto(manager, id));
      }
      const result = await manager
        .createQueryBuilder()
        .update(QuestionnaireTemplate)
        .set({
          ...(input.name !== undefined && { name: input.name.trim() }),
          ...(input.description !== undefined && { description: input.description?.trim() || null }),
          ...(input.archived !== undefined && {
            archivedAt: input.archived ? (current.archivedAt ?? new Date()) : null,
          }),
        })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw staleWrite('questionnaire', await loadTemplateDto(manager, id));
      const saved = await this.templates.with(manager).findOne({ where: { id } });
      await this.audit.record(manager, {
        action: 'update',
        entity: 'questionnaire_template',
        entityId: id,
        before: templateAuditView(current),
        after: saved && templateAuditView(saved),
      });
      return loadTemplateDto(manager, id);
    });
  }

  /**
   * The draft to edit: a new one copying the newest version, or the one that already exists (a template has
   * at most one draft), with `created` telling which.
   */
  async createDraft(templateId: string): Promise<{ draft: QuestionnaireVersionDto; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockTemplate(manager, templateId);
      const versions = await versionsOf(manager, templateId);
      const existing = versions.find((v) => v.status === 'draft');
      if (existing) return { draft: await loadVersionDto(manager, existing.id), created: false };
      const newest = versions[0];
      const saved = await this.versions.with(manager).save({
        templateId,
        number: (newest?.number ?? 0) + 1,
        status: 'draft',
        definition: newest?.definition ?? EMPTY_DEFINITION,
        publishedAt: null,
        createdByUserId: requestContext.actor()?.id ?? null,
      });
      await this.audit.record(manager, {
        action: 'create',
        entity: 'questionnaire_version',
        entityId: saved.id,
        after: versionAuditView(saved),
      });
      return { draft: await loadVersionDto(manager, saved.id), created: true };
    });
  }

  getVersion(id: string): Promise<QuestionnaireVersionDto> {
    return loadVersionDto(this.dataSource.manager, id);
  }

  /** Saves a draft's definition. A published version is immutable: editing it means a new draft. */
  async updateVersion(id: string, input: UpdateQuestionnaireVersionDto): Promise<QuestionnaireVersionDto> {
    const definition = checkedDefinition(input.definition);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.versions.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No questionnaire version ${id}`);
      if (current.status !== 'draft') throw publishedIsImmutable(current);
      if (current.version !== input.version) {
        throw staleWrite('questionnaire version', await loadVersionDto(manager, id));
      }
      const result = await manager
        .createQueryBuilder()
        .update(QuestionnaireVersion)
        .set({ definition })
        .where(`id = :id AND version = :version AND status = 'draft'`, { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw staleWrite('questionnaire version', await loadVersionDto(manager, id));
      await this.audit.record(manager, {
        action: 'update',
        entity: 'questionnaire_version',
        entityId: id,
        before: versionAuditView(current),
        after: versionAuditView({ ...current, definition }),
      });
      return loadVersionDto(manager, id);
    });
  }

  /**
   * Freezes a draft; it is checked once more, and needs at least one question to be run with. With the
   * version read, a draft someone changed since answers 409 instead of publishing what was not seen.
   */
  async publish(id: string, expectedVersion?: number): Promise<QuestionnaireVersionDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.versions.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No questionnaire version ${id}`);
      await this.lockTemplate(manager, current.templateId);
      if (current.status !== 'draft') {
        throw new ConflictException(`Version ${current.number} is already published`);
      }
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw staleWrite('questionnaire version', await loadVersionDto(manager, id));
      }
      const definition = checkedDefinition(current.definition);
      if (definition.sections.every((section) => section.questions.length === 0)) {
        throw definitionError([
          { path: 'sections.0.questions', code: 'required', message: 'a questionnaire needs a question' },
        ]);
      }
      const publishedAt = new Date();
      // What was checked is what is published: a save in between makes this a stale write.
      const result = await manager
        .createQueryBuilder()
        .update(QuestionnaireVersion)
        .set({ status: 'published', publishedAt, definition })
        .where(`id = :id AND version = :version AND status = 'draft'`, { id, version: current.version })
        .execute();
      if (result.affected !== 1) throw staleWrite('questionnaire version', await loadVersionDto(manager, id));
      await this.audit.record(manager, {
        action: 'transition',
        entity: 'questionnaire_version',
        entityId: id,
        before: { status: current.status, publishedAt: null },
        after: { status: 'published', publishedAt: publishedAt.toISOString() },
      });
      return loadVersionDto(manager, id);
    });
  }

  /** Only a version no interview uses, and never a template's last one (archive the template instead). */
  async removeVersion(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.versions.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No questionnaire version ${id}`);
      await this.lockTemplate(manager, current.templateId);
      const used = await interviewsUsing(manager, [id]);
      if (used > 0) {
        throw new ConflictException(
          `Version ${current.number} is used by ${used} interview(s) and stays with them`,
        );
      }
      const versions = await versionsOf(manager, current.templateId);
      if (versions.length <= 1) {
        throw new ConflictException(
          'A questionnaire keeps at least one version: archive the questionnaire instead',
        );
      }
      await manager.delete(QuestionnaireVersion, { id });
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'questionnaire_version',
        entityId: id,
        before: versionAuditView(current),
      });
    });
  }

  /** A version as the JSON another installation (or this one) imports. */
  async exportVersion(id: string): Promise<{ fileBaseName: string; content: QuestionnaireExport }> {
    const version = await loadVersionDto(this.dataSource.manager, id);
    const template = await this.templates.findOne({ where: { id: version.templateId } });
    return {
      fileBaseName: `fragebogen-${slug(version.templateName)}-v${version.number}`,
      content: {
        format: 'datenlotse-questionnaire',
        formatVersion: 1,
        name: version.templateName,
        description: template?.description ?? null,
        definition: version.definition,
      },
    };
  }

  /**
   * The newest published version of the shipped default interview of the current municipality: what a new
   * interview is run with unless another version is chosen.
   */
  async defaultVersionId(manager: EntityManager): Promise<string> {
    const row = await this.versions
      .with(manager)
      .query('v')
      .innerJoin(QuestionnaireTemplate, 't', 't.id = v.template_id')
      .andWhere('t.seed_key = :seedKey', { seedKey: DEFAULT_QUESTIONNAIRE_SEED_KEY })
      .andWhere(`v.status = 'published'`)
      .orderBy('v.number', 'DESC')
      .getOne();
    if (!row) {
      throw new ConflictException(
        'The default questionnaire has no published version: publish one or choose a questionnaire',
      );
    }
    return row.id;
  }

  /**
   * A published version of the current municipality, to plan an interview with. A draft can still change,
   * so it is refused like an unknown id: 400 on `templateVersionId`.
   */
  async publishedVersion(manager: EntityManager, versionId: string): Promise<PublishedQuestionnaireVersion> {
    const version = await this.versions
      .with(manager)
      .findOne({ where: { id: versionId, status: 'published' }, relations: { template: true } });
    if (!version?.template) {
      throw fieldError(
        'templateVersionId',
        FIELD_ERROR_CODES.unknownReference,
        'not a published questionnaire version',
      );
    }
    return {
      id: version.id,
      definition: version.definition,
      templateName: version.template.name,
      number: version.number,
    };
  }

  private async insertTemplate(
    manager: EntityManager,
    name: string,
    description: string | null,
    definition: QuestionnaireDefinition,
  ): Promise<string> {
    const template = await this.templates.with(manager).save({
      name: name.trim(),
      description: description?.trim() || null,
      seedKey: null,
      archivedAt: null,
    });
    const draft = await this.versions.with(manager).save({
      templateId: template.id,
      number: 1,
      status: 'draft',
      definition,
      publishedAt: null,
      createdByUserId: requestContext.actor()?.id ?? null,
    });
    await this.audit.record(manager, {
      action: 'create',
      entity: 'questionnaire_template',
      entityId: template.id,
      after: templateAuditView(template),
    });
    await this.audit.record(manager, {
      action: 'create',
      entity: 'questionnaire_version',
      entityId: draft.id,
      after: versionAuditView(draft),
    });
    return template.id;
  }

  /** Serialises the version changes of one template (numbering, the one draft, the last version). */
  private async lockTemplate(manager: EntityManager, templateId: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM questionnaire_template WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
      [templateId, requestContext.municipalityId()],
    );
    if (rows.length === 0) throw new NotFoundException(`No questionnaire ${templateId}`);
  }
}

function publishedIsImmutable(version: QuestionnaireVersion): ConflictException {
  return new ConflictException(
    `Version ${version.number} is published and cannot be changed: start a new draft to edit it`,
  );
}

/** `drei-teile-interview-standard`: a file name part without umlauts or spaces. */
function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60) || 'vorlage';
}

function templateAuditView(template: QuestionnaireTemplate) {
  return {
    name: template.name,
    description: template.description,
    archivedAt: template.archivedAt?.toISOString() ?? null,
  };
}

function versionAuditView(
  version: Pick<QuestionnaireVersion, 'templateId' | 'number' | 'status' | 'definition'>,
) {
  return {
    templateId: version.templateId,
    number: version.number,
    status: version.status,
    definition: version.definition,
  };
}
