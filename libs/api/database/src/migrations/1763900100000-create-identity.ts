import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People, their dated consent to public display, accounts, sessions, sign-in attempts and the
 * audit trail. The audit trail is append-only in the database itself: triggers refuse UPDATE,
 * DELETE and TRUNCATE whoever asks, and no role is granted those privileges.
 */
export class CreateIdentity1763900100000 implements MigrationInterface {
  name = 'CreateIdentity1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE public_display_choice AS ENUM ('FULL_NAME', 'FIRST_NAME_INITIAL', 'ANONYMOUS', 'HIDDEN')`,
    );
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name varchar(200) NOT NULL,
        email varchar(320),
        phone varchar(40),
        affiliation varchar(300),
        bio text,
        lived_experience boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_full_name_not_blank CHECK (btrim(full_name) <> ''),
        CONSTRAINT person_email_format CHECK (email IS NULL OR email ~ '^[^@\\s]+@[^@\\s]+$')
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX person_email_unique ON person (lower(email))`);
    await queryRunner.query(`
      CREATE TABLE person_display_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        kind varchar(10) NOT NULL,
        effective_on date NOT NULL,
        choice public_display_choice,
        show_lived_experience boolean,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid,
        CONSTRAINT person_display_consent_kind CHECK (
          (kind = 'GIVEN' AND choice IS NOT NULL AND show_lived_experience IS NOT NULL)
          OR (kind = 'WITHDRAWN' AND choice IS NULL AND show_lived_experience IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX person_display_consent_person ON person_display_consent (person_id, effective_on)`,
    );
    await queryRunner.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        password_hash text,
        grants text[] NOT NULL DEFAULT '{}',
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_person_unique UNIQUE (person_id),
        CONSTRAINT account_grants_known CHECK (grants <@ ARRAY['SECRETARIAT', 'ADMIN']::text[])
      )`);
    await queryRunner.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason varchar(40),
        CONSTRAINT session_token_hash_unique UNIQUE (token_hash),
        CONSTRAINT session_token_hash_length CHECK (octet_length(token_hash) = 32)
      )`);
    await queryRunner.query(
      `CREATE INDEX session_account_open ON session (account_id) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email_key varchar(320) NOT NULL,
        address varchar(64) NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        succeeded boolean NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX login_attempt_email ON login_attempt (email_key, attempted_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX login_attempt_address ON login_attempt (address, attempted_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid,
        actor_label varchar(200) NOT NULL,
        action varchar(100) NOT NULL,
        object_type varchar(60) NOT NULL,
        object_id varchar(100),
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_event_object ON audit_event (object_type, object_id, occurred_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_actor ON audit_event (actor_account_id, occurred_at)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE login_attempt`);
    await queryRunner.query(`DROP TABLE session`);
    await queryRunner.query(`DROP TABLE account`);
    await queryRunner.query(`DROP TABLE person_display_consent`);
    await queryRunner.query(`DROP TABLE person`);
    await queryRunner.query(`DROP TYPE public_display_choice`);
  }
}
