import {
  AnswerValue,
  InterviewAnswerDto,
  InterviewDto,
  InterviewNoteDto,
  InterviewOutcomeDto,
  InterviewOutcomeKind,
  InterviewStatus,
  InterviewSummaryDto,
  NamedRef,
  QuestionnaireDefinition,
  SessionUser,
} from '@datenlotse/contracts';
import { NotFoundException } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Interview } from './interview.entity';

export interface InterviewRaw {
  id: string;
  department_id: string;
  department_name: string;
  status: InterviewStatus;
  scheduled_at: Date;
  duration_minutes: number;
  location: string | null;
  video_url: string | null;
  interviewers: NamedRef[];
  invitees: NamedRef[];
  template_name: string;
  template_version_number: number;
  started_at: Date | null;
  completed_at: Date | null;
  version: number;
}

interface InterviewDetailRaw extends InterviewRaw {
  template_version_id: string;
  definition: QuestionnaireDefinition;
  invitation_sent_at: Date | null;
  cancel_reason: string | null;
  completion_count: number;
}

/** The people of an interview as JSON lists, in one query with the interview (no second round trip). */
const INTERVIEWERS = `(SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id), '[]')
    FROM interview_interviewer ii JOIN app_user u ON u.id = ii.user_id WHERE ii.interview_id = i.id)`;
const INVITEES = `(SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name NULLS LAST, c.id), '[]')
    FROM interview_invitee iv JOIN contact c ON c.id = iv.contact_id WHERE iv.interview_id = i.id)`;

/**
 * The interviews of the municipality with the columns of InterviewSummaryDto; with a user, a department head
 * sees only those of their departments and sub-units (in the SQL). Without one (completion, jobs) all.
 */
export function selectInterviews(
  manager: EntityManager,
  user: SessionUser | null,
): SelectQueryBuilder<Interview> {
  const qb = new ScopedRepository(manager.getRepository(Interview))
    .query('i')
    .innerJoin('department', 'dep', 'dep.id = i.department_id')
    .innerJoin('questionnaire_version', 'qv', 'qv.id = i.template_version_id')
    .innerJoin('questionnaire_template', 'qt', 'qt.id = qv.template_id')
    .select([
      'i.id AS id',
      'i.department_id AS department_id',
      'dep.name AS department_name',
      'i.status AS status',
      'i.scheduled_at AS scheduled_at',
      'i.duration_minutes AS duration_minutes',
      'i.location AS location',
      'i.video_url AS video_url',
      `${INTERVIEWERS} AS interviewers`,
      `${INVITEES} AS invitees`,
      'qt.name AS template_name',
      'qv.number AS template_version_number',
      'i.started_at AS started_at',
      'i.completed_at AS completed_at',
      'i.version AS version',
    ]);
  return user ? onlyVisibleDepartments(qb, user, 'i.department_id') : qb;
}

export function toSummaryDto(row: InterviewRaw): InterviewSummaryDto {
  return {
    id: row.id,
    departmentId: row.department_id,
    departmentName: row.department_name,
    status: row.status,
    scheduledAt: iso(row.scheduled_at),
    durationMinutes: Number(row.duration_minutes),
    location: row.location,
    videoUrl: row.video_url,
    interviewers: row.interviewers,
    invitees: row.invitees,
    templateName: row.template_name,
    templateVersionNumber: Number(row.template_version_number),
    startedAt: row.started_at ? iso(row.started_at) : null,
    completedAt: row.completed_at ? iso(row.completed_at) : null,
    version: Number(row.version),
  };
}

/**
 * One interview with its questions, answers, notes and the records it made; null when it does not exist in
 * the municipality or (with a user) the user may not see it.
 */
export async function loadInterviewDto(
  manager: EntityManager,
  user: SessionUser | null,
  id: string,
): Promise<InterviewDto | null> {
  const row = await selectInterviews(manager, user)
    .addSelect([
      'i.template_version_id AS template_version_id',
      'qv.definition AS definition',
      'i.invitation_sent_at AS invitation_sent_at',
      'i.cancel_reason AS cancel_reason',
      'i.completion_count AS completion_count',
    ])
    .andWhere('i.id = :id', { id })
    .getRawOne<InterviewDetailRaw>();
  if (!row) return null;
  // One after the other: inside a transaction the manager has one connection, which runs one query at a time.
  const answers = await loadAnswers(manager, id);
  const notes = await loadNotes(manager, id);
  const outcomes = await loadOutcomes(manager, id);
  return {
    ...toSummaryDto(row),
    templateVersionId: row.template_version_id,
    definition: row.definition,
    answers,
    notes,
    invitationSentAt: row.invitation_sent_at ? iso(row.invitation_sent_at) : null,
    cancelReason: row.cancel_reason,
    outcomes,
    completionCount: Number(row.completion_count),
  };
}

/**
 * The interview row locked until the transaction ends (404 outside the municipality): status changes,
 * first saves of an answer and completion of one interview happen one after the other.
 */
export async function lockInterview(manager: EntityManager, id: string): Promise<Interview> {
  const interview = await new ScopedRepository(manager.getRepository(Interview))
    .query('i')
    .andWhere('i.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!interview) throw new NotFoundException(`No interview ${id}`);
  return interview;
}

/**
 * The questions an interview is run with (its version's) and its answers by question key, read with the
 * caller's manager: what completion and the protocol work from. 404 outside the municipality.
 */
export async function definitionAndAnswers(
  manager: EntityManager,
  interviewId: string,
): Promise<{ definition: QuestionnaireDefinition; answers: Record<string, AnswerValue> }> {
  const [row]: { definition: QuestionnaireDefinition }[] = await manager.query(
    `SELECT qv.definition FROM interview i JOIN questionnaire_version qv ON qv.id = i.template_version_id
      WHERE i.id = $1 AND i.municipality_id = $2`,
    [interviewId, requestContext.municipalityId()],
  );
  if (!row) throw new NotFoundException(`No interview ${interviewId}`);
  const rows: { question_key: string; value: AnswerValue }[] = await manager.query(
    `SELECT question_key, value FROM interview_answer WHERE interview_id = $1`,
    [interviewId],
  );
  return {
    definition: row.definition,
    answers: Object.fromEntries(rows.map((answer) => [answer.question_key, answer.value])),
  };
}

interface SavedRaw {
  key: string;
  version: number;
  updated_at: Date;
  updated_by_name: string | null;
}

/** Every answer of the interview, or only the one with `questionKey`. */
export async function loadAnswers(
  manager: EntityManager,
  interviewId: string,
  questionKey?: string,
): Promise<InterviewAnswerDto[]> {
  const rows: (SavedRaw & { value: AnswerValue })[] = await manager.query(
    `SELECT a.question_key AS key, a.value, a.version, a.updated_at, u.name AS updated_by_name
       FROM interview_answer a LEFT JOIN app_user u ON u.id = a.updated_by_user_id
      WHERE a.interview_id = $1 AND ($2::text IS NULL OR a.question_key = $2)
      ORDER BY a.question_key`,
    [interviewId, questionKey ?? null],
  );
  return rows.map((row) => ({ questionKey: row.key, value: row.value, ...saved(row) }));
}

/** Every note of the interview, or only the one of `sectionKey`. */
export async function loadNotes(
  manager: EntityManager,
  interviewId: string,
  sectionKey?: string,
): Promise<InterviewNoteDto[]> {
  const rows: (SavedRaw & { body: string })[] = await manager.query(
    `SELECT n.section_key AS key, n.body, n.version, n.updated_at, u.name AS updated_by_name
       FROM interview_note n LEFT JOIN app_user u ON u.id = n.updated_by_user_id
      WHERE n.interview_id = $1 AND ($2::text IS NULL OR n.section_key = $2)
      ORDER BY n.section_key`,
    [interviewId, sectionKey ?? null],
  );
  return rows.map((row) => ({ sectionKey: row.key, body: row.body, ...saved(row) }));
}

/** How long a label taken from a longer text (an objection's statement, an interaction's summary) gets. */
const LABEL_LENGTH = 80;

/** The text, cut at the last word boundary within LABEL_LENGTH, with "…" when something was cut. */
const shortened = (column: string) =>
  `CASE WHEN length(${column}) <= ${LABEL_LENGTH} THEN ${column}
     ELSE regexp_replace(left(${column}, ${LABEL_LENGTH}), '\\s+\\S*$', '') || ' …' END`;

/**
 * The records completion made, each with a readable label. An agreement is named by its dataset. A record
 * deleted since has no label.
 */
async function loadOutcomes(manager: EntityManager, interviewId: string): Promise<InterviewOutcomeDto[]> {
  const rows: { kind: InterviewOutcomeKind; source_key: string; entity_id: string; label: string | null }[] =
    await manager.query(
      `SELECT o.kind, o.source_key, o.entity_id,
         CASE o.kind
           WHEN 'dataset' THEN (SELECT d.title FROM dataset d WHERE d.id = o.entity_id)
           WHEN 'objection' THEN (SELECT ${shortened('x.statement')} FROM objection x WHERE x.id = o.entity_id)
           WHEN 'task' THEN (SELECT t.title FROM task t WHERE t.id = o.entity_id)
           WHEN 'interaction' THEN (SELECT ${shortened('x.summary')} FROM interaction x WHERE x.id = o.entity_id)
           WHEN 'agreement' THEN (SELECT d.title FROM delivery_agreement a JOIN dataset d ON d.id = a.dataset_id
                                   WHERE a.id = o.entity_id)
         END AS label
       FROM interview_outcome o WHERE o.interview_id = $1
       ORDER BY array_position(ARRAY['dataset', 'objection', 'agreement', 'task', 'interaction'], o.kind),
                o.source_key`,
      [interviewId],
    );
  return rows.map((row) => ({
    kind: row.kind,
    sourceKey: row.source_key,
    entityId: row.entity_id,
    label: row.label,
  }));
}

function saved(row: SavedRaw): { version: number; updatedAt: string; updatedByName: string | null } {
  return { version: Number(row.version), updatedAt: iso(row.updated_at), updatedByName: row.updated_by_name };
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
