import { SqlStatementCounter } from '@boards/api/database/testing';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const TRAIL = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { action objectType objectId actorLabel changes { field before after } } }
  }
}`;
const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: PersonInput!) { updatePerson(id: $id, input: $input, expectedVersion: 1) { id } }`;

describe('the audit trail over HTTP (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  let secretariat: string;
  let personId: string;

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: counter });
    secretariat = await api.signIn('secretariat@example.org');
    personId = dataOf(
      await api.graphql(
        CREATE,
        { input: { fullName: 'Audit Subject', livedExperience: false } },
        secretariat,
      ),
    ).createPerson.id;
    await api.graphql(
      UPDATE,
      { id: personId, input: { fullName: 'Audit Subject Renamed', livedExperience: true } },
      secretariat,
    );
  });
  afterAll(() => api?.close());

  const trail = async (variables: Record<string, unknown>, token = secretariat) =>
    dataOf(await api.graphql(TRAIL, variables, token)).auditEvents;

  it('shows what changed, newest first, for one object', async () => {
    const events = await trail({ filter: { objectType: 'Person', objectId: personId } });
    expect(events.edges.map((e: Json) => e.node.action)).toEqual([
      'person.update',
      'person.create',
    ]);
    expect(events.edges[0].node).toMatchObject({
      actorLabel: 'Priya Raman',
      changes: [
        { field: 'fullName', before: '"Audit Subject"', after: '"Audit Subject Renamed"' },
        { field: 'livedExperience', before: 'false', after: 'true' },
      ],
    });
  });

  it('names the ids in each entry as they are today, in one statement for a page', async () => {
    const NAMES = `query ($filter: AuditEventFilter, $first: Int) {
      auditEvents(filter: $filter, first: $first) {
        edges { node { action objectId names { id name } } }
      }
    }`;
    const one = dataOf(
      await api.graphql(
        NAMES,
        { filter: { objectType: 'Person', objectId: personId } },
        secretariat,
      ),
    ).auditEvents.edges[0].node;
    expect(one.names).toEqual([{ id: personId, name: 'Audit Subject Renamed' }]);

    // Memberships name their person and body; an appointment's values hold the body's id.
    const [{ id: bodyId }] = await api.db.dataSource.query(
      `SELECT id FROM body WHERE slug = 'evidence-group'`,
    );
    for (let i = 0; i < 4; i += 1) {
      const id = dataOf(
        await api.graphql(
          CREATE,
          { input: { fullName: `Appointee ${i}`, livedExperience: false } },
          secretariat,
        ),
      ).createPerson.id;
      dataOf(
        await api.graphql(
          `mutation ($input: AppointmentInput!) { appointMember(input: $input) { id } }`,
          { input: { personId: id, bodyId, role: 'MEMBER', startsOn: '2026-01-0' + (i + 1) } },
          secretariat,
        ),
      );
    }
    const appointments = async (first: number) => {
      counter.reset();
      const edges = dataOf(
        await api.graphql(NAMES, { filter: { action: 'membership.appoint' }, first }, secretariat),
      ).auditEvents.edges;
      return { edges, statements: counter.count };
    };
    const few = await appointments(1);
    const many = await appointments(20);
    expect(many.edges.length).toBeGreaterThan(few.edges.length);
    expect(many.statements).toBe(few.statements);
    const names = many.edges.flatMap((edge: Json) => edge.node.names.map((n: Json) => n.name));
    expect(names).toEqual(expect.arrayContaining(['Evidence Group']));
    expect(
      names.some((name: string) =>
        /, (Evidence Group|Design Group|Experts by Experience Board)$/.test(name),
      ),
    ).toBe(true);
    for (const edge of many.edges) {
      expect(edge.node.names.map((n: Json) => n.id)).toContain(edge.node.objectId);
    }
  });

  it('filters by a family of actions and pages without gaps or repeats', async () => {
    const all = await trail({ filter: { action: 'session.' }, first: 100 });
    expect(all.totalCount).toBeGreaterThanOrEqual(1);
    expect(all.edges.every((e: Json) => e.node.action.startsWith('session.'))).toBe(true);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Json = await trail({ first: 1, after });
      seen.push(...page.edges.map((e: Json) => `${e.node.action}:${e.node.objectId}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const everything = await trail({ first: 100 });
    expect(seen).toEqual(everything.edges.map((e: Json) => `${e.node.action}:${e.node.objectId}`));
  });

  it('treats an action filter literally, not as a pattern', async () => {
    expect((await trail({ filter: { action: '%.' } })).totalCount).toBe(0);
  });

  it.each([
    ['a malformed cursor', { after: 'zzz' }],
    ['a malformed actor id', { filter: { actorAccountId: 'nope' } }],
    [
      'a range that ends before it starts',
      { filter: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } },
    ],
    ['an oversized filter', { filter: { objectId: 'x'.repeat(5_000) } }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, variables) => {
    expect(outcomeOf(await api.graphql(TRAIL, variables, secretariat))).toBe('BAD_USER_INPUT');
  });

  it('is closed to members and the public', async () => {
    const member = await api.signIn('member@example.org');
    expect(outcomeOf(await api.graphql(TRAIL, {}, member))).toBe('FORBIDDEN');
    expect(outcomeOf(await api.graphql(TRAIL, {}))).toBe('UNAUTHENTICATED');
  });
});
