import { DEPARTMENT_KINDS, DepartmentKind } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';

/** An organisational unit of the city (Dezernat, Amt, Abteilung, …), arranged as a tree. */
@Entity('department')
@Check('department_kind_check', `kind IN (${DEPARTMENT_KINDS.map((k) => `'${k}'`).join(', ')})`)
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

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
