import { Search1765500000000 } from './migrations/1765500000000-search';
import { createTestDatabase, type TestDatabase } from './testing';

describe('search columns (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);
  const searchColumns = async () =>
    (
      await sql(
        `SELECT table_name FROM information_schema.columns
          WHERE column_name = 'search_vector' ORDER BY table_name`,
      )
    ).map((row: { table_name: string }) => row.table_name);
  const guard = async () =>
    (await sql(`SELECT pg_get_functiondef('terms_of_reference_guard'::regproc) AS d`))[0]
      .d as string;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('keeps a search column on each searchable table, and gives them back on the way down', async () => {
    const all = [
      'agenda_item',
      'decision',
      'minutes',
      'minutes_entry',
      'paper',
      'terms_of_reference',
    ];
    expect(await searchColumns()).toEqual(all);
    expect(await guard()).toContain(`- 'search_vector'`);
    const runner = db.dataSource.createQueryRunner();
    const migration = new Search1765500000000();
    try {
      await migration.down(runner);
      expect(await searchColumns()).toEqual([]);
      expect(await guard()).not.toContain('search_vector');
      await migration.up(runner);
      expect(await searchColumns()).toEqual(all);
    } finally {
      await runner.release();
    }
  });

  it('keeps the words of a row as it changes, stemmed', async () => {
    const [{ id }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location)
       VALUES ('Search', '2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z', 'Room') RETURNING id`,
    );
    const [item] = await sql(
      `INSERT INTO agenda_item (meeting_id, position, title, is_public)
       VALUES ($1, 1, 'Fostering placements', true) RETURNING id`,
      [id],
    );
    const found = async (words: string) =>
      (
        await sql(
          `SELECT count(*)::int AS n FROM agenda_item
            WHERE id = $1 AND search_vector @@ websearch_to_tsquery('english', $2)`,
          [item.id, words],
        )
      )[0].n;
    expect(await found('placement')).toBe(1);
    await sql(`UPDATE agenda_item SET description = 'Kinship carers' WHERE id = $1`, [item.id]);
    expect(await found('carer')).toBe(1);
    expect(await found('respite')).toBe(0);
  });
});
