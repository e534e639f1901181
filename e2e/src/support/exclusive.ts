import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Locks shared by the test workers of one run, for tests that change demo data others read
 * (two workers, and the two projects, run side by side on one database). Each lock is a folder
 * in the run's data folder, which every run starts by deleting (see playwright.config.ts).
 */
const DATA_DIR =
  process.env['E2E_DATA_DIR'] ?? path.resolve(__dirname, '..', '..', '..', 'tmp', 'e2e-data');
const LOCK_DIR = path.join(DATA_DIR, 'e2e-locks');

/** Longer than any test that holds a lock may run: a lock this old was left by a crash. */
const STALE_MS = 5 * 60_000;
const POLL_MS = 100;

/** Waits until the lock `name` is free and takes it; the function returned gives it back. */
export async function acquireLock(name: string): Promise<() => Promise<void>> {
  await mkdir(LOCK_DIR, { recursive: true });
  const lock = path.join(LOCK_DIR, name);
  for (;;) {
    try {
      await mkdir(lock);
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const taken = await stat(lock).catch(() => null);
      if (taken && Date.now() - taken.mtimeMs > STALE_MS) {
        await rm(lock, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
