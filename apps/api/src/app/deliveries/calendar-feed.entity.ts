import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

/** A user's calendar feed of due deliveries. Only the token's hash is kept; revoking deletes the row. */
@Entity('calendar_feed')
export class CalendarFeed extends MunicipalityOwnedEntity {
  @Column({ name: 'user_id', type: 'uuid', unique: true })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** sha256 of the token, hex; the token itself is only ever shown once. */
  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;
}
