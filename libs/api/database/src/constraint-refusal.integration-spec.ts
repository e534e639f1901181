import { refusedBy, refusingConstraint } from './constraint-refusal';
import { createTestDatabase, type TestDatabase } from './testing';

describe('refusedBy (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(
      `CREATE TABLE refusal_check (id int CONSTRAINT refusal_check_id_unique UNIQUE,
                                   n int CONSTRAINT refusal_check_n_positive CHECK (n > 0))`,
    );
    await db.dataSource.query(`INSERT INTO refusal_check VALUES (1, 1)`);
  });
  afterAll(() => db.drop());

  const failureOf = (sql: string) =>
    db.dataSource.query(sql).then(
      () => undefined,
      (error: unknown) => error,
    );

  it.each([
    ['a unique index', `INSERT INTO refusal_check VALUES (1, 2)`, 'refusal_check_id_unique'],
    ['a check', `INSERT INTO refusal_check VALUES (2, 0)`, 'refusal_check_n_positive'],
  ])('names the constraint of %s, and only that one', async (_, sql, constraint) => {
    const error = await failureOf(sql);
    expect(refusingConstraint(error)).toBe(constraint);
    expect(refusedBy(error, constraint)).toBe(true);
    expect(refusedBy(error, 'membership_no_overlap')).toBe(false);
  });

  it('is false for a failure that is not a constraint, and for anything else', async () => {
    const error = await failureOf(`SELECT * FROM no_such_table`);
    expect(refusingConstraint(error)).toBeUndefined();
    expect(refusedBy(new Error('refusal_check_id_unique'), 'refusal_check_id_unique')).toBe(false);
    expect(refusedBy(undefined, 'refusal_check_id_unique')).toBe(false);
  });
});
