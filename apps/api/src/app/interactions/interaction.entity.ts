import { INTERACTION_TYPES, InteractionType } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { searchVector, sqlList } from '../../common/sql';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

/** A timeline entry: a meeting, call, talk, … with departments, contacts and team members. */
@Entity('interaction')
@Check('interaction_type_check', `type IN (${sqlList(INTERACTION_TYPES)})`)
@Index('interaction_occurred_idx', ['municipalityId', 'occurredAt'])
export class Interaction extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  type!: InteractionType;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;

  // A GIN index, written by hand in the migration: TypeORM cannot declare one.
  @Index('interaction_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: searchVector(`coalesce(summary, '')`),
  })
  search?: string;
}

/**
 * Links an interaction to a department. `occurred_at` is copied from the interaction so that a department's
 * timeline is read newest first straight from the index, even with a million interactions.
 */
@Entity('interaction_department')
@Index('interaction_department_timeline_idx', ['departmentId', 'occurredAt', 'interactionId'])
export class InteractionDepartment {
  @PrimaryColumn({ name: 'interaction_id', type: 'uuid' })
  interactionId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @ManyToOne(() => Interaction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: Interaction;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;
}

/** Links an interaction to a contact who took part; `occurred_at` as above, for the contact's last contact. */
@Entity('interaction_contact')
@Index('interaction_contact_idx', ['contactId', 'occurredAt'])
export class InteractionContact {
  @PrimaryColumn({ name: 'interaction_id', type: 'uuid' })
  interactionId!: string;

  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @ManyToOne(() => Interaction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: Interaction;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;
}

/** Links an interaction to a team member who took part. */
@Entity('interaction_user')
@Index('interaction_user_idx', ['userId'])
export class InteractionUser {
  @PrimaryColumn({ name: 'interaction_id', type: 'uuid' })
  interactionId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Interaction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interaction?: Interaction;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
