import { FixedClock } from '@boards/api/graphql';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const HOUR = 3_600_000;

const RESTING = `query ($id: ID!) {
  membership(id: $id) { restingCrossSeats { id endsOn body { slug } } }
}`;

/**
 * `Membership.restingCrossSeats`: the cross-seats that rest on a membership and have not ended,
 * judged on the API's day (its clock), which the end, correct and remove pages warn of.
 */
describe('the cross-seats resting on a membership, on the API’s day (real PostgreSQL)', () => {
  // Neither day below is the machine's.
  const clock = new FixedClock('2026-11-24T12:00:00Z');
  let api: ApiHarness;
  let boardMembershipId: string;
  let crossSeatId: string;

  beforeAll(async () => {
    api = await startApi({}, { clock });
    // A demo cross-seat from the Experts by Experience Board, made to end on 30 November, and
    // the board membership it rests on.
    const [rows] = await api.db.dataSource.query(
      `UPDATE membership SET ends_on = '2026-11-30'
        WHERE id = (SELECT cs.id FROM membership cs
                     JOIN body b ON b.id = cs.from_body_id
                    WHERE b.slug = 'experts-by-experience-board' AND cs.seat = 'CROSS_SEAT'
                      AND cs.ends_on IS NULL AND cs.starts_on <= '2026-11-24'
                    ORDER BY cs.starts_on, cs.id LIMIT 1)
        RETURNING id, person_id AS "personId", from_body_id AS "fromBodyId"`,
    );
    if (!rows[0]) throw new Error('The demo data has no such cross-seat');
    crossSeatId = rows[0].id;
    const [board] = await api.db.dataSource.query(
      `SELECT id FROM membership
        WHERE person_id = $1 AND body_id = $2 AND starts_on <= '2026-11-24'
          AND (ends_on IS NULL OR ends_on >= '2026-11-30')`,
      [rows[0].personId, rows[0].fromBodyId],
    );
    if (!board) throw new Error('The cross-seat rests on no board membership');
    boardMembershipId = board.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  async function resting(): Promise<Json[]> {
    const secretariat = await api.signIn('secretariat@example.org');
    return dataOf(await api.graphql(RESTING, { id: boardMembershipId }, secretariat)).membership
      .restingCrossSeats;
  }

  it('lists a cross-seat up to its last day and not from the next, by the clock', async () => {
    expect(await resting()).toEqual([
      { id: crossSeatId, endsOn: '2026-11-30', body: { slug: expect.any(String) } },
    ]);

    // Half past eleven at night on its last day, in London: it still rests on the membership.
    clock.advance(new Date('2026-11-30T23:30:00Z').getTime() - clock.now().getTime());
    expect((await resting()).map((seat) => seat.id)).toEqual([crossSeatId]);

    // An hour later it is 1 December in London: it has ended, and ending the board membership
    // would no longer touch it.
    clock.advance(HOUR);
    expect(await resting()).toEqual([]);
  });
});
