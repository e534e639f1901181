import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, waitUntilOk } from '@boards/api/database/testing';

/**
 * The real API (apps/api/src/main.ts) as a child process on loopback, for tests of what happens
 * when processes die, run side by side or lose their database: what a harness inside the test's
 * own process cannot show.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export interface ApiProcess {
  child: ChildProcess;
  base: string;
  /** Everything the process printed so far. */
  output: () => string;
  /** Whether the process is still running. */
  alive: () => boolean;
  /** SIGKILL: no shutdown hooks, no goodbyes to the database or anything else. */
  kill(): Promise<void>;
}

/**
 * Starts the API on a free port over `databaseUrl` (already migrated) and waits until `/readyz`
 * answers. `env` adds to or overrides the settings below.
 */
export async function startApiProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', './tools/swc-register.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      DATABASE_URL: databaseUrl,
      RUN_MIGRATIONS: 'false',
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      NODE_ENV: 'development',
      DEMO_MODE: 'true',
      REQUIRE_STAFF_TOTP: 'false',
      DATABASE_LOG: 'errors',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const base = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitUntilOk(`${base}/readyz`, 30_000),
      exited.then(() => {
        throw new Error('exited');
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`The API did not become ready (${String(error)}):\n${output}`);
  }
  return {
    child,
    base,
    output: () => output,
    alive,
    async kill() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
  };
}
