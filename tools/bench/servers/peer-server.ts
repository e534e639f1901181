/**
 * The peer: PostGraphile 4 in library mode over the portal's own tables (schema `public`) and
 * the benchmark's `bench` schema (the public display rule and the member's papers as SQL, see
 * ../bench-sql.ts), served by `node:http`, as it would be run in production: no GraphiQL, no
 * query log, no watch mode, simple list collections, default mutations off (the write is the
 * `bench.set_my_email_choices` function). The session token of the request reaches PostgreSQL as
 * the setting `bench.session_token`, where the functions check it.
 *
 * Settings from the environment: DATABASE_URL, PORT, DATABASE_POOL_SIZE.
 */
import { createServer } from 'node:http';
import Module from 'node:module';
import path from 'node:path';
import { Pool } from 'pg';

/*
 * The workspace holds graphql 16 (the API's) at the top, and graphql 15 twice below it: one copy
 * under postgraphile, one under graphile-build-pg. PostGraphile's packages would load two or three
 * of them into one schema, which fails ("Cannot use GraphQLNonNull from another module or realm").
 * This process runs PostGraphile alone, so every `graphql` it asks for is resolved to
 * postgraphile's own copy, as one deduplicated install would have it.
 */
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
const graphql15 = path.dirname(
  require.resolve('graphql/package.json', { paths: [postgraphileDir] }),
);
const moduleInternals = Module as unknown as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request, ...rest) {
  const redirected =
    request === 'graphql' || request.startsWith('graphql/')
      ? request.replace(/^graphql/, graphql15)
      : request;
  return resolveFilename.call(this, redirected, ...rest);
};

const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const pool = new Pool({
  connectionString: process.env['DATABASE_URL'],
  max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10),
});

const handler = postgraphile(pool, ['public', 'bench'], {
  graphqlRoute: '/graphql',
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  simpleCollections: 'only',
  disableDefaultMutations: true,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  dynamicJson: true,
  retryOnInitFail: false,
  pgSettings: (req) => {
    const header = req.headers.authorization ?? '';
    return { 'bench.session_token': header.startsWith('Bearer ') ? header.slice(7) : '' };
  },
});

// Ready once the schema is built from the database.
let ready = false;
void handler.getGraphQLSchema().then(() => (ready = true));

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
    res.end(`{"ok":${ready}}`);
    return;
  }
  handler(req, res);
});

server.listen(Number(process.env['PORT']), '127.0.0.1', () => {
  console.log(`peer listening on ${process.env['PORT']}`);
});
process.on('SIGTERM', () => {
  server.close();
  void handler.release().then(() => pool.end().then(() => process.exit(0)));
});
