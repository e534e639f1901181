import request from 'supertest';
import { dataOf, startApi, type ApiHarness } from '../testing/api-harness';
import { ROLES, type Role } from './matrix.table';
import { openProbeAccounts, ROLE_EMAILS } from './probe-callers';

/**
 * The HTTP routes beside GraphQL (open data and feeds) against the same seven callers as the
 * GraphQL matrix: each route's answer for each, and for the public files the proof that nobody,
 * staff included, gets more than the public does.
 */
/** Files anyone may have, the same for everyone. */
const PUBLIC_FILES = [
  '/open-data/popolo.json',
  '/open-data/memberships.csv',
  '/open-data/terms-of-reference.json',
  '/open-data/minutes.json',
  '/open-data/decisions.json',
  '/feeds/meetings.ics',
  '/feeds/bodies/evidence-group.ics',
  '/feeds/bodies/evidence-group.atom',
] as const;

const ONLINE_LINK = 'https://meet.example.org/probe-http-routes';

describe('HTTP routes, caller by caller (real PostgreSQL)', () => {
  let api: ApiHarness;
  const tokens: Partial<Record<Role, string>> = {};
  let meetingId: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const get = (path: string, role: Role) =>
    request(api.app.getHttpServer())
      .get(path)
      .set(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {})
      .buffer(true);

  beforeAll(async () => {
    api = await startApi();
    await openProbeAccounts(sql);
    for (const role of ROLES) {
      if (role !== 'anonymous') tokens[role] = await api.signIn(ROLE_EMAILS[role]);
    }
    // A meeting of the Evidence Group with a link to join online.
    [{ id: meetingId }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location, online_link)
       VALUES ('HTTP routes probe', '2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z', 'Room 1', $1)
       RETURNING id`,
      [ONLINE_LINK],
    );
    await sql(
      `INSERT INTO meeting_body (meeting_id, body_id, position)
       SELECT $1, id, 1 FROM body WHERE slug = 'evidence-group'`,
      [meetingId],
    );
  });
  afterAll(() => api?.close());

  it.each(PUBLIC_FILES)('%s: 200 for everyone, and exactly what the public gets', async (path) => {
    const publicAnswer = await get(path, 'anonymous');
    expect(publicAnswer.status).toBe(200);
    for (const role of ROLES) {
      const answer = await get(path, role);
      expect([role, answer.status]).toEqual([role, 200]);
      expect([role, answer.text]).toEqual([role, publicAnswer.text]);
    }
  });

  it('one meeting’s calendar file: the online link for its members and the staff only', async () => {
    const hasLink: Record<Role, boolean> = {
      anonymous: false,
      memberA: true,
      memberB: false,
      crossSeated: true,
      former: false,
      secretariat: true,
      admin: true,
    };
    for (const role of ROLES) {
      const answer = await get(`/feeds/meetings/${meetingId}.ics`, role);
      expect([role, answer.status]).toEqual([role, 200]);
      expect([role, answer.text.includes(ONLINE_LINK)]).toEqual([role, hasLink[role]]);
    }
  });

  it('a member’s own calendar: its secret address is the key, whoever uses it; none other opens', async () => {
    const token = dataOf(
      await api.graphql('mutation { createCalendarFeedToken }', {}, tokens.memberA),
    ).createCalendarFeedToken as string;
    for (const role of ROLES) {
      const own = await get(`/feeds/members/${token}.ics`, role);
      expect([role, own.status]).toEqual([role, 200]);
      expect(own.text).toContain(ONLINE_LINK);
      const guessed = await get(`/feeds/members/${token.slice(0, -2)}xx.ics`, role);
      expect([role, guessed.status]).toEqual([role, 404]);
    }
    await api.graphql('mutation { revokeCalendarFeedToken }', {}, tokens.memberA);
    for (const role of ROLES) {
      expect([role, (await get(`/feeds/members/${token}.ics`, role)).status]).toEqual([role, 404]);
    }
  });
});
