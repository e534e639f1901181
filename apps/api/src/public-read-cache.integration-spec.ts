import { SqlStatementCounter } from '@boards/api/database/testing';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const MEMBERS = `query ($slug: String) {
  body(slug: $slug) { members { role person { displayName visibility } } }
}`;

/** Anonymous public reads are kept until the data changes, whoever changes it. */
describe('The cache of anonymous public reads (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ PUBLIC_READ_CACHE: 'true' }, { sqlLogger: counter });
  });
  afterAll(async () => {
    await api?.close();
  });

  /** The members of the Evidence Group as the public sees them, and the statements it took. */
  async function members(token?: string): Promise<{ names: string[]; statements: number }> {
    counter.reset();
    const result = await api.graphql<Json>(MEMBERS, { slug: 'evidence-group' }, token);
    const names = (dataOf(result).body.members as Json[]).map((m) => m.person.displayName);
    return { names: names.sort(), statements: counter.count };
  }

  /** Asks until the answer satisfies `done` (the notice of a commit arrives a moment after it). */
  async function eventually(done: (names: string[]) => boolean): Promise<string[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const { names } = await members();
      if (done(names) || Date.now() > deadline) return names;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers a repeated anonymous query without SQL, with the same data', async () => {
    const first = await members();
    expect(first.statements).toBeGreaterThan(0);
    const second = await members();
    expect(second.statements).toBe(0);
    expect(second.names).toEqual(first.names);
  });

  it('forgets its answers when another connection commits a change to public data', async () => {
    const before = (await members()).names;
    const named = before.find((name) => name.includes(' ') && !name.startsWith('A member'));
    expect(named).toBeDefined();
    expect((await members()).statements).toBe(0);
    // Not through the API: as another replica, an import or psql would.
    await api.db.dataSource.query(`UPDATE person SET full_name = $2 WHERE full_name = $1`, [
      named,
      `${named} Renamed`,
    ]);
    const after = await eventually((names) => names.includes(`${named} Renamed`));
    expect(after).toContain(`${named} Renamed`);
    await api.db.dataSource.query(`UPDATE person SET full_name = $1 WHERE full_name = $2`, [
      named,
      `${named} Renamed`,
    ]);
    expect(await eventually((names) => names.includes(named as string))).toContain(named);
  });

  it('is emptied at once by a mutation of this API', async () => {
    await members();
    expect((await members()).statements).toBe(0);
    const token = await api.signIn('member@example.org');
    const result = await api.graphql<Json>(
      `mutation { setMyEmailChoices(input: { reminderDays: 3, topics: [PAPERS] }) { reminderDays } }`,
      {},
      token,
    );
    expect(dataOf(result).setMyEmailChoices.reminderDays).toBe(3);
    expect((await members()).statements).toBeGreaterThan(0);
  });

  it('never keeps what a signed-in reader is told', async () => {
    const token = await api.signIn('member@example.org');
    await members(token);
    expect((await members(token)).statements).toBeGreaterThan(0);
  });

  it('does not keep answers to root fields outside the public pages', async () => {
    const ask = async () => {
      counter.reset();
      const result = await api.graphql<Json>(
        `query ($token: String!) { accountTokenStatus(purpose: INVITATION, token: $token) }`,
        { token: 'x'.repeat(43) },
      );
      return { result, statements: counter.count };
    };
    const first = await ask();
    expect(dataOf(first.result).accountTokenStatus).toBe('INVALID');
    expect(first.statements).toBeGreaterThan(0);
    const second = await ask();
    expect(second.statements).toBe(first.statements);
  });
});
