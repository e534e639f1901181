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
}

export interface Probe {
  query: string;
  variables?: (fixture: Fixture) => Record<string, unknown>;
  /** Sign the role in afresh for this probe (it ends or changes the session). */
  freshSession?: boolean;
}

const ZERO_ID = '00000000-0000-4000-8000-000000000000';
const VALID_PERSON = { fullName: 'Probe Person', livedExperience: false };

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
  // Queries
  'Query.bodies': { probe: { query: '{ bodies { slug } }' }, expect: PUBLIC_OK },
  'Query.body': {
    probe: { query: '{ body(slug: "evidence-group") { slug } }' },
    expect: PUBLIC_OK,
  },
  'Query.me': { probe: { query: '{ me { fullName } }' }, expect: PUBLIC_OK },
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
        '", input: $input) { id } }',
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
  'Mutation.withdrawMyPublicDisplay': {
    probe: { query: 'mutation { withdrawMyPublicDisplay { id } }' },
    expect: SIGNED_IN('ok'),
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
  Me: { self: { probe: { query: '{ me { SEL } }' }, at: ['me'] } },
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

/** Every field of every object type, per way of reaching it, per role. */
export const FIELDS: Record<string, Record<string, Row<FieldOutcome>>> = {
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

  'Me.accountId': { self: SIGNED_IN_SHOWN },
  'Me.personId': { self: SIGNED_IN_SHOWN },
  'Me.fullName': { self: SIGNED_IN_SHOWN },
  'Me.grants': { self: SIGNED_IN_SHOWN },
  'Me.person': { self: SIGNED_IN_SHOWN },
  'Me.totpEnabled': { self: SIGNED_IN_SHOWN },

  // Someone else's record: the secretariat only. One's own record: oneself, except the account.
  'Person.id': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.fullName': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.email': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.phone': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.affiliation': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.bio': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.livedExperience': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.updatedAt': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.publicDisplay': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.publicDisplayHistory': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
  'Person.publicView': { other: STAFF_SHOWN, own: SIGNED_IN_SHOWN },
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

  // Anyone may sign in; the session describes the one who did.
  'Session.token': { signIn: EVERYONE },
  'Session.expiresAt': { signIn: EVERYONE },
  'Session.me': { signIn: EVERYONE },
  'Session.secondFactor': { signIn: EVERYONE },

  // Only ever returned to the one setting up their own authenticator app.
  'TotpSetup.secret': { own: SIGNED_IN_SHOWN },
  'TotpSetup.otpauthUri': { own: SIGNED_IN_SHOWN },
  'TotpSetup.qrCodeSvg': { own: SIGNED_IN_SHOWN },
};
