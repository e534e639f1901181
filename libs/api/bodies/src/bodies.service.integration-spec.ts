import { BodyEntity, seedDemoData } from '@boards/api/database';
import { AuditService } from '@boards/api/audit';
import { createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import { DataLoaderFactory } from '@boards/api/graphql';
import { BODY_BY_SLUG, BodiesService } from './bodies.service';

describe('BodiesService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let service: BodiesService;
  let loaders: DataLoaderFactory;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    loaders = new DataLoaderFactory();
    service = new BodiesService(
      db.dataSource.getRepository(BodyEntity),
      loaders,
      new AuditService(),
    );
    service.onModuleInit();
  });
  afterAll(() => db.drop());

  it('lists boards before groups, then by name', async () => {
    expect((await service.list()).map((b) => b.slug)).toEqual([
      'experts-by-experience-board',
      'design-group',
      'evidence-group',
    ]);
  });

  it('answers many slugs in their order, with null for unknown ones and repeats kept', async () => {
    const found = await service.findBySlugs([
      'evidence-group',
      'nope',
      'design-group',
      'evidence-group',
    ]);
    expect(found.map((b) => b?.name ?? null)).toEqual([
      'Evidence Group',
      null,
      'Design Group',
      'Evidence Group',
    ]);
  });

  it('registers its loader with the request loader factory', async () => {
    await expect(
      loaders.forRequest().get(BODY_BY_SLUG).load('design-group'),
    ).resolves.toMatchObject({ kind: 'GROUP' });
  });

  describe('support and contact', () => {
    const actor = { accountId: null, label: 'Test' };
    const audit = () =>
      db.dataSource.query(
        `SELECT before, after FROM audit_event WHERE action = 'body.support' ORDER BY occurred_at, id`,
      );

    it('has the demo bodies’ contacts, and shows them with each body', async () => {
      const [evidence] = await service.findBySlugs(['evidence-group']);
      expect(evidence?.supportContact).toEqual({
        name: 'Leo Turner',
        email: 'leo.turner@example.org',
        phone: '020 7946 0456',
      });
      expect(evidence?.defaultSupport).toContain('0800 233311');
    });

    it('sets a contact and the usual support text in one audited step, with what changed', async () => {
      const [design] = await service.findBySlugs(['design-group']);
      const saved = await service.updateSupport(
        design?.id as string,
        {
          contactName: ' Ruth Adebayo ',
          contactEmail: '',
          contactPhone: '020 7946 0789',
          defaultSupport: 'Call the secretariat.',
        },
        actor,
      );
      expect(saved.supportContact).toEqual({
        name: 'Ruth Adebayo',
        email: null,
        phone: '020 7946 0789',
      });
      expect(saved.defaultSupport).toBe('Call the secretariat.');
      expect((await audit()).at(-1)).toEqual({
        before: expect.objectContaining({ contactEmail: 'ruth.adebayo@example.org' }),
        after: {
          contactEmail: null,
          contactPhone: '020 7946 0789',
          defaultSupport: 'Call the secretariat.',
        },
      });
    });

    it('refuses a contact without a name, or a name without a way to reach them, writing nothing', async () => {
      const [board] = await service.findBySlugs(['experts-by-experience-board']);
      const before = await db.dataSource.query(`SELECT * FROM body ORDER BY id`);
      const entries = (await audit()).length;
      for (const input of [{ contactEmail: 'a@example.org' }, { contactName: 'Sam' }]) {
        await expect(
          service.updateSupport(board?.id as string, input, actor),
        ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      }
      await expect(
        service.updateSupport('00000000-0000-4000-8000-000000000000', {}, actor),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await db.dataSource.query(`SELECT * FROM body ORDER BY id`)).toEqual(before);
      expect(await audit()).toHaveLength(entries);
    });

    it('the database, too, refuses a contact half recorded', async () => {
      await expect(
        db.dataSource.query(
          `UPDATE body SET support_contact_name = NULL WHERE slug = 'evidence-group'`,
        ),
      ).rejects.toMatchObject({ constraint: 'body_support_contact_complete' });
    });
  });
});
