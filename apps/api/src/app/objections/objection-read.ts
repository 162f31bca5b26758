import { ObjectionCategory, ObjectionCommentDto, ObjectionDto, ObjectionStatus } from '@datenlotse/contracts';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { Argument } from './argument.entity';
import { Objection, ObjectionArgument, ObjectionComment } from './objection.entity';

export interface ObjectionRow {
  id: string;
  dataset_id: string | null;
  dataset_title: string | null;
  model_dataset_id: string | null;
  department_id: string;
  department_name: string;
  raised_by_contact_id: string | null;
  raised_by_name: string | null;
  category: ObjectionCategory;
  statement: string;
  response: string | null;
  status: ObjectionStatus;
  resolution_note: string | null;
  resolved_at: Date | null;
  created_at: Date;
  version: number;
}

/** The columns of an ObjectionDto (alias `o`), with the names of its dataset, department and contact. */
export function withObjectionDetails(qb: SelectQueryBuilder<Objection>): SelectQueryBuilder<Objection> {
  return qb
    .leftJoin(Dataset, 'ds', 'ds.id = o.dataset_id')
    .innerJoin(Department, 'd', 'd.id = o.department_id')
    .leftJoin(Contact, 'c', 'c.id = o.raised_by_contact_id')
    .select([
      'o.id AS id',
      'o.dataset_id AS dataset_id',
      'ds.title AS dataset_title',
      'ds.model_dataset_id AS model_dataset_id',
      'o.department_id AS department_id',
      'd.name AS department_name',
      'o.raised_by_contact_id AS raised_by_contact_id',
      'c.name AS raised_by_name',
      'o.category AS category',
      'o.statement AS statement',
      'o.response AS response',
      'o.status AS status',
      'o.resolution_note AS resolution_note',
      'o.resolved_at AS resolved_at',
      'o.created_at AS created_at',
      'o.version AS version',
    ]);
}

/** The rows as DTOs, with their arguments and comments (two queries for the whole page, not two per row). */
export async function toObjectionDtos(manager: EntityManager, rows: ObjectionRow[]): Promise<ObjectionDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await manager
    .createQueryBuilder(ObjectionArgument, 'oa')
    .innerJoin(Argument, 'a', 'a.id = oa.argument_id')
    .select(['oa.objection_id AS objection_id', 'oa.argument_id AS argument_id'])
    .where('oa.objection_id IN (:...ids)', { ids })
    .orderBy('a.category', 'ASC')
    .addOrderBy('a.title', 'ASC')
    .getRawMany<{ objection_id: string; argument_id: string }>();
  const comments = await manager
    .createQueryBuilder(ObjectionComment, 'oc')
    .leftJoin(User, 'u', 'u.id = oc.author_user_id')
    .select([
      'oc.id AS id',
      'oc.objection_id AS objection_id',
      'oc.author_user_id AS author_user_id',
      'u.name AS author_name',
      'oc.body AS body',
      'oc.created_at AS created_at',
    ])
    .where('oc.objection_id IN (:...ids)', { ids })
    .orderBy('oc.created_at', 'ASC')
    .addOrderBy('oc.id', 'ASC')
    .getRawMany<CommentRow & { objection_id: string }>();
  return rows.map((row) => ({
    id: row.id,
    datasetId: row.dataset_id,
    datasetTitle: row.dataset_title,
    modelDatasetId: row.model_dataset_id,
    departmentId: row.department_id,
    departmentName: row.department_name,
    raisedByContactId: row.raised_by_contact_id,
    raisedByName: row.raised_by_name,
    category: row.category,
    statement: row.statement,
    response: row.response,
    argumentIds: links.filter((l) => l.objection_id === row.id).map((l) => l.argument_id),
    status: row.status,
    resolutionNote: row.resolution_note,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    comments: comments.filter((c) => c.objection_id === row.id).map(toCommentDto),
    createdAt: row.created_at.toISOString(),
    version: row.version,
  }));
}

export interface CommentRow {
  id: string;
  author_user_id: string | null;
  author_name: string | null;
  body: string;
  created_at: Date;
}

export function toCommentDto(row: CommentRow): ObjectionCommentDto {
  return {
    id: row.id,
    authorUserId: row.author_user_id,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at.toISOString(),
  };
}
