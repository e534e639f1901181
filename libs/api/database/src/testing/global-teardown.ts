import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const pg = globalThis.__BOARDS_TEST_PG__;
  if (!pg) return;
  await pg.stop();
  await rm(pg.dataDir, { recursive: true, force: true });
}
