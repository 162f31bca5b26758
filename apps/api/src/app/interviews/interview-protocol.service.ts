import {
  allQuestions,
  AnswerValue,
  ConcernRow,
  DatasetCandidateRow,
  DeliveryMethod,
  InterviewProtocolDto,
  InterviewStatus,
  isQuestionVisible,
  Locale,
  ProtocolSection,
  QuestionnaireDefinition,
  SessionUser,
} from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { methodLabel } from '../../mail/reminders/reminder-support';
import { HEAD_SUBTREE } from '../departments/department-scope';
import { answerInWords, ContactWords, inLocale } from './interview-answer-words';

interface HeaderRow {
  id: string;
  status: InterviewStatus;
  scheduled_at: Date;
  completed_at: Date | null;
  location: string | null;
  video_url: string | null;
  municipality_name: string;
  department_name: string;
  definition: QuestionnaireDefinition;
}

/** Which interviews a reader may see: their municipality, and a department head only their units. */
interface ProtocolScope {
  municipalityId: string;
  user: SessionUser;
}

/**
 * The protocol of an interview: what was asked and answered, in words, and what it produced. For the screen
 * (GET /interviews/:id/protocol) and for the protocol mail, which builds it inside the completion's
 * transaction in each recipient's language.
 */
@Injectable()
export class InterviewProtocolService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the reader's language; 404 for unknown ids and for a department head outside their units. */
  async get(user: SessionUser, interviewId: string): Promise<InterviewProtocolDto> {
    const scope = { municipalityId: requestContext.municipalityId(), user };
    const protocol = await this.read(this.dataSource.manager, interviewId, user.locale, scope);
    if (!protocol) throw new NotFoundException(`No interview ${interviewId}`);
    return protocol;
  }

  /** Unscoped: for callers that hold the interview already (the completion and its mail). */
  async build(manager: EntityManager, interviewId: string, locale: Locale): Promise<InterviewProtocolDto> {
    const protocol = await this.read(manager, interviewId, locale, null);
    if (!protocol) throw new NotFoundException(`No interview ${interviewId}`);
    return protocol;
  }

  private async read(
    manager: EntityManager,
    interviewId: string,
    locale: Locale,
    scope: ProtocolScope | null,
  ): Promise<InterviewProtocolDto | null> {
    const header = await this.header(manager, interviewId, scope);
    if (!header) return null;
    const answers = await this.answers(manager, interviewId);
    const notes = await this.notes(manager, interviewId);
    const contacts = await this.contacts(manager, header.definition, answers);
    const sections: ProtocolSection[] = header.definition.sections.map((section) => ({
      key: section.key,
      title: inLocale(section.title, locale),
      notes: notes.get(section.key) ?? null,
      answers: section.questions
        .filter((question) => isQuestionVisible(header.definition, question, answers))
        .map((question) => ({
          key: question.key,
          question: inLocale(question.text, locale),
          type: question.type,
          ...answerInWords(question, answers[question.key], { locale, contacts, answers }),
        })),
    }));
    return {
      interviewId: header.id,
      municipalityName: header.municipality_name,
      departmentName: header.department_name,
      status: header.status,
      scheduledAt: header.scheduled_at.toISOString(),
      completedAt: header.completed_at?.toISOString() ?? null,
      location: header.location ?? header.video_url,
      ...(await this.people(manager, interviewId)),
      sections,
      ...(await this.outcomes(manager, interviewId, header.definition, answers, locale)),
    };
  }

  private async header(
    manager: EntityManager,
    interviewId: string,
    scope: ProtocolScope | null,
  ): Promise<HeaderRow | undefined> {
    const params: unknown[] = [interviewId];
    let where = '';
    if (scope) {
      params.push(scope.municipalityId);
      where += ` AND i.municipality_id = $${params.length}`;
      if (scope.user.role === 'department_head') {
        params.push(scope.user.id);
        where += ` AND i.department_id IN (${HEAD_SUBTREE.replace(':userId', `$${params.length}`)})`;
      }
    }
    const rows: HeaderRow[] = await manager.query(
      `SELECT i.id, i.status, i.scheduled_at, i.completed_at, i.location, i.video_url,
              m.name AS municipality_name, dep.name AS department_name, v.definition
         FROM interview i
         JOIN department dep ON dep.id = i.department_id
         JOIN municipality m ON m.id = i.municipality_id
         JOIN questionnaire_version v ON v.id = i.template_version_id
        WHERE i.id = $1${where}`,
      params,
    );
    return rows[0];
  }

  private async answers(manager: EntityManager, interviewId: string): Promise<Record<string, AnswerValue>> {
    const rows: Array<{ question_key: string; value: AnswerValue }> = await manager.query(
      'SELECT question_key, value FROM interview_answer WHERE interview_id = $1',
      [interviewId],
    );
    return Object.fromEntries(rows.map((row) => [row.question_key, row.value]));
  }

  private async notes(manager: EntityManager, interviewId: string): Promise<Map<string, string>> {
    const rows: Array<{ section_key: string; body: string }> = await manager.query(
      `SELECT section_key, body FROM interview_note WHERE interview_id = $1 AND btrim(body) <> ''`,
      [interviewId],
    );
    return new Map(rows.map((row) => [row.section_key, row.body]));
  }

  /** Names of the contacts the answers refer to: contact questions and who raised a concern. */
  private async contacts(
    manager: EntityManager,
    definition: QuestionnaireDefinition,
    answers: Record<string, AnswerValue>,
  ): Promise<Map<string, ContactWords>> {
    const ids = new Set<string>();
    for (const question of allQuestions(definition)) {
      const value = answers[question.key];
      if (question.type === 'contact' && typeof value === 'string') ids.add(value);
      if (question.type === 'objection_list' && Array.isArray(value)) {
        for (const row of value as ConcernRow[]) if (row.raisedByContactId) ids.add(row.raisedByContactId);
      }
    }
    if (ids.size === 0) return new Map();
    const rows: Array<{ id: string; name: string | null; title: string | null }> = await manager.query(
      'SELECT id, name, title FROM contact WHERE id = ANY($1::uuid[]) AND erased_at IS NULL',
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, { name: row.name, title: row.title }]));
  }

  private async people(
    manager: EntityManager,
    interviewId: string,
  ): Promise<Pick<InterviewProtocolDto, 'interviewers' | 'participants'>> {
    const interviewers: Array<{ name: string }> = await manager.query(
      `SELECT u.name FROM interview_interviewer x JOIN app_user u ON u.id = x.user_id
        WHERE x.interview_id = $1 ORDER BY u.name`,
      [interviewId],
    );
    const participants: Array<{ name: string }> = await manager.query(
      `SELECT c.name FROM interview_invitee x JOIN contact c ON c.id = x.contact_id
        WHERE x.interview_id = $1 AND c.name IS NOT NULL AND c.erased_at IS NULL ORDER BY c.name`,
      [interviewId],
    );
    return {
      interviewers: interviewers.map((row) => row.name),
      participants: participants.map((row) => row.name),
    };
  }

  /**
   * The records the completion made, through its links: datasets and objections in the order of their rows
   * in the answers, the agreement, and the tasks by due date. A record deleted meanwhile is left out.
   */
  private async outcomes(
    manager: EntityManager,
    interviewId: string,
    definition: QuestionnaireDefinition,
    answers: Record<string, AnswerValue>,
    locale: Locale,
  ): Promise<Pick<InterviewProtocolDto, 'datasets' | 'objections' | 'agreement' | 'tasks'>> {
    const rowOrder = new Map<string, number>();
    for (const question of allQuestions(definition)) {
      const value = answers[question.key];
      if ((question.type === 'dataset_list' || question.type === 'objection_list') && Array.isArray(value)) {
        (value as Array<DatasetCandidateRow | ConcernRow>).forEach((row, index) =>
          rowOrder.set(row.id, index),
        );
      }
    }
    const byRow = (a: { source_key: string }, b: { source_key: string }) =>
      (rowOrder.get(a.source_key) ?? Infinity) - (rowOrder.get(b.source_key) ?? Infinity);
    const datasets: Array<{ id: string; title: string; stage: string; source_key: string }> =
      await manager.query(
        `SELECT d.id, d.title, d.stage, o.source_key
           FROM interview_outcome o JOIN dataset d ON d.id = o.entity_id
          WHERE o.interview_id = $1 AND o.kind = 'dataset'
          ORDER BY d.created_at, d.title`,
        [interviewId],
      );
    const objections: Array<{
      id: string;
      category: string;
      statement: string;
      status: string;
      source_key: string;
    }> = await manager.query(
      `SELECT x.id, x.category, x.statement, x.status, o.source_key
           FROM interview_outcome o JOIN objection x ON x.id = o.entity_id
          WHERE o.interview_id = $1 AND o.kind = 'objection'
          ORDER BY x.created_at, x.id`,
      [interviewId],
    );
    const agreements: Array<{
      dataset_title: string | null;
      contact_name: string | null;
      start_date: string | null;
      method: DeliveryMethod;
      format: string | null;
    }> = await manager.query(
      `SELECT d.title AS dataset_title, c.name AS contact_name, a.start_date::text AS start_date, a.method,
              a.format
         FROM interview_outcome o
         JOIN delivery_agreement a ON a.id = o.entity_id
         LEFT JOIN dataset d ON d.id = a.dataset_id
         LEFT JOIN contact c ON c.id = a.contact_id AND c.erased_at IS NULL
        WHERE o.interview_id = $1 AND o.kind = 'agreement'
        LIMIT 1`,
      [interviewId],
    );
    const tasks: Array<{ id: string; title: string; due_at: string | null; assignee_name: string | null }> =
      await manager.query(
        `SELECT t.id, t.title, t.due_at::text AS due_at, u.name AS assignee_name
           FROM interview_outcome o
           JOIN task t ON t.id = o.entity_id
           LEFT JOIN app_user u ON u.id = t.assignee_user_id
          WHERE o.interview_id = $1 AND o.kind = 'task'
          ORDER BY t.due_at NULLS LAST, t.title, t.id`,
        [interviewId],
      );
    const agreement = agreements[0];
    return {
      datasets: datasets.sort(byRow).map(({ id, title, stage }) => ({ id, title, stage })),
      objections: objections
        .sort(byRow)
        .map(({ id, category, statement, status }) => ({ id, category, statement, status })),
      agreement: agreement
        ? {
            datasetTitle: agreement.dataset_title,
            contactName: agreement.contact_name,
            firstDueAt: agreement.start_date,
            method: methodLabel(agreement.method, locale),
            format: agreement.format,
          }
        : null,
      tasks: tasks.map((task) => ({
        id: task.id,
        title: task.title,
        dueAt: task.due_at,
        assigneeName: task.assignee_name,
      })),
    };
  }
}
