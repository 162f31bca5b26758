import { QUALITY_CHECKS, QualityCheck } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { Dataset } from '../datasets/dataset.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

/** A receipt: data that arrived for a dataset, and whether it passed the quality check. */
@Entity('delivery')
@Check('delivery_quality_check', `quality_check IS NULL OR quality_check IN (${sqlList(QUALITY_CHECKS)})`)
@Index('delivery_dataset_idx', ['datasetId', 'receivedAt'])
export class Delivery extends MunicipalityOwnedEntity {
  @Column({ name: 'dataset_id', type: 'uuid' })
  datasetId!: string;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: Dataset;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The due date this delivery fulfilled. */
  @Column({ name: 'due_at', type: 'date', nullable: true })
  dueAt!: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  checksum!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'quality_check', type: 'text', nullable: true })
  qualityCheck!: QualityCheck | null;

  @Column({ name: 'quality_note', type: 'text', nullable: true })
  qualityNote!: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: User;
}
