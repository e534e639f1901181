import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership imports from CSV files: one row per uploaded file, with its progress while it is
 * checked and applied (written outside the import's own transaction, so others see it), and at
 * the end every problem found, by line. The memberships themselves are written in one
 * transaction that also marks the import DONE, so an import is DONE exactly when its memberships
 * exist. An import whose process stopped (no heartbeat) is marked FAILED by the next one to look.
 */
export class CreateMembershipImport1763900600000 implements MigrationInterface {
  name = 'CreateMembershipImport1763900600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE membership_import_status AS ENUM ('VALIDATING', 'IMPORTING', 'DONE', 'FAILED')`,
    );
    await queryRunner.query(`
      CREATE TABLE membership_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        created_by_account_id uuid NOT NULL REFERENCES account (id),
        created_by_label varchar(200) NOT NULL,
        file_name varchar(255) NOT NULL,
        file_bytes integer NOT NULL,
        status membership_import_status NOT NULL DEFAULT 'VALIDATING',
        total_rows integer NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        imported_rows integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        failure_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT membership_import_seq_unique UNIQUE (seq),
        CONSTRAINT membership_import_file_bytes CHECK (file_bytes >= 0),
        CONSTRAINT membership_import_counts CHECK (
          total_rows >= 0 AND processed_rows BETWEEN 0 AND total_rows
          AND imported_rows BETWEEN 0 AND total_rows AND error_count >= 0
        ),
        CONSTRAINT membership_import_errors_array CHECK (jsonb_typeof(errors) = 'array'),
        CONSTRAINT membership_import_finished CHECK (
          (status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL)
        ),
        CONSTRAINT membership_import_done_clean CHECK (
          status <> 'DONE' OR (error_count = 0 AND failure_reason IS NULL
                               AND imported_rows = total_rows AND processed_rows = total_rows)
        ),
        CONSTRAINT membership_import_failed_nothing CHECK (status <> 'FAILED' OR imported_rows = 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX membership_import_running ON membership_import (heartbeat_at)
        WHERE status IN ('VALIDATING', 'IMPORTING')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE membership_import`);
    await queryRunner.query(`DROP TYPE membership_import_status`);
  }
}
