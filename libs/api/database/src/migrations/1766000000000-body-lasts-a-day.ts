import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A body lasts a day at least (the domain's `validateBodyLifespan`): dissolved after the day it
 * was established, never on it. The database's own check allowed the same day; now it says
 * what the domain says. A body already recorded as dissolved on the day it was established
 * (possible before the domain refused it) is reported by name and stops the migration, for
 * the secretariat to correct: no date is made up for it.
 */
export class BodyLastsADay1766000000000 implements MigrationInterface {
  name = 'BodyLastsADay1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sameDay: { slug: string }[] = await queryRunner.query(
      `SELECT slug FROM body WHERE dissolved_on = established_on ORDER BY slug`,
    );
    if (sameDay.length > 0) {
      throw new Error(
        `These bodies are recorded as dissolved on the day they were established; give each a later dissolution date (or none) and migrate again: ${sameDay.map((b) => b.slug).join(', ')}`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE body DROP CONSTRAINT body_dissolved_after_established,
         ADD CONSTRAINT body_dissolved_after_established
           CHECK (dissolved_on IS NULL OR dissolved_on > established_on)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE body DROP CONSTRAINT body_dissolved_after_established,
         ADD CONSTRAINT body_dissolved_after_established
           CHECK (dissolved_on IS NULL OR dissolved_on >= established_on)`,
    );
  }
}
