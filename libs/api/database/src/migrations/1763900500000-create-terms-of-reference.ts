import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions of each body's terms of reference: DRAFT → PUBLISHED → SUPERSEDED. The database
 * itself keeps the promises the portal makes about them:
 * - at most one draft and one published version per body (partial unique indexes);
 * - a published version is complete: text, quorum, meeting frequency, membership, the day it
 *   comes into force and when it was published;
 * - the days versions come into force rise with their numbers, so each day has one in force;
 * - a published or superseded version never changes and is never deleted: a trigger refuses
 *   every UPDATE but the one step PUBLISHED → SUPERSEDED (nothing else may change with it), and
 *   every DELETE or TRUNCATE of anything but a draft, whoever asks.
 */
export class CreateTermsOfReference1763900500000 implements MigrationInterface {
  name = 'CreateTermsOfReference1763900500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE terms_of_reference_status AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED')`,
    );
    await queryRunner.query(`CREATE TYPE quorum_kind AS ENUM ('COUNT', 'FRACTION')`);
    await queryRunner.query(`
      CREATE TABLE terms_of_reference (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL REFERENCES body (id),
        number integer NOT NULL,
        status terms_of_reference_status NOT NULL DEFAULT 'DRAFT',
        content text NOT NULL DEFAULT '',
        quorum_kind quorum_kind,
        quorum_count integer,
        quorum_numerator integer,
        quorum_denominator integer,
        meeting_frequency varchar(200) NOT NULL DEFAULT '',
        composition text NOT NULL DEFAULT '',
        effective_from date,
        published_at timestamptz,
        published_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account (id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT terms_of_reference_number_unique UNIQUE (body_id, number),
        CONSTRAINT terms_of_reference_number_positive CHECK (number >= 1),
        CONSTRAINT terms_of_reference_version_positive CHECK (version >= 1),
        CONSTRAINT terms_of_reference_content_length CHECK (char_length(content) <= 50000),
        CONSTRAINT terms_of_reference_composition_length CHECK (char_length(composition) <= 4000),
        CONSTRAINT terms_of_reference_quorum CHECK (coalesce(
          (quorum_kind IS NULL AND quorum_count IS NULL
            AND quorum_numerator IS NULL AND quorum_denominator IS NULL)
          OR (quorum_kind = 'COUNT' AND quorum_count BETWEEN 1 AND 500
            AND quorum_numerator IS NULL AND quorum_denominator IS NULL)
          OR (quorum_kind = 'FRACTION' AND quorum_count IS NULL
            AND quorum_denominator BETWEEN 1 AND 100
            AND quorum_numerator BETWEEN 1 AND quorum_denominator), false)),
        CONSTRAINT terms_of_reference_draft_unpublished CHECK (
          status <> 'DRAFT'
          OR (effective_from IS NULL AND published_at IS NULL AND published_by IS NULL)),
        CONSTRAINT terms_of_reference_published_complete CHECK (
          status = 'DRAFT'
          OR (effective_from IS NOT NULL AND published_at IS NOT NULL
            AND quorum_kind IS NOT NULL AND btrim(content, E' \\t\\r\\n') <> ''
            AND btrim(meeting_frequency) <> '' AND btrim(composition, E' \\t\\r\\n') <> ''))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX terms_of_reference_one_draft ON terms_of_reference (body_id)
         WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX terms_of_reference_one_published ON terms_of_reference (body_id)
         WHERE status = 'PUBLISHED'`,
    );
    // One version coming into force per body and day; also the index the history is read by.
    await queryRunner.query(
      `CREATE UNIQUE INDEX terms_of_reference_effective_unique
         ON terms_of_reference (body_id, effective_from) WHERE status <> 'DRAFT'`,
    );

    await queryRunner.query(`
      CREATE FUNCTION terms_of_reference_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        subject terms_of_reference;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'terms_of_reference keeps every published version: TRUNCATE is not allowed'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'terms of reference version % is %: it cannot be deleted',
              OLD.number, lower(OLD.status::text) USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' THEN
          IF OLD.status = 'PUBLISHED' AND NEW.status = 'SUPERSEDED'
             AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status') THEN
            RETURN NEW;
          END IF;
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'terms of reference version % is %: it cannot be changed',
              OLD.number, lower(OLD.status::text) USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF NEW.body_id <> OLD.body_id OR NEW.number <> OLD.number THEN
            RAISE EXCEPTION 'a draft keeps its body and number' USING ERRCODE = 'check_violation';
          END IF;
          IF NEW.status = 'SUPERSEDED' THEN
            RAISE EXCEPTION 'a draft cannot be superseded' USING ERRCODE = 'check_violation';
          END IF;
        END IF;
        subject := NEW;
        IF subject.status <> 'DRAFT' AND EXISTS (
             SELECT 1 FROM terms_of_reference other
              WHERE other.body_id = subject.body_id AND other.id <> subject.id
                AND other.status <> 'DRAFT'
                AND ((other.number < subject.number AND other.effective_from >= subject.effective_from)
                  OR (other.number > subject.number AND other.effective_from <= subject.effective_from))) THEN
          RAISE EXCEPTION 'terms of reference version % must come into force after every earlier version and before every later one',
            subject.number USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER terms_of_reference_guard BEFORE INSERT OR UPDATE OR DELETE ON terms_of_reference
        FOR EACH ROW EXECUTE FUNCTION terms_of_reference_guard()`);
    await queryRunner.query(`
      CREATE TRIGGER terms_of_reference_no_truncate BEFORE TRUNCATE ON terms_of_reference
        FOR EACH STATEMENT EXECUTE FUNCTION terms_of_reference_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE terms_of_reference`);
    await queryRunner.query(`DROP FUNCTION terms_of_reference_guard()`);
    await queryRunner.query(`DROP TYPE quorum_kind`);
    await queryRunner.query(`DROP TYPE terms_of_reference_status`);
  }
}
