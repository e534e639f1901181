import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' calendar feeds: the secret in a feed's address, stored only as its SHA-256, at most
 * one open (not revoked) per account. Meetings already carry a `version` that every change of
 * the meeting moves on: the feeds' SEQUENCE comes from it, so nothing else is needed for them.
 */
export class CalendarFeedToken1765400000000 implements MigrationInterface {
  name = 'CalendarFeedToken1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id),
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT calendar_feed_token_hash_unique UNIQUE (token_hash),
        CONSTRAINT calendar_feed_token_hash_length CHECK (octet_length(token_hash) = 32),
        CONSTRAINT calendar_feed_token_revoked_after CHECK (revoked_at IS NULL OR revoked_at >= created_at)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX calendar_feed_token_one_open ON calendar_feed_token (account_id)
        WHERE revoked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feed_token`);
  }
}
