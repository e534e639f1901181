import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cross-seat rules take effect from a date. A rule's seats move to its versions, each in force
 * from its `effective_from` until the next one's; a version without seats removes the rule from
 * that day. A rule that already exists has been in force since its target body was established,
 * as it was judged before.
 */
export class CrossSeatRuleVersions1765200000000 implements MigrationInterface {
  name = 'CrossSeatRuleVersions1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cross_seat_rule_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_id uuid NOT NULL REFERENCES cross_seat_rule (id) ON DELETE CASCADE,
        effective_from date NOT NULL,
        min_seats integer,
        max_seats integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cross_seat_rule_version_day_unique UNIQUE (rule_id, effective_from),
        CONSTRAINT cross_seat_rule_version_seats CHECK (
          (min_seats IS NULL AND max_seats IS NULL)
          OR (min_seats IS NOT NULL AND max_seats IS NOT NULL
              AND min_seats >= 0 AND max_seats >= min_seats AND max_seats <= 20))
      )`);
    await queryRunner.query(`
      INSERT INTO cross_seat_rule_version (rule_id, effective_from, min_seats, max_seats)
      SELECT r.id, b.established_on, r.min_seats, r.max_seats
        FROM cross_seat_rule r JOIN body b ON b.id = r.target_body_id`);
    await queryRunner.query(`
      ALTER TABLE cross_seat_rule
        DROP CONSTRAINT cross_seat_rule_seats,
        DROP COLUMN min_seats,
        DROP COLUMN max_seats`);
  }

  /** Back to one set of seats per rule: the latest version that has seats. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cross_seat_rule
        ADD COLUMN min_seats integer NOT NULL DEFAULT 0,
        ADD COLUMN max_seats integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      UPDATE cross_seat_rule r
         SET min_seats = v.min_seats, max_seats = v.max_seats
        FROM (SELECT DISTINCT ON (rule_id) rule_id, min_seats, max_seats
                FROM cross_seat_rule_version WHERE min_seats IS NOT NULL
               ORDER BY rule_id, effective_from DESC) v
       WHERE v.rule_id = r.id`);
    await queryRunner.query(`
      ALTER TABLE cross_seat_rule
        ALTER COLUMN min_seats DROP DEFAULT,
        ALTER COLUMN max_seats DROP DEFAULT,
        ADD CONSTRAINT cross_seat_rule_seats
          CHECK (min_seats >= 0 AND max_seats >= min_seats AND max_seats <= 20)`);
    await queryRunner.query(`DROP TABLE cross_seat_rule_version`);
  }
}
