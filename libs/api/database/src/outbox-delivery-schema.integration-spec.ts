import { OutboxDelivery1765600000000 } from './migrations/1765600000000-outbox-delivery';
import { seedDemoData } from './seed/seed';
import { createTestDatabase, type TestDatabase } from './testing';

describe('outbox delivery columns (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);
  const message = async (columns = '', values: unknown[] = []): Promise<string> => {
    const extra = columns ? `, ${columns}` : '';
    const placeholders = values.map((_, i) => `, $${i + 1}`).join('');
    const [{ id }] = await sql(
      `INSERT INTO outbox_message (kind, to_address, subject, body_text${extra})
       VALUES ('test', 'a@example.org', 'Subject', 'Body'${placeholders}) RETURNING id`,
      values,
    );
    return id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('marks messages that used every attempt as given up, and goes back down and up', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new OutboxDelivery1765600000000();
    try {
      await migration.down(runner);
      const exhausted = await message('attempts', [8]);
      const trying = await message('attempts', [3]);
      const sent = await message('attempts, sent_at', [8, new Date('2026-12-01T10:00:00Z')]);
      await migration.up(runner);
      const rows: { id: string; given_up: boolean }[] = await sql(
        `SELECT id, gave_up_at IS NOT NULL AS given_up FROM outbox_message`,
      );
      const givenUp = new Map(rows.map((row) => [row.id, row.given_up]));
      expect([givenUp.get(exhausted), givenUp.get(trying), givenUp.get(sent)]).toEqual([
        true,
        false,
        false,
      ]);
      await sql(`DELETE FROM outbox_message`);
    } finally {
      await runner.release();
    }
  });

  it('keeps dedupe keys unique, and a message never both sent and given up', async () => {
    await message('dedupe_key', ['k1']);
    await expect(message('dedupe_key', ['k1'])).rejects.toMatchObject({
      constraint: 'outbox_message_dedupe_key_unique',
    });
    await message();
    await message();
    await expect(message('sent_at, gave_up_at', [new Date(), new Date()])).rejects.toMatchObject({
      constraint: 'outbox_message_sent_or_given_up',
    });
    await expect(message('headers', ['[]'])).rejects.toMatchObject({
      constraint: 'outbox_message_headers_object',
    });
    await expect(message('attachments', ['{}'])).rejects.toMatchObject({
      constraint: 'outbox_message_attachments_array',
    });
  });

  it('links a resent copy to its original, and forgets a deleted person', async () => {
    const [{ id: personId }] = await sql(
      `INSERT INTO person (full_name, email) VALUES ('Outbox Person', 'outbox.person@example.org')
       RETURNING id`,
    );
    const original = await message('person_id', [personId]);
    const copy = await message('resent_from_id, person_id', [original, personId]);
    await sql(`DELETE FROM person WHERE id = $1`, [personId]);
    const [row] = await sql(`SELECT person_id, resent_from_id FROM outbox_message WHERE id = $1`, [
      copy,
    ]);
    expect(row).toEqual({ person_id: null, resent_from_id: original });
  });

  it('seeds a history of emails once, however often the demo data is loaded', async () => {
    await sql(`DELETE FROM outbox_message`);
    for (let i = 0; i < 2; i += 1) {
      await seedDemoData(db.dataSource, { demoPasswordHash: 'not-a-hash', today: '2026-11-24' });
    }
    const rows: { to_address: string; sent: boolean; given_up: boolean; person: string }[] =
      await sql(
        `SELECT m.to_address, m.sent_at IS NOT NULL AS sent, m.gave_up_at IS NOT NULL AS given_up,
                p.email AS person
           FROM outbox_message m JOIN person p ON p.id = m.person_id
          ORDER BY m.created_at`,
      );
    expect(rows).toEqual([
      {
        to_address: 'grace.whitfield@example.org',
        sent: true,
        given_up: false,
        person: 'grace.whitfield@example.org',
      },
      {
        to_address: 'aisha.karim@example.org',
        sent: true,
        given_up: false,
        person: 'aisha.karim@example.org',
      },
      {
        to_address: 'owen.lloyd@exmaple.org',
        sent: false,
        given_up: true,
        person: 'owen.lloyd@example.org',
      },
      {
        to_address: 'marcus.bell@example.orgg',
        sent: false,
        given_up: true,
        person: 'marcus.bell@example.org',
      },
    ]);
  });
});
