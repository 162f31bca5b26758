import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { searchVector } from '../../common/sql';

const MODEL_DATASET_TEXT = `coalesce(theme, '') || ' ' || coalesce(label, '') || ' ' || coalesce(description, '')`;

/**
 * A model dataset of the Musterdatenkatalog v4 taxonomy (Bertelsmann Stiftung, CC0): reference data shared
 * by every municipality of the installation, loaded at start.
 */
@Entity('model_dataset')
@Index('model_dataset_theme_idx', ['theme', 'label'])
export class ModelDataset extends BaseEntity {
  /** `thema/bezeichnung[/bezeichnung2]`, the path of its URI. */
  @Column({ type: 'text', unique: true })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  theme!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'theme_en', type: 'text', nullable: true })
  themeEn!: string | null;

  @Column({ name: 'label_en', type: 'text', nullable: true })
  labelEn!: string | null;

  /** Distinct municipalities in the 2.1 data that publish it; kept when the publications are loaded. */
  @Column({ name: 'publisher_count', type: 'int', default: 0 })
  publisherCount!: number;

  // A GIN index, written by hand in the migration: TypeORM cannot declare one.
  @Index('model_dataset_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: searchVector(MODEL_DATASET_TEXT),
  })
  search?: string;
}

/** A real municipal dataset mapped onto a model dataset (Musterdatenkatalog 2.1, NRW). */
@Entity('model_dataset_publication')
@Index('model_dataset_publication_model_idx', ['modelDatasetId', 'organisation'])
export class ModelDatasetPublication extends BaseEntity {
  /** Null where the 2.1 model dataset has no counterpart in the v4 taxonomy. */
  @Column({ name: 'model_dataset_id', type: 'uuid', nullable: true })
  modelDatasetId!: string | null;

  @ManyToOne(() => ModelDataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'model_dataset_id' })
  modelDataset?: ModelDataset;

  /** The 2.1 name it was mapped to ("Zivil- und Katastrophenschutz - Sirenen"). */
  @Column({ name: 'source_model_name', type: 'text' })
  sourceModelName!: string;

  /** The publishing municipality ("Bonn", "Stadt Moers"). */
  @Column({ type: 'text' })
  organisation!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'landing_page', type: 'text', nullable: true })
  landingPage!: string | null;

  @Column({ type: 'text', nullable: true })
  license!: string | null;
}
