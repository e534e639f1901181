import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from './app/create-app';
import { SCHEMA_FILE } from './app/app.module';
import { loadApiConfig } from './config/env';

describe('schema.gql', () => {
  it('is the schema the code generates (run `npx nx run api:schema` after changing the API)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'boards-schema-'));
    const generated = path.join(dir, 'schema.gql');
    try {
      const config = loadApiConfig({
        DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
        NODE_ENV: 'test',
      });
      const app = await createApp(config, { schemaFile: generated, connectDatabase: false });
      await app.init();
      await app.close();
      expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await readFile(generated, 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Building the whole application takes a few seconds, more on a busy machine.
  }, 60_000);
});
