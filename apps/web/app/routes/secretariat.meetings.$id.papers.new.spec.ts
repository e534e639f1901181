import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cookieOf } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.meetings.$id.papers.new').action;

const MEETING = '0b6f1d8e-1c2a-4e3b-9d4c-5e6f7a8b9c0d';
const PAPER = '5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const PATH = `/secretariat/meetings/${MEETING}/papers/new`;
/** Small, so that the test can go past it. */
const MAX_BYTES = 4096;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');

/** A received body as the Fetch API takes it. */
const bytes = (body: Buffer | undefined) => new Uint8Array(body ?? []);

interface Received {
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
  /** Whether the body arrived whole. */
  readonly complete: boolean;
}

interface Operation {
  readonly operationName: string;
  readonly variables: Record<string, unknown>;
}

describe('adding a paper with its file', () => {
  let server: Server;
  let action: Action;
  let signedIn: string;
  let readFlash: (response: Response) => Promise<{ notice?: string; form?: unknown }>;
  const operations: Operation[] = [];
  const uploads: Received[] = [];
  /** Bytes of the upload in progress that have reached the API so far. */
  let arrived = 0;
  let createReply: unknown;
  let uploadReply: { status: number; body: unknown };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (req.url !== '/graphql') arrived += chunk.length;
      });
      const answer = () => {
        const body = Buffer.concat(chunks);
        if (req.url === '/graphql') {
          const { operationName, variables } = JSON.parse(body.toString('utf8'));
          operations.push({ operationName, variables });
          const reply =
            operationName === 'CreatePaper'
              ? createReply
              : { data: { removePaper: { id: MEETING } } };
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(reply));
          return;
        }
        uploads.push({
          method: req.method,
          path: req.url,
          headers: req.headers,
          body,
          complete: req.complete,
        });
        if (!res.destroyed) {
          res.writeHead(uploadReply.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(uploadReply.body));
        }
      };
      req.on('end', answer);
      req.on('error', answer);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    process.env['PAPER_MAX_BYTES'] = String(MAX_BYTES);
    ({ action } = await import('./secretariat.meetings.$id.papers.new'));
    const { flashStorage, sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'secretariat-token');
    signedIn = (await sessionStorage.commitSession(session)).split(';')[0] ?? '';
    readFlash = async (response) => {
      const flash = await flashStorage.getSession(cookieOf(response, 'boards_flash'));
      return { notice: flash.get('notice'), form: flash.get('form') };
    };
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    delete process.env['PAPER_MAX_BYTES'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    operations.length = 0;
    uploads.length = 0;
    arrived = 0;
    createReply = { data: { createPaper: { id: PAPER, title: 'Members’ stories' } } };
    uploadReply = { status: 201, body: { id: PAPER, version: 2, file: {} } };
  });

  const FIELDS = {
    title: 'Members’ stories',
    agendaItemId: '',
    visibility: 'MEMBERS',
    contentNote: 'Discusses experiences of care.',
    easyReadOf: '',
    supersedes: '',
  };

  /** The form as a browser posts it: its fields in the page's order, the file last. */
  function post(
    file: File | null,
    {
      fields = FIELDS,
      headers = {},
      cookie = signedIn,
    }: {
      fields?: Record<string, string | string[]>;
      headers?: Record<string, string>;
      cookie?: string;
    } = {},
  ): Request {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    form.append('file', file ?? new File([], '', { type: 'application/octet-stream' }));
    return new Request(`http://localhost${PATH}`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin', Cookie: cookie, ...headers },
      body: form,
    });
  }

  const run = (request: Request) =>
    action({ request, params: { id: MEETING }, context: { clientAddress: '203.0.113.9' } });
  const outcome = (request: Request) => run(request).catch((thrown: unknown) => thrown as Response);

  async function formState(response: Response) {
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(PATH);
    return (await readFlash(response)).form as {
      errors: { field: string; message: string }[];
      values: Record<string, string>;
    };
  }

  it('adds the paper, streams its file to the API as the person, and goes back to the meeting', async () => {
    const response = await run(post(new File([PDF], 'stories.pdf', { type: 'application/pdf' })));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/secretariat/meetings/${MEETING}#papers`);
    expect((await readFlash(response)).notice).toBe('“Members’ stories” has been added');

    expect(operations).toEqual([
      {
        operationName: 'CreatePaper',
        variables: {
          input: {
            meetingId: MEETING,
            title: 'Members’ stories',
            agendaItemId: null,
            visibility: 'MEMBERS',
            namedPersonIds: [],
            contentNote: 'Discusses experiences of care.',
            easyReadOf: null,
            supersedes: null,
          },
        },
      },
    ]);
    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload?.method).toBe('POST');
    expect(upload?.path).toBe(`/papers/${PAPER}/file`);
    expect(upload?.headers['authorization']).toBe('Bearer secretariat-token');
    expect(upload?.headers['x-forwarded-for']).toBe('203.0.113.9');
    // Streamed as it arrives: no length known beforehand.
    expect(upload?.headers['transfer-encoding']).toBe('chunked');
    const sent = await new Response(bytes(upload?.body), {
      headers: { 'content-type': String(upload?.headers['content-type']) },
    }).formData();
    expect([...sent.keys()]).toEqual(['file']);
    const file = sent.get('file') as File;
    expect(file.name).toBe('stories.pdf');
    expect(file.type).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
  });

  it('sends the file on while it is still arriving, never holding it whole', async () => {
    const boundary = 'browser-boundary';
    const fields = Object.entries(FIELDS)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('');
    const first = Buffer.alloc(1500, 'a');
    const second = Buffer.alloc(1500, 'b');
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const parts: (Buffer | 'wait')[] = [
      Buffer.from(
        `${fields}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n`,
      ),
      first,
      'wait',
      second,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ];
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let next = parts.shift();
        if (next === 'wait') {
          await released;
          next = parts.shift();
        }
        if (next && next !== 'wait') controller.enqueue(new Uint8Array(next));
        else controller.close();
      },
    });
    const done = run(
      new Request(`http://localhost${PATH}`, {
        method: 'POST',
        headers: {
          'Sec-Fetch-Site': 'same-origin',
          Cookie: signedIn,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    // The first half reaches the API before the browser has sent the second.
    for (let waited = 0; arrived < first.length && waited < 5000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(arrived).toBeGreaterThanOrEqual(first.length);
    expect(uploads).toEqual([]);
    release();
    expect((await done).status).toBe(303);
    const sent = await new Response(bytes(uploads[0]?.body), {
      headers: { 'content-type': String(uploads[0]?.headers['content-type']) },
    }).formData();
    expect(Buffer.from(await (sent.get('file') as File).arrayBuffer())).toEqual(
      Buffer.concat([first, second]),
    );
  });

  it('passes the file name on as the browser sent it, its quotes escaped', async () => {
    await run(post(new File([PDF], 'Zoë’s "notes".pdf', { type: 'application/pdf' })));
    const head = uploads[0]?.body.toString('utf8').split('\r\n\r\n')[0];
    expect(head).toContain(
      'Content-Disposition: form-data; name="file"; filename="Zoë’s %22notes%22.pdf"',
    );
  });

  it('removes the paper again when the API refuses its file, and shows the API’s message', async () => {
    const message = 'The selected file is a plain text file, so its name must end in .txt';
    uploadReply = {
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'NAME_MISMATCH', message },
    };
    const response = await run(post(new File(['Not a PDF at all'], 'stories.pdf')));
    const form = await formState(response);
    expect(form.errors).toEqual([{ field: 'file', message }]);
    expect(form.values).toMatchObject({ title: 'Members’ stories', visibility: 'MEMBERS' });
    expect(operations.map((operation) => operation.operationName)).toEqual([
      'CreatePaper',
      'RemovePaper',
    ]);
    expect(operations[1]?.variables).toEqual({ id: PAPER });
  });

  it.each([413, 415])('removes the paper on a %i from the API too', async (status) => {
    uploadReply = { status, body: { code: 'BAD_USER_INPUT', message: 'Not this file' } };
    const form = await formState(await run(post(new File([PDF], 'stories.pdf'))));
    expect(form.errors).toEqual([{ field: 'file', message: 'Not this file' }]);
    expect(operations.at(-1)?.operationName).toBe('RemovePaper');
  });

  it('stops sending a file past the limit, removes the paper and says how large a file may be', async () => {
    const large = new File([new Uint8Array(MAX_BYTES * 3)], 'stories.pdf');
    const form = await formState(await run(post(large)));
    expect(form.errors).toEqual([
      { field: 'file', message: 'The selected file must be smaller than 4 KB' },
    ]);
    expect(operations.map((operation) => operation.operationName)).toEqual([
      'CreatePaper',
      'RemovePaper',
    ]);
    // The API got no more than the limit (and never the whole file).
    expect(uploads.every((upload) => upload.body.length < MAX_BYTES + 1024)).toBe(true);
  });

  it('refuses a post longer than the limit allows by its length, before adding anything', async () => {
    const request = post(new File([PDF], 'stories.pdf'), {
      headers: { 'Content-Length': String(MAX_BYTES + 128 * 1024) },
    });
    const form = await formState(await run(request));
    expect(form.errors).toEqual([
      { field: 'file', message: 'The selected file must be smaller than 4 KB' },
    ]);
    expect(operations).toEqual([]);
    expect(uploads).toEqual([]);
  });

  it('shows every problem with the form and the missing file at once, asking the API nothing', async () => {
    const form = await formState(
      await run(post(null, { fields: { ...FIELDS, title: '', visibility: 'NAMED' } })),
    );
    expect(form.errors).toEqual([
      { field: 'title', message: 'Enter a title for the paper' },
      { field: 'namedPersonIds', message: 'Choose at least one person who can open the paper' },
      { field: 'file', message: 'Select a file' },
    ]);
    expect(operations).toEqual([]);
    expect(uploads).toEqual([]);
  });

  it('shows the API’s refusal of the details against their field, sending no file', async () => {
    createReply = {
      errors: [
        {
          message: 'The original paper is public, so its easy read version must be public too',
          extensions: { code: 'BAD_USER_INPUT', details: { field: 'visibility' } },
        },
      ],
    };
    const form = await formState(await run(post(new File([PDF], 'stories.pdf'))));
    expect(form.errors).toEqual([
      {
        field: 'visibility',
        message: 'The original paper is public, so its easy read version must be public too',
      },
    ]);
    expect(uploads).toEqual([]);
  });

  it('sends someone whose session ended during the upload to sign in, leaving nothing', async () => {
    uploadReply = { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in' } };
    const response = await outcome(post(new File([PDF], 'stories.pdf')));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
    expect(operations.at(-1)?.operationName).toBe('RemovePaper');
  });

  it('refuses a post from another site, one without a session, and one that is not a file form', async () => {
    expect(
      (
        await outcome(
          post(new File([PDF], 'stories.pdf'), { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
        )
      ).status,
    ).toBe(403);
    const signedOut = await outcome(post(new File([PDF], 'stories.pdf'), { cookie: '' }));
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get('Location')).toMatch(/^\/sign-in/);
    const notMultipart = new Request(`http://localhost${PATH}`, {
      method: 'POST',
      headers: {
        'Sec-Fetch-Site': 'same-origin',
        Cookie: signedIn,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'title=x',
    });
    expect((await outcome(notMultipart)).status).toBe(400);
    expect(operations).toEqual([]);
    expect(uploads).toEqual([]);
  });
});
