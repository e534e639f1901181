import { BodyEntity, TermsOfReferenceEntity } from './entities';
import { CreateTermsOfReference1763900500000 } from './migrations/1763900500000-create-terms-of-reference';
import { buildBody, buildTermsOfReference, createTestDatabase, type TestDatabase } from './testing';

describe('terms_of_reference schema (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  async function newBody(establishedOn = '2021-04-01'): Promise<string> {
    const bodies = db.dataSource.getRepository(BodyEntity);
    return (await bodies.save(bodies.create(buildBody({ establishedOn })))).id;
  }

  async function insert(overrides: Partial<TermsOfReferenceEntity> & { bodyId: string }) {
    const repo = db.dataSource.getRepository(TermsOfReferenceEntity);
    const row = buildTermsOfReference(overrides) as TermsOfReferenceEntity;
    const { identifiers } = await repo.insert(row);
    return identifiers[0]?.['id'] as string;
  }

  const rowOf = async (id: string) => {
    const [row] = await sql(`SELECT * FROM terms_of_reference WHERE id = $1`, [id]);
    return row;
  };

  it('migrates down and up again', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      const migration = new CreateTermsOfReference1763900500000();
      await migration.down(runner);
      expect(await runner.hasTable('terms_of_reference')).toBe(false);
      await migration.up(runner);
      expect(await runner.hasTable('terms_of_reference')).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('keeps at most one draft and one published version per body', async () => {
    const bodyId = await newBody();
    await insert({ bodyId, number: 1 });
    await expect(insert({ bodyId, number: 2, effectiveFrom: '2022-01-01' })).rejects.toMatchObject({
      constraint: 'terms_of_reference_one_published',
    });
    await insert({ bodyId, number: 2, status: 'DRAFT' });
    await expect(insert({ bodyId, number: 3, status: 'DRAFT' })).rejects.toMatchObject({
      constraint: 'terms_of_reference_one_draft',
    });
    await expect(insert({ bodyId, number: 2, status: 'DRAFT' })).rejects.toMatchObject({
      constraint: 'terms_of_reference_number_unique',
    });
  });

  it.each([
    ['a count of nobody', { quorumCount: 0 }],
    ['a count with a fraction', { quorumNumerator: 1, quorumDenominator: 2 }],
    [
      'a fraction over one',
      {
        quorumKind: 'FRACTION' as const,
        quorumCount: null,
        quorumNumerator: 3,
        quorumDenominator: 2,
      },
    ],
    [
      'a fraction without a denominator',
      { quorumKind: 'FRACTION' as const, quorumCount: null, quorumNumerator: 1 },
    ],
    ['a count without a kind', { quorumKind: null }],
  ])('refuses %s as a quorum', async (_label, quorum) => {
    const bodyId = await newBody();
    await expect(insert({ bodyId, status: 'DRAFT', ...quorum })).rejects.toMatchObject({
      constraint: 'terms_of_reference_quorum',
    });
  });

  it.each([
    ['no text', { content: '  ' }],
    ['no quorum', { quorumKind: null, quorumCount: null }],
    ['no meeting frequency', { meetingFrequency: '' }],
    ['no membership', { composition: '\n' }],
    ['no date it comes into force', { effectiveFrom: null, publishedAt: new Date() }],
    ['no time it was published', { publishedAt: null }],
  ])('refuses a published version with %s', async (_label, missing) => {
    const bodyId = await newBody();
    await expect(insert({ bodyId, ...missing })).rejects.toMatchObject({
      constraint: 'terms_of_reference_published_complete',
    });
  });

  it('refuses a draft that carries a date or a publication', async () => {
    const bodyId = await newBody();
    await expect(
      insert({ bodyId, status: 'DRAFT', effectiveFrom: '2022-01-01' }),
    ).rejects.toMatchObject({ constraint: 'terms_of_reference_draft_unpublished' });
  });

  describe('a published version cannot be changed, even by a direct UPDATE', () => {
    let bodyId: string;
    let publishedId: string;
    let before: Record<string, unknown>;

    beforeAll(async () => {
      bodyId = await newBody();
      publishedId = await insert({ bodyId, number: 1, effectiveFrom: '2021-04-01' });
      before = await rowOf(publishedId);
    });

    it.each([
      ['its text', `UPDATE terms_of_reference SET content = 'Rewritten' WHERE id = $1`],
      ['its quorum', `UPDATE terms_of_reference SET quorum_count = 9 WHERE id = $1`],
      ['its date', `UPDATE terms_of_reference SET effective_from = '2021-05-01' WHERE id = $1`],
      [
        'its status back to draft',
        `UPDATE terms_of_reference SET status = 'DRAFT', effective_from = NULL, published_at = NULL WHERE id = $1`,
      ],
      ['its version number', `UPDATE terms_of_reference SET version = version + 1 WHERE id = $1`],
      ['nothing at all', `UPDATE terms_of_reference SET content = content WHERE id = $1`],
      [
        'its text while being superseded',
        `UPDATE terms_of_reference SET status = 'SUPERSEDED', content = 'Sneaked in' WHERE id = $1`,
      ],
      ['anything, by deleting it', `DELETE FROM terms_of_reference WHERE id = $1`],
    ])('refuses a change to %s and leaves the row as it was', async (_label, statement) => {
      await expect(sql(statement, [publishedId])).rejects.toMatchObject({ code: '42501' });
      expect(await rowOf(publishedId)).toEqual(before);
    });

    it('refuses TRUNCATE', async () => {
      await expect(sql(`TRUNCATE terms_of_reference`)).rejects.toMatchObject({
        code: '42501',
        message: expect.stringMatching(/TRUNCATE is not allowed/),
      });
      expect(await rowOf(publishedId)).toEqual(before);
    });

    it('allows only the step to superseded, and then nothing more', async () => {
      await sql(`UPDATE terms_of_reference SET status = 'SUPERSEDED' WHERE id = $1`, [publishedId]);
      expect(await rowOf(publishedId)).toEqual({ ...before, status: 'SUPERSEDED' });
      for (const statement of [
        `UPDATE terms_of_reference SET status = 'PUBLISHED' WHERE id = $1`,
        `UPDATE terms_of_reference SET composition = 'Changed' WHERE id = $1`,
        `DELETE FROM terms_of_reference WHERE id = $1`,
      ]) {
        await expect(sql(statement, [publishedId])).rejects.toMatchObject({ code: '42501' });
      }
      expect(await rowOf(publishedId)).toEqual({ ...before, status: 'SUPERSEDED' });
    });
  });

  describe('drafts', () => {
    it('may be edited and deleted, but keep their body and number and are never superseded', async () => {
      const bodyId = await newBody();
      const draftId = await insert({ bodyId, status: 'DRAFT' });
      await sql(`UPDATE terms_of_reference SET content = 'Edited', version = 2 WHERE id = $1`, [
        draftId,
      ]);
      expect(await rowOf(draftId)).toMatchObject({ content: 'Edited', version: 2 });
      await expect(
        sql(`UPDATE terms_of_reference SET number = 7 WHERE id = $1`, [draftId]),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(
        sql(`UPDATE terms_of_reference SET status = 'SUPERSEDED' WHERE id = $1`, [draftId]),
      ).rejects.toMatchObject({ code: '23514' });
      await sql(`DELETE FROM terms_of_reference WHERE id = $1`, [draftId]);
      expect(await rowOf(draftId)).toBeUndefined();
    });

    it('are published only to come into force after every earlier version', async () => {
      const bodyId = await newBody();
      await insert({ bodyId, number: 1, status: 'SUPERSEDED', effectiveFrom: '2021-04-01' });
      const draftId = await insert({ bodyId, number: 2, status: 'DRAFT' });
      const publish = (on: string) =>
        sql(
          `UPDATE terms_of_reference SET status = 'PUBLISHED', effective_from = $2, published_at = now()
            WHERE id = $1`,
          [draftId, on],
        );
      await expect(publish('2021-03-01')).rejects.toMatchObject({ code: '23514' });
      await expect(publish('2021-04-01')).rejects.toMatchObject({ code: '23514' });
      await publish('2021-04-02');
      expect(await rowOf(draftId)).toMatchObject({ status: 'PUBLISHED' });
    });
  });
});
