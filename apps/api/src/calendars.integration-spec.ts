import request from 'supertest';
import { readCalendar, type ReadEvent } from '@boards/api/calendars/testing';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: MeetingInput!) {
  updateMeeting(id: $id, expectedVersion: $version, input: $input) { id version }
}`;
const CANCEL = `mutation ($id: ID!, $version: Int!) {
  cancelMeeting(id: $id, expectedVersion: $version, reason: "Not quorate") { version }
}`;
const ADD_ITEM = `mutation ($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id } }`;
const CREATE_TOKEN = `mutation { createCalendarFeedToken }`;
const REVOKE_TOKEN = `mutation { revokeCalendarFeedToken }`;
const HAS_FEED = `{ me { hasCalendarFeed } }`;

const LINK = 'https://meet.example.org/evidence-secret-room';
const PRIVATE_ITEM = 'Confidential: a complaint about a named carer';
const HIDDEN_PERSON = 'Tom Hargreaves';
const SUPPORT = 'Ring Sam on 01632 960 001 to book a taxi';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

describe('calendar feeds (real PostgreSQL, over HTTP, read by ical.js)', () => {
  let api: ApiHarness;
  let staff: string;
  let crossSeated: string;
  let evidenceMember: string;
  let boardChair: string;
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const http = () => request(api.app.getHttpServer());

  const bodyId = async (slug: string): Promise<string> =>
    (await sql(`SELECT id FROM body WHERE slug = $1`, [slug]))[0].id;

  const schedule = async (name: string, input: Record<string, unknown>) => {
    const result = dataOf(
      await api.graphql(
        SCHEDULE,
        {
          input: {
            summary: `What the ${name} is for`,
            location: null,
            onlineLink: LINK,
            support: SUPPORT,
            ...input,
          },
        },
        staff,
      ),
    );
    ids[name] = result.scheduleMeeting.id;
    versions[name] = result.scheduleMeeting.version;
  };

  const feed = (path: string, headers: Record<string, string> = {}) =>
    http().get(path).set(headers);
  const eventsOf = (text: string) => readCalendar(text).events;
  const eventOf = (events: ReadEvent[], name: string) =>
    events.find((event) => event.uid.startsWith(`meeting-${ids[name]}@`));

  beforeAll(async () => {
    api = await startApi();
    staff = await api.signIn('secretariat@example.org');
    crossSeated = await api.signIn('member@example.org');
    evidenceMember = await api.signIn('evidence@example.org');
    boardChair = await api.signIn('chair@example.org');
    const evidence = await bodyId('evidence-group');
    const board = await bodyId('experts-by-experience-board');
    const design = await bodyId('design-group');
    const times = { startTime: '10:00', endTime: '12:00' };
    // Either side of the clock changes of 2027: BST begins on 28 March and ends on 31 October.
    await schedule('beforeMarch', {
      bodyIds: [evidence],
      title: 'Evidence before BST',
      date: '2027-03-26',
      ...times,
      location: 'Room 4',
    });
    await schedule('afterMarch', {
      bodyIds: [evidence],
      title: 'Evidence in BST',
      date: '2027-03-29',
      ...times,
    });
    await schedule('beforeOctober', {
      bodyIds: [evidence],
      title: 'Evidence end of BST',
      date: '2027-10-29',
      ...times,
    });
    await schedule('afterOctober', {
      bodyIds: [evidence],
      title: 'Evidence back in GMT',
      date: '2027-11-01',
      ...times,
    });
    await schedule('board', {
      bodyIds: [board],
      title: 'Board meeting',
      date: '2027-04-13',
      ...times,
    });
    await schedule('design', {
      bodyIds: [design],
      title: 'Design meeting',
      date: '2027-04-14',
      ...times,
    });
    await schedule('toCancel', {
      bodyIds: [evidence],
      title: 'Evidence extra meeting',
      date: '2027-05-04',
      ...times,
    });
    // A private item, and an item led by someone who chose not to be shown.
    dataOf(
      await api.graphql(
        ADD_ITEM,
        { id: ids['afterMarch'], input: { title: PRIVATE_ITEM, isPublic: false } },
        staff,
      ),
    );
    const [hidden] = await sql(`SELECT id FROM person WHERE full_name = $1`, [HIDDEN_PERSON]);
    dataOf(
      await api.graphql(
        ADD_ITEM,
        {
          id: ids['board'],
          input: {
            title: 'Stories from members',
            isPublic: true,
            presenterKind: 'PERSON',
            presenterPersonId: hidden.id,
          },
        },
        staff,
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  describe('public feeds', () => {
    it('a body’s feed: its meetings in London time, each instant right either side of the clock changes', async () => {
      const response = await feed('/feeds/bodies/evidence-group.ics');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['cache-control']).toBe('public, max-age=300');
      expect(response.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      const calendar = readCalendar(response.text);
      expect(calendar.name).toBe('Evidence Group: meetings');
      expect(calendar.timezones).toEqual(['Europe/London']);
      const expected: [string, string, string][] = [
        ['beforeMarch', '2027-03-26T10:00:00Z', '2027-03-26T12:00:00Z'],
        ['afterMarch', '2027-03-29T09:00:00Z', '2027-03-29T11:00:00Z'],
        ['beforeOctober', '2027-10-29T09:00:00Z', '2027-10-29T11:00:00Z'],
        ['afterOctober', '2027-11-01T10:00:00Z', '2027-11-01T12:00:00Z'],
      ];
      for (const [name, start, end] of expected) {
        expect(eventOf(calendar.events, name)).toMatchObject({
          start,
          end,
          startZone: 'Europe/London',
          sequence: 0,
          status: 'CONFIRMED',
          url: `http://localhost:3000/meetings/${ids[name]}`,
        });
      }
      expect(response.text).toContain('DTSTART;TZID=Europe/London:20270329T100000');
      expect(eventOf(calendar.events, 'beforeMarch')?.location).toBe('Room 4');
      // Another body's meetings are not in it.
      expect(eventOf(calendar.events, 'design')).toBeUndefined();
    });

    it('the feed of all meetings has every body’s', async () => {
      const response = await feed('/feeds/meetings.ics');
      expect(response.status).toBe(200);
      const events = eventsOf(response.text);
      for (const name of ['beforeMarch', 'board', 'design']) {
        expect(eventOf(events, name)).toBeDefined();
      }
    });

    it('never carries a private item, the online link, support, or a hidden member’s name', async () => {
      for (const path of [
        '/feeds/meetings.ics',
        '/feeds/bodies/evidence-group.ics',
        '/feeds/bodies/experts-by-experience-board.ics',
        `/feeds/meetings/${ids['afterMarch']}.ics`,
        `/feeds/meetings/${ids['board']}.ics`,
      ]) {
        const response = await feed(path);
        expect([path, response.status]).toEqual([path, 200]);
        const unfolded = response.text.replace(/\r\n[ \t]/g, '');
        for (const secret of [
          LINK,
          'meet.example.org',
          PRIVATE_ITEM,
          SUPPORT,
          HIDDEN_PERSON,
          'Hargreaves',
        ]) {
          expect([path, unfolded.includes(secret)]).toEqual([path, false]);
        }
      }
    });

    it('a meeting for "Add to calendar": public to anyone, with the online link for its members', async () => {
      const path = `/feeds/meetings/${ids['afterMarch']}.ics`;
      const anonymous = await feed(path);
      expect(anonymous.headers['content-disposition']).toBe('attachment; filename="meeting.ics"');
      expect(anonymous.headers['cache-control']).toBe('public, max-age=300');
      expect(anonymous.headers['vary']).toContain('Authorization');
      const [publicEvent] = eventsOf(anonymous.text);
      expect(publicEvent?.description).not.toContain(LINK);

      const member = await feed(path, { authorization: `Bearer ${evidenceMember}` });
      expect(member.headers['cache-control']).toBe('private, no-cache');
      const [memberEvent] = eventsOf(member.text);
      expect(memberEvent?.description).toContain(`Join online: ${LINK}`);
      expect(memberEvent?.location).toBe(LINK);
      expect(memberEvent?.uid).toBe(publicEvent?.uid);
      // Someone signed in who does not sit on the body sees what the public sees.
      const other = await feed(path, { authorization: `Bearer ${boardChair}` });
      expect(other.text).not.toContain('meet.example.org');
    });

    // Who gets the online link of an Evidence Group meeting's "Add to calendar" file.
    it.each([
      ['anonymous', null, false],
      ['a member of the body', 'evidence', true],
      ['a cross-seated member', 'crossSeated', true],
      ['the secretariat', 'staff', true],
      ['a member of another body only', 'boardChair', false],
    ])('one meeting, asked by %s (%s): online link %p', async (_, who, linked) => {
      const sessions: Record<string, string> = {
        evidence: evidenceMember,
        crossSeated,
        staff,
        boardChair,
      };
      const response = await feed(
        `/feeds/meetings/${ids['afterMarch']}.ics`,
        who ? { authorization: `Bearer ${sessions[who]}` } : {},
      );
      expect(response.status).toBe(200);
      expect(response.text.replace(/\r\n[ \t]/g, '').includes(LINK)).toBe(linked);
      expect(response.text).not.toContain(PRIVATE_ITEM);
      expect(response.headers['cache-control']).toBe(
        who ? 'private, no-cache' : 'public, max-age=300',
      );
    });

    it.each([
      ['/feeds/bodies/no-such-body.ics'],
      ['/feeds/meetings/00000000-0000-4000-8000-000000000000.ics'],
      ['/feeds/meetings/not-a-meeting.ics'],
      ['/feeds/members/not-a-token.ics'],
    ])('%s: 404, not cached', async (path) => {
      const response = await feed(path);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
      expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('changes', () => {
    it('a changed meeting keeps its UID with a higher SEQUENCE; ETag and 304 follow the change', async () => {
      const path = '/feeds/bodies/evidence-group.ics';
      const before = await feed(path);
      const etag = before.headers['etag'] as string;
      const again = await feed(path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers['etag']).toBe(etag);
      expect((await feed(path, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
      const original = eventOf(eventsOf(before.text), 'beforeOctober');

      const evidence = await bodyId('evidence-group');
      const updated = dataOf(
        await api.graphql(
          UPDATE,
          {
            id: ids['beforeOctober'],
            version: versions['beforeOctober'],
            input: {
              bodyIds: [evidence],
              title: 'Evidence end of BST (moved)',
              summary: 'Moved an hour later',
              date: '2027-10-29',
              startTime: '11:00',
              endTime: '13:00',
              location: null,
              onlineLink: LINK,
            },
          },
          staff,
        ),
      );
      versions['beforeOctober'] = updated.updateMeeting.version;

      const after = await feed(path, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers['etag']).not.toBe(etag);
      const changed = eventOf(eventsOf(after.text), 'beforeOctober');
      expect(changed).toMatchObject({
        uid: original?.uid,
        summary: 'Evidence end of BST (moved)',
        start: '2027-10-29T10:00:00Z',
        end: '2027-10-29T12:00:00Z',
      });
      expect(changed?.sequence).toBeGreaterThan(original?.sequence ?? 0);
      expect(changed?.stamp).toMatch(/Z$/);
    });

    it('a cancelled meeting stays in the feed, STATUS:CANCELLED, with a higher SEQUENCE', async () => {
      dataOf(
        await api.graphql(CANCEL, { id: ids['toCancel'], version: versions['toCancel'] }, staff),
      );
      const events = eventsOf((await feed('/feeds/bodies/evidence-group.ics')).text);
      expect(eventOf(events, 'toCancel')).toMatchObject({
        status: 'CANCELLED',
        summary: 'Cancelled: Evidence extra meeting',
        sequence: 1,
      });
      expect(eventOf(events, 'toCancel')?.description).toMatch(/^Cancelled: Not quorate/);
    });
  });

  describe('a member’s own feed', () => {
    const tokenOf = async (session: string): Promise<string> =>
      dataOf(await api.graphql(CREATE_TOKEN, {}, session)).createCalendarFeedToken;

    it('is made signed in only, shown once, stored only as its hash, and audited', async () => {
      expect(outcomeOf(await api.graphql(CREATE_TOKEN))).toBe('UNAUTHENTICATED');
      expect(outcomeOf(await api.graphql(REVOKE_TOKEN))).toBe('UNAUTHENTICATED');
      expect(dataOf(await api.graphql(HAS_FEED, {}, crossSeated)).me.hasCalendarFeed).toBe(false);
      const token = await tokenOf(crossSeated);
      expect(token).toMatch(TOKEN_SHAPE);
      expect(dataOf(await api.graphql(HAS_FEED, {}, crossSeated)).me.hasCalendarFeed).toBe(true);
      const stored: Json[] = await sql(`SELECT token_hash FROM calendar_feed_token`);
      expect(
        stored.some((row) => Buffer.from(row.token_hash).toString('utf8').includes(token)),
      ).toBe(false);
      const [audit] = await sql(
        `SELECT object_type FROM audit_event WHERE action = 'calendarFeed.create'`,
      );
      expect(audit).toEqual({ object_type: 'CalendarFeed' });
    });

    it('has every body the member sits on (cross-seats included), with online links; no other body', async () => {
      const token = await tokenOf(crossSeated);
      const response = await feed(`/feeds/members/${token}.ics`);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-cache');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      const events = eventsOf(response.text);
      // The Experts by Experience Board, and the Evidence Group through the cross-seat.
      expect(eventOf(events, 'board')?.description).toContain(`Join online: ${LINK}`);
      expect(eventOf(events, 'afterMarch')?.description).toContain(`Join online: ${LINK}`);
      expect(eventOf(events, 'design')).toBeUndefined();
      expect(response.text).not.toContain(PRIVATE_ITEM);
      expect(response.text).not.toContain(HIDDEN_PERSON);
      // ETag and 304 there too.
      const again = await feed(`/feeds/members/${token}.ics`, {
        'if-none-match': response.headers['etag'] as string,
      });
      expect(again.status).toBe(304);
    });

    it('a new address replaces the old; a revoked one answers 404 as an unknown one does', async () => {
      const first = await tokenOf(evidenceMember);
      const second = await tokenOf(evidenceMember);
      expect((await feed(`/feeds/members/${first}.ics`)).status).toBe(404);
      expect((await feed(`/feeds/members/${second}.ics`)).status).toBe(200);
      expect(
        dataOf(await api.graphql(REVOKE_TOKEN, {}, evidenceMember)).revokeCalendarFeedToken,
      ).toBe(true);
      const revoked = await feed(`/feeds/members/${second}.ics`);
      const unknown = await feed(`/feeds/members/${'x'.repeat(43)}.ics`);
      expect([revoked.status, revoked.body]).toEqual([unknown.status, unknown.body]);
      expect(revoked.status).toBe(404);
      expect(
        dataOf(await api.graphql(REVOKE_TOKEN, {}, evidenceMember)).revokeCalendarFeedToken,
      ).toBe(false);
      expect(dataOf(await api.graphql(HAS_FEED, {}, evidenceMember)).me.hasCalendarFeed).toBe(
        false,
      );
      const actions: Json[] = await sql(
        `SELECT e.action, e.object_type FROM audit_event e
           JOIN account a ON a.id = e.actor_account_id JOIN person p ON p.id = a.person_id
          WHERE p.email = 'evidence@example.org' AND e.action LIKE 'calendarFeed.%'
          ORDER BY e.occurred_at, e.id`,
      );
      expect(actions.map((row) => [row.action, row.object_type])).toEqual([
        ['calendarFeed.create', 'CalendarFeed'],
        ['calendarFeed.create', 'CalendarFeed'],
        ['calendarFeed.revoke', 'CalendarFeed'],
      ]);
    });

    it('someone who no longer sits on any body gets a calendar without the meetings after they left', async () => {
      const token = await tokenOf(evidenceMember);
      expect(
        eventOf(eventsOf((await feed(`/feeds/members/${token}.ics`)).text), 'afterOctober'),
      ).toBeDefined();
      await sql(
        `UPDATE membership SET ends_on = '2027-01-31', end_reason = 'Term ended'
          WHERE person_id = (SELECT id FROM person WHERE email = 'evidence@example.org')`,
      );
      const response = await feed(`/feeds/members/${token}.ics`);
      expect(response.status).toBe(200);
      expect(eventsOf(response.text).filter((event) => event.start >= '2027-01-31')).toEqual([]);
    });

    it('stops working when the account is disabled', async () => {
      const token = await tokenOf(boardChair);
      expect((await feed(`/feeds/members/${token}.ics`)).status).toBe(200);
      await sql(
        `UPDATE account SET disabled_at = now()
          WHERE person_id = (SELECT id FROM person WHERE email = 'chair@example.org')`,
      );
      expect((await feed(`/feeds/members/${token}.ics`)).status).toBe(404);
    });
  });
});
