import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A membership import asks before it acts: uploading only checks the file and keeps what it will
 * do (`plan`), as CHECKED; the secretariat then confirms it (DONE) or discards it (DISCARDED).
 * `version` moves on with every change of status, for confirming what was seen.
 */
export class MembershipImportConfirm1765300000000 implements MigrationInterface {
  name = 'MembershipImportConfirm1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE membership_import_status ADD VALUE IF NOT EXISTS 'CHECKED' AFTER 'IMPORTING'`,
    );
    await queryRunner.query(
      `ALTER TYPE membership_import_status ADD VALUE IF NOT EXISTS 'DISCARDED'`,
    );
    // The new values cannot be used in the transaction that adds them: the checks read the text.
    await queryRunner.query(`
      ALTER TABLE membership_import
        ADD COLUMN plan jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD CONSTRAINT membership_import_version CHECK (version >= 1),
        ADD CONSTRAINT membership_import_plan_array CHECK (jsonb_typeof(plan) = 'array'),
        ADD CONSTRAINT membership_import_discarded_nothing CHECK (
          status::text <> 'DISCARDED' OR imported_rows = 0),
        DROP CONSTRAINT membership_import_finished,
        ADD CONSTRAINT membership_import_finished CHECK (
          (status::text IN ('DONE', 'FAILED', 'DISCARDED')) = (finished_at IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped: the type is made again without them. Imports waiting to
    // be confirmed, and discarded ones, recorded nothing: they become FAILED.
    await queryRunner.query(`DROP INDEX membership_import_running`);
    await queryRunner.query(`
      ALTER TABLE membership_import
        DROP CONSTRAINT membership_import_finished,
        DROP CONSTRAINT membership_import_done_clean,
        DROP CONSTRAINT membership_import_failed_nothing,
        DROP CONSTRAINT membership_import_discarded_nothing,
        DROP CONSTRAINT membership_import_plan_array,
        DROP CONSTRAINT membership_import_version,
        DROP COLUMN version,
        DROP COLUMN plan`);
    await queryRunner.query(
      `ALTER TABLE membership_import ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE text`,
    );
    await queryRunner.query(
      `UPDATE membership_import SET status = 'FAILED', imported_rows = 0,
              finished_at = coalesce(finished_at, now())
        WHERE status IN ('CHECKED', 'DISCARDED')`,
    );
    await queryRunner.query(`DROP TYPE membership_import_status`);
    await queryRunner.query(
      `CREATE TYPE membership_import_status AS ENUM ('VALIDATING', 'IMPORTING', 'DONE', 'FAILED')`,
    );
    await queryRunner.query(`
      ALTER TABLE membership_import
        ALTER COLUMN status TYPE membership_import_status USING status::membership_import_status,
        ALTER COLUMN status SET DEFAULT 'VALIDATING',
        ADD CONSTRAINT membership_import_finished CHECK (
          (status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL)),
        ADD CONSTRAINT membership_import_done_clean CHECK (
          status <> 'DONE' OR (error_count = 0 AND failure_reason IS NULL
                               AND imported_rows = total_rows AND processed_rows = total_rows)),
        ADD CONSTRAINT membership_import_failed_nothing CHECK (
          status <> 'FAILED' OR imported_rows = 0)`);
    await queryRunner.query(
      `CREATE INDEX membership_import_running ON membership_import (heartbeat_at)
        WHERE status IN ('VALIDATING', 'IMPORTING')`,
    );
  }
}
