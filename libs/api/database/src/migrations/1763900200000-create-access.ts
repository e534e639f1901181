import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What access rests on: memberships (a member's rights derive from them on each date), one-time
 * account tokens (invitations and password resets, stored hashed), the mail outbox, and the
 * TOTP second factor on accounts and sessions.
 */
export class CreateAccess1763900200000 implements MigrationInterface {
  name = 'CreateAccess1763900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: the database owner may create it without superuser rights.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TYPE membership_role AS ENUM ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'CO_OPTED', 'OBSERVER')`,
    );
    await queryRunner.query(`CREATE TYPE membership_seat AS ENUM ('ORDINARY', 'CROSS_SEAT')`);
    await queryRunner.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        body_id uuid NOT NULL REFERENCES body (id),
        role membership_role NOT NULL,
        seat membership_seat NOT NULL DEFAULT 'ORDINARY',
        from_body_id uuid REFERENCES body (id),
        starts_on date NOT NULL,
        ends_on date,
        end_reason varchar(500),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_ends_after_starts CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT membership_cross_seat_from CHECK (
          (seat = 'CROSS_SEAT' AND from_body_id IS NOT NULL AND from_body_id <> body_id)
          OR (seat = 'ORDINARY' AND from_body_id IS NULL)),
        CONSTRAINT membership_no_overlap EXCLUDE USING gist (
          person_id WITH =, body_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
      )`);
    await queryRunner.query(
      `CREATE INDEX membership_body_dates ON membership (body_id, starts_on, ends_on)`,
    );
    await queryRunner.query(
      `CREATE INDEX membership_person_dates ON membership (person_id, starts_on, ends_on)`,
    );

    await queryRunner.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES account (id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT account_token_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        CONSTRAINT account_token_hash_unique UNIQUE (token_hash),
        CONSTRAINT account_token_hash_length CHECK (octet_length(token_hash) = 32)
      )`);
    await queryRunner.query(
      `CREATE INDEX account_token_open ON account_token (account_id, purpose)
         WHERE used_at IS NULL AND revoked_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(40) NOT NULL,
        to_address varchar(320) NOT NULL,
        subject varchar(300) NOT NULL,
        body_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        send_after timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error varchar(1000),
        sent_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_pending ON outbox_message (send_after) WHERE sent_at IS NULL`,
    );

    await queryRunner.query(`
      ALTER TABLE account
        ADD COLUMN totp_secret bytea,
        ADD COLUMN totp_pending_secret bytea,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT account_totp_enabled_has_secret
          CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL)`);
    // A session signed in with a password alone while a second factor is still owed:
    // 'TOTP' (enter a code) or 'TOTP_SETUP' (staff who must set one up first).
    await queryRunner.query(`
      ALTER TABLE session
        ADD COLUMN pending_step varchar(20),
        ADD CONSTRAINT session_pending_step CHECK (pending_step IN ('TOTP', 'TOTP_SETUP'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE session DROP COLUMN pending_step`);
    await queryRunner.query(`
      ALTER TABLE account
        DROP CONSTRAINT account_totp_enabled_has_secret,
        DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret,
        DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step`);
    await queryRunner.query(`DROP TABLE outbox_message`);
    await queryRunner.query(`DROP TABLE account_token`);
    await queryRunner.query(`DROP TABLE membership`);
    await queryRunner.query(`DROP TYPE membership_seat`);
    await queryRunner.query(`DROP TYPE membership_role`);
  }
}
