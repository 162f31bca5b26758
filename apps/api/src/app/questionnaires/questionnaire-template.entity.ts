import {
  QUESTIONNAIRE_VERSION_STATUSES,
  QuestionnaireDefinition,
  QuestionnaireVersionStatus,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

/** A questionnaire: a name and its versions. The shipped three-part interview carries a seed key. */
@Entity('questionnaire_template')
@Index('questionnaire_template_seed_key_idx', ['municipalityId', 'seedKey'], {
  unique: true,
  where: 'seed_key IS NOT NULL',
})
export class QuestionnaireTemplate extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** `default`: the shipped interview, which new interviews use unless told otherwise. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/**
 * One version of a questionnaire. A draft is edited in place; publishing freezes it (the service refuses
 * every change to a published version), and editing then starts the next draft. At most one draft per template.
 */
@Entity('questionnaire_version')
@Check('questionnaire_version_status_check', `status IN (${sqlList(QUESTIONNAIRE_VERSION_STATUSES)})`)
@Check('questionnaire_version_published_check', `(status = 'published') = (published_at IS NOT NULL)`)
@Index('questionnaire_version_number_idx', ['templateId', 'number'], { unique: true })
@Index('questionnaire_version_one_draft_idx', ['templateId'], { unique: true, where: `status = 'draft'` })
export class QuestionnaireVersion extends MunicipalityOwnedEntity {
  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => QuestionnaireTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: QuestionnaireTemplate;

  /** 1, 2, 3, … per template. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: QuestionnaireVersionStatus;

  @Column({ type: 'jsonb' })
  definition!: QuestionnaireDefinition;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;
}
