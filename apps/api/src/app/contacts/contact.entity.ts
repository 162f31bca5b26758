import { Relationship, RELATIONSHIPS } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { searchVector, sqlList } from '../../common/sql';
import { Department } from '../departments/department.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';

const CONTACT_TEXT = `coalesce(name, '') || ' ' || coalesce(title, '') || ' ' || coalesce(email, '')`;

/** A person in a department. Personal fields become null when the contact is erased (GDPR Art. 17). */
@Entity('contact')
@Check('contact_relationship_check', `relationship IN (${sqlList(RELATIONSHIPS)})`)
@Check('contact_name_check', `name IS NOT NULL OR erased_at IS NOT NULL`)
@Index('contact_department_idx', ['municipalityId', 'departmentId'])
@Index('contact_email_idx', ['municipalityId', 'email'])
// The contact list's default order: a page of 50 from 50,000 people without sorting them all.
@Index('contact_name_idx', ['municipalityId', 'name', 'id'], { where: 'erased_at IS NULL' })
export class Contact extends MunicipalityOwnedEntity {
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** Stored trimmed and lower-case, so that duplicates are found regardless of spelling. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'is_head', type: 'boolean', default: false })
  isHead!: boolean;

  @Column({ type: 'text', default: 'cold' })
  relationship!: Relationship;

  /** The newest interaction the contact took part in; kept up to date by the interactions service. */
  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis!: string | null;

  @Column({ name: 'retain_until', type: 'date', nullable: true })
  retainUntil!: string | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  // A GIN index, written by hand in the migration: TypeORM cannot declare one.
  @Index('contact_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: searchVector(CONTACT_TEXT),
  })
  search?: string;
}
