import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UpstreamReply {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

/**
 * The API, for routes that pass its answers on as they come (papers' files, feeds, open data):
 * a real HTTP server on loopback that answers every request with `reply`, with API_URL pointed
 * at it for the describe block it is called in (call it before the block's own hooks, which may
 * then import the route). `requests` holds what it was sent, cleared before each test.
 */
export function standInUpstream(): { requests: IncomingMessage[]; reply: UpstreamReply } {
  const upstream: { requests: IncomingMessage[]; reply: UpstreamReply } = {
    requests: [],
    reply: { status: 500, headers: {} },
  };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      upstream.requests.push(req);
      res.writeHead(upstream.reply.status, upstream.reply.headers);
      res.end(upstream.reply.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  beforeEach(() => {
    upstream.requests.length = 0;
  });
  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });
  return upstream;
}
