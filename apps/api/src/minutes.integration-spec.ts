import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * Attendance and quorum, declarations of interest, the minutes workflow, decisions and actions,
 * over HTTP against a real PostgreSQL with the demo data. The meetings here are in 2025, before
 * every demo meeting, so that nothing of the demo is carried forward into them.
 */
const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(id: $id, expectedVersion: 1) { status } }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $title: String!, $isPublic: Boolean!) {
  addAgendaItem(meetingId: $meetingId, input: { title: $title, isPublic: $isPublic }) { id }
}`;
const RECORD_ATTENDANCE = `mutation ($meetingId: ID!, $entries: [AttendanceEntryInput!]!) {
  recordAttendance(meetingId: $meetingId, entries: $entries) { id }
}`;
const QUORUM = `query ($id: ID!) { meeting(id: $id) {
  quorum { required present votingMembers met shortBy description termsOfReferenceNumber }
} }`;
const REGISTER = `query ($id: ID!) { meeting(id: $id) {
  attendance { status note person { displayName } }
  expectedMembers { role seat crossSeat attendance body { slug } fromBody { slug } person { displayName } }
} }`;
const MINUTES = `query ($id: ID!) { meeting(id: $id) {
  minutes {
    status version content isPublicVersion allowedActions circulatedAt approvedAt publishedAt
    approvedAtMeeting { id }
    entries { notes agendaItem { title } }
  }
  decisions { text agendaItem { title } }
} }`;
const COMMENTS = `query ($id: ID!) { meeting(id: $id) { minutes { comments { text person { displayName } agendaItem { title } } } } }`;
const SAVE = `mutation ($meetingId: ID!, $expectedVersion: Int!, $input: MinutesInput!) {
  saveMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion, input: $input) { status version }
}`;
const step = (name: string) => `mutation ($meetingId: ID!, $expectedVersion: Int!) {
  ${name}(meetingId: $meetingId, expectedVersion: $expectedVersion) { status version }
}`;
const APPROVE = `mutation ($meetingId: ID!, $expectedVersion: Int!, $at: ID!) {
  approveMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion, approvedAtMeetingId: $at) {
    status version approvedAtMeeting { id }
  }
}`;
const COMMENT = `mutation ($meetingId: ID!, $input: MinutesCommentInput!) {
  commentOnMinutes(meetingId: $meetingId, input: $input) { id text }
}`;
const DECIDE = `mutation ($meetingId: ID!, $input: DecisionInput!) { recordDecision(meetingId: $meetingId, input: $input) { id } }`;
const UNDECIDE = `mutation ($id: ID!) { removeDecision(id: $id) { id } }`;
const ACT = `mutation ($meetingId: ID!, $input: MeetingActionInput!) {
  recordAction(meetingId: $meetingId, input: $input) { id status version overdue }
}`;
const ACTION_STATUS = `mutation ($id: ID!, $expectedVersion: Int!, $status: ActionStatus!, $note: String) {
  updateActionStatus(id: $id, expectedVersion: $expectedVersion, status: $status, note: $note) {
    status version statusNote allowedStatuses
  }
}`;
const DECLARE = `mutation ($meetingId: ID!, $input: DeclarationInput!) {
  recordDeclaration(meetingId: $meetingId, input: $input) { id description agendaItem { title } }
}`;

describe('attendance, quorum, minutes, decisions and actions over HTTP (real PostgreSQL)', () => {
  let api: ApiHarness;
  let staff: string;
  let member: string;
  let evidence: string;
  let chair: string;
  const body: Record<string, string> = {};
  const person: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  /** Every row that the refusals below must leave alone, and how long the audit trail is. */
  const snapshot = async () => ({
    minutes: await sql(`SELECT * FROM minutes ORDER BY meeting_id`),
    entries: await sql(`SELECT * FROM minutes_entry ORDER BY agenda_item_id`),
    comments: await sql(`SELECT * FROM minutes_comment ORDER BY id`),
    decisions: await sql(`SELECT * FROM decision ORDER BY id`),
    actions: await sql(`SELECT * FROM meeting_action ORDER BY id`),
    attendance: await sql(`SELECT * FROM attendance ORDER BY meeting_id, person_id`),
    declarations: await sql(`SELECT * FROM declaration_of_interest ORDER BY id`),
    items: await sql(`SELECT * FROM agenda_item ORDER BY id`),
    audit: (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n,
  });

  /** Runs an operation that must be refused, and checks that it wrote nothing. */
  async function refused(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<string> {
    const before = await snapshot();
    const result = await api.graphql(query, variables, token);
    expect(await snapshot()).toEqual(before);
    return outcomeOf(result);
  }

  const run = async (query: string, variables: Record<string, unknown>, token?: string) =>
    dataOf(await api.graphql(query, variables, token));

  async function meeting(
    date: string,
    { slug = 'evidence-group', held = true }: { slug?: string; held?: boolean } = {},
  ): Promise<string> {
    const { id } = (
      await run(
        SCHEDULE,
        {
          input: {
            bodyIds: [body[slug]],
            title: `Meeting on ${date}`,
            date,
            startTime: '10:00',
            endTime: '12:00',
            location: 'Sanctuary Buildings, London',
          },
        },
        staff,
      )
    ).scheduleMeeting;
    if (held) await run(HELD, { id }, staff);
    return id;
  }

  const item = async (meetingId: string, title: string, isPublic = true): Promise<string> =>
    (await run(ADD_ITEM, { meetingId, title, isPublic }, staff)).addAgendaItem.id;

  beforeAll(async () => {
    api = await startApi();
    [staff, member, evidence, chair] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('member@example.org'),
      api.signIn('evidence@example.org'),
      api.signIn('chair@example.org'),
    ]);
    for (const { id, slug } of await sql(`SELECT id, slug FROM body`)) body[slug] = id;
    for (const { id, email } of await sql(`SELECT id, email FROM person WHERE email IS NOT NULL`)) {
      person[email] = id;
    }
  });
  afterAll(() => api?.close());

  describe('attendance and quorum', () => {
    const HELEN = 'evidence@example.org';
    const JORDAN = 'member@example.org';
    const KAYLA = 'kayla.brooks@example.org';
    const OWEN = 'owen.lloyd@example.org';
    const DANIEL = 'chair@example.org';
    const register = (lines: [string, string, string?][]) =>
      lines.map(([email, status, note]) => ({ personId: person[email], status, note }));

    it('says whether the meeting was quorate by the terms of reference in force on its day', async () => {
      const may = await meeting('2025-05-06');
      const july = await meeting('2025-07-08');
      const lines = register([
        [HELEN, 'PRESENT'],
        [JORDAN, 'PRESENT'],
        [KAYLA, 'PRESENT'],
        [OWEN, 'APOLOGIES', 'On leave'],
        [DANIEL, 'OBSERVER'],
      ]);
      await run(RECORD_ATTENDANCE, { meetingId: may, entries: lines }, staff);
      await run(RECORD_ATTENDANCE, { meetingId: july, entries: lines }, staff);

      // Version 1 of the Evidence Group's terms: at least 4 voting members.
      expect((await run(QUORUM, { id: may }, staff)).meeting.quorum).toEqual({
        required: 4,
        present: 3,
        votingMembers: 4,
        met: false,
        shortBy: 1,
        description: 'At least 4 voting members',
        termsOfReferenceNumber: 1,
      });

      // Version 2, in force from 1 June 2025, asks for 3: July is quorate, May still is not.
      const draft = (
        await run(
          `mutation ($bodyId: ID!) { startTermsOfReferenceDraft(bodyId: $bodyId) {
             id version content meetingFrequency composition } }`,
          { bodyId: body['evidence-group'] },
          staff,
        )
      ).startTermsOfReferenceDraft;
      const saved = (
        await run(
          `mutation ($id: ID!, $v: Int!, $input: TermsOfReferenceDraftInput!) {
             saveTermsOfReferenceDraft(id: $id, expectedVersion: $v, input: $input) { version } }`,
          {
            id: draft.id,
            v: draft.version,
            input: {
              content: draft.content,
              meetingFrequency: draft.meetingFrequency,
              composition: draft.composition,
              quorum: { kind: 'COUNT', count: 3 },
            },
          },
          staff,
        )
      ).saveTermsOfReferenceDraft;
      await run(
        `mutation ($id: ID!, $v: Int!) {
           publishTermsOfReference(id: $id, expectedVersion: $v, effectiveFrom: "2025-06-01") { number } }`,
        { id: draft.id, v: saved.version },
        staff,
      );
      expect((await run(QUORUM, { id: july }, evidence)).meeting.quorum).toMatchObject({
        required: 3,
        present: 3,
        met: true,
        shortBy: 0,
        description: 'At least 3 voting members',
        termsOfReferenceNumber: 2,
      });
      expect((await run(QUORUM, { id: may }, staff)).meeting.quorum).toMatchObject({
        required: 4,
        met: false,
        termsOfReferenceNumber: 1,
      });

      // The register and who was expected, cross-seats marked; members and staff only.
      const seen = (await run(REGISTER, { id: may }, member)).meeting;
      expect(seen.attendance.map((line: Json) => line.status)).toEqual([
        'PRESENT',
        'PRESENT',
        'PRESENT',
        'APOLOGIES',
        'OBSERVER',
      ]);
      expect(seen.attendance[3].note).toBe('On leave');
      expect(seen.expectedMembers).toHaveLength(4);
      expect(seen.expectedMembers[0]).toMatchObject({
        role: 'CHAIR',
        crossSeat: false,
        attendance: 'PRESENT',
        body: { slug: 'evidence-group' },
      });
      const crossSeats = seen.expectedMembers.filter((m: Json) => m.crossSeat);
      expect(crossSeats).toHaveLength(2);
      expect(crossSeats.every((m: Json) => m.fromBody.slug === 'experts-by-experience-board')).toBe(
        true,
      );
      for (const token of [undefined, chair]) {
        const result = await api.graphql(REGISTER, { id: may }, token);
        expect(result.data?.['meeting']).toEqual({ attendance: null, expectedMembers: null });
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
        expect(outcomeOf(await api.graphql(QUORUM, { id: may }, token))).toBe('FORBIDDEN');
      }
    });

    it('records people who do not sit on the body only as observers, and who was there only once the meeting has started', async () => {
      const held = await meeting('2025-05-13');
      const coming = await meeting('2030-05-14', { held: false });
      expect(
        await refused(
          RECORD_ATTENDANCE,
          {
            meetingId: held,
            entries: register([
              [HELEN, 'PRESENT'],
              [DANIEL, 'PRESENT'],
            ]),
          },
          staff,
        ),
      ).toBe('BAD_USER_INPUT');
      const result = await api.graphql(
        RECORD_ATTENDANCE,
        { meetingId: held, entries: register([[DANIEL, 'PRESENT']]) },
        staff,
      );
      expect(result.errors?.[0]?.extensions?.details?.['field']).toBe('entries.0.personId');
      expect(
        await refused(
          RECORD_ATTENDANCE,
          { meetingId: coming, entries: register([[HELEN, 'PRESENT']]) },
          staff,
        ),
      ).toBe('INVALID_TRANSITION');
      expect(
        await refused(
          RECORD_ATTENDANCE,
          { meetingId: held, entries: register([[HELEN, 'PRESENT']]) },
          evidence,
        ),
      ).toBe('FORBIDDEN');
      // The register's own answer to "has it started?", which the pages follow: a postponed
      // meeting has not, even after its old start time.
      const postponed = await meeting('2025-05-15', { held: false });
      await run(
        `mutation ($id: ID!) { postponeMeeting(id: $id, expectedVersion: 1, reason: "Too few can come") { status } }`,
        { id: postponed },
        staff,
      );
      expect(
        await refused(
          RECORD_ATTENDANCE,
          { meetingId: postponed, entries: register([[HELEN, 'PRESENT']]) },
          staff,
        ),
      ).toBe('INVALID_TRANSITION');
      const STARTED = `query ($id: ID!) { meeting(id: $id) { started } }`;
      for (const [id, started] of [
        [held, true],
        [coming, false],
        [postponed, false],
      ] as const) {
        expect((await run(STARTED, { id }, staff)).meeting.started).toBe(started);
        expect((await run(STARTED, { id }, evidence)).meeting.started).toBe(started);
      }
      expect(outcomeOf(await api.graphql(STARTED, { id: held }))).toBe('FORBIDDEN');
      // Apologies come before the meeting; a second recording replaces the first.
      await run(
        RECORD_ATTENDANCE,
        { meetingId: coming, entries: register([[OWEN, 'APOLOGIES']]) },
        staff,
      );
      await run(
        RECORD_ATTENDANCE,
        {
          meetingId: held,
          entries: register([
            [OWEN, 'ABSENT'],
            [DANIEL, 'OBSERVER'],
          ]),
        },
        staff,
      );
      await run(
        RECORD_ATTENDANCE,
        { meetingId: held, entries: register([[OWEN, 'PRESENT', 'Arrived late']]) },
        staff,
      );
      expect(
        await sql(
          `SELECT p.email, a.status, a.note FROM attendance a JOIN person p ON p.id = a.person_id
            WHERE a.meeting_id = $1 ORDER BY p.email`,
          [held],
        ),
      ).toEqual([
        { email: DANIEL, status: 'OBSERVER', note: null },
        { email: OWEN, status: 'PRESENT', note: 'Arrived late' },
      ]);
    });

    it('records declarations of interest by those at the meeting, shown to members and staff', async () => {
      const id = await meeting('2025-05-20');
      const privateItem = await item(id, 'Unpublished research', false);
      const declared = (
        await run(
          DECLARE,
          {
            meetingId: id,
            input: {
              personId: person[OWEN],
              agendaItemId: privateItem,
              description: 'Co-author of the research',
            },
          },
          staff,
        )
      ).recordDeclaration;
      expect(declared).toMatchObject({ agendaItem: { title: 'Unpublished research' } });
      // Someone neither on the body nor on the register.
      expect(
        await refused(
          DECLARE,
          { meetingId: id, input: { personId: person[DANIEL], description: 'Trustee' } },
          staff,
        ),
      ).toBe('BAD_USER_INPUT');
      const query = `query ($id: ID!) { meeting(id: $id) {
        declarations { description person { displayName } }
        agenda { title declarations { description } } } }`;
      const seen = (await run(query, { id }, evidence)).meeting;
      expect(seen.declarations).toEqual([
        { description: 'Co-author of the research', person: { displayName: 'Owen Lloyd' } },
      ]);
      expect(seen.agenda[0].declarations).toHaveLength(1);
      const anonymous = await api.graphql<Json>(query, { id });
      expect(anonymous.data?.meeting?.declarations).toBeNull();
      expect(outcomeOf(anonymous)).toBe('FORBIDDEN');
      await run(
        `mutation ($id: ID!) { removeDeclaration(id: $id) { id } }`,
        { id: declared.id },
        staff,
      );
      expect((await run(query, { id }, staff)).meeting.declarations).toEqual([]);
    });

    it('adds and removes declarations under one rule: not once the meeting is cancelled', async () => {
      const id = await meeting('2030-05-21', { held: false });
      const declared = (
        await run(
          DECLARE,
          { meetingId: id, input: { personId: person[OWEN], description: 'Trustee of a charity' } },
          staff,
        )
      ).recordDeclaration;
      await run(
        `mutation ($id: ID!) { cancelMeeting(id: $id, expectedVersion: 1, reason: "No longer needed") { status } }`,
        { id },
        staff,
      );
      expect(
        await refused(
          DECLARE,
          { meetingId: id, input: { personId: person[OWEN], description: 'Another interest' } },
          staff,
        ),
      ).toBe('INVALID_TRANSITION');
      expect(
        await refused(
          `mutation ($id: ID!) { removeDeclaration(id: $id) { id } }`,
          { id: declared.id },
          staff,
        ),
      ).toBe('INVALID_TRANSITION');
    });
  });

  describe('the minutes workflow', () => {
    let minutesOf: string;
    let publicItem: string;
    let privateItem: string;
    let approving: string;
    let earlier: string;
    let otherBody: string;
    const draft = (notes: string) => ({
      content: 'Present: the chair and three members.',
      entries: [
        { agendaItemId: publicItem, notes: `Public notes. ${notes}` },
        { agendaItemId: privateItem, notes: 'Confidential: what was said about the research.' },
      ],
    });

    beforeAll(async () => {
      earlier = await meeting('2025-02-11');
      minutesOf = await meeting('2025-03-11');
      approving = await meeting('2025-04-08');
      otherBody = await meeting('2025-04-15', { slug: 'design-group' });
      publicItem = await item(minutesOf, 'The evidence review');
      privateItem = await item(minutesOf, 'Research shared in confidence', false);
    });

    it('goes from draft to published, refusing every step out of turn with nothing written', async () => {
      const minutes = async (token?: string) =>
        (await run(MINUTES, { id: minutesOf }, token)).meeting;

      // Only the secretariat writes, and the first save creates the minutes at version 1.
      expect(
        await refused(
          SAVE,
          { meetingId: minutesOf, expectedVersion: 0, input: draft('') },
          evidence,
        ),
      ).toBe('FORBIDDEN');
      expect(
        (await run(SAVE, { meetingId: minutesOf, expectedVersion: 0, input: draft('v1') }, staff))
          .saveMinutes,
      ).toEqual({ status: 'DRAFT', version: 1 });
      expect(
        await refused(SAVE, { meetingId: minutesOf, expectedVersion: 0, input: draft('') }, staff),
      ).toBe('CONFLICT');
      expect(
        await refused(
          SAVE,
          {
            meetingId: minutesOf,
            expectedVersion: 1,
            input: {
              content: '',
              entries: [{ agendaItemId: await item(earlier, 'Elsewhere'), notes: 'x' }],
            },
          },
          staff,
        ),
      ).toBe('BAD_USER_INPUT');

      // A draft is the secretariat's alone.
      expect((await minutes(evidence)).minutes).toBeNull();
      expect((await minutes()).minutes).toBeNull();
      expect((await minutes(staff)).minutes).toMatchObject({
        status: 'DRAFT',
        allowedActions: ['SAVE', 'CIRCULATE'],
      });
      for (const [query, variables] of [
        [APPROVE, { meetingId: minutesOf, expectedVersion: 1, at: approving }],
        [step('publishMinutes'), { meetingId: minutesOf, expectedVersion: 1 }],
        [step('withdrawMinutes'), { meetingId: minutesOf, expectedVersion: 1 }],
        [COMMENT, { meetingId: minutesOf, input: { text: 'Too early' } }],
      ] as const) {
        const token = query === COMMENT ? evidence : staff;
        expect(await refused(query, variables, token)).toBe('INVALID_TRANSITION');
      }

      // Circulated: members of the body see the minutes in full and comment; the public does not.
      expect(
        (await run(step('circulateMinutes'), { meetingId: minutesOf, expectedVersion: 1 }, staff))
          .circulateMinutes,
      ).toEqual({ status: 'CIRCULATED', version: 2 });
      const circulated = await minutes(member);
      expect(circulated.minutes).toMatchObject({
        status: 'CIRCULATED',
        isPublicVersion: false,
        allowedActions: ['COMMENT'],
      });
      expect(circulated.minutes.entries).toHaveLength(2);
      expect((await minutes()).minutes).toBeNull();
      expect((await minutes(chair)).minutes).toBeNull();
      expect(
        await refused(SAVE, { meetingId: minutesOf, expectedVersion: 2, input: draft('') }, staff),
      ).toBe('INVALID_TRANSITION');
      await run(
        COMMENT,
        {
          meetingId: minutesOf,
          input: { agendaItemId: publicItem, text: 'Add the date of the review' },
        },
        evidence,
      );
      await run(COMMENT, { meetingId: minutesOf, input: { text: 'Spell my name Jordan' } }, member);
      // Someone who does not sit on the body, and the secretariat, cannot comment.
      expect(await refused(COMMENT, { meetingId: minutesOf, input: { text: 'x' } }, chair)).toBe(
        'FORBIDDEN',
      );
      expect(await refused(COMMENT, { meetingId: minutesOf, input: { text: 'x' } }, staff)).toBe(
        'FORBIDDEN',
      );
      // Staff see every comment; each member their own.
      expect((await run(COMMENTS, { id: minutesOf }, staff)).meeting.minutes.comments).toHaveLength(
        2,
      );
      expect((await run(COMMENTS, { id: minutesOf }, evidence)).meeting.minutes.comments).toEqual([
        {
          text: 'Add the date of the review',
          person: { displayName: 'Helen Marsh' },
          agendaItem: { title: 'The evidence review' },
        },
      ]);

      // Withdrawn to change it, then circulated again.
      await run(step('withdrawMinutes'), { meetingId: minutesOf, expectedVersion: 2 }, staff);
      expect(
        await refused(COMMENT, { meetingId: minutesOf, input: { text: 'Late' } }, evidence),
      ).toBe('INVALID_TRANSITION');
      await run(SAVE, { meetingId: minutesOf, expectedVersion: 3, input: draft('v2') }, staff);
      const decide = async (text: string, agendaItemId: string | null) =>
        (await run(DECIDE, { meetingId: minutesOf, input: { text, agendaItemId } }, staff))
          .recordDecision.id;
      await decide('The group endorses the evidence review.', publicItem);
      await decide('The research is not to be cited until published.', privateItem);
      const mistaken = await decide('Recorded in error.', null);
      await run(UNDECIDE, { id: mistaken }, staff);
      await decide('The next meeting is in April.', null);
      await run(step('circulateMinutes'), { meetingId: minutesOf, expectedVersion: 4 }, staff);

      // Approval at a later meeting of the same body only; a stale version is a conflict.
      for (const [at, code] of [
        [earlier, 'BAD_USER_INPUT'],
        [otherBody, 'BAD_USER_INPUT'],
        [minutesOf, 'BAD_USER_INPUT'],
      ] as const) {
        expect(
          await refused(APPROVE, { meetingId: minutesOf, expectedVersion: 5, at }, staff),
        ).toBe(code);
      }
      expect(
        await refused(APPROVE, { meetingId: minutesOf, expectedVersion: 4, at: approving }, staff),
      ).toBe('CONFLICT');
      expect(
        await refused(
          APPROVE,
          { meetingId: minutesOf, expectedVersion: 5, at: approving },
          evidence,
        ),
      ).toBe('FORBIDDEN');
      expect(
        (await run(APPROVE, { meetingId: minutesOf, expectedVersion: 5, at: approving }, staff))
          .approveMinutes,
      ).toEqual({ status: 'APPROVED', version: 6, approvedAtMeeting: { id: approving } });
      expect(
        await refused(step('publishMinutes'), { meetingId: minutesOf, expectedVersion: 5 }, staff),
      ).toBe('CONFLICT');
      expect(
        (await run(step('publishMinutes'), { meetingId: minutesOf, expectedVersion: 6 }, staff))
          .publishMinutes,
      ).toEqual({ status: 'PUBLISHED', version: 7 });

      const audit = await sql(
        `SELECT action FROM audit_event WHERE object_type = 'Minutes' AND object_id = $1 ORDER BY id`,
        [minutesOf],
      );
      expect(audit.map((row: Json) => row.action)).toEqual([
        'minutes.save',
        'minutes.circulate',
        'minutes.withdraw',
        'minutes.save',
        'minutes.circulate',
        'minutes.approve',
        'minutes.publish',
      ]);
    });

    it('shows the public only the public version: private items’ notes and decisions left out entirely', async () => {
      const seen = (await run(MINUTES, { id: minutesOf })).meeting;
      expect(seen.minutes).toMatchObject({
        status: 'PUBLISHED',
        isPublicVersion: true,
        content: 'Present: the chair and three members.',
        allowedActions: [],
        approvedAtMeeting: { id: approving },
      });
      expect(seen.minutes.entries).toEqual([
        { notes: 'Public notes. v2', agendaItem: { title: 'The evidence review' } },
      ]);
      expect(seen.decisions).toEqual([
        {
          text: 'The group endorses the evidence review.',
          agendaItem: { title: 'The evidence review' },
        },
        { text: 'The next meeting is in April.', agendaItem: null },
      ]);
      expect(JSON.stringify(seen)).not.toContain('confidence');
      expect(JSON.stringify(seen)).not.toContain('cited');
      // Comments are not the public's.
      expect(outcomeOf(await api.graphql(COMMENTS, { id: minutesOf }))).toBe('FORBIDDEN');

      // Members of the body see everything.
      const full = (await run(MINUTES, { id: minutesOf }, member)).meeting;
      expect(full.minutes.isPublicVersion).toBe(false);
      expect(full.minutes.entries).toHaveLength(2);
      expect(full.decisions).toHaveLength(3);

      // The register of decisions follows the same rule.
      const REGISTER_OF_DECISIONS = `query ($after: String) {
        decisions(bodySlug: "evidence-group", first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { text meeting { id } } }
        }
      }`;
      const texts = async (token?: string) => {
        const all: string[] = [];
        let after: string | null = null;
        do {
          const page: Json = (await run(REGISTER_OF_DECISIONS, { after }, token)).decisions;
          all.push(
            ...page.edges
              .filter((edge: Json) => edge.node.meeting.id === minutesOf)
              .map((edge: Json) => edge.node.text),
          );
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        return all;
      };
      expect(await texts()).toEqual([
        'The group endorses the evidence review.',
        'The next meeting is in April.',
      ]);
      expect(await texts(evidence)).toHaveLength(3);
      expect(await texts(chair)).toHaveLength(2);
    });

    it('never changes approved minutes, by any route', async () => {
      const decision = (
        await sql(`SELECT id FROM decision WHERE meeting_id = $1 LIMIT 1`, [minutesOf])
      )[0].id;
      for (const [query, variables] of [
        [SAVE, { meetingId: minutesOf, expectedVersion: 7, input: draft('changed') }],
        [step('withdrawMinutes'), { meetingId: minutesOf, expectedVersion: 7 }],
        [step('circulateMinutes'), { meetingId: minutesOf, expectedVersion: 7 }],
        [APPROVE, { meetingId: minutesOf, expectedVersion: 7, at: approving }],
        [step('publishMinutes'), { meetingId: minutesOf, expectedVersion: 7 }],
        [DECIDE, { meetingId: minutesOf, input: { text: 'Afterthought' } }],
        [UNDECIDE, { id: decision }],
        [ACT, { meetingId: minutesOf, input: { description: 'Afterthought' } }],
        [
          RECORD_ATTENDANCE,
          {
            meetingId: minutesOf,
            entries: [{ personId: person['owen.lloyd@example.org'], status: 'PRESENT' }],
          },
        ],
        [
          `mutation ($id: ID!) { updateAgendaItem(id: $id, input: { title: "Renamed", isPublic: true }) { id } }`,
          { id: publicItem },
        ],
        [`mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`, { id: privateItem }],
      ] as const) {
        expect(await refused(query, variables, staff)).toBe('INVALID_TRANSITION');
      }
      // Nor straight in the database: the trigger refuses.
      for (const statement of [
        `UPDATE minutes SET content = 'Rewritten' WHERE meeting_id = $1`,
        `UPDATE minutes SET status = 'DRAFT' WHERE meeting_id = $1`,
        `UPDATE minutes_entry SET notes = 'Rewritten' WHERE meeting_id = $1`,
        `DELETE FROM minutes_entry WHERE meeting_id = $1`,
        `DELETE FROM decision WHERE meeting_id = $1`,
        `INSERT INTO decision (meeting_id, text) VALUES ($1, 'Slipped in')`,
        `DELETE FROM minutes WHERE meeting_id = $1`,
      ]) {
        await expect(sql(statement, [minutesOf])).rejects.toThrow(/approved minutes cannot be/);
      }
      expect((await run(MINUTES, { id: minutesOf }, staff)).meeting.minutes.entries[0].notes).toBe(
        'Public notes. v2',
      );
    });

    it('refuses circulating minutes of a meeting not yet held', async () => {
      const coming = await meeting('2030-06-11', { held: false });
      await run(
        SAVE,
        { meetingId: coming, expectedVersion: 0, input: { content: 'Agenda notes', entries: [] } },
        staff,
      );
      const result = await api.graphql(
        `mutation ($meetingId: ID!) { circulateMinutes(meetingId: $meetingId, expectedVersion: 1) { status } }`,
        { meetingId: coming },
        staff,
      );
      expect(result.errors?.[0]).toMatchObject({
        message: 'Minutes can be circulated once the meeting has been marked as held',
        extensions: { code: 'INVALID_TRANSITION' },
      });
      expect(
        await refused(step('circulateMinutes'), { meetingId: coming, expectedVersion: 1 }, staff),
      ).toBe('INVALID_TRANSITION');
      // The steps offered are the steps taken: no Circulate button until the meeting is held.
      const offered = `query ($id: ID!) { meeting(id: $id) { minutes { allowedActions } } }`;
      expect((await run(offered, { id: coming }, staff)).meeting.minutes.allowedActions).toEqual([
        'SAVE',
      ]);
    });
  });

  describe('actions', () => {
    it('carries outstanding actions forward until done, changed by their owner or the secretariat', async () => {
      const first = await meeting('2025-01-14');
      const second = await meeting('2025-01-28');
      const third = await meeting('2025-02-04');
      const act = async (
        meetingId: string,
        description: string,
        ownerEmail: string,
        dueOn: string,
      ) =>
        (
          await run(
            ACT,
            { meetingId, input: { description, ownerId: person[ownerEmail], dueOn } },
            staff,
          )
        ).recordAction;
      const jordans = await act(
        first,
        'Share the young people’s survey',
        'member@example.org',
        '2025-01-21',
      );
      const owens = await act(
        first,
        'Circulate the literature review',
        'owen.lloyd@example.org',
        '2025-02-28',
      );
      expect(jordans).toMatchObject({ status: 'OPEN', version: 1, overdue: true });

      const CARRIED = `query ($id: ID!) { meeting(id: $id) {
        actions { description }
        actionsCarriedForward { description dueOn overdue owner { displayName } meeting { id } }
      } }`;
      const carried = async (id: string, token = evidence) =>
        (await run(CARRIED, { id }, token)).meeting.actionsCarriedForward.map(
          (action: Json) => action.description,
        );
      expect(await carried(first)).toEqual([]);
      expect(await carried(second)).toEqual([
        'Share the young people’s survey',
        'Circulate the literature review',
      ]);
      expect(outcomeOf(await api.graphql(CARRIED, { id: second }, chair))).toBe('FORBIDDEN');

      // The owner moves their own action on; someone else cannot, nor can the owner drop it.
      const progress = (
        await run(
          ACTION_STATUS,
          { id: jordans.id, expectedVersion: 1, status: 'IN_PROGRESS', note: 'Drafted' },
          member,
        )
      ).updateActionStatus;
      expect(progress).toEqual({
        status: 'IN_PROGRESS',
        version: 2,
        statusNote: 'Drafted',
        allowedStatuses: ['DONE'],
      });
      expect(
        await refused(
          ACTION_STATUS,
          { id: jordans.id, expectedVersion: 2, status: 'DONE' },
          evidence,
        ),
      ).toBe('FORBIDDEN');
      expect(
        await refused(
          ACTION_STATUS,
          { id: jordans.id, expectedVersion: 2, status: 'DROPPED' },
          member,
        ),
      ).toBe('FORBIDDEN');
      expect(
        await refused(ACTION_STATUS, { id: jordans.id, expectedVersion: 2, status: 'OPEN' }, staff),
      ).toBe('INVALID_TRANSITION');
      expect(
        await refused(
          ACTION_STATUS,
          { id: jordans.id, expectedVersion: 1, status: 'DONE' },
          member,
        ),
      ).toBe('CONFLICT');
      await run(ACTION_STATUS, { id: jordans.id, expectedVersion: 2, status: 'DONE' }, member);
      expect(await carried(third)).toEqual(['Circulate the literature review']);
      await run(ACTION_STATUS, { id: owens.id, expectedVersion: 1, status: 'DROPPED' }, staff);
      expect(await carried(third)).toEqual([]);

      // The register: the owner's own; members of the body; not someone from another body.
      const REGISTER_OF_ACTIONS = `query ($mine: Boolean, $status: ActionStatus) {
        actions(bodySlug: "evidence-group", mine: $mine, status: $status) {
          totalCount edges { node { description status meeting { id } } } } }`;
      const listed = async (token: string, variables: Record<string, unknown> = {}) =>
        (await run(REGISTER_OF_ACTIONS, variables, token)).actions.edges
          .map((edge: Json) => edge.node)
          .filter((node: Json) => node.meeting.id === first)
          .map((node: Json) => node.description);
      expect(await listed(member, { mine: true })).toEqual(['Share the young people’s survey']);
      expect(await listed(evidence)).toHaveLength(2);
      expect(await listed(evidence, { status: 'DROPPED' })).toEqual([
        'Circulate the literature review',
      ]);
      expect(await listed(chair)).toEqual([]);
      expect(await listed(staff)).toHaveLength(2);
      expect(outcomeOf(await api.graphql(REGISTER_OF_ACTIONS, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
