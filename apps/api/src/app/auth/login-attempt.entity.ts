import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept for a day: the rate limit counts them per account and per IP in PostgreSQL. */
@Entity('login_failure')
@Index('login_failure_email_idx', ['email', 'at'])
@Index('login_failure_ip_idx', ['ip', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  ip!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
