import { INTERVIEW_STATUSES, InterviewStatus } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sqlList } from '../../common/sql';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-template.entity';
import { User } from '../users/user.entity';

/** The three-part interview with a department: planned, run in the meeting, completed into records. */
@Entity('interview')
@Check('interview_status_check', `status IN (${sqlList(INTERVIEW_STATUSES)})`)
@Check('interview_cancel_check', `(status = 'cancelled') = (cancel_reason IS NOT NULL)`)
@Check('interview_duration_check', `duration_minutes BETWEEN 5 AND 600`)
@Index('interview_scheduled_idx', ['municipalityId', 'scheduledAt'])
@Index('interview_department_idx', ['departmentId', 'scheduledAt'])
@Index('interview_version_idx', ['templateVersionId'])
export class Interview extends MunicipalityOwnedEntity {
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  /** The version it is run with; RESTRICT: a version in use cannot be deleted. */
  @Column({ name: 'template_version_id', type: 'uuid' })
  templateVersionId!: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_version_id' })
  templateVersion?: QuestionnaireVersion;

  @Column({ type: 'text', default: 'planned' })
  status!: InterviewStatus;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ name: 'duration_minutes', type: 'int', default: 90 })
  durationMinutes!: number;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  /** When the guided screen was first opened to run it: the timer counts from here. */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** The first completion: when the interview was conducted to the end. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completion_count', type: 'int', default: 0 })
  completionCount!: number;

  @Column({ name: 'invitation_sent_at', type: 'timestamptz', nullable: true })
  invitationSentAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;
}

/** A team member who runs the interview. */
@Entity('interview_interviewer')
@Index('interview_interviewer_user_idx', ['userId'])
export class InterviewInterviewer {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}

/** A contact of the department invited to the interview: gets the invitation and the protocol. */
@Entity('interview_invitee')
@Index('interview_invitee_contact_idx', ['contactId'])
export class InterviewInvitee {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;
}
