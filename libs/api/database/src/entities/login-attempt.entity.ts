import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in attempt, kept for throttling per account and per address. */
@Entity({ name: 'login_attempt' })
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'email_key', type: 'varchar', length: 320 })
  emailKey!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;

  @Column({ type: 'boolean' })
  succeeded!: boolean;
}
