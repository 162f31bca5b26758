import {
  IMPORT_KINDS,
  IMPORT_STATUSES,
  ImportKind,
  ImportMapping,
  ImportStatus,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';

/** An uploaded CSV/XLSX file: its parsed rows, the mapping chosen, and how far the run came. */
@Entity('import_batch')
@Check('import_batch_kind_check', `kind IN (${sqlList(IMPORT_KINDS)})`)
@Check('import_batch_status_check', `status IN (${sqlList(IMPORT_STATUSES)})`)
@Index('import_batch_municipality_idx', ['municipalityId', 'createdAt'])
export class ImportBatch extends MunicipalityOwnedEntity {
  @Column({ type: 'text' })
  kind!: ImportKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'text', default: 'uploaded' })
  status!: ImportStatus;

  @Column({ type: 'jsonb' })
  columns!: string[];

  /** The data rows as header → cell text; kept until the import is undone or replaced. */
  @Column({ type: 'jsonb', select: false })
  rows!: Record<string, string>[];

  @Column({ name: 'row_count', type: 'int' })
  rowCount!: number;

  @Column({ type: 'jsonb', nullable: true })
  mapping!: ImportMapping | null;

  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt!: Date | null;
}

/** What one import row did to one record, so that the import can be undone as a whole. */
@Entity('import_record')
@Index('import_record_import_idx', ['importId'])
export class ImportRecord extends MunicipalityOwnedEntity {
  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => ImportBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  importBatch?: ImportBatch;

  @Column({ type: 'text' })
  entity!: 'department' | 'contact';

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'text' })
  action!: 'create' | 'update';

  /** For updates: the fields as they were, to put back on undo. */
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;
}
