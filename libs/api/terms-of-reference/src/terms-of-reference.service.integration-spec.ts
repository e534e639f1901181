import { AuditService, type Actor } from '@boards/api/audit';
import { BodyEntity, TermsOfReferenceEntity, seedDemoData } from '@boards/api/database';
import {
  SqlStatementCounter,
  buildBody,
  buildTermsOfReference,
  createTestDatabase,
  type TestDatabase,
} from '@boards/api/database/testing';
import { Clock, DataLoaderFactory } from '@boards/api/graphql';
import { DomainError } from '@boards/domain';
import {
  TERMS_OF_REFERENCE_DRAFT,
  TERMS_OF_REFERENCE_VERSIONS,
  TermsOfReferenceService,
} from './terms-of-reference.service';

const ACTOR: Actor = { accountId: null, label: 'Test secretariat' };

const DRAFT = {
  content: '## Purpose\n\nAdvises the review, now monthly.',
  quorum: { kind: 'FRACTION', numerator: 1, denominator: 2 },
  meetingFrequency: 'Monthly',
  composition: 'Up to 12 members.',
};

describe('TermsOfReferenceService (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let db: TestDatabase;
  let service: TermsOfReferenceService;
  let loaders: DataLoaderFactory;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    loaders = new DataLoaderFactory();
    service = new TermsOfReferenceService(db.dataSource, loaders, new AuditService(), new Clock());
    service.onModuleInit();
  });
  afterAll(() => db.drop());

  async function newBody(establishedOn = '2021-04-01'): Promise<BodyEntity> {
    const bodies = db.dataSource.getRepository(BodyEntity);
    return bodies.save(bodies.create(buildBody({ establishedOn })));
  }

  async function publishedBody(effectiveFrom = '2021-04-01'): Promise<BodyEntity> {
    const body = await newBody();
    await db.dataSource
      .getRepository(TermsOfReferenceEntity)
      .insert(buildTermsOfReference({ bodyId: body.id, effectiveFrom }) as TermsOfReferenceEntity);
    return body;
  }

  /** Every version row and the number of audit entries: what "nothing written" is checked against. */
  async function snapshot() {
    const [rows, [{ count }]] = await Promise.all([
      sql(`SELECT * FROM terms_of_reference ORDER BY id`),
      sql(`SELECT count(*)::int AS count FROM audit_event`),
    ]);
    return { rows, audit: count as number };
  }

  async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
    const before = await snapshot();
    const error = await run().then(
      () => {
        throw new Error('expected a refusal');
      },
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(await snapshot()).toEqual(before);
    return error as DomainError;
  }

  describe('reading', () => {
    it('loads the versions of any number of bodies in one statement, newest first, without drafts', async () => {
      const bodies = await Promise.all(Array.from({ length: 12 }, () => publishedBody()));
      // A second version for one body, and a draft for another.
      const [first, second] = bodies;
      const draft = await service.startDraft(first.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      await service.publish(draft.id, 2, '2022-01-01', ACTOR);
      await service.startDraft(second.id, ACTOR);

      const request = loaders.forRequest();
      counter.reset();
      const histories = await Promise.all(
        bodies.map((body) => request.get(TERMS_OF_REFERENCE_VERSIONS).load(body.id)),
      );
      expect(counter.count).toBe(1);
      expect(histories[0].map((v) => [v.number, v.status])).toEqual([
        [2, 'PUBLISHED'],
        [1, 'SUPERSEDED'],
      ]);
      expect(histories[1].map((v) => [v.number, v.status])).toEqual([[1, 'PUBLISHED']]);
      expect(histories.slice(2).every((history) => history.length === 1)).toBe(true);

      counter.reset();
      const drafts = await Promise.all(
        bodies.map((body) => request.get(TERMS_OF_REFERENCE_DRAFT).load(body.id)),
      );
      expect(counter.count).toBe(1);
      expect(drafts.map((d) => d?.number ?? null)).toEqual([null, 2, ...Array(10).fill(null)]);
    });

    it('reads the quorum back as it was written, in words too', async () => {
      const [board] = await sql(`SELECT id FROM body WHERE slug = 'experts-by-experience-board'`);
      const [current] = await loaders.forRequest().get(TERMS_OF_REFERENCE_VERSIONS).load(board.id);
      expect(current.quorum).toEqual({
        kind: 'FRACTION',
        count: null,
        numerator: 1,
        denominator: 3,
        description: 'At least a third of the voting members, rounded up',
      });
    });
  });

  describe('starting a draft', () => {
    it('copies the published version, numbered next, and audits it', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      expect(draft).toMatchObject({
        number: 2,
        status: 'DRAFT',
        version: 1,
        content: '## Purpose\n\nAdvises the review.',
        meetingFrequency: 'Every six weeks',
        effectiveFrom: null,
        publishedAt: null,
        quorum: { kind: 'COUNT', count: 3 },
      });
      const [entry] = await sql(
        `SELECT action, after FROM audit_event WHERE object_id = $1 ORDER BY id`,
        [draft.id],
      );
      expect(entry).toEqual({
        action: 'termsOfReference.draft.start',
        after: { body: body.name, number: 2, basedOn: 1 },
      });
    });

    it('starts blank for a body without terms of reference', async () => {
      const body = await newBody();
      expect(await service.startDraft(body.id, ACTOR)).toMatchObject({
        number: 1,
        content: '',
        quorum: null,
        meetingFrequency: '',
        composition: '',
      });
    });

    it('refuses a second draft with CONFLICT naming the first, writing nothing', async () => {
      const body = await publishedBody();
      const first = await service.startDraft(body.id, ACTOR);
      const error = await refusal(() => service.startDraft(body.id, ACTOR));
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ draftId: first.id });
    });

    it('refuses a body that does not exist', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        expect((await refusal(() => service.startDraft(id, ACTOR))).code).toBe('NOT_FOUND');
      }
    });
  });

  describe('saving a draft', () => {
    it('saves, goes up a version, and audits only what changed', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      const saved = await service.saveDraft(
        draft.id,
        1,
        { ...DRAFT, content: draft.content, composition: draft.composition },
        ACTOR,
      );
      expect(saved).toMatchObject({ version: 2, meetingFrequency: 'Monthly' });
      const [entry] = await sql(
        `SELECT before, after FROM audit_event WHERE object_id = $1 AND action = 'termsOfReference.draft.save'`,
        [draft.id],
      );
      expect(entry).toEqual({
        before: { quorum: 'At least 3 voting members', meetingFrequency: 'Every six weeks' },
        after: {
          quorum: 'At least half of the voting members, rounded up',
          meetingFrequency: 'Monthly',
        },
      });
    });

    it('writes nothing when nothing changed', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      const before = await snapshot();
      const same = await service.saveDraft(
        draft.id,
        1,
        {
          content: draft.content,
          quorum: { kind: 'COUNT', count: 3 },
          meetingFrequency: draft.meetingFrequency,
          composition: draft.composition,
        },
        ACTOR,
      );
      expect(same.version).toBe(1);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a stale save with CONFLICT, writing nothing', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      const error = await refusal(() =>
        service.saveDraft(draft.id, 1, { ...DRAFT, content: 'Mine instead' }, ACTOR),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ currentVersion: 2 });
    });

    it('lets only one of two saves made from the same version through', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      const outcomes = await Promise.allSettled([
        service.saveDraft(draft.id, 1, { ...DRAFT, content: 'Alice’s text' }, ACTOR),
        service.saveDraft(draft.id, 1, { ...DRAFT, content: 'Bob’s text' }, ACTOR),
      ]);
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused).toHaveLength(1);
      const error = (refused[0] as PromiseRejectedResult).reason;
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ currentVersion: 2 });
      const [row] = await sql(`SELECT content, version FROM terms_of_reference WHERE id = $1`, [
        draft.id,
      ]);
      expect(row.version).toBe(2);
      // The winner's text is kept, and only the winner's save is in the trail.
      const winner = outcomes[0].status === 'fulfilled' ? 'Alice’s text' : 'Bob’s text';
      expect(row.content.split('\n').pop()).toBe(winner);
      const [{ saves }] = await sql(
        `SELECT count(*)::int AS saves FROM audit_event
          WHERE action = 'termsOfReference.draft.save' AND object_id = $1`,
        [draft.id],
      );
      expect(saves).toBe(1);
    });

    it.each([
      ['quorum.count', { ...DRAFT, quorum: { kind: 'COUNT', count: 0 } }],
      [
        'quorum.numerator',
        { ...DRAFT, quorum: { kind: 'FRACTION', numerator: 3, denominator: 2 } },
      ],
      ['meetingFrequency', { ...DRAFT, meetingFrequency: 'x'.repeat(201) }],
    ])('refuses a bad %s with BAD_USER_INPUT, writing nothing', async (field, input) => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      const error = await refusal(() => service.saveDraft(draft.id, 1, input, ACTOR));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details?.['field']).toBe(field);
    });
  });

  describe('publishing', () => {
    it('publishes and supersedes the previous version in one step, audited', async () => {
      const body = await publishedBody('2021-04-01');
      const [previous] = await sql(`SELECT id FROM terms_of_reference WHERE body_id = $1`, [
        body.id,
      ]);
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      const published = await service.publish(draft.id, 2, '2023-09-01', ACTOR);
      expect(published).toMatchObject({
        number: 2,
        status: 'PUBLISHED',
        effectiveFrom: '2023-09-01',
        version: 3,
      });
      expect(published.publishedAt).toBeInstanceOf(Date);
      const rows = await sql(
        `SELECT number, status, effective_from FROM terms_of_reference WHERE body_id = $1 ORDER BY number`,
        [body.id],
      );
      expect(rows).toEqual([
        { number: 1, status: 'SUPERSEDED', effective_from: '2021-04-01' },
        { number: 2, status: 'PUBLISHED', effective_from: '2023-09-01' },
      ]);
      const audit = await sql(
        `SELECT action, object_id, before, after FROM audit_event
          WHERE action IN ('termsOfReference.publish', 'termsOfReference.supersede')
            AND object_id = ANY($1) ORDER BY id`,
        [[previous.id, draft.id]],
      );
      expect(audit).toEqual([
        {
          action: 'termsOfReference.supersede',
          object_id: previous.id,
          before: { status: 'PUBLISHED' },
          after: { status: 'SUPERSEDED', supersededBy: 2 },
        },
        {
          action: 'termsOfReference.publish',
          object_id: draft.id,
          before: { status: 'DRAFT' },
          after: {
            status: 'PUBLISHED',
            body: body.name,
            number: 2,
            effectiveFrom: '2023-09-01',
            supersedes: 1,
          },
        },
      ]);
    });

    it('supersedes nothing if publishing fails half-way (one transaction)', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      // Make the second of the two updates fail, after the first has been sent.
      await sql(`
        CREATE FUNCTION fail_publication() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'publication failed on purpose'; END $$`);
      await sql(
        `CREATE TRIGGER fail_publication BEFORE UPDATE ON terms_of_reference FOR EACH ROW
           WHEN (OLD.status = 'DRAFT' AND NEW.status = 'PUBLISHED' AND NEW.body_id = '${body.id}')
           EXECUTE FUNCTION fail_publication()`,
      );
      try {
        const before = await snapshot();
        await expect(service.publish(draft.id, 2, '2024-01-01', ACTOR)).rejects.toThrow(
          'publication failed on purpose',
        );
        expect(await snapshot()).toEqual(before);
      } finally {
        await sql(`DROP TRIGGER fail_publication ON terms_of_reference`);
        await sql(`DROP FUNCTION fail_publication()`);
      }
    });

    it.each([
      ['before the body was established', '2021-03-31', /when the body was established/],
      ['on the day the previous version came into force', '2021-04-01', /after 1 April 2021/],
    ])('refuses a date %s with BAD_USER_INPUT, writing nothing', async (_label, on, message) => {
      const body = await publishedBody('2021-04-01');
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      const error = await refusal(() => service.publish(draft.id, 2, on, ACTOR));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details).toEqual({ field: 'effectiveFrom' });
      expect(error.message).toMatch(message);
    });

    it('refuses an unfinished draft, listing what is missing, writing nothing', async () => {
      const body = await newBody();
      const draft = await service.startDraft(body.id, ACTOR);
      const error = await refusal(() => service.publish(draft.id, 1, '2022-01-01', ACTOR));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.details?.['fields'] as object)).toEqual([
        'content',
        'quorum',
        'meetingFrequency',
        'composition',
      ]);
    });

    it('refuses a draft identical to the version in force, writing nothing', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      const error = await refusal(() => service.publish(draft.id, 1, '2022-01-01', ACTOR));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'draft' } });
    });

    it('refuses a stale publication with CONFLICT, writing nothing', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      const error = await refusal(() => service.publish(draft.id, 1, '2022-01-01', ACTOR));
      expect(error.code).toBe('CONFLICT');
    });

    it('publishes a first version without superseding anything', async () => {
      const body = await newBody('2021-06-01');
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      expect(await service.publish(draft.id, 2, '2021-06-01', ACTOR)).toMatchObject({
        number: 1,
        status: 'PUBLISHED',
      });
    });
  });

  describe('a published or superseded version is final', () => {
    let publishedId: string;
    let supersededId: string;

    beforeAll(async () => {
      const body = await publishedBody();
      [{ id: supersededId }] = await sql(`SELECT id FROM terms_of_reference WHERE body_id = $1`, [
        body.id,
      ]);
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      publishedId = (await service.publish(draft.id, 2, '2022-02-02', ACTOR)).id;
    });

    it.each([
      ['saved', (id: string, v: number) => service.saveDraft(id, v, DRAFT, ACTOR)],
      ['published again', (id: string, v: number) => service.publish(id, v, '2030-01-01', ACTOR)],
      ['discarded', (id: string, v: number) => service.discardDraft(id, v, ACTOR)],
    ])('cannot be %s: INVALID_TRANSITION, nothing written', async (_label, attempt) => {
      for (const id of [publishedId, supersededId]) {
        const [{ version }] = await sql(`SELECT version FROM terms_of_reference WHERE id = $1`, [
          id,
        ]);
        // Even with the right version: the status decides.
        const error = await refusal(() => attempt(id, version));
        expect(error.code).toBe('INVALID_TRANSITION');
      }
    });
  });

  describe('discarding a draft', () => {
    it('deletes it, with its content in the audit trail', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      await service.discardDraft(draft.id, 1, ACTOR);
      expect(await sql(`SELECT 1 FROM terms_of_reference WHERE id = $1`, [draft.id])).toEqual([]);
      const [entry] = await sql(
        `SELECT before FROM audit_event WHERE object_id = $1 AND action = 'termsOfReference.draft.discard'`,
        [draft.id],
      );
      expect(entry.before).toMatchObject({ number: 2, meetingFrequency: 'Every six weeks' });
      // The next draft takes the number again: published numbers stay 1, 2, 3…
      expect((await service.startDraft(body.id, ACTOR)).number).toBe(2);
    });

    it('refuses a stale discard with CONFLICT, writing nothing', async () => {
      const body = await publishedBody();
      const draft = await service.startDraft(body.id, ACTOR);
      await service.saveDraft(draft.id, 1, DRAFT, ACTOR);
      expect((await refusal(() => service.discardDraft(draft.id, 1, ACTOR))).code).toBe('CONFLICT');
    });
  });
});
