import { SqlStatementCounter } from '@boards/api/database/testing';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * The fixed query shape of issue 4: every body, its members with their person, and its terms of
 * reference. DataLoaders batch each relation, so the number of SQL statements does not grow with
 * the number of bodies or members.
 */
const BODIES = `{
  bodies {
    slug
    members { role seat person { visibility displayName livedExperience } }
    termsOfReference { number effectiveFrom }
  }
}`;

describe('SQL statements per request do not grow with the data (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  /** Adds bodies until there are `bodies`, each with `members` current members. */
  async function grow(bodies: number, members: number): Promise<void> {
    await sql(
      `INSERT INTO body (slug, name, kind, purpose, established_on)
       SELECT 'body-' || n, 'Body ' || n, 'GROUP', 'A body for counting statements', '2021-01-01'
         FROM generate_series(1, $1) AS n
       ON CONFLICT (slug) DO NOTHING`,
      [bodies],
    );
    await sql(
      `INSERT INTO person (full_name, lived_experience)
       SELECT 'Person ' || b || '-' || m, m % 3 = 0
         FROM generate_series(1, $1) AS b, generate_series(1, $2) AS m
        WHERE NOT EXISTS (SELECT 1 FROM person WHERE full_name = 'Person ' || b || '-' || m)`,
      [bodies, members],
    );
    // Consent for two in three people, varied, so that the public-display rule has work to do.
    await sql(
      `INSERT INTO person_display_consent (person_id, kind, effective_on, choice, show_lived_experience)
       SELECT p.id, 'GIVEN', '2021-01-01',
              (ARRAY['FULL_NAME','FIRST_NAME_INITIAL','ANONYMOUS','HIDDEN'])[1 + (row_number() OVER ()) % 4]::public_display_choice,
              true
         FROM person p
        WHERE p.full_name LIKE 'Person %' AND right(p.full_name, 1) <> '0'
          AND NOT EXISTS (SELECT 1 FROM person_display_consent c WHERE c.person_id = p.id)`,
    );
    await sql(
      `INSERT INTO membership (person_id, body_id, role, starts_on)
       SELECT p.id, b.id, CASE WHEN split_part(p.full_name, '-', 2) = '1' THEN 'CHAIR' ELSE 'MEMBER' END::membership_role, '2021-02-01'
         FROM person p
         JOIN body b ON b.slug = 'body-' || split_part(substr(p.full_name, 8), '-', 1)
        WHERE p.full_name LIKE 'Person %'
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id)`,
    );
    await sql(
      `INSERT INTO terms_of_reference (body_id, number, status, content, quorum_kind, quorum_count,
                                       meeting_frequency, composition, effective_from, published_at)
       SELECT b.id, 1, 'PUBLISHED', 'What the body does.', 'COUNT', 3, 'Monthly', 'Its members.',
              '2021-01-01', now()
         FROM body b
        WHERE NOT EXISTS (SELECT 1 FROM terms_of_reference t WHERE t.body_id = b.id)`,
    );
  }

  async function statementsFor(query: string): Promise<{ count: number; data: Json }> {
    counter.reset();
    const data = dataOf(await api.graphql(query));
    return { count: counter.count, data };
  }

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: counter, seed: false });
  });
  afterAll(() => api?.close());

  it('answers 3 bodies × 5 members and 30 bodies × 100 members with the same 3 statements', async () => {
    await grow(3, 5);
    const small = await statementsFor(BODIES);
    expect(small.data.bodies).toHaveLength(3);
    // HIDDEN people are left out of the public list.
    const shown = small.data.bodies[0].members.length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(5);
    expect(small.data.bodies[0].termsOfReference).toEqual({
      number: 1,
      effectiveFrom: '2021-01-01',
    });

    await grow(30, 100);
    const large = await statementsFor(BODIES);
    expect(large.data.bodies).toHaveLength(30);
    expect(large.data.bodies.every((b: Json) => b.members.length > 50)).toBe(true);

    expect(small.count).toBe(large.count);
    expect(large.count).toBe(3);
  });

  it('keeps other relations batched too: compliance, past members and the member’s body', async () => {
    await grow(30, 100);
    const query = `{
      bodies {
        crossSeatCompliance { status held holders { person { displayName } } }
        pastMembers(first: 5) { totalCount }
        members { fromBody { slug } }
      }
    }`;
    const { count } = await statementsFor(query);
    // bodies, cross-seat rules, every membership of the bodies, members on the day.
    expect(count).toBe(4);
  });
});
