import { AuditEventEntity, PersonEntity } from '@boards/api/database';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const PEOPLE = `query ($search: String, $first: Int, $after: String) {
  people(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id fullName email livedExperience account { status grants } publicDisplay { choice } } }
  }
}`;
const CREATE = `mutation ($input: PersonInput!) {
  createPerson(input: $input) { id fullName email phone affiliation bio livedExperience version publicView { visibility displayName } }
}`;
const UPDATE = `mutation ($id: ID!, $input: PersonInput!, $expected: Int!) {
  updatePerson(id: $id, input: $input, expectedVersion: $expected) { id fullName email version }
}`;
const SET_MINE = `mutation ($input: PublicDisplayInput!) {
  setMyPublicDisplay(input: $input) {
    publicDisplay { choice showLivedExperience }
    publicView { id visibility displayName affiliation bio livedExperience }
    publicDisplayHistory { kind choice recordedBySelf }
  }
}`;

describe('people over HTTP (real PostgreSQL)', () => {
  let api: ApiHarness;
  let secretariat: string;
  let member: string;

  beforeAll(async () => {
    api = await startApi();
    secretariat = await api.signIn('secretariat@example.org');
    member = await api.signIn('member@example.org');
  });
  afterAll(() => api?.close());

  it('lists people a page at a time, in name order, for the secretariat', async () => {
    const first = await api.graphql(PEOPLE, { first: 3 }, secretariat);
    expect(outcomeOf(first)).toBe('ok');
    const page1 = dataOf(first).people;
    expect(page1.totalCount).toBe(13);
    expect(page1.edges.map((e: Json) => e.node.fullName)).toEqual([
      'Aisha Karim',
      'Alex Morgan',
      'Daniel Osei',
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql(
      PEOPLE,
      { first: 3, after: page1.pageInfo.endCursor },
      secretariat,
    );
    expect(dataOf(second).people.edges.map((e: Json) => e.node.fullName)).toEqual([
      'Grace Whitfield',
      'Helen Marsh',
      'Jordan Ellis',
    ]);
    const priya = await api.graphql(PEOPLE, { search: 'SECRETARIAT@' }, secretariat);
    expect(dataOf(priya).people.edges).toEqual([
      {
        node: expect.objectContaining({
          fullName: 'Priya Raman',
          account: { status: 'ACTIVE', grants: ['SECRETARIAT'] },
          publicDisplay: { choice: 'FULL_NAME' },
        }),
      },
    ]);
    const wildcard = await api.graphql(PEOPLE, { search: '%' }, secretariat);
    expect(dataOf(wildcard).people.totalCount).toBe(0);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a member', 'member', 'FORBIDDEN'],
  ])('refuses the list of people to %s', async (_who, as, code) => {
    const token = as === 'member' ? member : undefined;
    const result = await api.graphql(PEOPLE, {}, token);
    expect(outcomeOf(result)).toBe(code);
    expect(result.data).toBeNull();
  });

  it('refuses a malformed cursor or page size with BAD_USER_INPUT', async () => {
    expect(outcomeOf(await api.graphql(PEOPLE, { after: 'not a cursor' }, secretariat))).toBe(
      'BAD_USER_INPUT',
    );
    expect(outcomeOf(await api.graphql(PEOPLE, { first: 1000 }, secretariat))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('adds a person, trimmed and normalised, shown to the public anonymously until they choose, and audited', async () => {
    const result = await api.graphql(
      CREATE,
      {
        input: {
          fullName: '  Siân Ó Briain ',
          email: 'sian@example.org',
          phone: '',
          affiliation: 'A youth council',
          livedExperience: true,
        },
      },
      secretariat,
    );
    expect(outcomeOf(result)).toBe('ok');
    const person = dataOf(result).createPerson;
    expect(person).toMatchObject({
      fullName: 'Siân Ó Briain',
      phone: null,
      bio: null,
      livedExperience: true,
      publicView: { visibility: 'ANONYMOUS', displayName: 'A member' },
    });
    const audit = await api.db.dataSource
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ action: 'person.create', objectId: person.id });
    expect(audit).toMatchObject({
      actorLabel: 'Priya Raman',
      after: expect.objectContaining({ fullName: 'Siân Ó Briain', email: 'sian@example.org' }),
    });
  });

  it.each([
    ['a blank name', { fullName: '  ' }, 'fullName'],
    ['an invalid email', { email: 'not-an-email' }, 'email'],
    ['an oversized bio', { bio: 'x'.repeat(100_000) }, 'bio'],
    ['a control character', { fullName: 'Bad\u0007Name' }, 'fullName'],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_label, change, field) => {
      const before = await api.db.dataSource.getRepository(PersonEntity).count();
      const result = await api.graphql(
        CREATE,
        { input: { fullName: 'Valid Name', livedExperience: false, ...change } },
        secretariat,
      );
      expect(result.status).toBe(200);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
      expect(await api.db.dataSource.getRepository(PersonEntity).count()).toBe(before);
    },
  );

  it('refuses a missing required field as BAD_USER_INPUT, not a server error', async () => {
    const result = await api.graphql(CREATE, { input: { fullName: 'No Answer' } }, secretariat);
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.status).toBe(400);
    const wrongType = await api.graphql(PEOPLE, { first: 'ten' }, secretariat);
    expect([wrongType.status, outcomeOf(wrongType)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('refuses a second person with the same email, whatever its case, with CONFLICT', async () => {
    const result = await api.graphql(
      CREATE,
      { input: { fullName: 'Copy Cat', email: 'MEMBER@example.org', livedExperience: false } },
      secretariat,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { field: 'email' },
    });
  });

  it('saves an edit made from the latest version and refuses one made from a stale version', async () => {
    const created = dataOf(
      await api.graphql(
        CREATE,
        { input: { fullName: 'Edit Me', email: 'edit.me@example.org', livedExperience: false } },
        secretariat,
      ),
    ).createPerson;
    const input = { fullName: 'Edited Once', email: 'edit.me@example.org', livedExperience: false };
    const first = await api.graphql(
      UPDATE,
      { id: created.id, input, expected: created.version },
      secretariat,
    );
    expect(outcomeOf(first)).toBe('ok');
    expect(dataOf(first).updatePerson.fullName).toBe('Edited Once');
    const stale = await api.graphql(
      UPDATE,
      { id: created.id, input: { ...input, fullName: 'Lost Update' }, expected: created.version },
      secretariat,
    );
    expect(outcomeOf(stale)).toBe('CONFLICT');
    const row = await api.db.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ id: created.id });
    expect(row.fullName).toBe('Edited Once');
    const audit = await api.db.dataSource
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ action: 'person.update', objectId: created.id });
    expect(audit.before).toEqual({ fullName: 'Edit Me' });
    expect(audit.after).toEqual({ fullName: 'Edited Once' });
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    const input = { fullName: 'Nobody', livedExperience: false };
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(outcomeOf(await api.graphql(UPDATE, { id, input, expected: 1 }, secretariat))).toBe(
        'NOT_FOUND',
      );
    }
  });

  it('lets a member read their own record but nobody else’s', async () => {
    const mine = await api.graphql('{ me { personId person { fullName email } } }', {}, member);
    expect(dataOf(mine).me.person).toEqual({
      fullName: 'Jordan Ellis',
      email: 'member@example.org',
    });
    const own = await api.graphql(
      'query ($id: ID!) { person(id: $id) { fullName } }',
      { id: dataOf(mine).me.personId },
      member,
    );
    expect(outcomeOf(own)).toBe('ok');
    const [other] = await api.db.dataSource.query(
      `SELECT id FROM person WHERE email = 'evidence@example.org'`,
    );
    const theirs = await api.graphql(
      'query ($id: ID!) { person(id: $id) { fullName } }',
      other,
      member,
    );
    expect(outcomeOf(theirs)).toBe('FORBIDDEN');
    expect(theirs.data).toEqual({ person: null });
  });

  it('lets a person change how the public sees them, keeping the history, with a preview', async () => {
    const hidden = await api.graphql(
      SET_MINE,
      { input: { choice: 'ANONYMOUS', showLivedExperience: true } },
      member,
    );
    expect(outcomeOf(hidden)).toBe('ok');
    expect(dataOf(hidden).setMyPublicDisplay).toEqual({
      publicDisplay: { choice: 'ANONYMOUS', showLivedExperience: true },
      publicView: {
        id: null,
        visibility: 'ANONYMOUS',
        displayName: 'A member with lived experience',
        affiliation: null,
        bio: null,
        livedExperience: true,
      },
      publicDisplayHistory: [
        { kind: 'GIVEN', choice: 'FIRST_NAME_INITIAL', recordedBySelf: false },
        { kind: 'GIVEN', choice: 'ANONYMOUS', recordedBySelf: true },
      ],
    });
    const named = await api.graphql(
      SET_MINE,
      { input: { choice: 'FIRST_NAME_INITIAL', showLivedExperience: false } },
      member,
    );
    expect(dataOf(named).setMyPublicDisplay.publicView).toMatchObject({
      visibility: 'NAMED',
      displayName: 'Jordan E.',
      livedExperience: null,
    });
    const withdrawn = await api.graphql(
      'mutation { withdrawMyPublicDisplay { publicView { displayName } } }',
      {},
      member,
    );
    expect(dataOf(withdrawn).withdrawMyPublicDisplay.publicView.displayName).toBe('A member');
  });

  it('does not let a person backdate their own choice', async () => {
    const result = await api.graphql(
      SET_MINE,
      { input: { choice: 'FULL_NAME', showLivedExperience: true, effectiveOn: '2020-01-01' } },
      member,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'effectiveOn' },
    });
  });

  it('refuses the secretariat’s account details to the person themselves', async () => {
    const result = await api.graphql('{ me { person { account { status } } } }', {}, member);
    expect(outcomeOf(result)).toBe('FORBIDDEN');
  });

  describe('account grants', () => {
    const SET = `mutation ($personId: ID!, $grants: [AccountGrant!]!) {
      setAccountGrants(personId: $personId, grants: $grants) { status grants }
    }`;
    const idOf = async (email: string) =>
      (await api.db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email]))[0].id;

    it('lets an admin make someone secretariat, effective on their next request, audited', async () => {
      const admin = await api.signIn('admin@example.org');
      const chair = await api.signIn('chair@example.org');
      const result = await api.graphql(
        SET,
        { personId: await idOf('chair@example.org'), grants: ['SECRETARIAT'] },
        admin,
      );
      expect(dataOf(result).setAccountGrants).toEqual({
        status: 'ACTIVE',
        grants: ['SECRETARIAT'],
      });
      expect(dataOf(await api.graphql('{ me { grants } }', {}, chair)).me.grants).toEqual([
        'SECRETARIAT',
      ]);
      const [row] = await api.db.dataSource.query(
        `SELECT before, after FROM audit_event WHERE action = 'account.grants' ORDER BY id DESC LIMIT 1`,
      );
      expect(row).toEqual({ before: { grants: [] }, after: { grants: ['SECRETARIAT'] } });
    });

    it('refuses grants to the secretariat, and an admin removing their own admin rights', async () => {
      const personId = await idOf('admin@example.org');
      expect(outcomeOf(await api.graphql(SET, { personId, grants: [] }, secretariat))).toBe(
        'FORBIDDEN',
      );
      const admin = await api.signIn('admin@example.org');
      const own = await api.graphql(SET, { personId, grants: ['SECRETARIAT'] }, admin);
      expect(own.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'grants' },
      });
      const none = await api.graphql(
        SET,
        { personId: '00000000-0000-4000-8000-000000000000', grants: [] },
        admin,
      );
      expect(outcomeOf(none)).toBe('NOT_FOUND');
    });
  });
});
