import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { createApiClient } from './api-client';
import { ApiError, ApiUnavailableError } from './api-errors';
import {
  BodyPageDocument,
  HomeBodiesDocument,
  type BodyPageQuery,
  type HomeBodiesQuery,
} from './generated/graphql';

const schema = buildSchema(
  readFileSync(path.join(__dirname, '../../../../apps/api/schema.gql'), 'utf8'),
);

const evidenceGroup = {
  id: '2',
  slug: 'evidence-group',
  name: 'Evidence Group',
  kind: 'GROUP',
  purpose: 'Weighs the research and data put to the review.',
  establishedOn: '2021-03-15',
  dissolvedOn: null,
  supportContact: null,
  members: [],
  pastMembers: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
  crossSeatCompliance: [],
  crossSeatTimeline: [],
  termsOfReference: null,
  termsOfReferenceHistory: [],
};

interface Received {
  method: string | undefined;
  headers: IncomingMessage['headers'];
  body: { query: string; operationName?: string; variables?: Record<string, unknown> };
}

type Handler = (received: Received, res: ServerResponse) => void | Promise<void>;

/** Answers like the real API: executes the request against the committed schema. */
const executeAgainstSchema =
  (rootValue: Record<string, unknown>): Handler =>
  async ({ body }, res) => {
    const result = await graphql({
      schema,
      source: body.query,
      operationName: body.operationName,
      variableValues: body.variables,
      rootValue,
    });
    res.writeHead(200, { 'content-type': 'application/graphql-response+json' });
    res.end(JSON.stringify(result));
  };

const sendJson =
  (status: number, payload: unknown): Handler =>
  (_received, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  };

describe('createApiClient', () => {
  let server: Server;
  let url: string;
  let handler: Handler;
  const received: Received[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const entry: Received = {
          method: req.method,
          headers: req.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        };
        received.push(entry);
        void handler(entry, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
  });

  it('POSTs the operation as JSON and returns its typed data', async () => {
    handler = executeAgainstSchema({ bodies: () => [evidenceGroup] });

    const data: HomeBodiesQuery = await createApiClient({ url }).request(HomeBodiesDocument);

    expect(data).toEqual({
      bodies: [
        {
          slug: 'evidence-group',
          name: 'Evidence Group',
          kind: 'GROUP',
          purpose: 'Weighs the research and data put to the review.',
        },
      ],
    });
    expect(received).toHaveLength(1);
    expect(received[0].method).toBe('POST');
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(received[0].headers['authorization']).toBeUndefined();
    expect(received[0].body).toMatchObject({ operationName: 'HomeBodies', variables: {} });
  });

  it('sends variables and returns null for an unknown slug', async () => {
    handler = executeAgainstSchema({
      body: ({ slug }: { slug: string }) => (slug === 'evidence-group' ? evidenceGroup : null),
      bodies: () => [],
    });
    const client = createApiClient({ url });

    const found: BodyPageQuery = await client.request(BodyPageDocument, { slug: 'evidence-group' });
    expect(found).toEqual({ body: evidenceGroup, bodies: [] });
    await expect(client.request(BodyPageDocument, { slug: 'no-such-body' })).resolves.toEqual({
      body: null,
      bodies: [],
    });
    expect(received.map((r) => r.body.variables)).toEqual([
      { slug: 'evidence-group' },
      { slug: 'no-such-body' },
    ]);
  });

  it('types the variables from the document', () => {
    const client = createApiClient({ url });
    // Never called: the compiler checks these lines when the tests are type-checked.
    const typeErrors = () => {
      // @ts-expect-error BodyPage needs its slug
      void client.request(BodyPageDocument);
      // @ts-expect-error the slug is a string
      void client.request(BodyPageDocument, { slug: 42 });
      // @ts-expect-error HomeBodies takes no variables
      void client.request(HomeBodiesDocument, { slug: 'design-group' });
    };
    expect(typeErrors).toBeInstanceOf(Function);
  });

  it('forwards the session token as a bearer token', async () => {
    handler = executeAgainstSchema({ bodies: () => [] });

    await createApiClient({ url, token: 'session-token-123' }).request(HomeBodiesDocument);

    expect(received[0].headers['authorization']).toBe('Bearer session-token-123');
  });

  it('forwards the client address as X-Forwarded-For, and nothing when there is none', async () => {
    handler = executeAgainstSchema({ bodies: () => [] });

    await createApiClient({ url, forwardedFor: '203.0.113.7' }).request(HomeBodiesDocument);
    await createApiClient({ url }).request(HomeBodiesDocument);

    expect(received[0].headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(received[1].headers['x-forwarded-for']).toBeUndefined();
  });

  it('uses the fetch it is given', async () => {
    handler = executeAgainstSchema({ bodies: () => [] });
    const requested: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      requested.push(String(input));
      return fetch(input, init);
    };

    await createApiClient({ url, fetch: recordingFetch }).request(HomeBodiesDocument);

    expect(requested).toEqual([url]);
  });

  it('turns a GraphQL error with a known code into an ApiError with that code', async () => {
    handler = executeAgainstSchema({
      bodies: () => {
        throw new GraphQLError('Sign in to see the bodies', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      },
    });

    const error = await createApiClient({ url })
      .request(HomeBodiesDocument)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      code: 'UNAUTHENTICATED',
      message: 'Sign in to see the bodies',
    });
    expect((error as ApiError).errors).toHaveLength(1);
    expect((error as ApiError).errors[0].path).toEqual(['bodies']);
  });

  it.each([
    ['an unknown code', { code: 'GRAPHQL_VALIDATION_FAILED' }],
    ['a code in the wrong case', { code: 'forbidden' }],
    ['no code', undefined],
  ])('maps %s to INTERNAL_SERVER_ERROR', async (_label, extensions) => {
    handler = sendJson(400, { errors: [{ message: 'Something went wrong', extensions }] });

    await expect(createApiClient({ url }).request(HomeBodiesDocument)).rejects.toMatchObject({
      name: 'ApiError',
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('treats a response with neither data nor errors inside it as an ApiError', async () => {
    handler = sendJson(200, { data: null });

    await expect(createApiClient({ url }).request(HomeBodiesDocument)).rejects.toMatchObject({
      name: 'ApiError',
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('treats a non-GraphQL answer as the API being unavailable', async () => {
    handler = (_received, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad gateway</body></html>');
    };

    await expect(createApiClient({ url }).request(HomeBodiesDocument)).rejects.toBeInstanceOf(
      ApiUnavailableError,
    );
  });

  it('treats JSON that is not a GraphQL response as the API being unavailable', async () => {
    handler = sendJson(503, { message: 'Service Unavailable' });

    await expect(createApiClient({ url }).request(HomeBodiesDocument)).rejects.toThrow(
      'HomeBodies got HTTP 503 without a GraphQL response',
    );
  });

  it('gives up after the timeout', async () => {
    handler = () => undefined; // never answers

    const error = await createApiClient({ url, timeoutMs: 50 })
      .request(HomeBodiesDocument)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiUnavailableError);
    expect((error as ApiUnavailableError).cause).toMatchObject({ name: 'TimeoutError' });
  });

  it('turns a refused connection into ApiUnavailableError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const error = await createApiClient({ url: `http://127.0.0.1:${port}/graphql` })
      .request(HomeBodiesDocument)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiUnavailableError);
    expect((error as Error).message).toBe(
      `HomeBodies got no answer from the API at http://127.0.0.1:${port}/graphql`,
    );
  });
});
