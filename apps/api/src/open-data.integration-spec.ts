import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { parseCsv } from '@boards/api/memberships';
import documentSchema from './testing/popolo/popolo-document.schema.json';
import membershipSchema from './testing/popolo/membership.schema.json';
import organizationSchema from './testing/popolo/organization.schema.json';
import personSchema from './testing/popolo/person.schema.json';
import postSchema from './testing/popolo/post.schema.json';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const ROUTES = [
  '/open-data/popolo.json',
  '/open-data/memberships.csv',
  '/open-data/terms-of-reference.json',
  '/open-data/minutes.json',
  '/open-data/decisions.json',
];
const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * People of our own, each with a choice, as members and as cross-seat holders: the open data
 * must show each as they chose and nothing private of anyone.
 */
const PEOPLE = {
  hidden: {
    fullName: 'Zephyrine Halloway',
    choice: 'HIDDEN',
    email: 'zephyrine.halloway@example.org',
    phone: '07700 900461',
  },
  anonymous: {
    fullName: 'Quillon Marchetti',
    choice: 'ANONYMOUS',
    email: 'quillon.marchetti@example.org',
    phone: '07700 900462',
  },
  initials: {
    fullName: 'Ottoline Fairweather',
    choice: 'FIRST_NAME_INITIAL',
    email: 'ottoline.fairweather@example.org',
    phone: '07700 900463',
  },
  quoted: {
    fullName: 'Rosalind "Roz" Achterberg, MBE',
    choice: 'FULL_NAME',
    email: 'roz.achterberg@example.org',
    phone: '07700 900464',
  },
} as const;

describe('open data (real PostgreSQL, over HTTP)', () => {
  let api: ApiHarness;
  const ids: Record<keyof typeof PEOPLE, string> = {} as never;
  const answers = new Map<string, string>();
  let popolo: Json;

  const get = (path: string, token?: string) => {
    const req = request(api.app.getHttpServer()).get(path);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    api = await startApi();
    const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
    for (const [key, person] of Object.entries(PEOPLE)) {
      const [row] = await sql(
        `INSERT INTO person (full_name, email, phone, affiliation, bio, lived_experience)
         VALUES ($1, $2, $3, 'Care experienced', 'Lived in children’s homes', true) RETURNING id`,
        [person.fullName, person.email, person.phone],
      );
      ids[key as keyof typeof PEOPLE] = row.id;
      await sql(
        `INSERT INTO person_display_consent (person_id, kind, effective_on, choice, show_lived_experience)
         VALUES ($1, 'GIVEN', '2021-03-01', $2, true)`,
        [row.id, person.choice],
      );
      // A member of the board, cross-seated on a group; a past cross-seat on the other group.
      await sql(
        `INSERT INTO membership (person_id, body_id, role, starts_on, ends_on, seat, from_body_id)
         SELECT $1, t.id, 'MEMBER', s.starts_on::date, s.ends_on::date, s.seat::membership_seat,
                CASE WHEN s.seat = 'CROSS_SEAT' THEN f.id END
           FROM (VALUES ('experts-by-experience-board', '2022-01-01', NULL, 'ORDINARY'),
                        ('evidence-group', '2022-02-01', NULL, 'CROSS_SEAT'),
                        ('design-group', '2022-02-01', '2023-06-30', 'CROSS_SEAT'))
                AS s(slug, starts_on, ends_on, seat)
           JOIN body t ON t.slug = s.slug
           JOIN body f ON f.slug = 'experts-by-experience-board'`,
        [row.id],
      );
    }
    for (const path of ROUTES) {
      const response = await get(path);
      expect(response.status).toBe(200);
      answers.set(path, response.text);
    }
    popolo = JSON.parse(answers.get('/open-data/popolo.json') as string);
  });
  afterAll(() => api?.close());

  it('is Popolo: every person, organization, post and membership valid against the specification', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addSchema([personSchema, organizationSchema, postSchema, membershipSchema]);
    const validate = ajv.compile(documentSchema);
    expect(validate.errors ?? validate(popolo)).toBe(true);
    expect(popolo.meta.licence.url).toBe(OGL);
    // Every reference resolves.
    const personIds = new Set(popolo.persons.map((p: Json) => p.id));
    const orgIds = new Set(popolo.organizations.map((o: Json) => o.id));
    const postIds = new Set(popolo.posts.map((p: Json) => p.id));
    for (const m of popolo.memberships) {
      expect(personIds.has(m.person_id)).toBe(true);
      expect(orgIds.has(m.organization_id)).toBe(true);
      expect(postIds.has(m.post_id)).toBe(true);
      if (m.on_behalf_of_id) expect(orgIds.has(m.on_behalf_of_id)).toBe(true);
    }
    expect([...orgIds]).toEqual(
      expect.arrayContaining(['experts-by-experience-board', 'evidence-group', 'design-group']),
    );
  });

  it('shows the demo members as they chose, cross-seats as memberships on behalf of the board, past ones with their end', () => {
    const name = (id: string) => popolo.persons.find((p: Json) => p.id === id)?.name;
    const held = popolo.memberships.map(
      (m: Json) =>
        `${name(m.person_id)} | ${m.organization_id} | ${m.role} | ${m.on_behalf_of_id ?? '-'} | ${m.start_date} | ${m.end_date ?? '-'}`,
    );
    expect(held).toEqual(
      expect.arrayContaining([
        'Daniel Osei | experts-by-experience-board | Chair | - | 2021-03-15 | -',
        'Jordan E. | evidence-group | Member | experts-by-experience-board | 2021-04-14 | -',
        'A member | evidence-group | Member | experts-by-experience-board | 2021-04-14 | -',
        'Marcus Bell | design-group | Member | - | 2021-04-21 | 2022-01-31',
        'Ottoline F. | design-group | Member | experts-by-experience-board | 2022-02-01 | 2023-06-30',
        'Rosalind "Roz" Achterberg, MBE | evidence-group | Member | experts-by-experience-board | 2022-02-01 | -',
      ]),
    );
  });

  it('never gives away a hidden person, an email, a phone number, lived experience, a full name not chosen, or an anonymous person’s id, in any file', async () => {
    const everything = [...answers.values()].join('\n');
    const kayla: { id: string }[] = await api.db.dataSource.query(
      `SELECT id FROM person WHERE email = 'kayla.brooks@example.org'`,
    );
    for (const secret of [
      'Zephyrine',
      'Halloway',
      ids.hidden,
      'Quillon',
      'Marchetti',
      ids.anonymous,
      kayla[0].id,
      'Kayla',
      'Brooks',
      'Tom Hargreaves',
      'Fairweather',
      'Jordan Ellis',
      'Aisha Karim',
      'Care experienced',
      'children’s homes',
      'A member with lived experience',
      '07700 9004',
    ]) {
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    }
    expect(everything).not.toMatch(EMAIL);
    expect(everything).not.toMatch(/lived[ _]?experience"\s*:/i);
    expect(everything).toContain('Ottoline F.');
    expect(everything).toContain(ids.initials);
  });

  it('gives an anonymous person a different id on every membership, so they cannot be followed across bodies', () => {
    const anonymous = popolo.persons.filter((p: Json) => p.name === 'A member');
    const memberships = popolo.memberships.filter((m: Json) =>
      anonymous.some((p: Json) => p.id === m.person_id),
    );
    // Kayla Brooks (2) and Quillon Marchetti (3) as well as Rhiannon Price (2, no consent given).
    expect(memberships.length).toBe(7);
    expect(new Set(memberships.map((m: Json) => m.person_id)).size).toBe(7);
    expect(new Set(popolo.memberships.map((m: Json) => m.id)).size).toBe(popolo.memberships.length);
  });

  it('gives the same rows in memberships.csv, quoted, with a header and a file name', async () => {
    const response = await get('/open-data/memberships.csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="memberships.csv"');
    const { records, problems } = parseCsv(response.text);
    expect(problems).toEqual([]);
    expect(records[0].fields).toEqual([
      'body',
      'person',
      'role',
      'seat',
      'cross_seat_from',
      'start_date',
      'end_date',
    ]);
    expect(records.length - 1).toBe(popolo.memberships.length);
    expect(response.text).toContain('"Rosalind ""Roz"" Achterberg, MBE"');
    const rows = records.slice(1).map((r) => r.fields.join(' | '));
    expect(rows).toEqual(
      expect.arrayContaining([
        'Evidence Group | Jordan E. | Member | Cross-seat | Experts by Experience Board | 2021-04-14 | ',
        'Evidence Group |  | Member | Cross-seat | Experts by Experience Board | 2021-04-14 | ',
        'Design Group | Marcus Bell | Member | Ordinary |  | 2021-04-21 | 2022-01-31',
      ]),
    );
  });

  it('serves the terms of reference, minutes and decisions the public sees through GraphQL, and no more', async () => {
    const tor = JSON.parse(answers.get('/open-data/terms-of-reference.json') as string);
    const minutes = JSON.parse(answers.get('/open-data/minutes.json') as string);
    const decisions = JSON.parse(answers.get('/open-data/decisions.json') as string);
    for (const file of [tor, minutes, decisions]) expect(file.meta.licence.url).toBe(OGL);

    const publicView = dataOf(
      await api.graphql(`{ bodies { slug termsOfReferenceHistory { number effectiveFrom status } }
        decisions(first: 100) { totalCount edges { node { id text } } } }`),
    );
    expect(
      tor.bodies.map((b: Json) => ({
        slug: b.slug,
        termsOfReferenceHistory: b.versions.map((v: Json) => ({
          number: v.number,
          effectiveFrom: v.effective_from,
          status: v.status,
        })),
      })),
    ).toEqual(publicView.bodies);
    expect(tor.bodies.every((b: Json) => b.version_in_force !== null)).toBe(true);

    expect(decisions.decisions.map((d: Json) => d.id).sort()).toEqual(
      publicView.decisions.edges.map((e: Json) => e.node.id).sort(),
    );
    expect(decisions.decisions.length).toBeGreaterThan(0);
    // Only published minutes, and only their public version.
    expect(minutes.minutes.length).toBeGreaterThan(0);
    for (const m of minutes.minutes) {
      expect(m).toMatchObject({ status: 'PUBLISHED', public_version: true });
    }
    const privateItems: { title: string }[] = await api.db.dataSource.query(
      `SELECT DISTINCT title FROM agenda_item WHERE NOT is_public`,
    );
    const text = JSON.stringify(minutes) + JSON.stringify(decisions);
    for (const { title } of privateItems) expect(text).not.toContain(`"title":"${title}"`);
  });

  it('gives the secretariat, a member and the public the same answer', async () => {
    const tokens = [
      await api.signIn('secretariat@example.org'),
      await api.signIn('member@example.org'),
    ];
    for (const path of ROUTES) {
      for (const token of tokens) {
        const response = await get(path, token);
        expect({
          path,
          status: response.status,
          same: response.text === answers.get(path),
        }).toEqual({ path, status: 200, same: true });
      }
    }
  });

  it('answers with an ETag (304 when it matches), public caching and CORS for any site', async () => {
    for (const path of ROUTES) {
      const first = await get(path).set('origin', 'https://example.com');
      expect(first.headers).toMatchObject({
        'access-control-allow-origin': '*',
        'cache-control': 'public, max-age=300',
      });
      const etag = first.headers['etag'];
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await get(path).set('if-none-match', `W/"other", ${etag}`);
      expect({ path, status: again.status, body: again.text ?? '' }).toEqual({
        path,
        status: 304,
        body: '',
      });
      expect(again.headers['etag']).toBe(etag);
      expect((await get(path).set('if-none-match', '"stale"')).status).toBe(200);
    }
    expect((await get('/open-data/nothing.json')).status).toBe(404);
  });
});
