import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { ConfigError, loadApiConfig } from './config/env';

async function main(): Promise<void> {
  const config = loadApiConfig();
  const app = await createApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  new Logger('Api').log(`GraphQL API on http://localhost:${config.API_PORT}/graphql`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The API could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
