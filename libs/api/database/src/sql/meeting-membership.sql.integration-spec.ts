import fc from 'fast-check';
import { addDays, isActiveOn, londonDate, meetingAudience } from '@boards/domain';
import { BodyEntity, MeetingEntity, MembershipEntity, PersonEntity } from '../entities';
import {
  buildBody,
  buildMeeting,
  buildMembership,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../testing';
import { meetingDaySql, membershipHeldOnSql, sitsOnMeetingSql } from './meeting-membership.sql';

/**
 * The SQL of "a member of one of the meeting's bodies on its day" against the domain's answer,
 * on generated memberships and meetings. The days cluster around the clocks going forward (31
 * March 2024), and meetings start near midnight, so London days and UTC days often differ.
 */
describe('meeting membership SQL agrees with the domain (real PostgreSQL)', () => {
  let db: TestDatabase;
  let bodyIds: string[];
  let personIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const bodies = db.dataSource.getRepository(BodyEntity);
    const people = db.dataSource.getRepository(PersonEntity);
    bodyIds = [];
    personIds = [];
    for (let i = 0; i < 3; i += 1) {
      bodyIds.push(
        (await bodies.save(bodies.create(buildBody({ establishedOn: '2020-01-01' })))).id,
      );
      personIds.push((await people.save(people.create(buildPerson()))).id);
    }
  });
  afterAll(() => db.drop());

  const BASE = '2024-03-20';
  const day = fc.integer({ min: 0, max: 24 }).map((n) => addDays(BASE, n));

  /** Up to two terms, one after the other, of one person on one body (they may not overlap). */
  const terms = fc
    .tuple(
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 1, max: 6 }),
      fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      fc.integer({ min: 0, max: 2 }),
      fc.boolean(),
    )
    .map(([start, length, gap, second, count, openEnded]) => {
      const first = { startsOn: addDays(BASE, start), endsOn: addDays(BASE, start + length) };
      if (count === 0) return [];
      if (count === 1) return [{ ...first, endsOn: openEnded ? null : first.endsOn }];
      const startsOn = addDays(first.endsOn, gap);
      return [first, { startsOn, endsOn: second === null ? null : addDays(startsOn, second) }];
    });

  /** Every (person, body) pair's terms. */
  const memberships = fc.array(terms, { minLength: 9, maxLength: 9 });

  /** A meeting of one to three of the bodies, starting within a few hours of a London midnight. */
  const meeting = fc.record({
    bodies: fc.subarray([0, 1, 2], { minLength: 1 }),
    day,
    minutes: fc.integer({ min: -180, max: 24 * 60 + 180 }),
  });

  it('sitsOnMeetingSql, meetingDaySql and membershipHeldOnSql answer as meetingAudience, londonDate and isActiveOn', async () => {
    await fc.assert(
      fc.asyncProperty(
        memberships,
        fc.array(meeting, { minLength: 1, maxLength: 4 }),
        day,
        async (pairs, meetings, on) => {
          const runner = db.dataSource.createQueryRunner();
          await runner.startTransaction();
          try {
            const manager = runner.manager;
            const held: (MembershipEntity & { personId: string; bodyId: string })[] = [];
            for (const [index, pairTerms] of pairs.entries()) {
              const [personId, bodyId] = [personIds[Math.floor(index / 3)], bodyIds[index % 3]];
              for (const term of pairTerms) {
                const row = manager.create(
                  MembershipEntity,
                  buildMembership({ personId, bodyId, ...term }),
                );
                held.push(await manager.save(row));
              }
            }
            const made: { id: string; bodyIds: string[]; startsAt: Date }[] = [];
            for (const m of meetings) {
              const startsAt = new Date(Date.parse(`${m.day}T00:00:00Z`) + m.minutes * 60_000);
              const saved = await manager.save(
                manager.create(
                  MeetingEntity,
                  buildMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) }),
                ),
              );
              const ids = m.bodies.map((i) => bodyIds[i]);
              for (const [position, bodyId] of ids.entries()) {
                await manager.query(
                  `INSERT INTO meeting_body (meeting_id, body_id, position) VALUES ($1, $2, $3)`,
                  [saved.id, bodyId, position + 1],
                );
              }
              made.push({ id: saved.id, bodyIds: ids, startsAt });
            }

            const rows: { meeting_id: string; person_id: string; member: boolean; day: string }[] =
              await manager.query(
                `SELECT m.id AS meeting_id, p.id AS person_id,
                        ${sitsOnMeetingSql('p.id', 'm')} AS member, ${meetingDaySql('m')}::text AS day
                   FROM meeting m CROSS JOIN person p
                  WHERE m.id = ANY($1::uuid[]) AND p.id = ANY($2::uuid[])`,
                [made.map((m) => m.id), personIds],
              );
            expect(rows).toHaveLength(made.length * personIds.length);
            for (const row of rows) {
              const m = made.find(
                (candidate) => candidate.id === row.meeting_id,
              ) as (typeof made)[number];
              const meetingDate = londonDate(m.startsAt);
              const audience = meetingAudience(
                { bodyIds: m.bodyIds, meetingDate },
                {
                  personId: row.person_id,
                  grants: [],
                  memberships: held.filter((ms) => ms.personId === row.person_id),
                },
              );
              expect({ day: row.day, member: row.member }).toEqual({
                day: meetingDate,
                member: audience === 'MEMBER',
              });
            }

            const heldOn: { id: string }[] = await manager.query(
              `SELECT ms.id FROM membership ms
                WHERE ms.person_id = ANY($1::uuid[]) AND ${membershipHeldOnSql('ms', '$2::date')}`,
              [personIds, on],
            );
            expect(heldOn.map((r) => r.id).sort()).toEqual(
              held
                .filter((ms) => isActiveOn(ms, on))
                .map((ms) => ms.id)
                .sort(),
            );
          } finally {
            await runner.rollbackTransaction();
            await runner.release();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
