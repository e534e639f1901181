import { CrossSeatRuleVersions1765200000000 } from './migrations/1765200000000-cross-seat-rule-versions';
import { createTestDatabase, type TestDatabase } from './testing';

describe('cross-seat rule versions (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  async function body(slug: string, establishedOn: string): Promise<string> {
    const [{ id }] = await sql(
      `INSERT INTO body (slug, name, kind, purpose, established_on)
       VALUES ($1, $1, 'GROUP', 'Purpose', $2) RETURNING id`,
      [slug, establishedOn],
    );
    return id;
  }

  it('keeps each rule’s seats in force from the day its target body was established, and back', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new CrossSeatRuleVersions1765200000000();
    try {
      await migration.down(runner);
      const [board, group] = [await body('board', '2021-03-01'), await body('group', '2022-01-10')];
      const [{ id }] = await sql(
        `INSERT INTO cross_seat_rule (target_body_id, from_body_id, min_seats, max_seats)
         VALUES ($1, $2, 2, 3) RETURNING id`,
        [group, board],
      );
      await migration.up(runner);
      expect(
        await sql(
          `SELECT effective_from::text, min_seats, max_seats FROM cross_seat_rule_version
            WHERE rule_id = $1`,
          [id],
        ),
      ).toEqual([{ effective_from: '2022-01-10', min_seats: 2, max_seats: 3 }]);

      // Back down, a rule keeps the last seats it had.
      await sql(
        `INSERT INTO cross_seat_rule_version (rule_id, effective_from, min_seats, max_seats)
         VALUES ($1, '2027-01-01', 1, 1), ($1, '2028-01-01', NULL, NULL)`,
        [id],
      );
      await migration.down(runner);
      expect(
        await sql(`SELECT min_seats, max_seats FROM cross_seat_rule WHERE id = $1`, [id]),
      ).toEqual([{ min_seats: 1, max_seats: 1 }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });

  it('holds seats whole or not at all, within the limits, one version a day', async () => {
    const [board, group] = [
      await body('board-2', '2021-03-01'),
      await body('group-2', '2022-01-10'),
    ];
    const [{ id }] = await sql(
      `INSERT INTO cross_seat_rule (target_body_id, from_body_id) VALUES ($1, $2) RETURNING id`,
      [group, board],
    );
    const version = (from: string, min: number | null, max: number | null) =>
      sql(
        `INSERT INTO cross_seat_rule_version (rule_id, effective_from, min_seats, max_seats)
         VALUES ($1, $2, $3, $4)`,
        [id, from, min, max],
      );
    for (const [min, max] of [
      [2, null],
      [null, 2],
      [3, 2],
      [-1, 2],
      [0, 21],
    ] as const) {
      await expect(version('2023-01-01', min, max)).rejects.toMatchObject({
        constraint: 'cross_seat_rule_version_seats',
      });
    }
    await version('2023-01-01', 2, 2);
    await expect(version('2023-01-01', 3, 3)).rejects.toMatchObject({
      constraint: 'cross_seat_rule_version_day_unique',
    });
    await version('2024-01-01', null, null);
    await sql(`DELETE FROM cross_seat_rule WHERE id = $1`, [id]);
    expect(
      await sql(`SELECT count(*)::int AS n FROM cross_seat_rule_version WHERE rule_id = $1`, [id]),
    ).toEqual([{ n: 0 }]);
  });
});
