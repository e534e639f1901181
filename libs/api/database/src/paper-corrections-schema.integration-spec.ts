import { PaperCorrections1765000000000 } from './migrations/1765000000000-paper-corrections';
import { createTestDatabase, type TestDatabase } from './testing';

describe('paper corrections (real PostgreSQL)', () => {
  let db: TestDatabase;
  let meetingId: string;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    [{ id: meetingId }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location)
       VALUES ('Papers', '2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z', 'Room 1') RETURNING id`,
    );
  });
  afterAll(() => db.drop());

  async function item(isPublic: boolean): Promise<string> {
    const [{ id }] = await sql(
      `INSERT INTO agenda_item (meeting_id, position, title, is_public)
       VALUES ($1, (SELECT count(*) + 1 FROM agenda_item WHERE meeting_id = $1), 'Item', $2)
       RETURNING id`,
      [meetingId, isPublic],
    );
    return id;
  }

  async function paper(visibility: string, agendaItemId: string | null): Promise<string> {
    const [{ id }] = await sql(
      `INSERT INTO paper (meeting_id, agenda_item_id, title, visibility)
       VALUES ($1, $2, 'A paper', $3) RETURNING id`,
      [meetingId, agendaItemId, visibility],
    );
    return id;
  }

  it('narrows the public papers of private items to members, and nothing else', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new PaperCorrections1765000000000();
    try {
      await migration.down(runner);
      const [privateItem, publicItem] = [await item(false), await item(true)];
      const ids = {
        publicOnPrivate: await paper('PUBLIC', privateItem),
        namedOnPrivate: await paper('NAMED', privateItem),
        publicOnPublic: await paper('PUBLIC', publicItem),
        publicOnNone: await paper('PUBLIC', null),
      };
      await migration.up(runner);
      const rows: { id: string; visibility: string; version: number }[] = await sql(
        `SELECT id, visibility::text, version FROM paper WHERE id = ANY($1::uuid[])`,
        [Object.values(ids)],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(ids.publicOnPrivate)).toMatchObject({ visibility: 'MEMBERS', version: 2 });
      expect(byId.get(ids.namedOnPrivate)).toMatchObject({ visibility: 'NAMED', version: 1 });
      expect(byId.get(ids.publicOnPublic)).toMatchObject({ visibility: 'PUBLIC', version: 1 });
      expect(byId.get(ids.publicOnNone)).toMatchObject({ visibility: 'PUBLIC', version: 1 });
    } finally {
      await runner.release();
    }
  });

  it('keeps a withdrawal’s time and reason together', async () => {
    const id = await paper('MEMBERS', null);
    await expect(
      sql(`UPDATE paper SET withdrawn_at = now() WHERE id = $1`, [id]),
    ).rejects.toMatchObject({ constraint: 'paper_withdrawal_complete' });
    await expect(
      sql(`UPDATE paper SET withdrawal_reason = 'Wrong file' WHERE id = $1`, [id]),
    ).rejects.toMatchObject({ constraint: 'paper_withdrawal_complete' });
    await expect(
      sql(`UPDATE paper SET withdrawn_at = now(), withdrawal_reason = '  ' WHERE id = $1`, [id]),
    ).rejects.toMatchObject({ constraint: 'paper_withdrawal_complete' });
    await sql(
      `UPDATE paper SET withdrawn_at = now(), withdrawal_reason = 'Wrong file' WHERE id = $1`,
      [id],
    );
  });
});
