import 'reflect-metadata';
import { createApp } from './app/create-app';
import { SCHEMA_FILE } from './app/app.module';
import { loadApiConfig } from './config/env';

/** Regenerates apps/api/schema.gql from the code (no database needed). */
async function main(): Promise<void> {
  const target = process.argv[2] ?? SCHEMA_FILE;
  const config = loadApiConfig({
    ...process.env,
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    NODE_ENV: 'test',
  });
  const app = await createApp(config, { schemaFile: target, connectDatabase: false });
  await app.init();
  await app.close();
  process.stdout.write(`Wrote ${target}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
