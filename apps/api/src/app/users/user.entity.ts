import { Locale, LOCALES, Role, ROLES } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { Department } from '../departments/department.entity';
import { sqlList as list } from '../../common/sql';

@Entity('app_user')
@Check('app_user_role_check', `role IN (${list(ROLES)})`)
@Check('app_user_locale_check', `locale IN (${list(LOCALES)})`)
export class User extends MunicipalityOwnedEntity {
  /** Stored lower-case; unique across the installation because sign-in is by email alone. */
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', default: 'de' })
  locale!: Locale;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /** SHA-256 of the one-time invitation token; the token itself is only ever in the link. */
  @Index('app_user_invite_token_key', { unique: true })
  @Column({ name: 'invite_token_hash', type: 'text', nullable: true })
  inviteTokenHash!: string | null;

  @Column({ name: 'invite_expires_at', type: 'timestamptz', nullable: true })
  inviteExpiresAt!: Date | null;

  /** For department heads: the departments they lead (their sub-units are included when scoping). */
  @ManyToMany(() => Department)
  @JoinTable({
    name: 'user_department',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'department_id', referencedColumnName: 'id' },
  })
  departments!: Department[];
}
