import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  isNonNullType,
  type GraphQLObjectType,
} from 'graphql';
import { SCHEMA_FILE } from '../app/app.module';
import { HARNESS_PASSWORD, startApi, type ApiHarness, type Json } from '../testing/api-harness';
import {
  FIELDS,
  OPERATIONS,
  ROLES,
  TYPE_CONTEXTS,
  type FieldOutcome,
  type Fixture,
  type Probe,
  type Role,
} from './matrix.table';
import { openProbeAccounts, ROLE_EMAILS } from './probe-callers';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const ROOTS = ['Query', 'Mutation'];

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType =>
    isObjectType(type) && !type.name.startsWith('__') && !ROOTS.includes(type.name),
);

/**
 * The record of the fixture meeting (body A, 8 December 2026): member A present and the
 * cross-seated member's apologies; member A's declaration on the public item; minutes with notes
 * on both items, a comment by each of the two, a decision on the public item and an action for
 * member A, published as approved at a later meeting; and an earlier meeting of body A with an
 * action still open, carried forward. Entries and decisions go in while the minutes are a draft:
 * the database refuses them once approved.
 */
async function recordProbeMeeting(
  sql: (text: string, params?: unknown[]) => Promise<Json>,
  meetingId: string,
  bodyAId: string,
): Promise<void> {
  const [approving, earlier] = await sql(
    `INSERT INTO meeting (title, starts_at, ends_at, location, status)
     VALUES ('Probe approval meeting', '2027-01-12T10:00:00Z', '2027-01-12T12:00:00Z', 'Probe room', 'SCHEDULED'),
            ('Probe earlier meeting', '2026-11-10T10:00:00Z', '2026-11-10T12:00:00Z', 'Probe room', 'HELD')
     RETURNING id`,
  );
  await sql(
    `INSERT INTO meeting_body (meeting_id, body_id, position) VALUES ($1, $3, 1), ($2, $3, 1)`,
    [approving.id, earlier.id, bodyAId],
  );
  const people = [ROLE_EMAILS.memberA, ROLE_EMAILS.crossSeated];
  await sql(
    `INSERT INTO attendance (meeting_id, person_id, status)
     SELECT $1, id, CASE WHEN email = $2 THEN 'PRESENT' ELSE 'APOLOGIES' END::attendance_status
       FROM person WHERE email = ANY($3)`,
    [meetingId, ROLE_EMAILS.memberA, people],
  );
  await sql(
    `INSERT INTO declaration_of_interest (meeting_id, person_id, agenda_item_id, description)
     SELECT $1, p.id, a.id, 'Probe declaration' FROM person p, agenda_item a
      WHERE p.email = $2 AND a.meeting_id = $1 AND a.position = 1`,
    [meetingId, ROLE_EMAILS.memberA],
  );
  await sql(`INSERT INTO minutes (meeting_id, content) VALUES ($1, 'Probe minutes')`, [meetingId]);
  await sql(
    `INSERT INTO minutes_entry (agenda_item_id, meeting_id, notes)
     SELECT id, meeting_id, 'Probe notes on ' || title FROM agenda_item WHERE meeting_id = $1`,
    [meetingId],
  );
  await sql(
    `INSERT INTO minutes_comment (meeting_id, person_id, text)
     SELECT $1, id, 'Probe comment' FROM person WHERE email = ANY($2)`,
    [meetingId, people],
  );
  await sql(
    `INSERT INTO decision (meeting_id, agenda_item_id, text)
     SELECT $1, id, 'Probe decision' FROM agenda_item WHERE meeting_id = $1 AND position = 1`,
    [meetingId],
  );
  await sql(
    `INSERT INTO meeting_action (meeting_id, description, owner_id, due_on)
     SELECT $1, 'Probe action', id, '2026-12-22' FROM person WHERE email = $2`,
    [meetingId, ROLE_EMAILS.memberA],
  );
  // People who did not choose to be named in full, on the record: the cross-seated member owns
  // an action; a person hidden from the public, and one shown as "A member", observed.
  await sql(
    `INSERT INTO meeting_action (meeting_id, description, owner_id, due_on)
     SELECT $1, 'Probe action for the cross-seat', id, '2026-12-22' FROM person WHERE email = $2`,
    [meetingId, ROLE_EMAILS.crossSeated],
  );
  await sql(
    `INSERT INTO attendance (meeting_id, person_id, status)
     SELECT $1, id, 'OBSERVER' FROM person WHERE email = ANY($2)`,
    [meetingId, ['tom.hargreaves@example.org', 'kayla.brooks@example.org']],
  );
  await sql(
    `INSERT INTO meeting_action (meeting_id, description) VALUES ($1, 'Probe earlier action')`,
    [earlier.id],
  );
  await sql(
    `UPDATE minutes SET status = 'PUBLISHED', circulated_at = now(), approved_at = '2027-01-12T12:00:00Z',
            approved_at_meeting_id = $2, published_at = now()
      WHERE meeting_id = $1`,
    [meetingId, approving.id],
  );
}

/** Every field of a type, objects as `{ __typename }`; a field with required arguments fails the suite. */
function selectionOf(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .map((field) => {
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
        throw new Error(`${type.name}.${field.name} needs arguments: give it a context of its own`);
      }
      return isObjectType(getNamedType(field.type)) ? `${field.name} { __typename }` : field.name;
    })
    .join(' ');
}

describe('the authorisation matrix covers the whole schema', () => {
  it('classifies every query and mutation, and nothing that is gone', () => {
    const inSchema = ROOTS.flatMap((root) =>
      Object.keys((schema.getType(root) as GraphQLObjectType).getFields()).map(
        (f) => `${root}.${f}`,
      ),
    ).sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(inSchema);
  });

  it('knows how to reach every object type', () => {
    const unreached = objectTypes.map((t) => t.name).filter((name) => !TYPE_CONTEXTS[name]);
    expect(unreached).toEqual([]);
  });

  it('classifies every field of every object type, in every way it is reached, and nothing that is gone', () => {
    const expected = objectTypes.flatMap((type) =>
      Object.keys(type.getFields()).map(
        (field) =>
          `${type.name}.${field}: ${Object.keys(TYPE_CONTEXTS[type.name] ?? {})
            .sort()
            .join(',')}`,
      ),
    );
    const classified = Object.entries(FIELDS).map(
      ([field, contexts]) => `${field}: ${Object.keys(contexts).sort().join(',')}`,
    );
    expect(classified.sort()).toEqual(expected.sort());
  });
});

describe('the authorisation matrix holds (real PostgreSQL, over HTTP)', () => {
  let api: ApiHarness;
  let fixture: Fixture;
  const tokens = new Map<Role, string | undefined>();

  beforeAll(async () => {
    api = await startApi();
    const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
    await openProbeAccounts(sql);
    const [[other], [holder]] = await Promise.all([
      sql(`SELECT id FROM person WHERE email = 'owen.lloyd@example.org'`),
      sql(`SELECT id FROM person WHERE email = $1`, [ROLE_EMAILS.memberA]),
    ]);
    const bodyIds = new Map<string, string>(
      (await sql(`SELECT slug, id FROM body`)).map((b: { slug: string; id: string }) => [
        b.slug,
        b.id,
      ]),
    );
    // A membership for each staff role to remove: the one way to reach a MembershipChange.
    const throwaway = await sql(
      `INSERT INTO membership (person_id, body_id, role, starts_on, ends_on)
       SELECT $1, id, 'OBSERVER', '2030-01-01', '2030-01-31' FROM body WHERE slug = ANY($2)
       RETURNING id, body_id`,
      [other.id, ['design-group', 'experts-by-experience-board']],
    );
    // A failed import with one problem and its plan, as a confirmation refused because the
    // memberships changed after the check leaves it: the one way to reach MembershipImportError
    // and MembershipImportPlanItem.
    await sql(
      `INSERT INTO membership_import
         (created_by_account_id, created_by_label, file_name, file_bytes, status, total_rows,
          processed_rows, error_count, errors, plan, finished_at)
       SELECT a.id, 'Priya Raman', 'probe.csv', 60, 'FAILED', 1, 1, 1,
              '[{"line": 2, "field": "email", "code": "NOT_FOUND", "message": "Probe"}]',
              jsonb_build_array(jsonb_build_object(
                'line', 2, 'personName', 'Probe Person', 'bodyName', 'Evidence Group',
                'fromBodyName', NULL,
                'appointment', jsonb_build_object(
                  'personId', p.id, 'bodyId', $2::uuid, 'role', 'MEMBER',
                  'startsOn', '2030-01-01', 'endsOn', NULL, 'fromBodyId', NULL))),
              now()
         FROM account a JOIN person p ON p.id = a.person_id WHERE p.email = $1`,
      [ROLE_EMAILS.secretariat, bodyIds.get('evidence-group')],
    );
    // A meeting of body A with an online link, a public item and then a private one.
    const [meeting] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location, online_link, support)
       VALUES ('Probe meeting', '2026-12-08T10:00:00Z', '2026-12-08T12:30:00Z', 'Probe room',
               'https://meet.example.org/probe', 'Probe support') RETURNING id`,
    );
    await sql(`INSERT INTO meeting_body (meeting_id, body_id, position) VALUES ($1, $2, 1)`, [
      meeting.id,
      bodyIds.get('evidence-group'),
    ]);
    // The public item is led by the cross-seated member, who chose "first name and initial";
    // the private one by a guest.
    await sql(
      `INSERT INTO agenda_item (meeting_id, position, title, presenter_kind, presenter_person_id,
                                presenter_name, duration_minutes, is_public)
       VALUES ($1, 1, 'Public probe item', 'PERSON',
               (SELECT id FROM person WHERE email = $2), NULL, 20, true),
              ($1, 2, 'Private probe item', 'GUEST', NULL, 'Probe guest', 20, false)`,
      [meeting.id, ROLE_EMAILS.crossSeated],
    );
    // Its papers: a public one with a file, for the public item, and a members' one.
    const [publicPaper, membersPaper] = await sql(
      `INSERT INTO paper (meeting_id, agenda_item_id, title, visibility, file_sha256, file_size,
                          file_kind, media_type, file_name, uploaded_at)
       VALUES ($1, (SELECT id FROM agenda_item WHERE meeting_id = $1 AND position = 1),
               'Public probe paper', 'PUBLIC', repeat('a', 64), 1234, 'PDF', 'application/pdf',
               'probe.pdf', now()),
              ($1, NULL, 'Members probe paper', 'MEMBERS', NULL, NULL, NULL, NULL, NULL, NULL)
       RETURNING id`,
      [meeting.id],
    );
    // An email in the outbox, the one way to reach an EmailDelivery.
    await sql(
      `INSERT INTO outbox_message (kind, to_address, subject, body_text, person_id)
       SELECT 'probe', email, 'Probe email', 'Probe body', id FROM person WHERE email = $1`,
      [ROLE_EMAILS.memberA],
    );
    fixture = {
      meetingId: meeting.id,
      publicPaperId: publicPaper.id,
      membersPaperId: membersPaper.id,
      otherPersonId: other.id,
      accountHolderId: holder.id,
      password: HARNESS_PASSWORD,
      bodyAId: bodyIds.get('evidence-group') as string,
      boardId: bodyIds.get('experts-by-experience-board') as string,
      throwawayMembership: { secretariat: throwaway[0].id, admin: throwaway[1].id },
    };
    tokens.set('anonymous', undefined);
    for (const role of ROLES.filter((r) => r !== 'anonymous')) {
      tokens.set(role, await api.signIn(ROLE_EMAILS[role as keyof typeof ROLE_EMAILS]));
    }
    await recordProbeMeeting(sql, fixture.meetingId, fixture.bodyAId);
    // The fixture is what the table says it is: a former member of body B, and so on.
    const [former] = await sql(
      `SELECT m.ends_on FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = $1`,
      [ROLE_EMAILS.former],
    );
    expect(former.ends_on).not.toBeNull();
  });
  afterAll(() => api?.close());

  /** Every answer the public was given, for the sweep at the end. */
  const publicAnswers: string[] = [];

  async function run(probe: Probe, role: Role, query = probe.query) {
    const token =
      probe.freshSession && role !== 'anonymous'
        ? await api.signIn(ROLE_EMAILS[role as keyof typeof ROLE_EMAILS])
        : tokens.get(role);
    const result = await api.graphql(query, probe.variables?.(fixture, role) ?? {}, token);
    if (role === 'anonymous') publicAnswers.push(JSON.stringify(result));
    return result;
  }

  const operationCells = Object.entries(OPERATIONS).flatMap(([name, { probe, expect: row }]) =>
    ROLES.map((role, i) => [name, role, row[i], probe] as const),
  );
  it.each(operationCells)('%s for %s: %s', async (_name, role, expected, probe) => {
    const result = await run(probe, role);
    expect(result.errors?.[0]?.extensions?.code ?? 'ok').toBe(expected);
  });

  const fieldCells = Object.entries(TYPE_CONTEXTS).flatMap(([typeName, contexts]) =>
    Object.entries(contexts).flatMap(([contextName, context]) =>
      ROLES.map((role, i) => [typeName, contextName, role, i, context] as const),
    ),
  );
  it.each(fieldCells)(
    '%s fields reached as %s, for %s',
    async (typeName, contextName, role, i, context) => {
      const type = schema.getType(typeName) as GraphQLObjectType;
      const result = await run(
        context.probe,
        role,
        context.probe.query.replace('SEL', selectionOf(type)),
      );
      let container: Json = result.data;
      for (const step of context.at) container = container?.[step];
      const actual: Record<string, FieldOutcome> = {};
      const expected: Record<string, FieldOutcome> = {};
      for (const field of Object.keys(type.getFields())) {
        expected[field] =
          FIELDS[`${typeName}.${field}`]?.[contextName]?.[i] ?? ('unclassified' as FieldOutcome);
        const error = result.errors?.find(
          (e) => e.path?.length === context.at.length + 1 && e.path.at(-1) === field,
        );
        actual[field] =
          container === null || container === undefined
            ? '-'
            : error
              ? ((error.extensions?.code ?? 'error') as FieldOutcome)
              : 'shown';
      }
      expect(actual).toEqual(expected);
    },
  );

  // After every cell: the fixture names, as presenter, action owner and attendees, people who
  // chose "first name and initial", "A member" and to be hidden.
  it('never gives the public the full name of anyone who did not choose to be named in full, in any answer', async () => {
    const restricted: { full_name: string }[] = await api.db.dataSource.query(
      `SELECT p.full_name FROM person p
        WHERE coalesce((SELECT c.choice::text FROM person_display_consent c
                         WHERE c.person_id = p.id AND c.effective_on <= now()
                         ORDER BY c.effective_on DESC, c.recorded_at DESC, c.id DESC LIMIT 1),
                       'HIDDEN') <> 'FULL_NAME'`,
    );
    const names = restricted.map((row) => row.full_name);
    expect(names).toEqual(
      expect.arrayContaining(['Jordan Ellis', 'Kayla Brooks', 'Tom Hargreaves']),
    );
    // The matrix's own answers stop at each object's __typename: these go all the way down, to
    // every name the public pages show.
    const person = 'id visibility displayName affiliation bio livedExperience';
    const meeting = `id title agenda { title presenter { kind name person { ${person} } } }
      attendance { person { ${person} } } declarations { person { ${person} } }
      actions { owner { ${person} } } minutes { content comments { person { ${person} } } }
      expectedMembers { person { ${person} } }`;
    for (const query of [
      `{ bodies { slug members { person { ${person} } } pastMembers { edges { node { person { ${person} } } } }
           crossSeatCompliance { holders { person { ${person} } } }
           meetings { ${meeting} } } }`,
      `query ($id: ID!) { meeting(id: $id) { ${meeting} } }`,
      `{ decisions(bodySlug: "evidence-group") { edges { node { text meeting { ${meeting} } } } } }`,
    ]) {
      await run({ query, variables: (f) => ({ id: f.meetingId }) }, 'anonymous');
    }
    expect(publicAnswers.length).toBeGreaterThan(100);
    const answers = publicAnswers.join('\n');
    // The sweep can fail: the answers reach the names the public is shown instead (the
    // cross-seated member's own choice may have been changed by a probe by now).
    expect(answers).toContain('Aisha K.');
    expect(answers).toContain('"title":"Public probe item","presenter":{"kind":"PERSON"');
    const leaks = names.filter((name) => answers.includes(name));
    expect(leaks).toEqual([]);
  });
});
