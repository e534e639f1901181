import { SqlStatementCounter } from '@boards/api/database/testing';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const SECRETARIAT = 'secretariat@example.org';
const MEMBER = 'member@example.org';

const VERSION = `id number status content effectiveFrom publishedAt version meetingFrequency composition
  quorum { kind count numerator denominator description }`;

const BODY = `query ($slug: String!, $on: LocalDate) {
  body(slug: $slug) {
    id
    termsOfReference(on: $on) { number status effectiveFrom }
    termsOfReferenceHistory { number status effectiveFrom }
  }
}`;

const DRAFT = `query ($slug: String!) { body(slug: $slug) { termsOfReferenceDraft { ${VERSION} } } }`;

const START = `mutation ($bodyId: ID!) { startTermsOfReferenceDraft(bodyId: $bodyId) { ${VERSION} } }`;
const SAVE = `mutation ($id: ID!, $expectedVersion: Int!, $input: TermsOfReferenceDraftInput!) {
  saveTermsOfReferenceDraft(id: $id, expectedVersion: $expectedVersion, input: $input) { ${VERSION} }
}`;
const PUBLISH = `mutation ($id: ID!, $expectedVersion: Int!, $effectiveFrom: LocalDate!) {
  publishTermsOfReference(id: $id, expectedVersion: $expectedVersion, effectiveFrom: $effectiveFrom) {
    ${VERSION} body { slug }
  }
}`;
const DISCARD = `mutation ($id: ID!, $expectedVersion: Int!) {
  discardTermsOfReferenceDraft(id: $id, expectedVersion: $expectedVersion)
}`;
const COMPARE = `query ($slug: String!, $from: Int, $to: Int) {
  body(slug: $slug) {
    termsOfReferenceComparison(from: $from, to: $to) {
      from { number } to { number }
      fields { field before after changed }
      lines { kind text fromLine toLine }
      linesAdded linesRemoved
    }
  }
}`;

describe('terms of reference over HTTP (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  let staff: string;
  let member: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  /** Every version row and the number of audit entries: what "nothing written" is checked against. */
  const snapshot = async () => ({
    rows: await sql(`SELECT * FROM terms_of_reference ORDER BY id`),
    audit: (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n,
  });

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: counter });
    [staff, member] = await Promise.all([api.signIn(SECRETARIAT), api.signIn(MEMBER)]);
  });
  afterAll(() => api?.close());

  it('shows the public each body’s first version, from the day the body was established', async () => {
    const { body } = dataOf(await api.graphql(BODY, { slug: 'design-group' }));
    const [{ established_on }] = await sql(
      `SELECT established_on FROM body WHERE slug = 'design-group'`,
    );
    expect(body.termsOfReference).toEqual({
      number: 1,
      status: 'PUBLISHED',
      effectiveFrom: established_on,
    });
    expect(body.termsOfReferenceHistory).toEqual([body.termsOfReference]);
    const before = dataOf(await api.graphql(BODY, { slug: 'design-group', on: '2021-01-01' })).body;
    expect(before.termsOfReference).toBeNull();
  });

  it('answers terms of reference and history for every body with one statement', async () => {
    counter.reset();
    const { bodies } = dataOf(
      await api.graphql(`{
        bodies { slug termsOfReference { number quorum { description } } termsOfReferenceHistory { number standing inForceTo } }
      }`),
    );
    expect(bodies).toHaveLength(3);
    expect(bodies.every((b: Json) => b.termsOfReference.number === 1)).toBe(true);
    // One for the bodies, one for every version of all of them.
    expect(counter.count).toBe(2);
    expect(counter.sql.filter((s) => s.includes('terms_of_reference'))).toHaveLength(1);
  });

  describe('the secretariat drafts, saves and publishes; the public sees it', () => {
    let bodyId: string;
    let draft: Json;

    beforeAll(async () => {
      bodyId = dataOf(await api.graphql(BODY, { slug: 'evidence-group' })).body.id;
    });

    it('starts a draft as a copy of the version in force', async () => {
      draft = dataOf(await api.graphql(START, { bodyId }, staff)).startTermsOfReferenceDraft;
      expect(draft).toMatchObject({
        number: 2,
        status: 'DRAFT',
        version: 1,
        effectiveFrom: null,
        quorum: { kind: 'COUNT', count: 4, description: 'At least 4 voting members' },
      });
      expect(draft.composition).toContain('Two members of the Experts by Experience Board');
    });

    it('keeps the draft from anyone but staff', async () => {
      for (const token of [undefined, member]) {
        const result = await api.graphql(DRAFT, { slug: 'evidence-group' }, token);
        expect(outcomeOf(result)).toBe('FORBIDDEN');
        expect(result.data?.body).toEqual({ termsOfReferenceDraft: null });
      }
      const visible = dataOf(await api.graphql(DRAFT, { slug: 'evidence-group' }, staff));
      expect(visible.body.termsOfReferenceDraft.id).toBe(draft.id);
      const compared = await api.graphql(COMPARE, { slug: 'evidence-group', from: 1, to: 2 });
      expect(outcomeOf(compared)).toBe('NOT_FOUND');
    });

    it('saves the draft, and refuses a stale save with CONFLICT, nothing written', async () => {
      const input = {
        content: `${draft.content}\n\n## Openness\n\nThe group’s advice is summarised on this site.`,
        quorum: { kind: 'FRACTION', numerator: 1, denominator: 2 },
        meetingFrequency: 'Monthly',
        composition: draft.composition,
      };
      const saved = dataOf(
        await api.graphql(SAVE, { id: draft.id, expectedVersion: 1, input }, staff),
      ).saveTermsOfReferenceDraft;
      expect(saved).toMatchObject({ version: 2, meetingFrequency: 'Monthly' });

      const before = await snapshot();
      const stale = await api.graphql(
        SAVE,
        { id: draft.id, expectedVersion: 1, input: { ...input, content: 'Someone else’s' } },
        staff,
      );
      expect(outcomeOf(stale)).toBe('CONFLICT');
      expect(await snapshot()).toEqual(before);
      draft = saved;
    });

    it('refuses input the shared schema refuses, naming the field, nothing written', async () => {
      const before = await snapshot();
      const result = await api.graphql(
        SAVE,
        {
          id: draft.id,
          expectedVersion: draft.version,
          input: {
            content: 'x',
            quorum: { kind: 'COUNT', count: 0 },
            meetingFrequency: '',
            composition: '',
          },
        },
        staff,
      );
      expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.details).toMatchObject({ field: 'quorum.count' });
      expect(await snapshot()).toEqual(before);
    });

    it('lets staff compare the draft with the version in force', async () => {
      const { termsOfReferenceComparison: diff } = dataOf(
        await api.graphql(COMPARE, { slug: 'evidence-group', from: 1, to: 2 }, staff),
      ).body;
      expect(diff.fields.filter((f: Json) => f.changed).map((f: Json) => f.field)).toEqual([
        'QUORUM',
        'MEETING_FREQUENCY',
      ]);
      expect(diff.linesRemoved).toBe(0);
      expect(diff.lines.filter((l: Json) => l.kind === 'ADDED').map((l: Json) => l.text)).toEqual([
        '',
        '## Openness',
        '',
        'The group’s advice is summarised on this site.',
      ]);
    });

    it('publishes it: the earlier version is superseded and the public sees the new one', async () => {
      const published = dataOf(
        await api.graphql(
          PUBLISH,
          { id: draft.id, expectedVersion: draft.version, effectiveFrom: '2024-09-01' },
          staff,
        ),
      ).publishTermsOfReference;
      expect(published).toMatchObject({
        number: 2,
        status: 'PUBLISHED',
        effectiveFrom: '2024-09-01',
        body: { slug: 'evidence-group' },
      });

      const { body } = dataOf(await api.graphql(BODY, { slug: 'evidence-group' }));
      expect(body.termsOfReference).toEqual({
        number: 2,
        status: 'PUBLISHED',
        effectiveFrom: '2024-09-01',
      });
      expect(body.termsOfReferenceHistory.map((v: Json) => [v.number, v.status])).toEqual([
        [2, 'PUBLISHED'],
        [1, 'SUPERSEDED'],
      ]);
      const onTheDayBefore = dataOf(
        await api.graphql(BODY, { slug: 'evidence-group', on: '2024-08-31' }),
      ).body;
      expect(onTheDayBefore.termsOfReference.number).toBe(1);

      // The public's comparison: newest against the one before, by default.
      const { termsOfReferenceComparison: diff } = dataOf(
        await api.graphql(COMPARE, { slug: 'evidence-group' }),
      ).body;
      expect([diff.from.number, diff.to.number]).toEqual([1, 2]);
      expect(diff.fields[0]).toEqual({
        field: 'QUORUM',
        before: 'At least 4 voting members',
        after: 'At least half of the voting members, rounded up',
        changed: true,
      });
    });

    it('keeps the version in force until a later one published ahead of time comes into force', async () => {
      const next = dataOf(await api.graphql(START, { bodyId }, staff)).startTermsOfReferenceDraft;
      const saved = dataOf(
        await api.graphql(
          SAVE,
          {
            id: next.id,
            expectedVersion: 1,
            input: {
              content: next.content,
              quorum: { kind: 'COUNT', count: 5 },
              meetingFrequency: 'Every two months',
              composition: next.composition,
            },
          },
          staff,
        ),
      ).saveTermsOfReferenceDraft;
      dataOf(
        await api.graphql(
          PUBLISH,
          { id: saved.id, expectedVersion: saved.version, effectiveFrom: '2099-01-01' },
          staff,
        ),
      );
      const { body } = dataOf(await api.graphql(BODY, { slug: 'evidence-group' }));
      expect(body.termsOfReference.number).toBe(2);
      expect(body.termsOfReferenceHistory.map((v: Json) => v.status)).toEqual([
        'PUBLISHED',
        'SUPERSEDED',
        'SUPERSEDED',
      ]);
      const later = dataOf(
        await api.graphql(BODY, { slug: 'evidence-group', on: '2099-01-01' }),
      ).body;
      expect(later.termsOfReference.number).toBe(3);
    });

    it('says where each version stands on a day, and until when it is in force', async () => {
      const STANDING = `query ($on: LocalDate) {
        body(slug: "evidence-group") { termsOfReferenceHistory { number standing(on: $on) inForceTo } }
      }`;
      const standings = async (on?: string) =>
        dataOf(await api.graphql(STANDING, on ? { on } : {})).body.termsOfReferenceHistory;
      expect(await standings()).toEqual([
        { number: 3, standing: 'FUTURE', inForceTo: null },
        { number: 2, standing: 'CURRENT', inForceTo: '2098-12-31' },
        { number: 1, standing: 'PAST', inForceTo: '2024-08-31' },
      ]);
      expect((await standings('2099-01-01')).map((v: Json) => v.standing)).toEqual([
        'CURRENT',
        'PAST',
        'PAST',
      ]);
      expect((await standings('2024-08-31')).map((v: Json) => v.standing)).toEqual([
        'FUTURE',
        'FUTURE',
        'CURRENT',
      ]);
      // The draft stands nowhere.
      const started = dataOf(
        await api.graphql(START, { bodyId }, staff),
      ).startTermsOfReferenceDraft;
      const draft = dataOf(
        await api.graphql(
          `{ body(slug: "evidence-group") { termsOfReferenceDraft { number standing inForceTo } } }`,
          {},
          staff,
        ),
      ).body.termsOfReferenceDraft;
      expect(draft).toEqual({ number: 4, standing: 'DRAFT', inForceTo: null });
      dataOf(
        await api.graphql(DISCARD, { id: started.id, expectedVersion: started.version }, staff),
      );
    });

    it('warns about meeting frequency by the version in force on the meeting’s day', async () => {
      const WARNINGS = `query ($input: MeetingInput!) { meetingWarnings(input: $input) { meetingFrequency } }`;
      const frequencyOn = async (date: string) =>
        dataOf(
          await api.graphql(
            WARNINGS,
            {
              input: {
                bodyIds: [bodyId],
                title: 'Probe',
                date,
                startTime: '10:00',
                endTime: '11:00',
                location: 'Room 1',
              },
            },
            staff,
          ),
        ).meetingWarnings.meetingFrequency;
      const [v2] = await sql(
        `SELECT meeting_frequency FROM terms_of_reference WHERE body_id = $1 AND number = 2`,
        [bodyId],
      );
      expect(v2.meeting_frequency).not.toBe('Every two months');
      expect(await frequencyOn('2098-12-31')).toBe(v2.meeting_frequency);
      expect(await frequencyOn('2099-01-01')).toBe('Every two months');
    });
  });

  describe('a published version cannot be changed by any route', () => {
    let published: Json;

    beforeAll(async () => {
      const [row] = await sql(
        `SELECT t.id, t.version FROM terms_of_reference t JOIN body b ON b.id = t.body_id
          WHERE b.slug = 'experts-by-experience-board' AND t.status = 'PUBLISHED'`,
      );
      published = row;
    });

    it.each([
      [
        'saving it',
        () => ({
          query: SAVE,
          variables: {
            id: published.id,
            expectedVersion: published.version,
            input: { content: 'Rewritten', meetingFrequency: 'Never', composition: 'Nobody' },
          },
        }),
      ],
      [
        'publishing it again',
        () => ({
          query: PUBLISH,
          variables: {
            id: published.id,
            expectedVersion: published.version,
            effectiveFrom: '2030-01-01',
          },
        }),
      ],
      [
        'discarding it',
        () => ({
          query: DISCARD,
          variables: { id: published.id, expectedVersion: published.version },
        }),
      ],
    ])('refuses %s with INVALID_TRANSITION, nothing written', async (_label, request) => {
      const before = await snapshot();
      const { query, variables } = request();
      expect(outcomeOf(await api.graphql(query, variables, staff))).toBe('INVALID_TRANSITION');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a direct UPDATE in the database itself', async () => {
      const before = await snapshot();
      await expect(
        sql(`UPDATE terms_of_reference SET content = 'Tampered' WHERE id = $1`, [published.id]),
      ).rejects.toMatchObject({ code: '42501' });
      expect(await snapshot()).toEqual(before);
    });
  });

  it('refuses a second draft of a body with CONFLICT, and discards a draft', async () => {
    const { id: bodyId } = dataOf(await api.graphql(BODY, { slug: 'design-group' })).body;
    const first = dataOf(await api.graphql(START, { bodyId }, staff)).startTermsOfReferenceDraft;
    const before = await snapshot();
    const second = await api.graphql(START, { bodyId }, staff);
    expect(outcomeOf(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.extensions?.details).toEqual({ draftId: first.id });
    expect(await snapshot()).toEqual(before);
    expect(
      dataOf(await api.graphql(DISCARD, { id: first.id, expectedVersion: 1 }, staff))
        .discardTermsOfReferenceDraft,
    ).toBe(true);
    expect(dataOf(await api.graphql(DRAFT, { slug: 'design-group' }, staff)).body).toEqual({
      termsOfReferenceDraft: null,
    });
  });

  it('asks for both version numbers to compare, or neither', async () => {
    const result = await api.graphql(COMPARE, { slug: 'design-group', from: 1 });
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
    const none = dataOf(await api.graphql(COMPARE, { slug: 'design-group' })).body;
    expect(none.termsOfReferenceComparison).toBeNull();
  });
});
