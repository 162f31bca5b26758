import { DELIVERY_METHODS, DeliveryMethod, SCHEDULE_KINDS, ScheduleKind } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { Contact } from '../contacts/contact.entity';
import { Dataset } from '../datasets/dataset.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';

/** How and when a department delivers a dataset's data: one agreement per dataset. */
@Entity('delivery_agreement')
@Check('delivery_agreement_method_check', `method IN (${sqlList(DELIVERY_METHODS)})`)
@Check('delivery_agreement_schedule_check', `schedule_kind IN (${sqlList(SCHEDULE_KINDS)})`)
@Check('delivery_agreement_rrule_check', `(schedule_kind = 'rrule') = (rrule IS NOT NULL)`)
@Index('delivery_agreement_due_idx', ['municipalityId', 'nextDueAt'], { where: 'next_due_at IS NOT NULL' })
export class DeliveryAgreement extends MunicipalityOwnedEntity {
  @Column({ name: 'dataset_id', type: 'uuid', unique: true })
  datasetId!: string;

  @OneToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: Dataset;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column({ type: 'text' })
  method!: DeliveryMethod;

  @Column({ type: 'text', nullable: true })
  format!: string | null;

  @Column({ name: 'schedule_kind', type: 'text' })
  scheduleKind!: ScheduleKind;

  /** The one-off date, or the first due date that anchors a recurrence. */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ type: 'text', nullable: true })
  rrule!: string | null;

  @Column({ name: 'next_due_at', type: 'date', nullable: true })
  nextDueAt!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
