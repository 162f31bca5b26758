import {
  QuestionnaireDefinition,
  QuestionnaireTemplateDto,
  QuestionnaireVersionDto,
  QuestionnaireVersionStatus,
  QuestionnaireVersionSummary,
} from '@datenlotse/contracts';
import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { DEFAULT_QUESTIONNAIRE_SEED_KEY } from './default-questionnaire';
import { QuestionnaireTemplate, QuestionnaireVersion } from './questionnaire-template.entity';

/** Interviews of any department run (or planned) with the version: a version in use cannot be deleted. */
export const INTERVIEW_COUNT = `(SELECT count(*) FROM interview i WHERE i.template_version_id = v.id)::int`;
const QUESTION_COUNT = `(SELECT count(*) FROM jsonb_array_elements(v.definition -> 'sections') s,
  jsonb_array_elements(s -> 'questions') q)::int`;

interface VersionRow {
  id: string;
  template_id: string;
  number: number;
  status: QuestionnaireVersionStatus;
  published_at: Date | null;
  interview_count: number;
  question_count: number;
}

interface VersionDetailRow extends VersionRow {
  template_name: string;
  definition: QuestionnaireDefinition;
  created_at: Date;
  version: number;
}

function versionQuery(manager: EntityManager) {
  return manager
    .getRepository(QuestionnaireVersion)
    .createQueryBuilder('v')
    .select([
      'v.id AS id',
      'v.template_id AS template_id',
      'v.number AS number',
      'v.status AS status',
      'v.published_at AS published_at',
    ])
    .addSelect(INTERVIEW_COUNT, 'interview_count')
    .addSelect(QUESTION_COUNT, 'question_count')
    .where('v.municipality_id = :municipalityId', { municipalityId: requestContext.municipalityId() });
}

/** The templates as the list and the editor show them: each with its versions, the newest first. */
export async function templateDtos(
  manager: EntityManager,
  templates: QuestionnaireTemplate[],
): Promise<QuestionnaireTemplateDto[]> {
  if (templates.length === 0) return [];
  const rows = await versionQuery(manager)
    .andWhere('v.template_id IN (:...ids)', { ids: templates.map((t) => t.id) })
    .orderBy('v.number', 'DESC')
    .getRawMany<VersionRow>();
  return templates.map((template) => ({
    id: template.id,
    name: template.name,
    description: template.description,
    isDefault: template.seedKey === DEFAULT_QUESTIONNAIRE_SEED_KEY,
    archivedAt: template.archivedAt?.toISOString() ?? null,
    versions: rows.filter((row) => row.template_id === template.id).map(toSummary),
    version: template.version,
  }));
}

export async function loadTemplateDto(manager: EntityManager, id: string): Promise<QuestionnaireTemplateDto> {
  const template = await manager.getRepository(QuestionnaireTemplate).findOne({
    where: { id, municipalityId: requestContext.municipalityId() },
  });
  if (!template) throw new NotFoundException(`No questionnaire ${id}`);
  const [dto] = await templateDtos(manager, [template]);
  return dto;
}

export async function loadVersionDto(manager: EntityManager, id: string): Promise<QuestionnaireVersionDto> {
  const row = await versionQuery(manager)
    .innerJoin(QuestionnaireTemplate, 't', 't.id = v.template_id')
    .addSelect(['t.name AS template_name', 'v.definition AS definition', 'v.created_at AS created_at'])
    .addSelect('v.version', 'version')
    .andWhere('v.id = :id', { id })
    .getRawOne<VersionDetailRow>();
  if (!row) throw new NotFoundException(`No questionnaire version ${id}`);
  return {
    ...toSummary(row),
    templateId: row.template_id,
    templateName: row.template_name,
    definition: row.definition,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

/** The number of interviews that use these versions, together. */
export async function interviewsUsing(manager: EntityManager, versionIds: string[]): Promise<number> {
  if (versionIds.length === 0) return 0;
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM interview WHERE template_version_id = ANY($1)`,
    [versionIds],
  );
  return count;
}

/** A template's versions, the newest first, read for a change (the caller holds the template's lock). */
export function versionsOf(manager: EntityManager, templateId: string): Promise<QuestionnaireVersion[]> {
  return manager.getRepository(QuestionnaireVersion).find({
    where: { templateId, municipalityId: requestContext.municipalityId() },
    order: { number: 'DESC' },
  });
}

function toSummary(row: VersionRow): QuestionnaireVersionSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    interviewCount: row.interview_count,
    questionCount: row.question_count,
  };
}
