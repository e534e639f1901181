import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bodies and people carry a `version`, as memberships, minutes, drafts and imports do: every
 * change adds one, and an edit sent with the version it was loaded at is refused once someone
 * else has saved. They were guarded by their `updated_at` until now; one convention is simpler
 * for every client, and a whole number survives any form or JSON round trip exactly.
 */
export class BodyPersonVersion1766100000000 implements MigrationInterface {
  name = 'BodyPersonVersion1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE body ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE person ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person DROP COLUMN version`);
    await queryRunner.query(`ALTER TABLE body DROP COLUMN version`);
  }
}
