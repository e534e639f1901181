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

  it.each([
    ['a malformed slug', { slug: 'Not A Slug' }, 'body_slug_format'],
    ['a blank name', { name: '   ' }, 'body_name_not_blank'],
    [
      'dissolution before establishment',
      { establishedOn: '2021-04-01', dissolvedOn: '2021-03-01' },
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
