import { BodyEntity, MembershipEntity, PersonEntity } from './entities';
import {
  buildBody,
  buildMembership,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from './testing';

describe('membership and account-token schema (real PostgreSQL)', () => {
  let db: TestDatabase;
  let personId: string;
  let bodyId: string;
  let otherBodyId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const bodies = db.dataSource.getRepository(BodyEntity);
    bodyId = (await bodies.save(bodies.create(buildBody()))).id;
    otherBodyId = (await bodies.save(bodies.create(buildBody()))).id;
    const people = db.dataSource.getRepository(PersonEntity);
    personId = (await people.save(people.create(buildPerson()))).id;
  });
  afterAll(() => db.drop());

  const insert = (overrides: Partial<MembershipEntity>) =>
    db.dataSource
      .getRepository(MembershipEntity)
      .insert(buildMembership({ personId, bodyId, ...overrides }) as MembershipEntity);

  it('refuses two memberships of one person in one body that share a day (end dates inclusive)', async () => {
    await insert({ startsOn: '2022-01-01', endsOn: '2022-06-30' });
    await expect(insert({ startsOn: '2022-06-30', endsOn: null })).rejects.toMatchObject({
      constraint: 'membership_no_overlap',
    });
    await expect(insert({ startsOn: '2022-07-01', endsOn: null })).resolves.toBeDefined();
  });

  it('refuses an end before the start', async () => {
    await expect(
      insert({ bodyId: otherBodyId, startsOn: '2023-05-02', endsOn: '2023-05-01' }),
    ).rejects.toMatchObject({ constraint: 'membership_ends_after_starts' });
  });

  it.each([
    ['a cross-seat with no body it comes from', { seat: 'CROSS_SEAT' as const, fromBodyId: null }],
    [
      'an ordinary seat that names a body it comes from',
      { seat: 'ORDINARY' as const, fromBodyId: 'SELF' },
    ],
    ['a cross-seat from the same body', { seat: 'CROSS_SEAT' as const, fromBodyId: 'SELF' }],
  ])('refuses %s', async (_label, seat) => {
    const fromBodyId = seat.fromBodyId === 'SELF' ? otherBodyId : seat.fromBodyId;
    await expect(
      insert({ bodyId: otherBodyId, startsOn: '2030-01-01', ...seat, fromBodyId }),
    ).rejects.toMatchObject({ constraint: 'membership_cross_seat_from' });
  });

  it('keeps only 32-byte token hashes of known purposes', async () => {
    const [{ id: accountId }] = await db.dataSource.query(
      `INSERT INTO account (person_id) VALUES ($1) RETURNING id`,
      [personId],
    );
    const attempt = (purpose: string, bytes: number) =>
      db.dataSource.query(
        `INSERT INTO account_token (account_id, purpose, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + interval '1 day')`,
        [accountId, purpose, Buffer.alloc(bytes, 7)],
      );
    await expect(attempt('INVITATION', 16)).rejects.toMatchObject({
      constraint: 'account_token_hash_length',
    });
    await expect(attempt('SOMETHING', 32)).rejects.toMatchObject({
      constraint: 'account_token_purpose',
    });
    await expect(attempt('PASSWORD_RESET', 32)).resolves.toBeDefined();
  });
});
