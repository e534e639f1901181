import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support that leads somewhere: each body has a named contact (a person in the secretariat, with
 * an email address, a phone number or both) and its usual support text, which a meeting
 * scheduled without support of its own takes.
 */
export class BodySupport1765100000000 implements MigrationInterface {
  name = 'BodySupport1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE body
        ADD COLUMN support_contact_name varchar(200),
        ADD COLUMN support_contact_email varchar(320),
        ADD COLUMN support_contact_phone varchar(40),
        ADD COLUMN default_support text NOT NULL DEFAULT '',
        ADD CONSTRAINT body_support_contact_complete CHECK (
          (support_contact_name IS NULL
             AND support_contact_email IS NULL AND support_contact_phone IS NULL)
          OR (support_contact_name IS NOT NULL AND btrim(support_contact_name) <> ''
              AND (support_contact_email IS NOT NULL OR support_contact_phone IS NOT NULL)))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE body
        DROP CONSTRAINT body_support_contact_complete,
        DROP COLUMN default_support,
        DROP COLUMN support_contact_phone,
        DROP COLUMN support_contact_email,
        DROP COLUMN support_contact_name`);
  }
}
