import { FixedClock } from '@boards/api/graphql';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const HOUR = 3_600_000;

const RULES = `query {
  crossSeatRules {
    targetBody { slug }
    fromBody { id slug }
    history { effectiveFrom minSeats maxSeats standing }
  }
}`;

const SET_RULE = `mutation ($input: CrossSeatRuleInput!) {
  setCrossSeatRule(input: $input) { id }
}`;

/**
 * `CrossSeatRuleVersion.standing`: which version of a cross-seat rule is in force and which are
 * due, on the API's day (its clock), which the cross-seating pages mark "(in force)" and "(due)".
 */
describe('where each version of a cross-seat rule stands, on the API’s day (real PostgreSQL)', () => {
  // Neither day below is the machine's.
  const clock = new FixedClock('2026-11-24T12:00:00Z');
  let api: ApiHarness;

  beforeAll(async () => {
    // The public read cache is on, as in production: the public sees the same standings.
    api = await startApi({ PUBLIC_READ_CACHE: 'true' }, { clock });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The Evidence Group's seats for the Experts by Experience Board, as anyone sees them. */
  async function evidenceRule(): Promise<Json> {
    const rules: Json[] = dataOf(await api.graphql(RULES)).crossSeatRules;
    return rules.find(
      (rule) =>
        rule.targetBody.slug === 'evidence-group' &&
        rule.fromBody.slug === 'experts-by-experience-board',
    );
  }

  it('marks the version in force and the change due, and moves on at midnight in London', async () => {
    const before = await evidenceRule();
    expect(before.history.length).toBeGreaterThan(0);
    expect(before.history.map((version: Json) => version.standing)).toEqual(
      before.history.map((_: Json, index: number) =>
        index === before.history.length - 1 ? 'CURRENT' : 'PAST',
      ),
    );

    const secretariat = await api.signIn('secretariat@example.org');
    const target = dataOf(
      await api.graphql(`query { body(slug: "evidence-group") { id } }`, {}, secretariat),
    ).body.id;
    dataOf(
      await api.graphql(
        SET_RULE,
        {
          input: {
            targetBodyId: target,
            fromBodyId: before.fromBody.id,
            minSeats: 1,
            maxSeats: 3,
            effectiveFrom: '2026-12-01',
          },
        },
        secretariat,
      ),
    );

    const due = (await evidenceRule()).history;
    expect(due.at(-1)).toEqual({
      effectiveFrom: '2026-12-01',
      minSeats: 1,
      maxSeats: 3,
      standing: 'FUTURE',
    });
    expect(due.at(-2).standing).toBe('CURRENT');

    // Half past eleven at night on 30 November, in London: still due.
    clock.advance(new Date('2026-11-30T23:30:00Z').getTime() - clock.now().getTime());
    expect((await evidenceRule()).history.at(-1).standing).toBe('FUTURE');

    // An hour later it is 1 December in London: in force, and the one before it past.
    clock.advance(HOUR);
    const after = (await evidenceRule()).history;
    expect(after.at(-1).standing).toBe('CURRENT');
    expect(after.at(-2).standing).toBe('PAST');
  });
});
