import { QueryFailedError } from 'typeorm';
import { preparedQuery } from './prepared-query';
import { createTestDatabase, SqlStatementCounter, type TestDatabase } from './testing';

describe('preparedQuery (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
  });
  afterAll(() => db.drop());
  beforeEach(() => counter.reset());

  const SQL = `SELECT $1::int + 1 AS next, $2::date AS day, now() AS at`;

  it('answers with the rows, dates as text and instants as Dates, as DataSource.query does', async () => {
    const [prepared] = await preparedQuery(db.dataSource, SQL, [41, '2026-12-07']);
    const [plain] = await db.dataSource.query(SQL, [41, '2026-12-07']);
    expect(prepared).toEqual({ next: 42, day: '2026-12-07', at: expect.any(Date) });
    expect(Object.keys(prepared as object)).toEqual(Object.keys(plain));
  });

  it('plans a statement once per connection: PostgreSQL holds it prepared under one name', async () => {
    // More calls than the pool has connections, one after another and at once.
    for (let i = 0; i < 12; i += 1) await preparedQuery(db.dataSource, SQL, [i, '2026-12-07']);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => preparedQuery(db.dataSource, SQL, [i, '2026-12-07'])),
    );
    // Each pooled connection that ran it holds it prepared once, under the same name.
    const seen = await Promise.all(
      Array.from({ length: 5 }, () =>
        preparedQuery<{ names: string[] }>(
          db.dataSource,
          `SELECT coalesce(array_agg(name), '{}') AS names FROM pg_prepared_statements
            WHERE statement = $1`,
          [SQL],
        ),
      ),
    );
    const names = new Set(seen.flatMap(([row]) => row?.names ?? []));
    expect(names.size).toBe(1);
    expect(seen.every(([row]) => (row?.names.length ?? 0) <= 1)).toBe(true);
  });

  it('is logged as a statement, and fails as DataSource.query fails', async () => {
    await preparedQuery(db.dataSource, SQL, [1, '2026-12-07']);
    expect(counter.sql).toEqual([SQL]);
    await expect(preparedQuery(db.dataSource, SQL, [1, 'not a date'])).rejects.toBeInstanceOf(
      QueryFailedError,
    );
    await expect(
      preparedQuery(db.dataSource, 'SELECT * FROM no_such_table', []),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '42P01' }) });
    // The statement that failed on a bad value still works with a good one.
    expect(await preparedQuery(db.dataSource, SQL, [2, '2026-12-07'])).toEqual([
      { next: 3, day: '2026-12-07', at: expect.any(Date) },
    ]);
  });
});
