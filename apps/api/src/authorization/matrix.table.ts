/**
 * The authorisation matrix: every query, mutation and object field of the API, and what each
 * kind of caller gets. The suite beside this file checks the table against the schema (nothing
 * left unclassified) and then runs every cell against the real API.
 *
 * Roles: the public (anonymous); a member of body A (the Evidence Group); a member of body B
 * (the Design Group); a cross-seated member (an Experts by Experience Board member with a
 * cross-seat on body A); a former member (of body B, membership ended); the secretariat; an
 * admin (who holds every staff right, and alone sets grants).
 */

export const ROLES = [
  'anonymous',
  'memberA',
  'memberB',
  'crossSeated',
  'former',
  'secretariat',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** An operation's outcome: 'ok', or the error code the caller gets. */
export type OperationOutcome =
  'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** One outcome per role, in ROLES order. */
export type Row<T> = readonly [T, T, T, T, T, T, T];

export interface Fixture {
  /** A person with no account who sits on body A: the "someone else" of the probes. */
  otherPersonId: string;
  /** A person with an account (the member of body A). */
  accountHolderId: string;
  /** The shared demo password. */
  password: string;
  /** Body A (the Evidence Group) and the Experts by Experience Board. */
  bodyAId: string;
  boardId: string;
  /** A membership made for each role to remove (the only way to see a MembershipChange). */
  throwawayMembership: Partial<Record<Role, string>>;
  /** A meeting of body A on 8 December 2026, 10am to 12:30pm, with an online link. */
  meetingId: string;
  /** Papers of that meeting: a public one with a file (for its public item), and a members' one. */
  publicPaperId: string;
  membersPaperId: string;
}

export interface Probe {
  query: string;
  variables?: (fixture: Fixture, role: Role) => Record<string, unknown>;
  /** Sign the role in afresh for this probe (it ends or changes the session). */
  freshSession?: boolean;
}

const ZERO_ID = '00000000-0000-4000-8000-000000000000';
const VALID_PERSON = { fullName: 'Probe Person', livedExperience: false };
/** A meeting input; BODIES is replaced by the body ids (none makes it BAD_USER_INPUT). */
const PROBE_MEETING =
  '{ bodyIds: [BODIES], title: "Probe", date: "2026-12-08", startTime: "11:00", endTime: "12:00", location: "Probe" }';

const PUBLIC_OK: Row<OperationOutcome> = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'];
const PUBLIC_BAD_INPUT: Row<OperationOutcome> = [
  'BAD_USER_INPUT',
  'BAD_USER_INPUT',
  'BAD_USER_INPUT',
  'BAD_USER_INPUT',
  'BAD_USER_INPUT',
  'BAD_USER_INPUT',
  'BAD_USER_INPUT',
];
const PUBLIC_NOT_FOUND: Row<OperationOutcome> = [
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
];
const STAFF_ONLY = (staff: OperationOutcome): Row<OperationOutcome> => [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'FORBIDDEN',
  'FORBIDDEN',
  'FORBIDDEN',
  staff,
  staff,
];
const SIGNED_IN = (outcome: OperationOutcome): Row<OperationOutcome> => [
  'UNAUTHENTICATED',
  outcome,
  outcome,
  outcome,
  outcome,
  outcome,
  outcome,
];

/** Every query and mutation: how it is probed, and the outcome per role. */
export const OPERATIONS: Record<string, { probe: Probe; expect: Row<OperationOutcome> }> = {
  // Invitations, password resets and changes, disabling accounts (account-lifecycle spec).
  'Query.invitations': { probe: { query: '{ invitations { id } }' }, expect: STAFF_ONLY('ok') },
  'Query.accountTokenStatus': {
    probe: { query: '{ accountTokenStatus(token: "not-a-token", purpose: INVITATION) }' },
    expect: PUBLIC_OK,
  },
  'Mutation.invitePerson': {
    probe: { query: `mutation { invitePerson(personId: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.revokeInvitation': {
    probe: { query: `mutation { revokeInvitation(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.acceptInvitation': {
    probe: {
      query:
        'mutation { acceptInvitation(token: "not-a-token", password: "a long enough passphrase") { expiresAt } }',
    },
    expect: PUBLIC_BAD_INPUT,
  },
  'Mutation.requestPasswordReset': {
    probe: { query: 'mutation { requestPasswordReset(email: "not an email address") }' },
    expect: PUBLIC_BAD_INPUT,
  },
  'Mutation.resetPassword': {
    probe: {
      query:
        'mutation { resetPassword(token: "not-a-token", password: "a long enough passphrase") }',
    },
    expect: PUBLIC_BAD_INPUT,
  },
  'Mutation.changePassword': {
    probe: {
      query:
        'mutation { changePassword(currentPassword: "not the password", newPassword: "a long enough passphrase") }',
    },
    expect: SIGNED_IN('BAD_USER_INPUT'),
  },
  'Mutation.setAccountDisabled': {
    probe: { query: `mutation { setAccountDisabled(personId: "${ZERO_ID}", disabled: true) }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  // Attendance, declarations, minutes, decisions and actions (minutes spec).
  'Mutation.recordAttendance': {
    probe: {
      query: `mutation { recordAttendance(meetingId: "${ZERO_ID}", entries: [{ personId: "${ZERO_ID}", status: PRESENT }]) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.recordDeclaration': {
    probe: {
      query: `mutation { recordDeclaration(meetingId: "${ZERO_ID}", input: { personId: "${ZERO_ID}", description: "Probe" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.removeDeclaration': {
    probe: { query: `mutation { removeDeclaration(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.saveMinutes': {
    probe: {
      query: `mutation { saveMinutes(meetingId: "${ZERO_ID}", expectedVersion: 0, input: { content: "Probe", entries: [] }) { version } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  ...Object.fromEntries(
    ['circulateMinutes', 'withdrawMinutes', 'publishMinutes'].map((name) => [
      `Mutation.${name}`,
      {
        probe: {
          query: `mutation { ${name}(meetingId: "${ZERO_ID}", expectedVersion: 1) { version } }`,
        },
        expect: STAFF_ONLY('NOT_FOUND'),
      },
    ]),
  ),
  'Mutation.approveMinutes': {
    probe: {
      query: `mutation { approveMinutes(meetingId: "${ZERO_ID}", expectedVersion: 1, approvedAtMeetingId: "${ZERO_ID}") { version } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.commentOnMinutes': {
    probe: {
      query: `mutation { commentOnMinutes(meetingId: "${ZERO_ID}", input: { text: "Probe" }) { id } }`,
    },
    expect: SIGNED_IN('NOT_FOUND'),
  },
  'Mutation.recordDecision': {
    probe: {
      query: `mutation { recordDecision(meetingId: "${ZERO_ID}", input: { text: "Probe" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.removeDecision': {
    probe: { query: `mutation { removeDecision(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.recordAction': {
    probe: {
      query: `mutation { recordAction(meetingId: "${ZERO_ID}", input: { description: "Probe" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.updateActionStatus': {
    probe: {
      query: `mutation { updateActionStatus(id: "${ZERO_ID}", expectedVersion: 1, status: DONE) { id } }`,
    },
    expect: SIGNED_IN('NOT_FOUND'),
  },
  // Members acting for themselves (apologies and what's new specs).
  'Mutation.giveApologies': {
    probe: { query: `mutation { giveApologies(meetingId: "${ZERO_ID}", note: "Probe") { id } }` },
    expect: SIGNED_IN('NOT_FOUND'),
  },
  'Mutation.withdrawApologies': {
    probe: { query: `mutation { withdrawApologies(meetingId: "${ZERO_ID}") { id } }` },
    expect: SIGNED_IN('NOT_FOUND'),
  },
  'Query.whatsNew': { probe: { query: '{ whatsNew { since } }' }, expect: SIGNED_IN('ok') },
  'Mutation.markWhatsNewSeen': {
    probe: { query: 'mutation { markWhatsNewSeen(upTo: "2020-01-01T00:00:00Z") { since } }' },
    expect: SIGNED_IN('ok'),
  },
  'Query.decisions': {
    probe: { query: '{ decisions(bodySlug: "evidence-group", first: 1) { totalCount } }' },
    expect: PUBLIC_OK,
  },
  'Query.actions': {
    probe: { query: '{ actions(bodySlug: "evidence-group", first: 1) { totalCount } }' },
    expect: SIGNED_IN('ok'),
  },
  // Meetings and agendas (meetings spec).
  'Query.meeting': {
    probe: { query: `{ meeting(id: "${ZERO_ID}") { id } }` },
    expect: PUBLIC_OK,
  },
  'Query.myMeetings': {
    probe: { query: '{ myMeetings(from: "2026-01-01", to: "2026-01-31") { id } }' },
    expect: SIGNED_IN('ok'),
  },
  'Query.meetingWarnings': {
    probe: {
      query: `{ meetingWarnings(input: ${PROBE_MEETING.replace('BODIES', '')}) { meetingFrequency } }`,
    },
    expect: STAFF_ONLY('BAD_USER_INPUT'),
  },
  'Mutation.scheduleMeeting': {
    probe: {
      query: `mutation { scheduleMeeting(input: ${PROBE_MEETING.replace('BODIES', '')}) { id } }`,
    },
    expect: STAFF_ONLY('BAD_USER_INPUT'),
  },
  'Mutation.updateMeeting': {
    probe: {
      query: `mutation { updateMeeting(id: "${ZERO_ID}", expectedVersion: 1, input: ${PROBE_MEETING.replace('BODIES', `"${ZERO_ID}"`)}) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.postponeMeeting': {
    probe: {
      query: `mutation { postponeMeeting(id: "${ZERO_ID}", expectedVersion: 1, reason: "Probe") { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.cancelMeeting': {
    probe: {
      query: `mutation { cancelMeeting(id: "${ZERO_ID}", expectedVersion: 1, reason: "Probe") { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.markMeetingHeld': {
    probe: { query: `mutation { markMeetingHeld(id: "${ZERO_ID}", expectedVersion: 1) { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.addAgendaItem': {
    probe: {
      query: `mutation { addAgendaItem(meetingId: "${ZERO_ID}", input: { title: "Probe", isPublic: true }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.updateAgendaItem': {
    probe: {
      query: `mutation { updateAgendaItem(id: "${ZERO_ID}", input: { title: "Probe", isPublic: true }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.removeAgendaItem': {
    probe: { query: `mutation { removeAgendaItem(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.moveAgendaItem': {
    probe: { query: `mutation { moveAgendaItem(id: "${ZERO_ID}", position: 1) { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  // Papers (papers spec; files go to and come from REST routes). A paper that does not exist.
  'Query.paper': { probe: { query: `{ paper(id: "${ZERO_ID}") { id } }` }, expect: PUBLIC_OK },
  'Mutation.createPaper': {
    probe: {
      query: `mutation { createPaper(input: { meetingId: "${ZERO_ID}", title: "Probe", visibility: PUBLIC }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.updatePaper': {
    probe: {
      query: `mutation { updatePaper(id: "${ZERO_ID}", expectedVersion: 1, input: { title: "Probe", visibility: PUBLIC }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.withdrawPaper': {
    probe: {
      query: `mutation { withdrawPaper(id: "${ZERO_ID}", expectedVersion: 1, input: { reason: "Probe" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.reinstatePaper': {
    probe: { query: `mutation { reinstatePaper(id: "${ZERO_ID}", expectedVersion: 1) { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.removePaper': {
    probe: { query: `mutation { removePaper(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  // Bodies, memberships and cross-seating (memberships spec).
  'Mutation.createBody': {
    probe: {
      query:
        'mutation { createBody(input: { slug: "probe-body", name: " ", kind: GROUP, purpose: "Probe", establishedOn: "2024-01-01" }) { id } }',
    },
    expect: STAFF_ONLY('BAD_USER_INPUT'),
  },
  'Mutation.updateBody': {
    probe: {
      query: `mutation { updateBody(id: "${ZERO_ID}", input: { name: "Probe", kind: GROUP, purpose: "Probe", establishedOn: "2024-01-01" }, expectedVersion: 1) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.updateBodySupport': {
    probe: {
      query: `mutation { updateBodySupport(id: "${ZERO_ID}", input: { contactName: "Probe", contactEmail: "probe@example.org" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.dissolveBody': {
    probe: {
      query: `mutation { dissolveBody(id: "${ZERO_ID}", dissolvedOn: "2024-01-01", reason: "Probe") { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Query.membership': {
    probe: { query: `{ membership(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('ok'),
  },
  'Query.crossSeatRules': { probe: { query: '{ crossSeatRules { id } }' }, expect: PUBLIC_OK },
  'Query.search': {
    probe: { query: '{ search(query: "evidence") { query } }' },
    expect: PUBLIC_OK,
  },
  // Imports of memberships from CSV files (membership-import spec; uploads go to a REST route).
  'Query.membershipImport': {
    probe: { query: `{ membershipImport(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('ok'),
  },
  'Query.membershipImports': {
    probe: { query: '{ membershipImports(first: 1) { totalCount } }' },
    expect: STAFF_ONLY('ok'),
  },
  'Mutation.confirmMembershipImport': {
    probe: { query: `mutation { confirmMembershipImport(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.discardMembershipImport': {
    probe: {
      query: `mutation { discardMembershipImport(id: "${ZERO_ID}", expectedVersion: 1) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Query.previewAppointment': {
    probe: {
      query: `{ previewAppointment(input: { personId: "${ZERO_ID}", bodyId: "${ZERO_ID}", role: MEMBER, startsOn: "2024-01-01" }) { allowed } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Query.previewBodyDissolution': {
    probe: {
      query: `{ previewBodyDissolution(bodyId: "${ZERO_ID}", dissolvedOn: "2030-01-01") { lastDay } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.appointMember': {
    probe: {
      query: `mutation { appointMember(input: { personId: "${ZERO_ID}", bodyId: "${ZERO_ID}", role: MEMBER, startsOn: "2024-01-01" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.endMembership': {
    probe: {
      query: `mutation { endMembership(id: "${ZERO_ID}", input: { endsOn: "2024-01-01", reason: "Probe" }, expectedVersion: 1) { sessionsEnded } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.extendMembership': {
    probe: {
      query: `mutation { extendMembership(id: "${ZERO_ID}", endsOn: "2030-01-01", expectedVersion: 1) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.changeMemberRole': {
    probe: {
      query: `mutation { changeMemberRole(id: "${ZERO_ID}", role: CHAIR, from: "2024-01-01", expectedVersion: 1) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.correctMembership': {
    probe: {
      query: `mutation { correctMembership(id: "${ZERO_ID}", input: { role: MEMBER, startsOn: "2024-01-01", reason: "Probe" }, expectedVersion: 1) { sessionsEnded } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.removeMembership': {
    probe: {
      query: `mutation { removeMembership(id: "${ZERO_ID}", reason: "Probe", expectedVersion: 1) { sessionsEnded } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.setCrossSeatRule': {
    probe: {
      query: `mutation { setCrossSeatRule(input: { targetBodyId: "${ZERO_ID}", fromBodyId: "00000000-0000-4000-8000-000000000001", minSeats: 1, maxSeats: 2 }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.removeCrossSeatRule': {
    probe: { query: `mutation { removeCrossSeatRule(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  // Queries
  'Query.bodies': { probe: { query: '{ bodies { slug } }' }, expect: PUBLIC_OK },
  'Query.body': {
    probe: { query: '{ body(slug: "evidence-group") { slug } }' },
    expect: PUBLIC_OK,
  },
  'Query.me': { probe: { query: '{ me { fullName } }' }, expect: PUBLIC_OK },
  // The API's day (Europe/London, by its clock): no secret, the same for everyone.
  'Query.today': { probe: { query: '{ today }' }, expect: PUBLIC_OK },
  'Query.people': {
    probe: { query: '{ people(first: 1) { totalCount } }' },
    expect: STAFF_ONLY('ok'),
  },
  'Query.person': {
    probe: {
      query: 'query ($id: ID!) { person(id: $id) { fullName } }',
      variables: (f) => ({ id: f.otherPersonId }),
    },
    expect: STAFF_ONLY('ok'),
  },
  'Query.auditEvents': {
    probe: { query: '{ auditEvents(first: 1) { totalCount } }' },
    expect: STAFF_ONLY('ok'),
  },
  // Email delivery: the secretariat's alone (the fixture queues one email).
  'Query.emailDeliveries': {
    probe: { query: '{ emailDeliveries(first: 1) { totalCount } }' },
    expect: STAFF_ONLY('ok'),
  },
  'Mutation.resendEmail': {
    probe: { query: `mutation { resendEmail(id: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },

  // Mutations
  'Mutation.login': {
    probe: {
      query:
        'mutation ($password: String!) { login(email: "chair@example.org", password: $password) { expiresAt } }',
      variables: (f) => ({ password: f.password }),
      freshSession: true,
    },
    expect: PUBLIC_OK,
  },
  'Mutation.logout': {
    probe: { query: 'mutation { logout }', freshSession: true },
    expect: PUBLIC_OK,
  },
  'Mutation.createPerson': {
    probe: {
      query: 'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      variables: () => ({ input: { ...VALID_PERSON, fullName: ' ' } }),
    },
    expect: STAFF_ONLY('BAD_USER_INPUT'),
  },
  'Mutation.updatePerson': {
    probe: {
      query:
        'mutation ($input: PersonInput!) { updatePerson(id: "' +
        ZERO_ID +
        '", input: $input, expectedVersion: 1) { id } }',
      variables: () => ({ input: VALID_PERSON }),
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.recordPublicDisplay': {
    probe: {
      query: `mutation { recordPublicDisplay(personId: "${ZERO_ID}", input: { choice: FULL_NAME, showLivedExperience: false }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.withdrawPublicDisplay': {
    probe: { query: `mutation { withdrawPublicDisplay(personId: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.setMyPublicDisplay': {
    probe: {
      query:
        'mutation { setMyPublicDisplay(input: { choice: HIDDEN, showLivedExperience: false, effectiveOn: "2020-01-01" }) { id } }',
    },
    expect: SIGNED_IN('BAD_USER_INPUT'),
  },
  'Mutation.setAccountGrants': {
    probe: {
      query: `mutation { setAccountGrants(personId: "${ZERO_ID}", grants: []) { status } }`,
    },
    expect: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'NOT_FOUND',
    ],
  },
  // The second factor. Only a session still owing a code may enter one (those sessions are
  // covered by second-factor.integration-spec.ts); a complete session may set up or change its
  // authenticator app; a wrong code or password is the caller's error.
  'Mutation.verifySecondFactor': {
    probe: { query: 'mutation { verifySecondFactor(code: "000000") { expiresAt } }' },
    expect: SIGNED_IN('FORBIDDEN'),
  },
  'Mutation.beginTotpSetup': {
    probe: { query: 'mutation { beginTotpSetup { otpauthUri } }' },
    expect: SIGNED_IN('ok'),
  },
  'Mutation.confirmTotpSetup': {
    probe: { query: 'mutation { confirmTotpSetup(code: "000000") { expiresAt } }' },
    expect: SIGNED_IN('BAD_USER_INPUT'),
  },
  'Mutation.disableTotp': {
    probe: { query: 'mutation { disableTotp(password: "not the password") }' },
    expect: SIGNED_IN('BAD_USER_INPUT'),
  },
  // A member's own calendar feed (calendars spec; the feeds themselves are REST routes).
  'Mutation.createCalendarFeedToken': {
    probe: { query: 'mutation { createCalendarFeedToken }' },
    expect: SIGNED_IN('ok'),
  },
  'Mutation.revokeCalendarFeedToken': {
    probe: { query: 'mutation { revokeCalendarFeedToken }' },
    expect: SIGNED_IN('ok'),
  },
  // One's own email choices, and the one-click unsubscribe of an email's link (notices spec).
  'Mutation.setMyEmailChoices': {
    probe: {
      query:
        'mutation { setMyEmailChoices(input: { topics: [MEETING_CHANGES, PAPERS, MINUTES, ACTIONS, REMINDERS], reminderDays: 2 }) { reminderDays } }',
    },
    expect: SIGNED_IN('ok'),
  },
  'Mutation.unsubscribe': {
    probe: { query: `mutation { unsubscribe(key: "${'0'.repeat(64)}", topic: PAPERS) }` },
    expect: PUBLIC_NOT_FOUND,
  },
  'Mutation.withdrawMyPublicDisplay': {
    probe: { query: 'mutation { withdrawMyPublicDisplay { id } }' },
    expect: SIGNED_IN('ok'),
  },
  // Terms of reference: the secretariat's steps (terms-of-reference spec). Drafts that do not exist.
  'Mutation.startTermsOfReferenceDraft': {
    probe: { query: `mutation { startTermsOfReferenceDraft(bodyId: "${ZERO_ID}") { id } }` },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.saveTermsOfReferenceDraft': {
    probe: {
      query: `mutation { saveTermsOfReferenceDraft(id: "${ZERO_ID}", expectedVersion: 1, input: { content: "", meetingFrequency: "", composition: "" }) { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.discardTermsOfReferenceDraft': {
    probe: {
      query: `mutation { discardTermsOfReferenceDraft(id: "${ZERO_ID}", expectedVersion: 1) }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
  'Mutation.publishTermsOfReference': {
    probe: {
      query: `mutation { publishTermsOfReference(id: "${ZERO_ID}", expectedVersion: 1, effectiveFrom: "2030-01-01") { id } }`,
    },
    expect: STAFF_ONLY('NOT_FOUND'),
  },
};

/**
 * A field's outcome for a role: 'shown'; the error code it answers with; or '-' when the role
 * cannot reach an object of this type along this path at all (the way there is refused or empty).
 */
export type FieldOutcome = 'shown' | 'FORBIDDEN' | 'UNAUTHENTICATED' | '-';

/**
 * The ways an object type is reached, named. `SEL` in the query is replaced by every field of
 * the type; `at` says where the object is in the answer (a list gives its first item).
 */
export interface TypeContext {
  probe: Probe;
  at: readonly (string | number)[];
}

export const TYPE_CONTEXTS: Record<string, Record<string, TypeContext>> = {
  // A meeting of body A: its members (a cross-seat too) and staff see the members-only parts.
  Meeting: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { SEL } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting'],
    },
  },
  // The fixture meeting's record: a register, declarations, published minutes (with a comment
  // by each member of body A), a decision and an action; reached through the meeting.
  Attendance: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { attendance { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'attendance', 0],
    },
  },
  // One's own line of the fixture meeting's register: null to all but its members on the day.
  MyAttendance: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { myAttendance { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'myAttendance'],
    },
  },
  WhatsNew: { self: { probe: { query: '{ whatsNew { SEL } }' }, at: ['whatsNew'] } },
  WhatsNewItem: {
    self: { probe: { query: '{ whatsNew { items { SEL } } }' }, at: ['whatsNew', 'items', 0] },
  },
  ExpectedMember: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { expectedMembers { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'expectedMembers', 0],
    },
  },
  MeetingQuorum: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { quorum { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'quorum'],
    },
  },
  Declaration: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { declarations { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'declarations', 0],
    },
  },
  Minutes: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { minutes { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'minutes'],
    },
  },
  MinutesEntry: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { minutes { entries { SEL } } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'minutes', 'entries', 0],
    },
  },
  MinutesComment: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { minutes { comments { SEL } } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'minutes', 'comments', 0],
    },
  },
  Decision: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { decisions { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'decisions', 0],
    },
  },
  MeetingAction: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { actions { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'actions', 0],
    },
  },
  // The registers of decisions (public) and actions (signed in) of body A.
  DecisionConnection: {
    register: {
      probe: { query: '{ decisions(bodySlug: "evidence-group", first: 1) { SEL } }' },
      at: ['decisions'],
    },
  },
  DecisionEdge: {
    register: {
      probe: { query: '{ decisions(bodySlug: "evidence-group", first: 1) { edges { SEL } } }' },
      at: ['decisions', 'edges', 0],
    },
  },
  MeetingActionConnection: {
    register: {
      probe: { query: '{ actions(bodySlug: "evidence-group", first: 1) { SEL } }' },
      at: ['actions'],
    },
  },
  MeetingActionEdge: {
    register: {
      probe: { query: '{ actions(bodySlug: "evidence-group", first: 1) { edges { SEL } } }' },
      at: ['actions', 'edges', 0],
    },
  },
  AgendaItem: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { agenda { SEL } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'agenda', 0],
    },
  },
  // The public item's presenter: a member who chose to be shown by first name and initial.
  AgendaPresenter: {
    fixture: {
      probe: {
        query: 'query ($id: ID!) { meeting(id: $id) { agenda { presenter { SEL } } } }',
        variables: (f) => ({ id: f.meetingId }),
      },
      at: ['meeting', 'agenda', 0, 'presenter'],
    },
  },
  // The fixture meeting's papers: a public one with a file, and a members' one.
  Paper: {
    public: {
      probe: {
        query: 'query ($id: ID!) { paper(id: $id) { SEL } }',
        variables: (f) => ({ id: f.publicPaperId }),
      },
      at: ['paper'],
    },
    members: {
      probe: {
        query: 'query ($id: ID!) { paper(id: $id) { SEL } }',
        variables: (f) => ({ id: f.membersPaperId }),
      },
      at: ['paper'],
    },
  },
  PaperFile: {
    public: {
      probe: {
        query: 'query ($id: ID!) { paper(id: $id) { file { SEL } } }',
        variables: (f) => ({ id: f.publicPaperId }),
      },
      at: ['paper', 'file'],
    },
  },
  // The warnings for a board meeting at the same time as body A's: a cross-seated member is
  // double-booked.
  MeetingWarnings: {
    clash: {
      probe: {
        query: `query ($board: ID!) { meetingWarnings(input: ${PROBE_MEETING.replace('BODIES', '$board')}) { SEL } }`,
        variables: (f) => ({ board: f.boardId }),
      },
      at: ['meetingWarnings'],
    },
  },
  SchedulingConflict: {
    clash: {
      probe: {
        query: `query ($board: ID!) { meetingWarnings(input: ${PROBE_MEETING.replace('BODIES', '$board')}) { conflicts { SEL } } }`,
        variables: (f) => ({ board: f.boardId }),
      },
      at: ['meetingWarnings', 'conflicts', 0],
    },
  },
  // Half a year after the board's last demo meeting: longer than its monthly meetings allow.
  FrequencyGap: {
    clash: {
      probe: {
        query: `query ($board: ID!) { meetingWarnings(input: ${PROBE_MEETING.replace('BODIES', '$board').replace('2026-12-08', '2027-06-01')}) { frequencyGaps { SEL } } }`,
        variables: (f) => ({ board: f.boardId }),
      },
      at: ['meetingWarnings', 'frequencyGaps', 0],
    },
  },
  Invitation: {
    sent: {
      probe: {
        query: 'mutation ($id: ID!) { invitePerson(personId: $id) { SEL } }',
        variables: (f) => ({ id: f.otherPersonId }),
      },
      at: ['invitePerson'],
    },
  },
  Body: { list: { probe: { query: '{ bodies { SEL } }' }, at: ['bodies', 0] } },
  BodyContact: {
    list: {
      probe: { query: '{ body(slug: "evidence-group") { supportContact { SEL } } }' },
      at: ['body', 'supportContact'],
    },
  },
  Member: {
    current: {
      probe: { query: '{ body(slug: "evidence-group") { members { SEL } } }' },
      at: ['body', 'members', 0],
    },
  },
  MemberConnection: {
    past: {
      probe: { query: '{ body(slug: "design-group") { pastMembers(first: 1) { SEL } } }' },
      at: ['body', 'pastMembers'],
    },
  },
  MemberEdge: {
    past: {
      probe: {
        query: '{ body(slug: "design-group") { pastMembers(first: 1) { edges { SEL } } } }',
      },
      at: ['body', 'pastMembers', 'edges', 0],
    },
  },
  Membership: {
    record: {
      probe: {
        query:
          '{ body(slug: "evidence-group") { memberships(first: 1) { edges { node { SEL } } } } }',
      },
      at: ['body', 'memberships', 'edges', 0, 'node'],
    },
    own: {
      probe: { query: '{ me { person { memberships { SEL } } } }' },
      at: ['me', 'person', 'memberships', 0],
    },
  },
  MembershipConnection: {
    record: {
      probe: { query: '{ body(slug: "evidence-group") { memberships(first: 1) { SEL } } }' },
      at: ['body', 'memberships'],
    },
  },
  MembershipEdge: {
    record: {
      probe: {
        query: '{ body(slug: "evidence-group") { memberships(first: 1) { edges { SEL } } } }',
      },
      at: ['body', 'memberships', 'edges', 0],
    },
  },
  MembershipChange: {
    removed: {
      probe: {
        query:
          'mutation ($id: ID!) { removeMembership(id: $id, reason: "Recorded in error", expectedVersion: 1) { SEL } }',
        variables: (f, role) => ({ id: f.throwawayMembership[role] ?? ZERO_ID }),
      },
      at: ['removeMembership'],
    },
  },
  CrossSeatRule: {
    list: { probe: { query: '{ crossSeatRules { SEL } }' }, at: ['crossSeatRules', 0] },
  },
  // Published terms of reference, which everyone finds, carry every field of a hit.
  SearchResults: {
    found: { probe: { query: '{ search(query: "evidence") { SEL } }' }, at: ['search'] },
  },
  SearchHit: {
    found: {
      probe: { query: '{ search(query: "evidence") { hits { SEL } } }' },
      at: ['search', 'hits', 0],
    },
  },
  SnippetPart: {
    found: {
      probe: { query: '{ search(query: "evidence") { hits { snippet { SEL } } } }' },
      at: ['search', 'hits', 0, 'snippet', 0],
    },
  },
  CrossSeatRuleVersion: {
    list: {
      probe: { query: '{ crossSeatRules { history { SEL } } }' },
      at: ['crossSeatRules', 0, 'history', 0],
    },
  },
  // The suite records one failed import, with one problem, to reach these.
  MembershipImportConnection: {
    list: {
      probe: { query: '{ membershipImports(first: 1) { SEL } }' },
      at: ['membershipImports'],
    },
  },
  MembershipImportEdge: {
    list: {
      probe: { query: '{ membershipImports(first: 1) { edges { SEL } } }' },
      at: ['membershipImports', 'edges', 0],
    },
  },
  MembershipImport: {
    list: {
      probe: { query: '{ membershipImports(first: 1) { edges { node { SEL } } } }' },
      at: ['membershipImports', 'edges', 0, 'node'],
    },
  },
  MembershipImportError: {
    list: {
      probe: {
        query: '{ membershipImports(first: 1) { edges { node { errors { SEL } } } } }',
      },
      at: ['membershipImports', 'edges', 0, 'node', 'errors', 0],
    },
  },
  MembershipImportPlanItem: {
    list: {
      probe: {
        query: '{ membershipImports(first: 1) { edges { node { plan { SEL } } } } }',
      },
      at: ['membershipImports', 'edges', 0, 'node', 'plan', 0],
    },
  },
  CrossSeatCompliance: {
    body: {
      probe: { query: '{ body(slug: "evidence-group") { crossSeatCompliance { SEL } } }' },
      at: ['body', 'crossSeatCompliance', 0],
    },
  },
  NonCompliantPeriod: {
    timeline: {
      probe: { query: '{ body(slug: "design-group") { crossSeatTimeline { SEL } } }' },
      at: ['body', 'crossSeatTimeline', 0],
    },
  },
  AppointmentCheck: {
    preview: {
      probe: {
        query: 'query ($input: AppointmentInput!) { previewAppointment(input: $input) { SEL } }',
        variables: (f) => ({
          input: {
            personId: f.otherPersonId,
            bodyId: f.bodyAId,
            fromBodyId: f.boardId,
            role: 'MEMBER',
            startsOn: '2024-01-01',
          },
        }),
      },
      at: ['previewAppointment'],
    },
  },
  CrossSeatRefusal: {
    preview: {
      probe: {
        query:
          'query ($input: AppointmentInput!) { previewAppointment(input: $input) { refusals { SEL } } }',
        variables: (f) => ({
          input: {
            personId: f.otherPersonId,
            bodyId: f.bodyAId,
            fromBodyId: f.boardId,
            role: 'MEMBER',
            startsOn: '2024-01-01',
          },
        }),
      },
      at: ['previewAppointment', 'refusals', 0],
    },
  },
  DissolutionPreview: {
    preview: {
      probe: {
        query:
          'query ($id: ID!) { previewBodyDissolution(bodyId: $id, dissolvedOn: "2030-01-01") { SEL } }',
        variables: (f) => ({ id: f.boardId }),
      },
      at: ['previewBodyDissolution'],
    },
  },
  MembershipEnding: {
    preview: {
      probe: {
        query:
          'query ($id: ID!) { previewBodyDissolution(bodyId: $id, dissolvedOn: "2030-01-01") { ending { SEL } } }',
        variables: (f) => ({ id: f.boardId }),
      },
      at: ['previewBodyDissolution', 'ending', 0],
    },
  },
  Me: { self: { probe: { query: '{ me { SEL } }' }, at: ['me'] } },
  EmailChoices: {
    own: { probe: { query: '{ me { emailChoices { SEL } } }' }, at: ['me', 'emailChoices'] },
  },
  Person: {
    other: {
      probe: {
        query: 'query ($id: ID!) { person(id: $id) { SEL } }',
        variables: (f) => ({ id: f.otherPersonId }),
      },
      at: ['person'],
    },
    own: { probe: { query: '{ me { person { SEL } } }' }, at: ['me', 'person'] },
  },
  PersonView: {
    ownPreview: {
      probe: { query: '{ me { person { publicView { SEL } } } }' },
      at: ['me', 'person', 'publicView'],
    },
  },
  PublicDisplay: {
    own: {
      probe: { query: '{ me { person { publicDisplay { SEL } } } }' },
      at: ['me', 'person', 'publicDisplay'],
    },
  },
  PublicDisplayEvent: {
    own: {
      probe: { query: '{ me { person { publicDisplayHistory { SEL } } } }' },
      at: ['me', 'person', 'publicDisplayHistory', 0],
    },
  },
  PersonAccount: {
    other: {
      probe: {
        query: 'query ($id: ID!) { person(id: $id) { account { SEL } } }',
        variables: (f) => ({ id: f.accountHolderId }),
      },
      at: ['person', 'account'],
    },
  },
  PersonConnection: { list: { probe: { query: '{ people(first: 1) { SEL } }' }, at: ['people'] } },
  PersonEdge: {
    list: {
      probe: { query: '{ people(first: 1) { edges { SEL } } }' },
      at: ['people', 'edges', 0],
    },
  },
  PageInfo: {
    people: {
      probe: { query: '{ people(first: 1) { pageInfo { SEL } } }' },
      at: ['people', 'pageInfo'],
    },
  },
  AuditEventConnection: {
    list: { probe: { query: '{ auditEvents(first: 1) { SEL } }' }, at: ['auditEvents'] },
  },
  EmailDeliveryConnection: {
    list: { probe: { query: '{ emailDeliveries(first: 1) { SEL } }' }, at: ['emailDeliveries'] },
  },
  EmailDeliveryEdge: {
    list: {
      probe: { query: '{ emailDeliveries(first: 1) { edges { SEL } } }' },
      at: ['emailDeliveries', 'edges', 0],
    },
  },
  EmailDelivery: {
    list: {
      probe: { query: '{ emailDeliveries(first: 1) { edges { node { SEL } } } }' },
      at: ['emailDeliveries', 'edges', 0, 'node'],
    },
  },
  AuditEventEdge: {
    list: {
      probe: { query: '{ auditEvents(first: 1) { edges { SEL } } }' },
      at: ['auditEvents', 'edges', 0],
    },
  },
  AuditEvent: {
    list: {
      probe: {
        query:
          '{ auditEvents(first: 1, filter: { action: "person." }) { edges { node { SEL } } } }',
      },
      at: ['auditEvents', 'edges', 0, 'node'],
    },
  },
  AuditName: {
    list: {
      probe: {
        query:
          '{ auditEvents(first: 1, filter: { action: "person." }) { edges { node { names { SEL } } } } }',
      },
      at: ['auditEvents', 'edges', 0, 'node', 'names', 0],
    },
  },
  AuditChange: {
    list: {
      probe: {
        query:
          '{ auditEvents(first: 1, filter: { action: "person." }) { edges { node { changes { SEL } } } } }',
      },
      at: ['auditEvents', 'edges', 0, 'node', 'changes', 0],
    },
  },
  TotpSetup: {
    own: { probe: { query: 'mutation { beginTotpSetup { SEL } }' }, at: ['beginTotpSetup'] },
  },
  Session: {
    signIn: {
      probe: {
        query:
          'mutation ($password: String!) { login(email: "chair@example.org", password: $password) { SEL } }',
        variables: (f) => ({ password: f.password }),
      },
      at: ['login'],
    },
  },
  // Terms of reference, as the public reads them: the version in force and a comparison.
  TermsOfReference: {
    current: {
      probe: { query: '{ body(slug: "evidence-group") { termsOfReference { SEL } } }' },
      at: ['body', 'termsOfReference'],
    },
  },
  Quorum: {
    current: {
      probe: { query: '{ body(slug: "evidence-group") { termsOfReference { quorum { SEL } } } }' },
      at: ['body', 'termsOfReference', 'quorum'],
    },
  },
  TermsOfReferenceComparison: {
    same: {
      probe: {
        query:
          '{ body(slug: "evidence-group") { termsOfReferenceComparison(from: 1, to: 1) { SEL } } }',
      },
      at: ['body', 'termsOfReferenceComparison'],
    },
  },
  TermsOfReferenceFieldComparison: {
    same: {
      probe: {
        query:
          '{ body(slug: "evidence-group") { termsOfReferenceComparison(from: 1, to: 1) { fields { SEL } } } }',
      },
      at: ['body', 'termsOfReferenceComparison', 'fields', 0],
    },
  },
  TermsOfReferenceDiffLine: {
    same: {
      probe: {
        query:
          '{ body(slug: "evidence-group") { termsOfReferenceComparison(from: 1, to: 1) { lines { SEL } } } }',
      },
      at: ['body', 'termsOfReferenceComparison', 'lines', 0],
    },
  },
  TermsOfReferenceDiffSegment: {
    same: {
      probe: {
        query:
          '{ body(slug: "evidence-group") { termsOfReferenceComparison(from: 1, to: 1) { lines { segments { SEL } } } } }',
      },
      at: ['body', 'termsOfReferenceComparison', 'lines', 0, 'segments', 0],
    },
  },
};

const EVERYONE: Row<FieldOutcome> = ['shown', 'shown', 'shown', 'shown', 'shown', 'shown', 'shown'];
const SIGNED_IN_SHOWN: Row<FieldOutcome> = [
  '-',
  'shown',
  'shown',
  'shown',
  'shown',
  'shown',
  'shown',
];
const STAFF_SHOWN: Row<FieldOutcome> = ['-', '-', '-', '-', '-', 'shown', 'shown'];
/** A field of an object everyone reaches that only the secretariat may read. */
const STAFF_FIELD: Row<FieldOutcome> = [
  'FORBIDDEN',
  'FORBIDDEN',
  'FORBIDDEN',
  'FORBIDDEN',
  'FORBIDDEN',
  'shown',
  'shown',
];
/** Members of the meeting's body on its day (body A: member A and the cross-seated member) and staff. */
const MEETING_MEMBERS_FIELD: Row<FieldOutcome> = [
  'FORBIDDEN',
  'shown',
  'FORBIDDEN',
  'shown',
  'FORBIDDEN',
  'shown',
  'shown',
];
/** An object only members of the meeting's body on its day and staff reach (body A's meeting). */
const MEETING_MEMBERS_PAPER: Row<FieldOutcome> = [
  '-',
  'shown',
  '-',
  'shown',
  '-',
  'shown',
  'shown',
];
/** Reached only by members of the meeting's body on its day (body A) and staff. */
const MEETING_MEMBERS_SHOWN: Row<FieldOutcome> = [
  '-',
  'shown',
  '-',
  'shown',
  '-',
  'shown',
  'shown',
];
/** One's own membership records: every member (a former one too); staff here sit on no body. */
const OWN_MEMBERSHIP: Row<FieldOutcome> = ['-', 'shown', 'shown', 'shown', 'shown', '-', '-'];

/** Every field of every object type, per way of reaching it, per role. */
export const FIELDS: Record<string, Record<string, Row<FieldOutcome>>> = {
  // Meetings: the public sees when and where and the public agenda; the online link and the
  // support arrangements are for members of the body on the day (a cross-seat too) and staff.
  ...Object.fromEntries(
    [
      'id',
      'title',
      'summary',
      'startsAt',
      'endsAt',
      'date',
      'when',
      'location',
      'status',
      'statusReason',
      'version',
      'bodies',
      'agenda',
      'privateItemCount',
      'canSeeMembersOnly',
      'papers',
    ].map((field) => [`Meeting.${field}`, { fixture: EVERYONE }]),
  ),
  'Meeting.onlineLink': { fixture: MEETING_MEMBERS_FIELD },
  'Meeting.support': { fixture: MEETING_MEMBERS_FIELD },
  // What steers the secretariat's own pages: the status changes it may make, whether the record
  // and the minutes may still be written. Nobody else is told, members of the body included.
  'Meeting.allowedActions': { fixture: STAFF_FIELD },
  'Meeting.recordOpen': { fixture: STAFF_FIELD },
  'Meeting.minutesEditable': { fixture: STAFF_FIELD },
  ...Object.fromEntries(
    [
      'id',
      'meetingId',
      'position',
      'title',
      'description',
      'presenter',
      'durationMinutes',
      'isPublic',
      'plannedStart',
      'papers',
    ].map((field) => [`AgendaItem.${field}`, { fixture: EVERYONE }]),
  ),
  // Everyone sees who leads a public item, as the display rule shows them to each.
  ...Object.fromEntries(
    ['kind', 'name', 'person'].map((field) => [`AgendaPresenter.${field}`, { fixture: EVERYONE }]),
  ),
  // Papers: a public paper is everyone's; a members' paper is for members of the meeting's body
  // on its day (member A and the cross-seated member) and staff, and to everyone else the paper
  // is FORBIDDEN whole (so no field is reached). Who a paper names is for staff alone.
  ...Object.fromEntries(
    [
      'id',
      'title',
      'visibility',
      'contentNote',
      'version',
      'meeting',
      'agendaItem',
      'easyReadOf',
      'easyReadVersions',
      'supersedes',
      'supersededBy',
      'isSuperseded',
      'file',
      'downloadPath',
      'withdrawnAt',
      'withdrawalReason',
      'canDownload',
    ].map((field) => [`Paper.${field}`, { public: EVERYONE, members: MEETING_MEMBERS_PAPER }]),
  ),
  'Paper.namedReaders': {
    public: STAFF_FIELD,
    members: ['-', 'FORBIDDEN', '-', 'FORBIDDEN', '-', 'shown', 'shown'],
  },
  ...Object.fromEntries(
    ['name', 'size', 'sizeText', 'kind', 'mediaType', 'uploadedAt'].map((field) => [
      `PaperFile.${field}`,
      { public: EVERYONE },
    ]),
  ),
  'MeetingWarnings.conflicts': { clash: STAFF_SHOWN },
  'MeetingWarnings.meetingFrequency': { clash: STAFF_SHOWN },
  'MeetingWarnings.frequencyGaps': { clash: STAFF_SHOWN },
  ...Object.fromEntries(
    ['personId', 'name', 'meetingId', 'meetingTitle', 'crossSeated'].map((field) => [
      `SchedulingConflict.${field}`,
      { clash: STAFF_SHOWN },
    ]),
  ),
  'FrequencyGap.from': { clash: STAFF_SHOWN },
  'FrequencyGap.to': { clash: STAFF_SHOWN },
  'FrequencyGap.days': { clash: STAFF_SHOWN },
  // The record of the meeting: the register, who is expected, whether it has started as the
  // register counts it, the quorum, declarations and actions are for members of the body on the
  // day and staff; published minutes (their public version) and the decisions in them are
  // everyone's; comments are the secretariat's, and each member's own.
  ...Object.fromEntries(
    [
      'attendance',
      'expectedMembers',
      'started',
      'quorum',
      'declarations',
      'actions',
      'actionsCarriedForward',
    ].map((field) => [`Meeting.${field}`, { fixture: MEETING_MEMBERS_FIELD }]),
  ),
  'Meeting.minutes': { fixture: EVERYONE },
  'Meeting.decisions': { fixture: EVERYONE },
  // Everyone may ask; only the meeting's members on its day get a line (null for the rest).
  'Meeting.myAttendance': { fixture: EVERYONE },
  ...Object.fromEntries(
    ['status', 'note', 'sentByMember', 'canGiveApologies', 'canWithdrawApologies'].map((field) => [
      `MyAttendance.${field}`,
      { fixture: ['-', 'shown', '-', 'shown', '-', '-', '-'] as Row<FieldOutcome> },
    ]),
  ),
  ...Object.fromEntries(
    ['since', 'asOf', 'firstVisit', 'items'].map((field) => [
      `WhatsNew.${field}`,
      { self: SIGNED_IN_SHOWN },
    ]),
  ),
  ...Object.fromEntries(
    ['kind', 'at', 'title', 'meetingId', 'paperId', 'meeting', 'paper'].map((field) => [
      `WhatsNewItem.${field}`,
      // Each sees only their own list: members of their bodies' news; the former member, whose
      // membership ended before the demo meetings, nothing; staff here sit on no body, so only
      // the demo action given to the secretariat.
      { self: ['-', 'shown', 'shown', 'shown', '-', 'shown', '-'] as Row<FieldOutcome> },
    ]),
  ),
  'AgendaItem.declarations': { fixture: MEETING_MEMBERS_FIELD },
  ...Object.fromEntries(
    ['person', 'status', 'note', 'recordedAt', 'sentByMember'].map((field) => [
      `Attendance.${field}`,
      { fixture: MEETING_MEMBERS_SHOWN },
    ]),
  ),
  ...Object.fromEntries(
    ['person', 'role', 'seat', 'crossSeat', 'attendance', 'body', 'fromBody'].map((field) => [
      `ExpectedMember.${field}`,
      { fixture: MEETING_MEMBERS_SHOWN },
    ]),
  ),
  ...Object.fromEntries(
    [
      'required',
      'present',
      'votingMembers',
      'met',
      'shortBy',
      'description',
      'termsOfReferenceNumber',
    ].map((field) => [`MeetingQuorum.${field}`, { fixture: MEETING_MEMBERS_SHOWN }]),
  ),
  ...Object.fromEntries(
    ['id', 'person', 'agendaItem', 'description', 'recordedAt'].map((field) => [
      `Declaration.${field}`,
      { fixture: MEETING_MEMBERS_SHOWN },
    ]),
  ),
  ...Object.fromEntries(
    [
      'meetingId',
      'status',
      'content',
      'entries',
      'circulatedAt',
      'approvedAt',
      'approvedAtMeeting',
      'publishedAt',
      'version',
      'isPublicVersion',
      'allowedActions',
    ].map((field) => [`Minutes.${field}`, { fixture: EVERYONE }]),
  ),
  'Minutes.comments': { fixture: MEETING_MEMBERS_FIELD },
  // Where the minutes may be approved: the secretariat's choices alone.
  'Minutes.approvalCandidates': { fixture: STAFF_FIELD },
  'MinutesEntry.agendaItem': { fixture: EVERYONE },
  'MinutesEntry.notes': { fixture: EVERYONE },
  ...Object.fromEntries(
    ['id', 'person', 'agendaItem', 'text', 'createdAt'].map((field) => [
      `MinutesComment.${field}`,
      { fixture: MEETING_MEMBERS_SHOWN },
    ]),
  ),
  ...Object.fromEntries(
    ['id', 'text', 'agendaItem', 'meeting', 'createdAt'].map((field) => [
      `Decision.${field}`,
      { fixture: EVERYONE },
    ]),
  ),
  ...Object.fromEntries(
    [
      'id',
      'description',
      'owner',
      'dueOn',
      'status',
      'statusNote',
      'overdue',
      'meeting',
      'agendaItem',
      'version',
      'allowedStatuses',
      'updatedAt',
    ].map((field) => [`MeetingAction.${field}`, { fixture: MEETING_MEMBERS_SHOWN }]),
  ),
  'DecisionConnection.edges': { register: EVERYONE },
  'DecisionConnection.pageInfo': { register: EVERYONE },
  'DecisionConnection.totalCount': { register: EVERYONE },
  'DecisionEdge.cursor': { register: EVERYONE },
  'DecisionEdge.node': { register: EVERYONE },
  // Actions of body A's meetings: its members (a cross-seat too) and staff; nobody else has any.
  'MeetingActionConnection.edges': { register: SIGNED_IN_SHOWN },
  'MeetingActionConnection.pageInfo': { register: SIGNED_IN_SHOWN },
  'MeetingActionConnection.totalCount': { register: SIGNED_IN_SHOWN },
  'MeetingActionEdge.cursor': { register: MEETING_MEMBERS_SHOWN },
  'MeetingActionEdge.node': { register: MEETING_MEMBERS_SHOWN },
  // Invitations are the secretariat's business.
  'Invitation.id': { sent: STAFF_SHOWN },
  'Invitation.personId': { sent: STAFF_SHOWN },
  'Invitation.fullName': { sent: STAFF_SHOWN },
  'Invitation.email': { sent: STAFF_SHOWN },
  'Invitation.sentAt': { sent: STAFF_SHOWN },
  'Invitation.expiresAt': { sent: STAFF_SHOWN },
  'Invitation.acceptedAt': { sent: STAFF_SHOWN },
  'Invitation.status': { sent: STAFF_SHOWN },

  'Body.id': { list: EVERYONE },
  'Body.slug': { list: EVERYONE },
  'Body.name': { list: EVERYONE },
  'Body.kind': { list: EVERYONE },
  'Body.purpose': { list: EVERYONE },
  'Body.establishedOn': { list: EVERYONE },
  'Body.dissolvedOn': { list: EVERYONE },
  'Body.existsOn': { list: EVERYONE },
  'Body.stillExists': { list: EVERYONE },
  'Body.updatedAt': { list: EVERYONE },
  'Body.version': { list: EVERYONE },
  // A body's contact is a person in the secretariat, published with the body; its usual support
  // text is the secretariat's to keep (members read it on their meetings).
  'Body.supportContact': { list: EVERYONE },
  'Body.defaultSupport': { list: STAFF_FIELD },
  ...Object.fromEntries(
    ['name', 'email', 'phone'].map((field) => [`BodyContact.${field}`, { list: EVERYONE }]),
  ),
  'Body.members': { list: EVERYONE },
  'Body.pastMembers': { list: EVERYONE },
  'Body.memberships': { list: STAFF_FIELD },
  'Body.crossSeatRules': { list: EVERYONE },
  'Body.crossSeatCompliance': { list: EVERYONE },
  'Body.crossSeatTimeline': { list: EVERYONE },
  // Published terms of reference are public; the draft is the secretariat's.
  'Body.termsOfReference': { list: EVERYONE },
  'Body.termsOfReferenceHistory': { list: EVERYONE },
  'Body.termsOfReferenceComparison': { list: EVERYONE },
  'Body.termsOfReferenceDraft': { list: STAFF_FIELD },
  'Body.meetings': { list: EVERYONE },

  // A member as anyone may see them: the public-display rule decides the person.
  'Member.person': { current: EVERYONE },
  'Member.role': { current: EVERYONE },
  'Member.seat': { current: EVERYONE },
  'Member.fromBody': { current: EVERYONE },
  'Member.startsOn': { current: EVERYONE },
  'Member.endsOn': { current: EVERYONE },
  'MemberConnection.edges': { past: EVERYONE },
  'MemberConnection.pageInfo': { past: EVERYONE },
  'MemberConnection.totalCount': { past: EVERYONE },
  'MemberEdge.cursor': { past: EVERYONE },
  'MemberEdge.node': { past: EVERYONE },

  // Membership records: the secretariat, or a member's own (the secretariat and the admin
  // sit on no body, so have none of their own).
  ...Object.fromEntries(
    [
      'id',
      'person',
      'body',
      'fromBody',
      'role',
      'seat',
      'startsOn',
      'endsOn',
      'endReason',
      'status',
      'version',
      'restingCrossSeats',
    ].map((field) => [`Membership.${field}`, { record: STAFF_SHOWN, own: OWN_MEMBERSHIP }]),
  ),
  'MembershipConnection.edges': { record: STAFF_SHOWN },
  'MembershipConnection.pageInfo': { record: STAFF_SHOWN },
  'MembershipConnection.totalCount': { record: STAFF_SHOWN },
  'MembershipEdge.cursor': { record: STAFF_SHOWN },
  'MembershipEdge.node': { record: STAFF_SHOWN },
  'MembershipChange.membership': { removed: STAFF_SHOWN },
  'MembershipChange.crossSeatsEnded': { removed: STAFF_SHOWN },
  'MembershipChange.crossSeatsCancelled': { removed: STAFF_SHOWN },
  'MembershipChange.sessionsEnded': { removed: STAFF_SHOWN },

  'CrossSeatRule.id': { list: EVERYONE },
  'CrossSeatRule.targetBody': { list: EVERYONE },
  'CrossSeatRule.fromBody': { list: EVERYONE },
  'CrossSeatRule.minSeats': { list: EVERYONE },
  'CrossSeatRule.maxSeats': { list: EVERYONE },
  'SearchResults.query': { found: EVERYONE },
  'SearchResults.hits': { found: EVERYONE },
  'SearchHit.kind': { found: EVERYONE },
  'SearchHit.id': { found: EVERYONE },
  'SearchHit.title': { found: EVERYONE },
  'SearchHit.snippet': { found: EVERYONE },
  'SearchHit.meetingId': { found: EVERYONE },
  'SearchHit.meetingTitle': { found: EVERYONE },
  'SearchHit.date': { found: EVERYONE },
  'SearchHit.bodySlug': { found: EVERYONE },
  'SearchHit.bodyName': { found: EVERYONE },
  'SearchHit.version': { found: EVERYONE },
  'SearchHit.rank': { found: EVERYONE },
  'SnippetPart.text': { found: EVERYONE },
  'SnippetPart.match': { found: EVERYONE },
  'CrossSeatRule.removedFrom': { list: EVERYONE },
  'CrossSeatRule.history': { list: EVERYONE },
  'CrossSeatRuleVersion.effectiveFrom': { list: EVERYONE },
  'CrossSeatRuleVersion.minSeats': { list: EVERYONE },
  'CrossSeatRuleVersion.maxSeats': { list: EVERYONE },
  'CrossSeatRuleVersion.standing': { list: EVERYONE },
  'CrossSeatCompliance.rule': { body: EVERYONE },
  'CrossSeatCompliance.on': { body: EVERYONE },
  'CrossSeatCompliance.status': { body: EVERYONE },
  'CrossSeatCompliance.held': { body: EVERYONE },
  'CrossSeatCompliance.holders': { body: EVERYONE },
  'CrossSeatCompliance.since': { body: EVERYONE },
  'NonCompliantPeriod.rule': { timeline: EVERYONE },
  'NonCompliantPeriod.status': { timeline: EVERYONE },
  'NonCompliantPeriod.from': { timeline: EVERYONE },
  'NonCompliantPeriod.to': { timeline: EVERYONE },
  'NonCompliantPeriod.held': { timeline: EVERYONE },
  ...Object.fromEntries(
    [
      'dissolvedOn',
      'lastDay',
      'ending',
      'cancelled',
      'crossSeatsEnding',
      'crossSeatsCancelled',
    ].map((field) => [`DissolutionPreview.${field}`, { preview: STAFF_SHOWN }]),
  ),
  'MembershipEnding.membership': { preview: STAFF_SHOWN },
  'MembershipEnding.endsOn': { preview: STAFF_SHOWN },
  'AppointmentCheck.allowed': { preview: STAFF_SHOWN },
  'AppointmentCheck.refusals': { preview: STAFF_SHOWN },
  'AppointmentCheck.rule': { preview: STAFF_SHOWN },
  'AppointmentCheck.seatsBefore': { preview: STAFF_SHOWN },
  'AppointmentCheck.seatsAfter': { preview: STAFF_SHOWN },
  'CrossSeatRefusal.code': { preview: STAFF_SHOWN },
  'CrossSeatRefusal.message': { preview: STAFF_SHOWN },
  'CrossSeatRefusal.field': { preview: STAFF_SHOWN },
  'CrossSeatRefusal.on': { preview: STAFF_SHOWN },

  'Me.accountId': { self: SIGNED_IN_SHOWN },
  'Me.personId': { self: SIGNED_IN_SHOWN },
  'Me.fullName': { self: SIGNED_IN_SHOWN },
  'Me.grants': { self: SIGNED_IN_SHOWN },
  'Me.person': { self: SIGNED_IN_SHOWN },
  'Me.totpEnabled': { self: SIGNED_IN_SHOWN },
  'Me.hasCalendarFeed': { self: SIGNED_IN_SHOWN },
  'Me.emailChoices': { self: SIGNED_IN_SHOWN },
  'EmailChoices.topics': { own: SIGNED_IN_SHOWN },
  'EmailChoices.reminderDays': { own: SIGNED_IN_SHOWN },

  // Someone else's record: the secretariat only. One's own record: oneself, except the account.
  'Person.id': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.fullName': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.email': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.phone': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.affiliation': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.bio': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.livedExperience': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.updatedAt': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.version': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.publicDisplay': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.publicDisplayHistory': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.publicView': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.memberships': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.account': {
    other: STAFF_SHOWN,
    own: ['-', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'shown', 'shown'],
  },

  'PersonView.id': { ownPreview: SIGNED_IN_SHOWN },
  'PersonView.visibility': { ownPreview: SIGNED_IN_SHOWN },
  'PersonView.displayName': { ownPreview: SIGNED_IN_SHOWN },
  'PersonView.affiliation': { ownPreview: SIGNED_IN_SHOWN },
  'PersonView.bio': { ownPreview: SIGNED_IN_SHOWN },
  'PersonView.livedExperience': { ownPreview: SIGNED_IN_SHOWN },

  'PublicDisplay.choice': { own: SIGNED_IN_SHOWN },
  'PublicDisplay.showLivedExperience': { own: SIGNED_IN_SHOWN },
  'PublicDisplay.since': { own: SIGNED_IN_SHOWN },

  'PublicDisplayEvent.id': { own: SIGNED_IN_SHOWN },
  'PublicDisplayEvent.kind': { own: SIGNED_IN_SHOWN },
  'PublicDisplayEvent.effectiveOn': { own: SIGNED_IN_SHOWN },
  'PublicDisplayEvent.choice': { own: SIGNED_IN_SHOWN },
  'PublicDisplayEvent.showLivedExperience': { own: SIGNED_IN_SHOWN },
  'PublicDisplayEvent.recordedAt': { own: SIGNED_IN_SHOWN },
  'PublicDisplayEvent.recordedBySelf': { own: SIGNED_IN_SHOWN },

  'PersonAccount.id': { other: STAFF_SHOWN },
  'PersonAccount.status': { other: STAFF_SHOWN },
  'PersonAccount.grants': { other: STAFF_SHOWN },
  'PersonAccount.totpEnabled': { other: STAFF_SHOWN },

  'PersonConnection.edges': { list: STAFF_SHOWN },
  'PersonConnection.pageInfo': { list: STAFF_SHOWN },
  'PersonConnection.totalCount': { list: STAFF_SHOWN },
  'PersonEdge.cursor': { list: STAFF_SHOWN },
  'PersonEdge.node': { list: STAFF_SHOWN },
  'PageInfo.hasNextPage': { people: STAFF_SHOWN },
  'PageInfo.endCursor': { people: STAFF_SHOWN },

  'AuditEventConnection.edges': { list: STAFF_SHOWN },
  'AuditEventConnection.pageInfo': { list: STAFF_SHOWN },
  'AuditEventConnection.totalCount': { list: STAFF_SHOWN },
  'AuditEventEdge.cursor': { list: STAFF_SHOWN },
  'AuditEventEdge.node': { list: STAFF_SHOWN },
  'AuditEvent.id': { list: STAFF_SHOWN },
  'AuditEvent.occurredAt': { list: STAFF_SHOWN },
  'AuditEvent.actorAccountId': { list: STAFF_SHOWN },
  'AuditEvent.actorLabel': { list: STAFF_SHOWN },
  'AuditEvent.action': { list: STAFF_SHOWN },
  'AuditEvent.objectType': { list: STAFF_SHOWN },
  'AuditEvent.objectId': { list: STAFF_SHOWN },
  'AuditEvent.changes': { list: STAFF_SHOWN },
  'AuditChange.field': { list: STAFF_SHOWN },
  'AuditChange.before': { list: STAFF_SHOWN },
  'AuditChange.after': { list: STAFF_SHOWN },
  'AuditEvent.names': { list: STAFF_SHOWN },
  'AuditName.id': { list: STAFF_SHOWN },
  'AuditName.name': { list: STAFF_SHOWN },

  // Email delivery: the secretariat's alone; never a message's body.
  'EmailDeliveryConnection.edges': { list: STAFF_SHOWN },
  'EmailDeliveryConnection.pageInfo': { list: STAFF_SHOWN },
  'EmailDeliveryConnection.totalCount': { list: STAFF_SHOWN },
  'EmailDeliveryEdge.cursor': { list: STAFF_SHOWN },
  'EmailDeliveryEdge.node': { list: STAFF_SHOWN },
  ...Object.fromEntries(
    [
      'id',
      'kind',
      'to',
      'personId',
      'personName',
      'subject',
      'status',
      'createdAt',
      'sendAfter',
      'attempts',
      'lastAttemptAt',
      'lastError',
      'sentAt',
      'gaveUpAt',
      'resentFromId',
    ].map((field) => [`EmailDelivery.${field}`, { list: STAFF_SHOWN }]),
  ),

  // Imports of memberships: the secretariat's alone.
  'MembershipImportConnection.edges': { list: STAFF_SHOWN },
  'MembershipImportConnection.pageInfo': { list: STAFF_SHOWN },
  'MembershipImportConnection.totalCount': { list: STAFF_SHOWN },
  'MembershipImportEdge.cursor': { list: STAFF_SHOWN },
  'MembershipImportEdge.node': { list: STAFF_SHOWN },
  ...Object.fromEntries(
    [
      'id',
      'fileName',
      'fileBytes',
      'uploadedBy',
      'status',
      'version',
      'totalRows',
      'processedRows',
      'importedRows',
      'errorCount',
      'errors',
      'plan',
      'failureReason',
      'createdAt',
      'finishedAt',
    ].map((field) => [`MembershipImport.${field}`, { list: STAFF_SHOWN }]),
  ),
  'MembershipImportError.line': { list: STAFF_SHOWN },
  'MembershipImportError.field': { list: STAFF_SHOWN },
  'MembershipImportError.code': { list: STAFF_SHOWN },
  'MembershipImportError.message': { list: STAFF_SHOWN },
  ...Object.fromEntries(
    [
      'line',
      'summary',
      'personId',
      'personName',
      'bodyId',
      'bodyName',
      'role',
      'startsOn',
      'endsOn',
      'crossSeatFrom',
    ].map((field) => [`MembershipImportPlanItem.${field}`, { list: STAFF_SHOWN }]),
  ),

  // Anyone may sign in; the session describes the one who did.
  'Session.token': { signIn: EVERYONE },
  'Session.expiresAt': { signIn: EVERYONE },
  'Session.me': { signIn: EVERYONE },
  'Session.secondFactor': { signIn: EVERYONE },

  // Only ever returned to the one setting up their own authenticator app.
  'TotpSetup.secret': { own: SIGNED_IN_SHOWN },
  'TotpSetup.otpauthUri': { own: SIGNED_IN_SHOWN },
  'TotpSetup.qrCodeSvg': { own: SIGNED_IN_SHOWN },

  // A published version and its comparison with another: anyone.
  'TermsOfReference.id': { current: EVERYONE },
  'TermsOfReference.body': { current: EVERYONE },
  'TermsOfReference.number': { current: EVERYONE },
  'TermsOfReference.status': { current: EVERYONE },
  'TermsOfReference.content': { current: EVERYONE },
  'TermsOfReference.quorum': { current: EVERYONE },
  'TermsOfReference.meetingFrequency': { current: EVERYONE },
  'TermsOfReference.composition': { current: EVERYONE },
  'TermsOfReference.effectiveFrom': { current: EVERYONE },
  'TermsOfReference.publishedAt': { current: EVERYONE },
  'TermsOfReference.version': { current: EVERYONE },
  'TermsOfReference.updatedAt': { current: EVERYONE },
  'TermsOfReference.standing': { current: EVERYONE },
  'TermsOfReference.inForceTo': { current: EVERYONE },
  'Quorum.kind': { current: EVERYONE },
  'Quorum.count': { current: EVERYONE },
  'Quorum.numerator': { current: EVERYONE },
  'Quorum.denominator': { current: EVERYONE },
  'Quorum.description': { current: EVERYONE },
  'TermsOfReferenceComparison.from': { same: EVERYONE },
  'TermsOfReferenceComparison.to': { same: EVERYONE },
  'TermsOfReferenceComparison.fields': { same: EVERYONE },
  'TermsOfReferenceComparison.lines': { same: EVERYONE },
  'TermsOfReferenceComparison.linesAdded': { same: EVERYONE },
  'TermsOfReferenceComparison.linesRemoved': { same: EVERYONE },
  'TermsOfReferenceFieldComparison.field': { same: EVERYONE },
  'TermsOfReferenceFieldComparison.before': { same: EVERYONE },
  'TermsOfReferenceFieldComparison.after': { same: EVERYONE },
  'TermsOfReferenceFieldComparison.changed': { same: EVERYONE },
  'TermsOfReferenceDiffLine.kind': { same: EVERYONE },
  'TermsOfReferenceDiffLine.text': { same: EVERYONE },
  'TermsOfReferenceDiffLine.fromLine': { same: EVERYONE },
  'TermsOfReferenceDiffLine.toLine': { same: EVERYONE },
  'TermsOfReferenceDiffLine.segments': { same: EVERYONE },
  'TermsOfReferenceDiffSegment.kind': { same: EVERYONE },
  'TermsOfReferenceDiffSegment.text': { same: EVERYONE },
};
