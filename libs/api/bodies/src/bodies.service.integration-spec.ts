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
});
