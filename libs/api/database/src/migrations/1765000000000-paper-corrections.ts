import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Papers can be corrected after they are published: withdrawn (kept and listed, marked withdrawn
 * with the reason, its file no longer downloadable except by the staff) and put back, and their
 * file replaced.
 *
 * A paper under a private agenda item can no longer be PUBLIC. Any that were are narrowed to
 * MEMBERS, since narrowing never shows anyone more than before; the portal's audit trail keeps
 * no entry for this, so the migration's own note is the record.
 */
export class PaperCorrections1765000000000 implements MigrationInterface {
  name = 'PaperCorrections1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE paper
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by uuid REFERENCES account (id),
        ADD COLUMN withdrawal_reason varchar(500),
        ADD CONSTRAINT paper_withdrawal_complete CHECK (
          (withdrawn_at IS NULL AND withdrawal_reason IS NULL)
          OR (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL
              AND btrim(withdrawal_reason) <> ''))`);
    await queryRunner.query(`
      UPDATE paper p SET visibility = 'MEMBERS', version = p.version + 1
        FROM agenda_item a
       WHERE a.id = p.agenda_item_id AND NOT a.is_public AND p.visibility = 'PUBLIC'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE paper
        DROP CONSTRAINT paper_withdrawal_complete,
        DROP COLUMN withdrawal_reason,
        DROP COLUMN withdrawn_by,
        DROP COLUMN withdrawn_at`);
  }
}
