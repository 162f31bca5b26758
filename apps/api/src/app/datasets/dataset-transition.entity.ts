import {
  DATASET_STAGES,
  DATASET_TRANSITION_VIAS,
  DatasetStage,
  DatasetTransitionVia,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { Dataset } from './dataset.entity';

/** One move of a dataset through the pipeline: its stage history, and the base of lead-time figures. */
@Entity('dataset_transition')
@Check('dataset_transition_to_check', `to_stage IN (${sqlList(DATASET_STAGES)})`)
@Check('dataset_transition_via_check', `via IN (${sqlList(DATASET_TRANSITION_VIAS)})`)
@Index('dataset_transition_dataset_idx', ['datasetId', 'at'])
@Index('dataset_transition_to_idx', ['municipalityId', 'toStage', 'at'])
export class DatasetTransition extends MunicipalityOwnedEntity {
  @Column({ name: 'dataset_id', type: 'uuid' })
  datasetId!: string;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: Dataset;

  /** Null for the first entry, when the dataset was created. */
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: DatasetStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: DatasetStage;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', default: 'app' })
  via!: DatasetTransitionVia;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
