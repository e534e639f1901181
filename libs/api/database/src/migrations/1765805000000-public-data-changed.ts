import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel on which PostgreSQL says, at each commit, that data the public may read changed. */
export const PUBLIC_DATA_CHANNEL = 'public_data_changed';

/**
 * Tables whose changes never alter what the public reads: sign-ins, throttles, tokens, the audit
 * trail, email plumbing, private choices. Every other table of the portal is watched.
 */
export const UNWATCHED_TABLES = [
  'account_token',
  'audit_event',
  'calendar_feed_token',
  'login_attempt',
  'meeting_notice',
  'membership_import',
  'notice_choice',
  'outbox_message',
  'password_reset_request',
  'session',
];

/**
 * Public data tells its readers when it changes: a statement-level trigger on each watched table
 * sends `NOTIFY public_data_changed` with the table's name. PostgreSQL delivers a notification
 * only when its transaction commits, and once per transaction and table, so a write costs one
 * notice however many rows it touches. The API's cache of anonymous reads listens and empties
 * itself (libs/api/graphql, PublicReadCache).
 *
 * A table added later that public reads come from must be watched too:
 * `SELECT watch_public_data('the_table')` in its migration.
 */
export class PublicDataChanged1765805000000 implements MigrationInterface {
  name = 'PublicDataChanged1765805000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_public_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${PUBLIC_DATA_CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION watch_public_data(target regclass) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format(
          'CREATE TRIGGER public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s
             FOR EACH STATEMENT EXECUTE FUNCTION notify_public_data_changed()', target);
      END $$`);
    await queryRunner.query(
      `SELECT watch_public_data(format('%I', c.relname)::regclass)
         FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
          AND c.relname <> 'schema_migration' AND NOT (c.relname = ANY($1::text[]))
        ORDER BY c.relname`,
      [UNWATCHED_TABLES],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner
      .query(
        `SELECT format('DROP TRIGGER public_data_changed ON %I', c.relname)
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgname = 'public_data_changed'`,
      )
      .then(async (rows: { format: string }[]) => {
        for (const row of rows) await queryRunner.query(row.format);
      });
    await queryRunner.query(`DROP FUNCTION watch_public_data(regclass)`);
    await queryRunner.query(`DROP FUNCTION notify_public_data_changed()`);
  }
}
