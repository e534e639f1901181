import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Richer outbox messages and what the secretariat needs to follow their delivery: an HTML
 * alternative, attachments (e.g. a calendar invitation) and extra headers (e.g.
 * List-Unsubscribe); the person the message is for; a key that makes queuing the same
 * notification twice do nothing; the time a message was given up after its last attempt; the
 * time of the latest attempt; and, for a copy the secretariat sent again, the original.
 */
export class OutboxDelivery1765600000000 implements MigrationInterface {
  name = 'OutboxDelivery1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox_message
        ADD COLUMN body_html text,
        ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        ADD COLUMN dedupe_key varchar(200),
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN gave_up_at timestamptz,
        ADD COLUMN resent_from_id uuid REFERENCES outbox_message (id) ON DELETE SET NULL,
        ADD CONSTRAINT outbox_message_dedupe_key_unique UNIQUE (dedupe_key),
        ADD CONSTRAINT outbox_message_attachments_array CHECK (jsonb_typeof(attachments) = 'array'),
        ADD CONSTRAINT outbox_message_headers_object CHECK (jsonb_typeof(headers) = 'object'),
        ADD CONSTRAINT outbox_message_sent_or_given_up
          CHECK (sent_at IS NULL OR gave_up_at IS NULL)`);
    // Messages that already used every attempt (8, the sender's default) were given up.
    await queryRunner.query(`
      UPDATE outbox_message SET gave_up_at = COALESCE(send_after, now())
       WHERE sent_at IS NULL AND attempts >= 8`);
    await queryRunner.query(`DROP INDEX outbox_message_pending`);
    await queryRunner.query(`
      CREATE INDEX outbox_message_pending ON outbox_message (send_after)
        WHERE sent_at IS NULL AND gave_up_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_message_person ON outbox_message (person_id)`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_resent_from ON outbox_message (resent_from_id)`,
    );
    // The secretariat's delivery list: newest first.
    await queryRunner.query(
      `CREATE INDEX outbox_message_newest ON outbox_message (created_at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_message_newest`);
    await queryRunner.query(`DROP INDEX outbox_message_pending`);
    // Give-ups are kept as used-up attempts, as before.
    await queryRunner.query(`
      UPDATE outbox_message SET attempts = GREATEST(attempts, 8) WHERE gave_up_at IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE outbox_message
        DROP CONSTRAINT outbox_message_sent_or_given_up,
        DROP CONSTRAINT outbox_message_headers_object,
        DROP CONSTRAINT outbox_message_attachments_array,
        DROP CONSTRAINT outbox_message_dedupe_key_unique,
        DROP COLUMN resent_from_id,
        DROP COLUMN gave_up_at,
        DROP COLUMN last_attempt_at,
        DROP COLUMN dedupe_key,
        DROP COLUMN person_id,
        DROP COLUMN headers,
        DROP COLUMN attachments,
        DROP COLUMN body_html`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_pending ON outbox_message (send_after) WHERE sent_at IS NULL`,
    );
  }
}
