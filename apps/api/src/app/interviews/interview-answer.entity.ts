import { AnswerValue, INTERVIEW_OUTCOME_KINDS, InterviewOutcomeKind } from '@datenlotse/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../../common/sql';
import { User } from '../users/user.entity';
import { Interview } from './interview.entity';

/**
 * One answer, saved on its own: two interviewers answering different questions never collide, and the same
 * answer changed by both meets its own version check (409 with the current value).
 */
@Entity('interview_answer')
export class InterviewAnswer {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @PrimaryColumn({ name: 'question_key', type: 'text' })
  questionKey!: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;

  /** The value as the question type has it (see AnswerValue); JSON null for a cleared answer. */
  @Column({ type: 'jsonb' })
  value!: AnswerValue;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id' })
  updatedBy?: User;
}

/** The free notes next to one part of the interview, saved like an answer. */
@Entity('interview_note')
export class InterviewNote {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @PrimaryColumn({ name: 'section_key', type: 'text' })
  sectionKey!: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id' })
  updatedBy?: User;
}

/**
 * A record an interview made when completed, by where in the answers it came from (a row id, `follow_up`,
 * …): completing again finds and updates it instead of making a second one. No foreign key to the record,
 * since it may be any of several tables; a record deleted meanwhile is made again.
 */
@Entity('interview_outcome')
@Check('interview_outcome_kind_check', `kind IN (${sqlList(INTERVIEW_OUTCOME_KINDS)})`)
export class InterviewOutcome {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: InterviewOutcomeKind;

  @PrimaryColumn({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;
}
