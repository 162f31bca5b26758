import {
  OBJECTION_CATEGORIES,
  OBJECTION_STATUSES,
  ObjectionCategory,
  ObjectionStatus,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sqlList } from '../../common/sql';
import { Contact } from '../contacts/contact.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Department } from '../departments/department.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';
import { Argument } from './argument.entity';

/** A Vorbehalt: a department's concern about publishing a dataset (or about Open Data in general). */
@Entity('objection')
@Check('objection_category_check', `category IN (${sqlList(OBJECTION_CATEGORIES)})`)
@Check('objection_status_check', `status IN (${sqlList(OBJECTION_STATUSES)})`)
@Index('objection_dataset_idx', ['datasetId', 'status'])
@Index('objection_department_idx', ['departmentId', 'status'])
@Index('objection_category_idx', ['municipalityId', 'status', 'category'])
export class Objection extends MunicipalityOwnedEntity {
  /** Null for a general objection of the department. */
  @Column({ name: 'dataset_id', type: 'uuid', nullable: true })
  datasetId!: string | null;

  @ManyToOne(() => Dataset, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: Dataset;

  /** The dataset's department, or the department of a general objection: scopes it for department heads. */
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ name: 'raised_by_contact_id', type: 'uuid', nullable: true })
  raisedByContactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'raised_by_contact_id' })
  raisedBy?: Contact;

  @Column({ type: 'text' })
  category!: ObjectionCategory;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: ObjectionStatus;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}

/** An argument from the library used in an objection's answer. */
@Entity('objection_argument')
@Index('objection_argument_argument_idx', ['argumentId'])
export class ObjectionArgument {
  @PrimaryColumn({ name: 'objection_id', type: 'uuid' })
  objectionId!: string;

  @ManyToOne(() => Objection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objection_id' })
  objection?: Objection;

  @PrimaryColumn({ name: 'argument_id', type: 'uuid' })
  argumentId!: string;

  @ManyToOne(() => Argument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'argument_id' })
  argument?: Argument;
}

/** A remark on an objection: the department head's voice in the discussion, or the team's. */
@Entity('objection_comment')
@Index('objection_comment_objection_idx', ['objectionId', 'createdAt'])
export class ObjectionComment extends MunicipalityOwnedEntity {
  @Column({ name: 'objection_id', type: 'uuid' })
  objectionId!: string;

  @ManyToOne(() => Objection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objection_id' })
  objection?: Objection;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @Column({ type: 'text' })
  body!: string;
}
