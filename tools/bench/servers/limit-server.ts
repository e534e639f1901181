/**
 * The limit: a bare `node:http` server over a `pg` pool that answers each request with ONE
 * hand-written statement building the JSON in PostgreSQL (`json_agg`), so Node only passes the
 * text through. No framework, no GraphQL, no validation beyond the route: the ceiling a real API
 * can be compared with, not a way to build one.
 *
 *   GET  /members/{slug}   the public membership list of a body
 *   GET  /bodies/{slug}    the body page: members, terms of reference in force, next meetings
 *   GET  /my-papers        the signed-in member's papers of their upcoming meetings (Bearer token)
 *   POST /email-choices    {"off": [...], "reminderDays": n} for the signed-in member
 *
 * Settings from the environment: DATABASE_URL, PORT, DATABASE_POOL_SIZE.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool, types } from 'pg';
import { LIMIT_SQL } from '../bench-sql';

const JSON_OID = 114;
const pool = new Pool({
  connectionString: process.env['DATABASE_URL'],
  max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10),
  // json stays text: the server passes PostgreSQL's JSON through without parsing it.
  types: {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === JSON_OID
        ? (value: string) => value
        : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
  },
});

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

async function answer(sql: string, params: unknown[]): Promise<string | null> {
  const { rows } = await pool.query<{ json: string | number | null }>(sql, params);
  const json = rows[0]?.json;
  return json === null || json === undefined ? null : String(json);
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const handle = async (): Promise<void> => {
    if (req.method === 'GET' && url === '/healthz') return send(res, 200, '{"ok":true}');
    let match = /^\/members\/([a-z0-9-]+)$/.exec(url);
    if (req.method === 'GET' && match) {
      return send(res, 200, (await answer(LIMIT_SQL.members, [match[1]])) ?? '[]');
    }
    match = /^\/bodies\/([a-z0-9-]+)$/.exec(url);
    if (req.method === 'GET' && match) {
      const json = await answer(LIMIT_SQL.body, [match[1]]);
      return json ? send(res, 200, json) : send(res, 404, 'null');
    }
    const token = bearer(req);
    if (req.method === 'GET' && url === '/my-papers') {
      const json = token ? await answer(LIMIT_SQL.myPapers, [token]) : null;
      return json ? send(res, 200, json) : send(res, 401, '{"error":"UNAUTHENTICATED"}');
    }
    if (req.method === 'POST' && url === '/email-choices') {
      const input = JSON.parse(await readBody(req)) as { off: string[]; reminderDays: number };
      const json = token
        ? await answer(LIMIT_SQL.write, [token, input.off, input.reminderDays])
        : null;
      return json ? send(res, 200, json) : send(res, 401, '{"error":"UNAUTHENTICATED"}');
    }
    send(res, 404, '{"error":"NOT_FOUND"}');
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, '{"error":"INTERNAL"}');
  });
});

server.listen(Number(process.env['PORT']), '127.0.0.1', () => {
  console.log(`limit listening on ${process.env['PORT']}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
