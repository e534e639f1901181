import type { DataSource } from 'typeorm';
import { BodyEntity } from '../entities';
import { DEMO_BODIES } from './demo-bodies';

export interface SeedResult {
  bodies: number;
}

/**
 * Loads the demo data in one transaction. Idempotent: rows are matched on their natural
 * keys (a body's slug) and brought back to the demo values.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    await manager.upsert(BodyEntity, DEMO_BODIES, { conflictPaths: ['slug'] });
    return { bodies: DEMO_BODIES.length };
  });
}

/** Whether the database holds no portal data yet (a fresh install). */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(BodyEntity).count()) === 0;
}
