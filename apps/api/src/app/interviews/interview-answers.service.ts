import {
  allQuestions,
  AnswerValue,
  answerProblem,
  ConcernRow,
  DatasetCandidateRow,
  FIELD_ERROR_CODES,
  InterviewAnswerDto,
  InterviewNoteDto,
  QuestionDefinition,
  SessionUser,
} from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { EngagementService } from '../engagement/engagement.service';
import { Interview } from './interview.entity';
import { definitionAndAnswers, loadAnswers, loadNotes, lockInterview } from './interview-reader';
import { SaveInterviewAnswerDto, SaveInterviewNoteDto } from './interviews.dto';
import { notWhen, startLocked } from './interviews.service';

/**
 * Saves one answer or one part's notes at a time, each with its own version: two interviewers answering
 * different questions never collide, the same answer changed by both meets the version check (409 with the
 * value saved first). Each save locks the interview row for its few milliseconds, so that two first saves
 * of one answer are served one after the other and completion never reads half a save. Saving leaves the
 * interview's version alone: answers are not part of the planning form.
 */
@Injectable()
export class InterviewAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly engagement: EngagementService,
  ) {}

  async saveAnswer(
    user: SessionUser,
    id: string,
    key: string,
    input: SaveInterviewAnswerDto,
  ): Promise<InterviewAnswerDto> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.lockForSaving(manager, id);
      const { definition, answers } = await definitionAndAnswers(manager, id);
      const question = allQuestions(definition).find((candidate) => candidate.key === key);
      if (!question) {
        throw fieldError(
          key,
          FIELD_ERROR_CODES.unknownReference,
          `${key} is not a question of this interview`,
        );
      }
      const problem = answerProblem(question, input.value, answers);
      if (problem) throw fieldError(key, FIELD_ERROR_CODES.invalidAnswer, `${key} ${problem}`);
      await this.requireReferences(manager, question, input.value);
      const [current] = await loadAnswers(manager, id, key);
      if (current && current.version !== input.version) throw staleWrite('answer', current);
      const value = JSON.stringify(input.value);
      if (current) {
        await manager.query(
          `UPDATE interview_answer SET value = $3::jsonb, version = version + 1, updated_at = now(),
                  updated_by_user_id = $4
            WHERE interview_id = $1 AND question_key = $2`,
          [id, key, value, user.id],
        );
      } else {
        await manager.query(
          `INSERT INTO interview_answer (interview_id, question_key, value, version, updated_by_user_id)
           VALUES ($1, $2, $3::jsonb, 1, $4)`,
          [id, key, value, user.id],
        );
      }
      await this.audit.record(manager, {
        action: 'update',
        entity: 'interview',
        entityId: id,
        before: { [`answers.${key}`]: current ? current.value : null },
        after: { [`answers.${key}`]: input.value },
      });
      await startLocked(manager, this.audit, this.engagement, interview);
      const [saved] = await loadAnswers(manager, id, key);
      return saved;
    });
  }

  async saveNote(
    user: SessionUser,
    id: string,
    sectionKey: string,
    input: SaveInterviewNoteDto,
  ): Promise<InterviewNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.lockForSaving(manager, id);
      const { definition } = await definitionAndAnswers(manager, id);
      if (!definition.sections.some((section) => section.key === sectionKey)) {
        throw fieldError(
          sectionKey,
          FIELD_ERROR_CODES.unknownReference,
          `${sectionKey} is not a part of this interview`,
        );
      }
      const [current] = await loadNotes(manager, id, sectionKey);
      if (current && current.version !== input.version) throw staleWrite('note', current);
      if (current) {
        await manager.query(
          `UPDATE interview_note SET body = $3, version = version + 1, updated_at = now(), updated_by_user_id = $4
            WHERE interview_id = $1 AND section_key = $2`,
          [id, sectionKey, input.body, user.id],
        );
      } else {
        await manager.query(
          `INSERT INTO interview_note (interview_id, section_key, body, version, updated_by_user_id)
           VALUES ($1, $2, $3, 1, $4)`,
          [id, sectionKey, input.body, user.id],
        );
      }
      await this.audit.record(manager, {
        action: 'update',
        entity: 'interview',
        entityId: id,
        before: { [`notes.${sectionKey}`]: current?.body ?? null },
        after: { [`notes.${sectionKey}`]: input.body },
      });
      await startLocked(manager, this.audit, this.engagement, interview);
      const [saved] = await loadNotes(manager, id, sectionKey);
      return saved;
    });
  }

  /** The interview locked for one save; a cancelled interview takes no answers (409). */
  private async lockForSaving(manager: EntityManager, id: string): Promise<Interview> {
    const interview = await lockInterview(manager, id);
    if (interview.status === 'cancelled') throw notWhen(interview.status, 'answered');
    return interview;
  }

  /**
   * The records an answer names must exist: a contact of the municipality (not erased) for a contact
   * question or the person who raised a concern, a model dataset for a candidate row. The 400 names the
   * question, since that is the field the interviewer sees.
   */
  private async requireReferences(
    manager: EntityManager,
    question: QuestionDefinition,
    value: AnswerValue,
  ): Promise<void> {
    if (value === null) return;
    const contactIds = new Set<string>();
    const modelDatasetIds = new Set<string>();
    if (question.type === 'contact') contactIds.add(value as string);
    if (question.type === 'objection_list') {
      for (const row of value as ConcernRow[])
        if (row.raisedByContactId) contactIds.add(row.raisedByContactId);
    }
    if (question.type === 'dataset_list') {
      for (const row of value as DatasetCandidateRow[])
        if (row.modelDatasetId) modelDatasetIds.add(row.modelDatasetId);
    }
    if (contactIds.size > 0) {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM contact WHERE municipality_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL`,
        [requestContext.municipalityId(), [...contactIds]],
      );
      if (rows.length < contactIds.size) throw unknownReference(question.key, contactIds, rows, 'contact');
    }
    if (modelDatasetIds.size > 0) {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM model_dataset WHERE id = ANY($1::uuid[])`,
        [[...modelDatasetIds]],
      );
      if (rows.length < modelDatasetIds.size) {
        throw unknownReference(question.key, modelDatasetIds, rows, 'model dataset');
      }
    }
  }
}

function unknownReference(key: string, wanted: Set<string>, found: { id: string }[], what: string) {
  const known = new Set(found.map((row) => row.id));
  const missing = [...wanted].filter((id) => !known.has(id));
  return fieldError(
    key,
    FIELD_ERROR_CODES.unknownReference,
    `${key} names an unknown ${what}: ${missing.join(', ')}`,
  );
}
