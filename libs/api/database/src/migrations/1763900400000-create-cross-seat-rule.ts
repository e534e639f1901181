import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many members of one body must sit on another ("cross-seats"): the review's rule that two
 * members of the Experts by Experience Board sit on each advisory group. One rule per pair of
 * bodies; the secretariat may change the numbers.
 */
export class CreateCrossSeatRule1763900400000 implements MigrationInterface {
  name = 'CreateCrossSeatRule1763900400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cross_seat_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_body_id uuid NOT NULL REFERENCES body (id),
        from_body_id uuid NOT NULL REFERENCES body (id),
        min_seats integer NOT NULL,
        max_seats integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cross_seat_rule_pair_unique UNIQUE (target_body_id, from_body_id),
        CONSTRAINT cross_seat_rule_other_body CHECK (target_body_id <> from_body_id),
        CONSTRAINT cross_seat_rule_seats CHECK (min_seats >= 0 AND max_seats >= min_seats AND max_seats <= 20)
      )`);
    await queryRunner.query(
      `CREATE INDEX membership_cross_seats ON membership (from_body_id, person_id) WHERE seat = 'CROSS_SEAT'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX membership_cross_seats`);
    await queryRunner.query(`DROP TABLE cross_seat_rule`);
  }
}
