import { OBJECTION_CATEGORIES, ObjectionCategory } from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { ModelDataset } from '../model-datasets/model-dataset.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';

/** A counter-argument of the library, reusable in every objection of its category. */
@Entity('argument')
@Check('argument_category_check', `category IN (${sqlList(OBJECTION_CATEGORIES)})`)
@Index('argument_category_idx', ['municipalityId', 'category'])
@Index('argument_seed_key_idx', ['municipalityId', 'seedKey'], {
  unique: true,
  where: 'seed_key IS NOT NULL',
})
export class Argument extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  category!: ObjectionCategory;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  examples!: string | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  /** Backs the argument with the municipalities that publish this model dataset. */
  @Column({ name: 'model_dataset_id', type: 'uuid', nullable: true })
  modelDatasetId!: string | null;

  @ManyToOne(() => ModelDataset, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'model_dataset_id' })
  modelDataset?: ModelDataset;

  /** Identifies a shipped argument: a later start adds only missing keys and never overwrites the team's edits. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
