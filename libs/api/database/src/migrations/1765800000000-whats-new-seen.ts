import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "What's new since your last visit": each account's marker, the moment up to which its person
 * has seen what changed (null until they first mark everything as seen). What changed is read
 * from the timestamps the records already carry; nothing else is stored.
 */
export class WhatsNewSeen1765800000000 implements MigrationInterface {
  name = 'WhatsNewSeen1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE account ADD COLUMN whats_new_seen_at timestamptz`);
    // The papers, minutes and actions that the list reads by time.
    await queryRunner.query(`CREATE INDEX paper_created_at ON paper (created_at)`);
    await queryRunner.query(`CREATE INDEX meeting_updated_at ON meeting (updated_at)`);
    await queryRunner.query(
      `CREATE INDEX meeting_action_owner_created ON meeting_action (owner_id, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX meeting_action_owner_created`);
    await queryRunner.query(`DROP INDEX meeting_updated_at`);
    await queryRunner.query(`DROP INDEX paper_created_at`);
    await queryRunner.query(`ALTER TABLE account DROP COLUMN whats_new_seen_at`);
  }
}
