import { seedDemoData } from './seed';
import { createTestDatabase, type TestDatabase } from '../testing';

describe('demo terms of reference (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    // Idempotent: a second run adds nothing and changes nothing.
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
  });
  afterAll(() => db.drop());

  it('gives each body one published first version, in force from the day it was established', async () => {
    const rows = await db.dataSource.query(
      `SELECT b.slug, t.number, t.status, t.effective_from = b.established_on AS from_established,
              t.quorum_kind, t.meeting_frequency <> '' AS has_frequency, t.content
         FROM terms_of_reference t JOIN body b ON b.id = t.body_id ORDER BY b.slug, t.number`,
    );
    expect(rows.map(({ content: _content, ...row }: { content: string }) => row)).toEqual([
      {
        slug: 'design-group',
        number: 1,
        status: 'PUBLISHED',
        from_established: true,
        quorum_kind: 'FRACTION',
        has_frequency: true,
      },
      {
        slug: 'evidence-group',
        number: 1,
        status: 'PUBLISHED',
        from_established: true,
        quorum_kind: 'COUNT',
        has_frequency: true,
      },
      {
        slug: 'experts-by-experience-board',
        number: 1,
        status: 'PUBLISHED',
        from_established: true,
        quorum_kind: 'FRACTION',
        has_frequency: true,
      },
    ]);
    for (const row of rows) expect(row.content).toMatch(/^## Purpose\n\n/);
  });

  it('says in each group’s membership that two Experts by Experience Board members sit on it', async () => {
    const rows = await db.dataSource.query(
      `SELECT b.slug, t.composition FROM terms_of_reference t JOIN body b ON b.id = t.body_id
        WHERE b.kind = 'GROUP' ORDER BY b.slug`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.composition).toContain(
        'Two members of the Experts by Experience Board sit on the group',
      );
    }
  });
});
