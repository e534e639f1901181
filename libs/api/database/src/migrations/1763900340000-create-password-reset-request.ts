import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for a password reset email, kept for throttling per email address and per client
 * address. Every request is recorded, for known and unknown addresses alike, so that the
 * throttle itself does not tell who has an account.
 */
export class CreatePasswordResetRequest1763900340000 implements MigrationInterface {
  name = 'CreatePasswordResetRequest1763900340000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_reset_request (
        id bigserial PRIMARY KEY,
        email_key varchar(320) NOT NULL,
        address varchar(64) NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX password_reset_request_email ON password_reset_request (email_key, requested_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX password_reset_request_address ON password_reset_request (address, requested_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE password_reset_request`);
  }
}
