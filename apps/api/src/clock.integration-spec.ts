import { FixedClock } from '@boards/api/graphql';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const MINUTE = 60_000;

const RECORDS = `query {
  body(slug: "evidence-group") { memberships(first: 100) { edges { node { id status endsOn } } } }
}`;
const PUBLIC_MEMBERS = `query { body(slug: "evidence-group") { members { endsOn } } }`;
const ME = `query { me { fullName } }`;

/**
 * The API asks its clock what day and time it is, never the machine: run on a fixed day, a
 * membership is current or past and a session lives or lapses by that day and time. Each
 * answer below would be different on the real clock (these days are before the machine's).
 */
describe('the API on its clock (real PostgreSQL)', () => {
  const clock = new FixedClock('2026-11-24T12:00:00Z');
  let api: ApiHarness;
  let membershipId: string;

  beforeAll(async () => {
    // The public read cache is on, as in production: its answers must follow the clock's day too.
    api = await startApi({ PUBLIC_READ_CACHE: 'true' }, { clock });
    // An Evidence Group member whose term ends on the last day of November.
    const [rows] = await api.db.dataSource.query(
      `UPDATE membership SET ends_on = '2026-11-30'
        WHERE id = (SELECT m.id FROM membership m JOIN body b ON b.id = m.body_id
                     WHERE b.slug = 'evidence-group' AND m.seat = 'ORDINARY'
                       AND m.ends_on IS NULL AND m.starts_on <= '2026-11-24'
                     ORDER BY m.starts_on, m.id LIMIT 1)
        RETURNING id`,
    );
    if (!rows[0]) throw new Error('The demo data has no such Evidence Group member');
    membershipId = rows[0].id;
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The membership's status as the secretariat's records show it (signed in afresh each time). */
  async function status(): Promise<string> {
    const secretariat = await api.signIn('secretariat@example.org');
    const edges: Json[] = dataOf(await api.graphql(RECORDS, {}, secretariat)).body.memberships
      .edges;
    return edges.find((edge) => edge.node.id === membershipId)?.node.status;
  }

  /** How many of the members the public sees today are the one whose term ends on 30 November. */
  async function shownToThePublic(): Promise<number> {
    const members: Json[] = dataOf(await api.graphql(PUBLIC_MEMBERS)).body.members;
    return members.filter((member) => member.endsOn === '2026-11-30').length;
  }

  it('shows a membership as current up to its last day and as past from the next, by the clock', async () => {
    expect(await status()).toBe('CURRENT');
    expect(await shownToThePublic()).toBe(1);

    // Half past eleven at night on its last day, in London (GMT in winter): still a member.
    clock.advance(new Date('2026-11-30T23:30:00Z').getTime() - clock.now().getTime());
    expect(await status()).toBe('CURRENT');
    expect(await shownToThePublic()).toBe(1);

    // An hour later it is 1 December in London: the term has ended, and the public list (the
    // same query, asked again on a new day) no longer holds them.
    clock.advance(60 * MINUTE);
    expect(await status()).toBe('PAST');
    expect(await shownToThePublic()).toBe(0);
  });

  it('keeps a session while it is used and ends it after 30 idle minutes, by the clock', async () => {
    const token = await api.signIn('member@example.org');
    const me = async () => dataOf(await api.graphql(ME, {}, token)).me;
    expect(await me()).toMatchObject({ fullName: expect.any(String) });

    // 29 minutes without a request: still signed in, and the request counts as use.
    clock.advance(29 * MINUTE);
    expect(await me()).not.toBeNull();

    // Another 29 minutes: 58 since signing in, but only 29 since it was last used.
    clock.advance(29 * MINUTE);
    expect(await me()).not.toBeNull();

    // 30 minutes without a request: the session has lapsed.
    clock.advance(30 * MINUTE);
    expect(await me()).toBeNull();
  });
});
