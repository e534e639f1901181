import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBody1763900000000 implements MigrationInterface {
  name = 'CreateBody1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE body_kind AS ENUM ('BOARD', 'GROUP')`);
    await queryRunner.query(`
      CREATE TABLE body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL,
        name varchar(200) NOT NULL,
        kind body_kind NOT NULL,
        purpose text NOT NULL,
        established_on date NOT NULL,
        dissolved_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT body_slug_unique UNIQUE (slug),
        CONSTRAINT body_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT body_name_not_blank CHECK (btrim(name) <> ''),
        CONSTRAINT body_dissolved_after_established CHECK (dissolved_on IS NULL OR dissolved_on >= established_on)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE body`);
    await queryRunner.query(`DROP TYPE body_kind`);
  }
}
