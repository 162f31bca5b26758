import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Municipality } from './municipality.entity';

/** A record that belongs to one municipality; every query on it is scoped by the request context. */
export abstract class MunicipalityOwnedEntity extends BaseEntity {
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
}
