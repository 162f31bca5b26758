import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

/** One city or town served by this installation; every domain record belongs to one. */
@Entity('municipality')
export class Municipality extends BaseEntity {
  @Column({ type: 'text' })
  name!: string;

  /** Amtlicher Gemeindeschlüssel, e.g. 05111000 for Düsseldorf. */
  @Column({ type: 'varchar', length: 8, unique: true })
  geocode!: string;
}
