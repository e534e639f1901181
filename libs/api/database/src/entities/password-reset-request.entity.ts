import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One request for a password reset email, kept for throttling per email and per address. */
@Entity({ name: 'password_reset_request' })
export class PasswordResetRequestEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'email_key', type: 'varchar', length: 320 })
  emailKey!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;
}
