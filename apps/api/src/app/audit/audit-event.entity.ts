import { AuditAction } from '@datenlotse/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

export type AuditDiff = Record<string, { before: unknown; after: unknown }>;

/**
 * Append-only: a database trigger refuses UPDATE and DELETE. It has no version or updated_at, as it is never
 * changed.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['municipalityId', 'entity', 'entityId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb' })
  diff!: AuditDiff;
}
