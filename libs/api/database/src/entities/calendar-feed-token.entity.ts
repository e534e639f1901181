import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The secret in the address of a member's calendar feed (`/feeds/members/{token}.ics`). Only the
 * SHA-256 of the token is stored; an account has at most one that is not revoked.
 */
@Entity({ name: 'calendar_feed_token' })
export class CalendarFeedTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Set when the member revokes it or makes a new one in its place. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
