import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from 'typeorm';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { seedDemoData } from '@boards/api/database';
import { createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import type { Clock } from '@boards/api/graphql';
import { hashPassword } from '@boards/api/identity';
import { createApp } from '../app/create-app';
import { loadApiConfig } from '../config/env';

export const HARNESS_PASSWORD = 'correct horse battery staple';
/** The day the demo meetings are placed around in API tests. */
export const DEMO_TODAY = '2026-11-24';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: (string | number)[];
        extensions?: { code?: string; details?: Record<string, unknown> };
      }[]
    | undefined;
}

export interface ApiHarness {
  db: TestDatabase;
  app: INestApplication;
  /** Where this API keeps papers' files: a temporary folder of its own, removed on close. */
  papersDir: string;
  /** Posts one GraphQL operation, as `token`'s session when given. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResult<T>>;
  /** Signs in a seeded person (password HARNESS_PASSWORD) and returns the session token. */
  signIn(email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The whole API on an isolated database with the demo data, for tests that go through HTTP.
 * Staff sign in without a second factor here (demo mode); the second-factor tests turn it on.
 */
export async function startApi(
  env: Record<string, string> = {},
  options: { sqlLogger?: Logger; seed?: boolean; clock?: Clock } = {},
): Promise<ApiHarness> {
  const db = await createTestDatabase();
  if (options.seed !== false) {
    // Demo meetings are placed around a fixed day, so that tests do not depend on the clock.
    await seedDemoData(db.dataSource, {
      demoPasswordHash: await hashPassword(HARNESS_PASSWORD),
      today: DEMO_TODAY,
    });
  }
  const papersDir = await mkdtemp(path.join(tmpdir(), 'boards-papers-'));
  const app = await createApp(
    loadApiConfig({
      DATABASE_URL: db.url,
      PAPERS_DIR: papersDir,
      NODE_ENV: 'test',
      DEMO_MODE: 'true',
      REQUIRE_STAFF_TOTP: 'false',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
      ...env,
    }),
    {
      ...(options.sqlLogger ? { sqlLogger: options.sqlLogger } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    },
  );
  await app.init();
  const graphql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(token ? { authorization: `Bearer ${token}` } : {})
      .send({ query, variables });
    return {
      status: response.status,
      data: response.body?.data as T | null | undefined,
      errors: response.body?.errors,
    };
  };
  return {
    db,
    app,
    papersDir,
    graphql,
    async signIn(email) {
      const result = await graphql<{ login: { token: string } }>(
        `
          mutation ($email: String!, $password: String!) {
            login(email: $email, password: $password) {
              token
            }
          }
        `,
        { email, password: HARNESS_PASSWORD },
      );
      const token = result.data?.login?.token;
      if (!token) throw new Error(`Could not sign in ${email}: ${JSON.stringify(result.errors)}`);
      return token;
    },
    async close() {
      await app.close();
      await db.drop();
      await rm(papersDir, { recursive: true, force: true });
    },
  };
}

/** Responses are checked field by field in tests; a loose JSON type keeps those checks readable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The data of a response that must have succeeded; throws with the errors otherwise. */
export function dataOf(result: GraphqlResult<Json>): Json {
  if (result.errors?.length || !result.data) {
    throw new Error(`Expected data, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** The first error's code, or 'ok' when there was none. */
export function outcomeOf(result: GraphqlResult): string {
  return result.errors?.[0]?.extensions?.code ?? 'ok';
}
