import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { seedDemoData } from '@boards/api/database';
import { createTestDatabase, testServerUrl, type TestDatabase } from '@boards/api/database/testing';
import {
  BackupImportRefused,
  describeSchema,
  exportBackup,
  importBackup,
  paperFilePath,
  type BackupManifest,
} from './backup';
import { seedDemoPapers } from './demo-papers';

/** A new database with nothing in it (createTestDatabase would migrate it). */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `boards_restore_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: testServerUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Every table's row count and a digest of its rows (all columns, generated ones too), in order. */
async function tableDigests(client: Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const {
      rows: [row],
    } = await client.query(
      `SELECT count(*)::int AS count,
              md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
         FROM "${name}" t`,
    );
    out[name] = `${row.count} ${row.digest}`;
  }
  return out;
}

async function sequences(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of rows) {
    const {
      rows: [row],
    } = await client.query(`SELECT last_value::text, is_called FROM "${name}"`);
    out[name] = `${row.last_value} ${row.is_called}`;
  }
  return out;
}

async function filesUnder(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = (await readFile(file)).toString('base64');
  }
  return out;
}

describe('export and import (real PostgreSQL)', () => {
  let source: TestDatabase;
  let work: string;
  let papersDir: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'boards-backup-'));
    papersDir = path.join(work, 'papers');
    source = await createTestDatabase();
    await seedDemoData(source.dataSource, { demoPasswordHash: 'not-a-real-hash' });
    expect(await seedDemoPapers(source.dataSource, papersDir)).toBeGreaterThan(0);
    // Rows behind sequences and an identity column, so that their values matter.
    await source.dataSource.query(
      `INSERT INTO audit_event (actor_label, action, object_type, object_id, after)
       SELECT 'Test', 'test.event', 'Test', g::text, jsonb_build_object('n', g) FROM generate_series(1, 5) g`,
    );
    await source.dataSource.query(
      `INSERT INTO login_attempt (email_key, address, succeeded)
       SELECT 'someone@example.org', '127.0.0.1', g % 2 = 0 FROM generate_series(1, 3) g`,
    );
    await source.dataSource.query(`DELETE FROM login_attempt WHERE id = 3`);
    await source.dataSource.query(
      `INSERT INTO membership_import (created_by_account_id, created_by_label, file_name, file_bytes)
       SELECT id, 'Test', 'members.csv', 10 FROM account LIMIT 1`,
    );
  });

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await source?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it('restores the demo data identically: every row, sequence, migration and paper file', async () => {
    const out = path.join(work, 'backup');
    const exported = await exportBackup({ url: source.url, papersDir, out });
    expect(exported.tables).toBeGreaterThan(20);
    expect(exported.papers).toBeGreaterThan(0);

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const restoredPapers = path.join(work, 'restored-papers');
    const imported = await importBackup({ url: target.url, papersDir: restoredPapers, from: out });
    expect(imported).toMatchObject({ tables: exported.tables, rows: exported.rows });

    const [a, b] = [await connect(source.url), await connect(target.url)];
    try {
      const before = await tableDigests(a);
      expect(Object.keys(before)).toContain('schema_migration');
      expect(before['paper']).not.toMatch(/^0 /);
      expect(await tableDigests(b)).toEqual(before);
      const seqs = await sequences(a);
      expect(seqs['audit_event_id_seq']).toBe('5 true');
      expect(seqs['password_reset_request_id_seq']).toBe('1 false');
      expect(await sequences(b)).toEqual(seqs);
      expect(await describeSchema(b)).toEqual(await describeSchema(a));
      // The next row gets the next number, not one already used.
      const {
        rows: [next],
      } = await b.query(
        `INSERT INTO login_attempt (email_key, address, succeeded) VALUES ('x@example.org', '::1', true) RETURNING id`,
      );
      expect(next.id).toBe('4');
      // The guards work again after the load.
      await expect(b.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }

    // The papers' files: every file a paper names, byte for byte, where the store looks.
    const named: { sha: string }[] = await source.dataSource.query(
      `SELECT DISTINCT file_sha256 AS sha FROM paper WHERE file_sha256 IS NOT NULL`,
    );
    expect(named.length).toBe(exported.papers);
    for (const { sha } of named) {
      expect(await readFile(paperFilePath(restoredPapers, sha))).toEqual(
        await readFile(paperFilePath(papersDir, sha)),
      );
    }
    expect(Object.keys(await filesUnder(restoredPapers))).toHaveLength(named.length);
  });

  it('keeps one snapshot: what is written while it runs is not in the backup', async () => {
    const out = path.join(work, 'snapshot');
    const [{ count: before }] = await source.dataSource.query(
      `SELECT count(*)::int AS count FROM body`,
    );
    const digestsBefore = await (async () => {
      const client = await connect(source.url);
      try {
        return await tableDigests(client);
      } finally {
        await client.end();
      }
    })();
    await exportBackup({
      url: source.url,
      papersDir,
      out,
      afterSnapshot: async () => {
        await source.dataSource.query(
          `INSERT INTO body (slug, name, kind, purpose, established_on)
           VALUES ('written-meanwhile', 'Written meanwhile', 'GROUP', 'Test', '2024-01-01')`,
        );
        await source.dataSource.query(
          `INSERT INTO audit_event (actor_label, action, object_type) VALUES ('Test', 'test.meanwhile', 'Body')`,
        );
      },
    });
    const manifest: BackupManifest = JSON.parse(
      await readFile(path.join(out, 'manifest.json'), 'utf8'),
    );
    expect(manifest.tables.find((t) => t.name === 'body')?.rows).toBe(before);

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    await importBackup({
      url: target.url,
      papersDir: path.join(work, 'snapshot-papers'),
      from: out,
    });
    const client = await connect(target.url);
    try {
      const after = await tableDigests(client);
      expect(after['body']).toEqual(digestsBefore['body']);
      expect(after['audit_event']).toEqual(digestsBefore['audit_event']);
    } finally {
      await client.end();
    }
    await source.dataSource.query(`DELETE FROM body WHERE slug = 'written-meanwhile'`);
  });

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const out = path.join(work, 'refusal');
    await exportBackup({ url: source.url, papersDir, out });
    const client = await connect(source.url);
    try {
      const before = await tableDigests(client);
      const error = await importBackup({
        url: source.url,
        papersDir: path.join(work, 'refused-papers'),
        from: out,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackupImportRefused);
      expect((error as Error).message).toMatch(
        /is not empty .*restored into an empty database only/,
      );
      expect(await tableDigests(client)).toEqual(before);
      expect(await filesUnder(path.join(work, 'refused-papers'))).toEqual({});
    } finally {
      await client.end();
    }
  });

  it('refuses a backup whose paper file does not match its hash, loading no rows', async () => {
    const out = path.join(work, 'tampered');
    await exportBackup({ url: source.url, papersDir, out });
    const manifest: BackupManifest = JSON.parse(
      await readFile(path.join(out, 'manifest.json'), 'utf8'),
    );
    const [first] = manifest.papers;
    await writeFile(paperFilePath(path.join(out, 'papers'), first.sha256), 'not the paper');
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    await expect(
      importBackup({ url: target.url, papersDir: path.join(work, 'tampered-papers'), from: out }),
    ).rejects.toThrow(/does not have the content it is kept under/);
    const client = await connect(target.url);
    try {
      const {
        rows: [row],
      } = await client.query(`SELECT count(*)::int AS count FROM body`);
      expect(row.count).toBe(0);
    } finally {
      await client.end();
    }
  });
});
