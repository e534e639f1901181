import { createDataSource, migrate } from './data-source';
import { BodyEntity } from './entities';
import { isEmpty, seedDemoData } from './seed/seed';
import { createTestDatabase, type TestDatabase } from './testing';

describe('database (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('has applied every migration and has nothing pending', async () => {
    const other = createDataSource({ url: db.url, logging: 'none' });
    await other.initialize();
    try {
      expect(await other.showMigrations()).toBe(false);
      expect(await migrate(other)).toEqual([]);
    } finally {
      await other.destroy();
    }
  });

  it('seeds the three bodies of the review, idempotently', async () => {
    expect(await isEmpty(db.dataSource)).toBe(true);
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    const bodies = await db.dataSource.getRepository(BodyEntity).find({ order: { slug: 'ASC' } });
    expect(bodies.map((b) => [b.slug, b.kind])).toEqual([
      ['design-group', 'GROUP'],
      ['evidence-group', 'GROUP'],
      ['experts-by-experience-board', 'BOARD'],
    ]);
    expect(bodies[0]?.establishedOn).toBe('2021-04-21');
    // Two cross-seats from the Experts by Experience Board on each group, open today.
    const crossSeats = await db.dataSource.query(
      `SELECT target.slug AS target, origin.slug AS origin, count(*)::int AS seats
         FROM membership m
         JOIN body target ON target.id = m.body_id
         JOIN body origin ON origin.id = m.from_body_id
        WHERE m.seat = 'CROSS_SEAT' AND m.ends_on IS NULL
        GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(crossSeats).toEqual([
      { target: 'design-group', origin: 'experts-by-experience-board', seats: 2 },
      { target: 'evidence-group', origin: 'experts-by-experience-board', seats: 2 },
    ]);
  });

  it('seeds meetings around the day given: minutes at every stage, past and upcoming, once', async () => {
    // The first seed of this file ran above; these are its meetings, placed around today.
    const again = await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    expect(again.meetings).toBe(0);
    const minutes = await db.dataSource.query(
      `SELECT mi.status, count(*)::int AS n FROM minutes mi GROUP BY 1 ORDER BY 1`,
    );
    expect(minutes.map((row: { status: string }) => row.status)).toEqual([
      'DRAFT',
      'CIRCULATED',
      'APPROVED',
      'PUBLISHED',
    ]);
    const statuses = await db.dataSource.query(
      `SELECT status, bool_or(starts_at > now()) AS upcoming, bool_or(starts_at < now()) AS past
         FROM meeting GROUP BY 1 ORDER BY 1`,
    );
    expect(statuses).toEqual([
      { status: 'SCHEDULED', upcoming: true, past: false },
      { status: 'POSTPONED', upcoming: true, past: false },
      { status: 'CANCELLED', upcoming: false, past: true },
      { status: 'HELD', upcoming: false, past: true },
    ]);
    // Approval is always recorded at a later meeting of the same body.
    const [{ bad }] = await db.dataSource.query(
      `SELECT count(*)::int AS bad FROM minutes mi
         JOIN meeting m ON m.id = mi.meeting_id JOIN meeting a ON a.id = mi.approved_at_meeting_id
        WHERE a.starts_at <= m.starts_at OR NOT EXISTS (
          SELECT 1 FROM meeting_body x JOIN meeting_body y ON x.body_id = y.body_id
           WHERE x.meeting_id = m.id AND y.meeting_id = a.id)`,
    );
    expect(bad).toBe(0);
    const [{ joint }] = await db.dataSource.query(
      `SELECT count(*)::int AS joint FROM (SELECT meeting_id FROM meeting_body GROUP BY 1
         HAVING count(*) > 1) j`,
    );
    expect(joint).toBe(1);
  });

  it.each([
    ['a malformed slug', { slug: 'Not A Slug' }, 'body_slug_format'],
    ['a blank name', { name: '   ' }, 'body_name_not_blank'],
    [
      'dissolution before establishment',
      { establishedOn: '2021-04-01', dissolvedOn: '2021-03-01' },
      'body_dissolved_after_established',
    ],
    [
      'dissolution on the day of establishment (a body lasts a day at least)',
      { establishedOn: '2021-04-01', dissolvedOn: '2021-04-01' },
      'body_dissolved_after_established',
    ],
  ])('refuses %s in the database itself', async (_label, overrides, constraint) => {
    const row = {
      slug: 'valid-slug',
      name: 'Valid',
      kind: 'GROUP',
      purpose: 'x',
      establishedOn: '2021-04-01',
      ...overrides,
    };
    await expect(
      db.dataSource.getRepository(BodyEntity).insert(row as BodyEntity),
    ).rejects.toMatchObject({ constraint });
  });
});
