import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings and everything that belongs to one: the bodies it is a meeting of (more than one for
 * a joint meeting), its ordered agenda, its papers and who may read them, attendance,
 * declarations of interest, minutes with their workflow and comments, decisions and actions.
 *
 * Times are `timestamptz` (UTC); the portal shows them in Europe/London. The database keeps
 * what must never be broken whoever writes: a meeting ends after it starts and within 12 hours,
 * has somewhere to be (a place, a link or both), an online link is https; agenda positions are
 * unique per meeting (deferrable, so a reorder can swap them in one transaction); a paper's
 * file fields come all together; minutes that have been approved never change their text.
 */
export class CreateMeetings1763900700000 implements MigrationInterface {
  name = 'CreateMeetings1763900700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE meeting_status AS ENUM ('SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD')`,
    );
    await queryRunner.query(`CREATE TYPE paper_visibility AS ENUM ('PUBLIC', 'MEMBERS', 'NAMED')`);
    await queryRunner.query(
      `CREATE TYPE attendance_status AS ENUM ('PRESENT', 'APOLOGIES', 'ABSENT', 'OBSERVER')`,
    );
    await queryRunner.query(
      `CREATE TYPE minutes_status AS ENUM ('DRAFT', 'CIRCULATED', 'APPROVED', 'PUBLISHED')`,
    );
    await queryRunner.query(
      `CREATE TYPE action_status AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')`,
    );

    await queryRunner.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        summary text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location varchar(500),
        online_link varchar(2000),
        support text NOT NULL DEFAULT '',
        status meeting_status NOT NULL DEFAULT 'SCHEDULED',
        status_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account (id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT meeting_title_not_blank CHECK (btrim(title) <> ''),
        CONSTRAINT meeting_summary_length CHECK (char_length(summary) <= 4000),
        CONSTRAINT meeting_support_length CHECK (char_length(support) <= 4000),
        CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT meeting_at_most_12_hours CHECK (ends_at <= starts_at + interval '12 hours'),
        CONSTRAINT meeting_has_a_place CHECK (
          coalesce(btrim(location), '') <> '' OR coalesce(btrim(online_link), '') <> ''),
        CONSTRAINT meeting_online_link_https CHECK (online_link IS NULL OR online_link ~ '^https://'),
        CONSTRAINT meeting_version_positive CHECK (version >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX meeting_starts_at ON meeting (starts_at)`);
    await queryRunner.query(`
      CREATE TABLE meeting_body (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        body_id uuid NOT NULL REFERENCES body (id),
        position smallint NOT NULL,
        PRIMARY KEY (meeting_id, body_id),
        CONSTRAINT meeting_body_position_unique UNIQUE (meeting_id, position),
        CONSTRAINT meeting_body_position_positive CHECK (position >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX meeting_body_body ON meeting_body (body_id, meeting_id)`);

    await queryRunner.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        presenter varchar(200),
        duration_minutes integer,
        is_public boolean NOT NULL DEFAULT true,
        CONSTRAINT agenda_item_position_unique UNIQUE (meeting_id, position)
          DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT agenda_item_position_positive CHECK (position >= 1),
        CONSTRAINT agenda_item_title_not_blank CHECK (btrim(title) <> ''),
        CONSTRAINT agenda_item_description_length CHECK (char_length(description) <= 4000),
        CONSTRAINT agenda_item_duration CHECK (duration_minutes BETWEEN 1 AND 720)
      )`);

    await queryRunner.query(`
      CREATE TABLE paper (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        agenda_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        visibility paper_visibility NOT NULL,
        content_note varchar(1000),
        easy_read_of uuid REFERENCES paper (id),
        supersedes uuid REFERENCES paper (id),
        file_sha256 char(64),
        file_size bigint,
        file_kind varchar(8),
        media_type varchar(200),
        file_name varchar(255),
        uploaded_at timestamptz,
        uploaded_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT paper_title_not_blank CHECK (btrim(title) <> ''),
        CONSTRAINT paper_supersedes_once UNIQUE (supersedes),
        CONSTRAINT paper_not_its_own_easy_read CHECK (easy_read_of <> id),
        CONSTRAINT paper_not_superseding_itself CHECK (supersedes <> id),
        CONSTRAINT paper_file_sha256 CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT paper_file_complete CHECK (
          (file_sha256 IS NULL AND file_size IS NULL AND file_kind IS NULL AND media_type IS NULL
            AND file_name IS NULL AND uploaded_at IS NULL)
          OR (file_sha256 IS NOT NULL AND file_size > 0 AND file_kind IS NOT NULL
            AND media_type IS NOT NULL AND file_name IS NOT NULL AND uploaded_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX paper_meeting ON paper (meeting_id)`);
    await queryRunner.query(`CREATE INDEX paper_file ON paper (file_sha256)`);
    await queryRunner.query(`
      CREATE TABLE paper_reader (
        paper_id uuid NOT NULL REFERENCES paper (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        PRIMARY KEY (paper_id, person_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE attendance (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        status attendance_status NOT NULL,
        note varchar(500),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid REFERENCES account (id),
        PRIMARY KEY (meeting_id, person_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE declaration_of_interest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        agenda_item_id uuid REFERENCES agenda_item (id) ON DELETE CASCADE,
        description varchar(2000) NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid REFERENCES account (id),
        CONSTRAINT declaration_description_not_blank CHECK (btrim(description) <> '')
      )`);
    await queryRunner.query(
      `CREATE INDEX declaration_of_interest_meeting ON declaration_of_interest (meeting_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE minutes (
        meeting_id uuid PRIMARY KEY REFERENCES meeting (id),
        status minutes_status NOT NULL DEFAULT 'DRAFT',
        content text NOT NULL DEFAULT '',
        circulated_at timestamptz,
        approved_at timestamptz,
        approved_at_meeting_id uuid REFERENCES meeting (id),
        published_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account (id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT minutes_content_length CHECK (char_length(content) <= 100000),
        CONSTRAINT minutes_approved_at_meeting CHECK (
          status IN ('DRAFT', 'CIRCULATED')
          OR (approved_at IS NOT NULL AND approved_at_meeting_id IS NOT NULL)),
        CONSTRAINT minutes_published CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL),
        CONSTRAINT minutes_not_approved_at_own_meeting CHECK (approved_at_meeting_id <> meeting_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE minutes_entry (
        agenda_item_id uuid PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES minutes (meeting_id),
        notes text NOT NULL DEFAULT '',
        CONSTRAINT minutes_entry_notes_length CHECK (char_length(notes) <= 50000)
      )`);
    await queryRunner.query(`CREATE INDEX minutes_entry_meeting ON minutes_entry (meeting_id)`);
    // Approved (and published) minutes are the record: their text never changes again.
    await queryRunner.query(`
      CREATE FUNCTION minutes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'minutes' THEN
          IF TG_OP = 'DELETE' THEN
            IF OLD.status IN ('APPROVED', 'PUBLISHED') THEN
              RAISE EXCEPTION 'approved minutes cannot be deleted' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN OLD;
          END IF;
          IF OLD.status IN ('APPROVED', 'PUBLISHED') AND (NEW.content <> OLD.content
              OR NEW.approved_at_meeting_id IS DISTINCT FROM OLD.approved_at_meeting_id
              OR NEW.status = 'DRAFT' OR NEW.status = 'CIRCULATED') THEN
            RAISE EXCEPTION 'approved minutes cannot be changed' USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM minutes m
                    WHERE m.meeting_id IN (OLD.meeting_id, NEW.meeting_id)
                      AND m.status IN ('APPROVED', 'PUBLISHED')) THEN
          RAISE EXCEPTION 'approved minutes cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER minutes_guard BEFORE UPDATE OR DELETE ON minutes
        FOR EACH ROW EXECUTE FUNCTION minutes_guard()`);
    await queryRunner.query(`
      CREATE TRIGGER minutes_entry_guard BEFORE INSERT OR UPDATE OR DELETE ON minutes_entry
        FOR EACH ROW EXECUTE FUNCTION minutes_guard()`);
    await queryRunner.query(`
      CREATE TABLE minutes_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES minutes (meeting_id),
        person_id uuid NOT NULL REFERENCES person (id),
        agenda_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        text varchar(4000) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT minutes_comment_not_blank CHECK (btrim(text) <> '')
      )`);
    await queryRunner.query(`CREATE INDEX minutes_comment_meeting ON minutes_comment (meeting_id)`);

    await queryRunner.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        agenda_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        text varchar(4000) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        CONSTRAINT decision_not_blank CHECK (btrim(text) <> '')
      )`);
    await queryRunner.query(`CREATE INDEX decision_meeting ON decision (meeting_id)`);
    // Decisions are part of the minutes: they are fixed when the minutes are approved.
    await queryRunner.query(`
      CREATE TRIGGER decision_guard BEFORE INSERT OR UPDATE OR DELETE ON decision
        FOR EACH ROW EXECUTE FUNCTION minutes_guard()`);
    await queryRunner.query(`
      CREATE TABLE meeting_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        agenda_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        description varchar(2000) NOT NULL,
        owner_id uuid REFERENCES person (id),
        due_on date,
        status action_status NOT NULL DEFAULT 'OPEN',
        status_note varchar(1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES account (id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT meeting_action_not_blank CHECK (btrim(description) <> '')
      )`);
    await queryRunner.query(`CREATE INDEX meeting_action_meeting ON meeting_action (meeting_id)`);
    await queryRunner.query(
      `CREATE INDEX meeting_action_owner ON meeting_action (owner_id) WHERE owner_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'meeting_action',
      'decision',
      'minutes_comment',
      'minutes_entry',
      'minutes',
      'declaration_of_interest',
      'attendance',
      'paper_reader',
      'paper',
      'agenda_item',
      'meeting_body',
      'meeting',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION minutes_guard()`);
    for (const type of [
      'action_status',
      'minutes_status',
      'attendance_status',
      'paper_visibility',
      'meeting_status',
    ]) {
      await queryRunner.query(`DROP TYPE ${type}`);
    }
  }
}
