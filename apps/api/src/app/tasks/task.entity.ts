import { TASK_LINK_ENTITIES, TASK_STATUSES, TaskLinkEntity, TaskStatus } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { Department } from '../departments/department.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

/** A follow-up: something a team member has to do by a date, about a record. */
@Entity('task')
@Check('task_status_check', `status IN (${sqlList(TASK_STATUSES)})`)
@Check('task_link_check', `link_entity IS NULL OR link_entity IN (${sqlList(TASK_LINK_ENTITIES)})`)
@Index('task_assignee_idx', ['municipalityId', 'assigneeUserId', 'status', 'dueAt'])
@Index('task_department_idx', ['departmentId', 'status'])
export class Task extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'due_at', type: 'date', nullable: true })
  dueAt!: string | null;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_user_id' })
  assignee?: User;

  @Column({ type: 'text', default: 'open' })
  status!: TaskStatus;

  @Column({ name: 'link_entity', type: 'text', nullable: true })
  linkEntity!: TaskLinkEntity | null;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId!: string | null;

  /** The department of the linked record: scopes the task for department heads and lists it on its page. */
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
