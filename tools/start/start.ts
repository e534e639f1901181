import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { demoApiEnv, loadStartEnv, papersDirectoryOf, ROOT } from './env';
import { openPortalDatabase, prepareDatabase, type PortalDatabase } from './database';

const log = (line: string) => console.log(`[start] ${line}`);
const children = new Map<string, ChildProcess>();
let database: PortalDatabase | undefined;
let shuttingDown = false;

function prefixed(name: string, stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) {
  let buffer = '';
  stream?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
}

function run(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = ROOT,
): ChildProcess {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixed(name, child.stdout, process.stdout);
  prefixed(name, child.stderr, process.stderr);
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!shuttingDown) {
      console.error(
        `[start] The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the portal.`,
      );
      void shutdown(1);
    }
  });
  return child;
}

function finished(command: string, args: string[], name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    prefixed(name, child.stdout, process.stdout);
    prefixed(name, child.stderr, process.stderr);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed with exit code ${code}`)),
    );
  });
}

async function waitFor(url: string, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (shuttingDown) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The ${what} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

async function shutdown(code: number): Promise<never> {
  if (shuttingDown) return new Promise(() => undefined);
  shuttingDown = true;
  log('Stopping…');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => (clearTimeout(timer), resolve()));
          child.kill('SIGTERM');
        }),
    ),
  );
  if (database?.server) {
    await database.server.stop();
    log('Embedded PostgreSQL stopped');
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const env = loadStartEnv();
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const started = Date.now();

  database = await openPortalDatabase(env, log);
  await prepareDatabase(
    database,
    'if-empty-embedded',
    env.DEMO_PASSWORD,
    papersDirectoryOf(env),
    log,
  );

  const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
  const webBuild = finished(bin('nx'), ['run', 'web:build', '--output-style=stream'], 'build');
  run(
    'api',
    process.execPath,
    ['--enable-source-maps', '-r', './tools/swc-register.js', 'apps/api/src/main.ts'],
    {
      DATABASE_URL: database.url,
      API_PORT: String(env.API_PORT),
      API_HOST: env.HOST,
      // The store the demo papers were put in.
      PAPERS_DIR: papersDirectoryOf(env),
      ...demoApiEnv(database.embedded),
    },
  );
  await webBuild;
  run(
    'web',
    process.execPath,
    ['server.mjs'],
    {
      PORT: String(env.PORT),
      HOST: env.HOST,
      NODE_ENV: 'production',
      API_URL: `http://127.0.0.1:${env.API_PORT}/graphql`,
      // The portal started here serves plain HTTP on this machine: cookies without Secure (set
      // SECURE_COOKIES=true behind HTTPS), signed with SESSION_SECRET or a new secret each start.
      SECURE_COOKIES: process.env['SECURE_COOKIES'] || 'false',
      SESSION_SECRET: process.env['SESSION_SECRET'] || randomBytes(32).toString('base64url'),
    },
    path.join(ROOT, 'apps', 'web'),
  );

  await Promise.all([
    waitFor(`http://127.0.0.1:${env.API_PORT}/readyz`, 'API'),
    waitFor(`http://127.0.0.1:${env.PORT}/healthz`, 'web app'),
  ]);
  if (shuttingDown) return;
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`Boards portal: http://localhost:${env.PORT}`);
  log(`GraphQL API:   http://localhost:${env.API_PORT}/graphql`);
  log('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
