import { AuditEventEntity } from '@boards/api/database';
import { createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import { AuditService } from './audit.service';

describe('AuditService (real PostgreSQL)', () => {
  let db: TestDatabase;
  const audit = new AuditService();
  const actor = { accountId: null, label: 'Test runner' };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('writes the entry with the transaction that made the change', async () => {
    await db.dataSource.transaction((manager) =>
      audit.record(manager, actor, {
        action: 'body.update',
        objectType: 'Body',
        objectId: 'b1',
        before: { name: 'A' },
        after: { name: 'B' },
      }),
    );
    const [row] = await db.dataSource.getRepository(AuditEventEntity).findBy({ objectId: 'b1' });
    expect(row).toMatchObject({
      actorLabel: 'Test runner',
      action: 'body.update',
      before: { name: 'A' },
      after: { name: 'B' },
    });
  });

  it('leaves no entry when the transaction rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await audit.record(manager, actor, {
          action: 'body.update',
          objectType: 'Body',
          objectId: 'b2',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.dataSource.getRepository(AuditEventEntity).countBy({ objectId: 'b2' })).toBe(0);
  });
});
