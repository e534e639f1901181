import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { seedDemoData } from '@boards/api/database';
import {
  createTestDatabase,
  SqlStatementCounter,
  type TestDatabase,
} from '@boards/api/database/testing';
import { createApp } from './app/create-app';
import { loadApiConfig } from './config/env';

describe('API over HTTP (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const sql = new SqlStatementCounter();

  const graphql = (query: string, variables?: Record<string, unknown>) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { demoPasswordHash: 'not-used-here' });
    const config = loadApiConfig({
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_COMPLEXITY: '50',
    });
    app = await createApp(config, { sqlLogger: sql });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(() => sql.reset());

  it('lists the three bodies, the board first', async () => {
    const response = await graphql(
      '{ bodies { slug name kind establishedOn dissolvedOn } }',
    ).expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.bodies).toEqual([
      {
        slug: 'experts-by-experience-board',
        name: 'Experts by Experience Board',
        kind: 'BOARD',
        establishedOn: '2021-03-15',
        dissolvedOn: null,
      },
      {
        slug: 'design-group',
        name: 'Design Group',
        kind: 'GROUP',
        establishedOn: '2021-04-21',
        dissolvedOn: null,
      },
      {
        slug: 'evidence-group',
        name: 'Evidence Group',
        kind: 'GROUP',
        establishedOn: '2021-04-14',
        dissolvedOn: null,
      },
    ]);
  });

  it('tells browsers and proxies to keep no GraphQL answer, an error or not', async () => {
    const answered = await graphql('{ bodies { slug } }').expect(200);
    expect(answered.headers['cache-control']).toBe('no-store');
    const refused = await graphql('{ bodies { nope } }').expect(400);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('finds a body by slug', async () => {
    const response = await graphql(
      'query ($slug: String) { body(slug: $slug) { name kind purpose } }',
      {
        slug: 'evidence-group',
      },
    ).expect(200);
    expect(response.body.data.body).toMatchObject({ name: 'Evidence Group', kind: 'GROUP' });
    expect(response.body.data.body.purpose).toMatch(/research/);
  });

  it.each([
    ['an unknown slug', 'no-such-body'],
    ['a malformed slug', 'Not A Slug'],
    ['an empty slug', ''],
    ['a 5,000-character slug', 'x'.repeat(5000)],
  ])('answers null, not an error, for %s', async (_label, slug) => {
    const response = await graphql('query ($slug: String) { body(slug: $slug) { name } }', {
      slug,
    }).expect(200);
    expect(response.body).toEqual({ data: { body: null } });
  });

  it('answers null when no slug is given', async () => {
    const response = await graphql('{ body { name } }').expect(200);
    expect(response.body).toEqual({ data: { body: null } });
  });

  it('looks up several aliased bodies in one SQL statement', async () => {
    const response = await graphql(
      '{ a: body(slug: "design-group") { name } b: body(slug: "evidence-group") { name } c: body(slug: "nope") { name } }',
    ).expect(200);
    expect(response.body.data).toEqual({
      a: { name: 'Design Group' },
      b: { name: 'Evidence Group' },
      c: null,
    });
    expect(sql.count).toBe(1);
  });

  it('refuses a query that costs too much with QUERY_TOO_COMPLEX before any SQL runs', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `b${i}: bodies { slug name }`).join(' ');
    const response = await graphql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      details: { complexity: 90, maxComplexity: 50 },
    });
    expect(response.body.data).toBeUndefined();
    expect(sql.count).toBe(0);
  });

  it.each([
    ['a syntax error', '{ bodies { slug ', 400],
    ['an unknown field', '{ bodies { secret } }', 400],
    ['a wrongly typed argument', '{ body(slug: 42) { name } }', 400],
  ])('answers %s with BAD_USER_INPUT and no stack trace', async (_label, query, status) => {
    const response = await graphql(query);
    expect(response.status).toBe(status);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('refuses batched requests', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ bodies { slug } }' }, { query: '{ bodies { slug } }' }]);
    expect(response.status).toBe(400);
    expect(sql.count).toBe(0);
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await request(app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ bodies { slug } }' });
    expect(response.status).toBe(400);
  });

  it('reports liveness and readiness', async () => {
    await request(app.getHttpServer()).get('/healthz').expect(200, { status: 'ok' });
    await request(app.getHttpServer()).get('/readyz').expect(200, { status: 'ready' });
  });
});
