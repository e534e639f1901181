import { createTestDatabase, type TestDatabase } from './testing';

describe('identity schema (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  describe('audit_event is append-only in the database', () => {
    let id: string;
    beforeAll(async () => {
      [{ id }] = await sql(
        `INSERT INTO audit_event (actor_label, action, object_type, object_id, after)
         VALUES ('Test', 'body.create', 'Body', 'x', '{"name":"A"}') RETURNING id`,
      );
    });

    it.each([
      ['UPDATE', () => sql(`UPDATE audit_event SET action = 'tampered' WHERE id = $1`, [id])],
      ['DELETE', () => sql(`DELETE FROM audit_event WHERE id = $1`, [id])],
      ['TRUNCATE', () => sql(`TRUNCATE audit_event`)],
    ])('refuses %s, even to the role that owns the table', async (operation, attempt) => {
      await expect(attempt()).rejects.toMatchObject({
        code: '42501',
        message: `audit_event is append-only: ${operation} is not allowed`,
      });
      const [row] = await sql(`SELECT action FROM audit_event WHERE id = $1`, [id]);
      expect(row).toEqual({ action: 'body.create' });
    });

    it('grants no role the right to change it', async () => {
      const rows = await sql(
        `SELECT grantee, privilege_type FROM information_schema.role_table_grants
         WHERE table_name = 'audit_event' AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
           AND grantee <> (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event')`,
      );
      expect(rows).toEqual([]);
    });
  });

  it('treats emails as the same whatever their case', async () => {
    await sql(`INSERT INTO person (full_name, email) VALUES ('Amara Okafor', 'amara@example.org')`);
    await expect(
      sql(`INSERT INTO person (full_name, email) VALUES ('Someone Else', 'AMARA@example.org')`),
    ).rejects.toMatchObject({ constraint: 'person_email_unique' });
  });

  it.each([
    ['a GIVEN entry without a choice', `'GIVEN', '2024-01-01', NULL, true`],
    ['a WITHDRAWN entry with a choice', `'WITHDRAWN', '2024-01-01', 'FULL_NAME', NULL`],
    ['an unknown kind', `'MAYBE', '2024-01-01', NULL, NULL`],
  ])('refuses %s in the consent history', async (_label, values) => {
    const [{ id }] = await sql(
      `INSERT INTO person (full_name) VALUES ('Consent Case') RETURNING id`,
    );
    await expect(
      sql(
        `INSERT INTO person_display_consent (person_id, kind, effective_on, choice, show_lived_experience)
         VALUES ($1, ${values})`,
        [id],
      ),
    ).rejects.toMatchObject({ constraint: 'person_display_consent_kind' });
  });

  it('refuses grants it does not know and session tokens that are not SHA-256 digests', async () => {
    const [{ id: personId }] = await sql(
      `INSERT INTO person (full_name) VALUES ('Grant Case') RETURNING id`,
    );
    await expect(
      sql(`INSERT INTO account (person_id, grants) VALUES ($1, ARRAY['SUPERUSER'])`, [personId]),
    ).rejects.toMatchObject({ constraint: 'account_grants_known' });
    const [{ id: accountId }] = await sql(
      `INSERT INTO account (person_id, grants) VALUES ($1, ARRAY['SECRETARIAT']) RETURNING id`,
      [personId],
    );
    await expect(
      sql(`INSERT INTO session (account_id, token_hash, expires_at) VALUES ($1, $2, now())`, [
        accountId,
        Buffer.from('short'),
      ]),
    ).rejects.toMatchObject({ constraint: 'session_token_hash_length' });
  });
});
