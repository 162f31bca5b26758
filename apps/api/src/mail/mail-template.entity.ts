import { LOCALES, Locale, MAIL_TEMPLATE_KEYS, MailTemplateKey } from '@datenlotse/contracts';
import { Check, Column, Entity, Index } from 'typeorm';
import { sqlList } from '../common/sql';
import { MunicipalityOwnedEntity } from '../app/municipalities/municipality-owned.entity';

/** A mail template of a municipality in one language: the shipped text until an admin edits it. */
@Entity('mail_template')
@Check('mail_template_key_check', `key IN (${sqlList(MAIL_TEMPLATE_KEYS)})`)
@Check('mail_template_locale_check', `locale IN (${sqlList(LOCALES)})`)
@Index('mail_template_key_idx', ['municipalityId', 'key', 'locale'], { unique: true })
export class MailTemplate extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  key!: MailTemplateKey;

  @Column({ type: 'text' })
  locale!: Locale;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ name: 'text_body', type: 'text' })
  text!: string;

  /** An admin changed it: shipping a new default text leaves it alone. */
  @Column({ type: 'boolean', default: false })
  customised!: boolean;
}
