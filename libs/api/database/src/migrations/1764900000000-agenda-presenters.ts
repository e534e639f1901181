import type { MigrationInterface, QueryRunner } from 'typeorm';
import { namesInText, SECRETARIAT_PRESENTER_NAME } from '@boards/domain';

/**
 * An agenda item's presenter was free text, which bypassed the public-display rule: "Led by
 * Jordan Ellis" reached the public although Jordan chose "Jordan E.". Now a presenter is a
 * person on the portal (`presenter_person_id`, shown through the display rule), the secretariat,
 * or a guest from outside named in `presenter_name`; the database keeps the three apart.
 *
 * Existing presenters are converted by the same rule the API applies to guest names
 * (`namesInText`): a text naming exactly one person becomes that person; "The secretariat"
 * becomes the secretariat; a text naming several people is cleared (it cannot be told which of
 * them leads the item, and keeping the text would show their names); any other text stays as a
 * guest's name.
 */
export class AgendaPresenters1764900000000 implements MigrationInterface {
  name = 'AgendaPresenters1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE presenter_kind AS ENUM ('PERSON', 'SECRETARIAT', 'GUEST')`,
    );
    await queryRunner.query(`ALTER TABLE agenda_item RENAME COLUMN presenter TO presenter_name`);
    await queryRunner.query(`
      ALTER TABLE agenda_item
        ADD COLUMN presenter_kind presenter_kind,
        ADD COLUMN presenter_person_id uuid REFERENCES person (id)`);
    await queryRunner.query(
      `CREATE INDEX agenda_item_presenter_person ON agenda_item (presenter_person_id)
        WHERE presenter_person_id IS NOT NULL`,
    );

    const items: { id: string; presenter_name: string }[] = await queryRunner.query(
      `SELECT id, presenter_name FROM agenda_item WHERE presenter_name IS NOT NULL`,
    );
    if (items.length > 0) {
      const people: { id: string; fullName: string }[] = await queryRunner.query(
        `SELECT id, full_name AS "fullName" FROM person`,
      );
      const secretariat = new Set([SECRETARIAT_PRESENTER_NAME.toLowerCase(), 'secretariat']);
      const converted = items.map(({ id, presenter_name: text }) => {
        const named = namesInText(text, people);
        if (named.length === 1) return { id, kind: 'PERSON', personId: named[0].id, name: null };
        if (named.length > 1) return { id, kind: null, personId: null, name: null };
        const plain = text.trim().replace(/\s+/gu, ' ');
        if (plain === '') return { id, kind: null, personId: null, name: null };
        if (secretariat.has(plain.toLowerCase())) {
          return { id, kind: 'SECRETARIAT', personId: null, name: null };
        }
        return { id, kind: 'GUEST', personId: null, name: plain };
      });
      await queryRunner.query(
        `UPDATE agenda_item a
            SET presenter_kind = c.kind::presenter_kind,
                presenter_person_id = c.person_id,
                presenter_name = c.name
           FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, kind text, person_id uuid, name text)
          WHERE a.id = c.id`,
        [
          JSON.stringify(
            converted.map(({ id, kind, personId, name }) => ({
              id,
              kind,
              person_id: personId,
              name,
            })),
          ),
        ],
      );
    }

    await queryRunner.query(`
      ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_presenter CHECK (
        CASE presenter_kind
          WHEN 'PERSON' THEN presenter_person_id IS NOT NULL AND presenter_name IS NULL
          WHEN 'SECRETARIAT' THEN presenter_person_id IS NULL AND presenter_name IS NULL
          WHEN 'GUEST' THEN presenter_person_id IS NULL AND coalesce(btrim(presenter_name), '') <> ''
          ELSE presenter_person_id IS NULL AND presenter_name IS NULL
        END
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_presenter`);
    await queryRunner.query(
      `UPDATE agenda_item a
          SET presenter_name = CASE a.presenter_kind
                WHEN 'PERSON' THEN (SELECT p.full_name FROM person p WHERE p.id = a.presenter_person_id)
                WHEN 'SECRETARIAT' THEN $1
                ELSE a.presenter_name END
        WHERE a.presenter_kind IS NOT NULL`,
      [SECRETARIAT_PRESENTER_NAME],
    );
    await queryRunner.query(`DROP INDEX agenda_item_presenter_person`);
    await queryRunner.query(
      `ALTER TABLE agenda_item DROP COLUMN presenter_person_id, DROP COLUMN presenter_kind`,
    );
    await queryRunner.query(`ALTER TABLE agenda_item RENAME COLUMN presenter_name TO presenter`);
    await queryRunner.query(`DROP TYPE presenter_kind`);
  }
}
