import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type AccountGrant = 'SECRETARIAT' | 'ADMIN';

/** A person's sign-in. Roles as a member come from memberships; these grants add the rest. */
@Entity({ name: 'account' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid', unique: true })
  personId!: string;

  /** Argon2id PHC string; null until the person sets a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  grants!: AccountGrant[];

  /** The confirmed TOTP secret (raw bytes); null until a second factor is set up. */
  @Column({ name: 'totp_secret', type: 'bytea', nullable: true, select: false })
  totpSecret!: Buffer | null;

  /** A secret offered during set-up, kept until the first code confirms it. */
  @Column({ name: 'totp_pending_secret', type: 'bytea', nullable: true, select: false })
  totpPendingSecret!: Buffer | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last time step whose code was accepted: a code is never accepted twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true, select: false })
  totpLastStep!: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Up to when the person has seen "what's new"; null until they first mark it all seen. */
  @Column({ name: 'whats_new_seen_at', type: 'timestamptz', nullable: true })
  whatsNewSeenAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
