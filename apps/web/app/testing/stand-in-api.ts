import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@boards/web/api-client';
import { Kind } from 'graphql';

/** Any part of an operation's result may be left out; what is given has the generated types. */
export type PartialResult<T> = T extends readonly (infer U)[]
  ? readonly PartialResult<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: PartialResult<T[K]> }
    : T;

/** What the stand-in answers an operation: data shaped as the operation's result, or errors. */
export type Reply<TResult> =
  | { readonly data: PartialResult<TResult> | null; readonly errors?: readonly unknown[] }
  | { readonly errors: readonly unknown[] };

/** The name an operation document gives its operation (the name the API client sends). */
export function operationNameOf(document: TypedDocumentNode<unknown, never>): string {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      return definition.name.value;
    }
  }
  throw new Error('The document has no named operation');
}

export interface ReceivedOperation {
  readonly operationName: string;
  readonly variables: Record<string, unknown>;
  readonly authorization: string | undefined;
}

/**
 * A stand-in for the portal's API in route tests: answers each operation (by name) with the
 * reply set for it, and records what it was sent. `API_URL` points at it once started.
 */
export class StandInApi {
  readonly received: ReceivedOperation[] = [];
  private readonly replies = new Map<string, unknown>();
  private server?: Server;

  /**
   * The reply to an operation, typed by its generated document: a reply, or a function of the
   * variables sent that gives one.
   */
  reply<TResult, TVariables>(
    operation: TypedDocumentNode<TResult, TVariables>,
    body: Reply<TResult> | ((variables: TVariables) => Reply<TResult>),
  ): void {
    this.replies.set(operationNameOf(operation as TypedDocumentNode<unknown, never>), body);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        this.received.push({ operationName, variables, authorization: req.headers.authorization });
        const set = this.replies.get(operationName);
        const reply = (typeof set === 'function' ? set(variables) : set) ?? {
          errors: [{ message: `No reply for ${operationName}` }],
        };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    process.env['API_URL'] = `http://127.0.0.1:${port}/graphql`;
  }

  async stop(): Promise<void> {
    delete process.env['API_URL'];
    await new Promise((resolve) => this.server?.close(resolve));
  }

  reset(): void {
    this.received.length = 0;
    this.replies.clear();
  }
}

/** A GraphQL error reply with the portal's error code and details. */
export function errorReply(code: string, message: string, details?: Record<string, unknown>) {
  return { errors: [{ message, extensions: { code, ...(details ? { details } : {}) } }] };
}

/** A form post from a page of this site, with the given cookie. */
export function formPost(url: string, fields: Record<string, string>, cookie?: string): Request {
  return new Request(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
  });
}

/** The `name=value` part of a response's Set-Cookie for the cookie `name`. */
export function cookieOf(response: Response, name: string): string | null {
  return (
    response.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith(`${name}=`))
      ?.split(';')[0] ?? null
  );
}

/** The session cookie (`name=value`) of someone signed in with the API session `token`. */
export async function signedInCookie(token: string): Promise<string> {
  const { sessionStorage } = await import('../session.server');
  const session = await sessionStorage.getSession();
  session.set('token', token);
  return (await sessionStorage.commitSession(session)).split(';')[0];
}

/** What a response flashes for the next page: its notice and a form's errors and values. */
export async function flashOf(response: Response): Promise<{ notice?: unknown; form?: unknown }> {
  const { flashStorage } = await import('../session.server');
  const flash = await flashStorage.getSession(cookieOf(response, 'boards_flash'));
  return { notice: flash.get('notice'), form: flash.get('form') };
}
