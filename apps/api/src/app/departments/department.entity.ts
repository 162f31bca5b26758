import { DEPARTMENT_KINDS, DepartmentKind, ENGAGEMENT_STAGES, EngagementStage } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { searchVector, sqlList } from '../../common/sql';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

const NAME_TEXT = `coalesce(name, '') || ' ' || coalesce(short_name, '')`;

/** An organisational unit of the city (Dezernat, Amt, Abteilung, …), arranged as a tree. */
@Entity('department')
@Check('department_kind_check', `kind IN (${sqlList(DEPARTMENT_KINDS)})`)
@Check('department_derived_stage_check', `derived_stage IN (${sqlList(ENGAGEMENT_STAGES)})`)
@Check(
  'department_stage_override_check',
  `stage_override IS NULL OR (stage_override IN (${sqlList(ENGAGEMENT_STAGES)}) AND stage_override_reason <> '')`,
)
@Index('department_municipality_parent_idx', ['municipalityId', 'parentId'])
export class Department extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName!: string | null;

  @Column({ type: 'text' })
  kind!: DepartmentKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Department;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Index('department_owner_idx')
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: User;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** What the records say; kept up to date by the services that change those records. */
  @Column({ name: 'derived_stage', type: 'text', default: 'not_contacted' })
  derivedStage!: EngagementStage;

  @Column({ name: 'stage_override', type: 'text', nullable: true })
  stageOverride!: EngagementStage | null;

  @Column({ name: 'stage_override_reason', type: 'text', nullable: true })
  stageOverrideReason!: string | null;

  @Column({ name: 'stage_override_at', type: 'timestamptz', nullable: true })
  stageOverrideAt!: Date | null;

  @Column({ name: 'stage_override_by', type: 'uuid', nullable: true })
  stageOverrideBy!: string | null;

  /** The newest interaction with the unit; kept up to date by the interactions service. */
  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  // A GIN index, written by hand in the migration: TypeORM cannot declare one.
  @Index('department_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `${searchVector(NAME_TEXT, 'A')} || setweight(to_tsvector('german', coalesce(notes, '')), 'D')`,
  })
  search?: string;
}
