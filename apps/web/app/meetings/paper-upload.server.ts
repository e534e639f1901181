import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '@boards/shared/contracts';
import { CreatePaperDocument, RemovePaperDocument } from '@boards/web/api-client';
import { unstable_parseMultipartFormData, type UploadHandlerPart } from '@remix-run/node';
import { apiAttempt, signInRedirect, type RequestArgs } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { config } from '../config.server';
import { assertSameOrigin } from '../csrf.server';
import type { FieldError } from '../form-state';
import { inFormOrder } from '../secretariat/form-reading';
import { getSession } from '../session.server';
import { formatFileSize } from './paper-display';
import { PAPER_FIELD_IDS, PAPER_FILE_FIELD, PAPER_FORM_ORDER, readPaperForm } from './paper-form';

/** Room for the multipart boundaries, part headers and the form's other fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;
/** The largest text field the form may send (a content note is at most 1,000 characters). */
const MAX_FIELD_BYTES = 16 * 1024;
/** More fields than the form has (up to 100 named people and a few others) is not this form. */
const MAX_FIELDS = 200;
/** How long the API may take to take the file: a large file over a slow connection takes a while. */
const UPLOAD_TIMEOUT_MS = 15 * 60_000;
/** The errors of createPaper that are about the form (the rest are thrown as pages). */
const EXPECTED: readonly ErrorCode[] = ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION'];

export type AddPaperOutcome =
  | { readonly ok: true; readonly paper: { readonly id: string; readonly title: string } }
  | {
      readonly ok: false;
      readonly errors: readonly FieldError[];
      readonly values: Readonly<Record<string, string>>;
    };

/** The message for a file over the limit, in the API's words. */
export function tooLargeMessage(maxBytes: number): string {
  return `The selected file must be smaller than ${formatFileSize(maxBytes)}`;
}

/**
 * Where the API takes a paper's file: beside its GraphQL endpoint. Replacing a file names the
 * version the secretariat saw.
 */
export function paperFileEndpoint(
  paperId: string,
  apiUrl: string = config.API_URL,
  expectedVersion: number | null = null,
): string {
  const url = new URL(`/papers/${encodeURIComponent(paperId)}/file`, apiUrl);
  if (expectedVersion !== null) url.searchParams.set('expectedVersion', String(expectedVersion));
  return url.toString();
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A multipart part's content, read one chunk at a time (never two reads at once), counting the
 * bytes. Whatever is not sent on is drained: read to the end and dropped, so that the parser
 * moves on without holding the rest of the file in memory.
 */
export class PartReader {
  size = 0;
  private readonly iterator: AsyncIterator<Uint8Array>;
  private finished = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(data: AsyncIterable<Uint8Array>) {
    this.iterator = data[Symbol.asyncIterator]();
  }

  next(): Promise<IteratorResult<Uint8Array, undefined>> {
    const result = this.queue.then(async (): Promise<IteratorResult<Uint8Array, undefined>> => {
      if (this.finished) return DONE;
      try {
        const chunk = await this.iterator.next();
        if (chunk.done) {
          this.finished = true;
          return DONE;
        }
        this.size += chunk.value.byteLength;
        return chunk;
      } catch (error) {
        this.finished = true;
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async drain(): Promise<void> {
    while (!(await this.next()).done) {
      // Dropped.
    }
  }
}

/** A text field of the form, refused (413) when longer than any the form sends. */
async function readField(data: AsyncIterable<Uint8Array>): Promise<string> {
  const reader = new PartReader(data);
  const chunks: Uint8Array[] = [];
  for (let chunk = await reader.next(); !chunk.done; chunk = await reader.next()) {
    if (reader.size > MAX_FIELD_BYTES) throw new Response(null, { status: 413 });
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A quoted multipart parameter, escaped as browsers do (HTML's multipart/form-data encoding). */
function quoted(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The browser's media type for the file when it is a plain one; the API decides from the content. */
function mediaTypeOf(contentType: string | undefined): string {
  return contentType && /^[\w.+-]+\/[\w.+-]+$/.test(contentType)
    ? contentType
    : 'application/octet-stream';
}

type SendOutcome =
  { readonly ok: true } | { readonly ok: false; readonly status: number; readonly message: string };

/**
 * Streams the file on to the API's `POST /papers/{id}/file` as a multipart form of its own
 * (the field `file`, with the browser's file name), as the person (their session token and
 * address), chunk by chunk as it arrives from the browser: the web server never holds the whole
 * file. Past `maxBytes` it stops sending, so the API never receives a file it would refuse for
 * its size (and the person hears so at once).
 */
async function sendFile(
  args: RequestArgs,
  paperId: string,
  part: UploadHandlerPart,
  fileName: string,
  maxBytes: number,
  expectedVersion: number | null = null,
): Promise<SendOutcome> {
  const token = (await getSession(args.request)).get('token');
  const boundary = `boards-paper-${randomUUID()}`;
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="${PAPER_FILE_FIELD}"; filename="${quoted(fileName)}"\r\n` +
      `Content-Type: ${mediaTypeOf(part.contentType)}\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const source = new PartReader(part.data);
  let tooLarge = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
    },
    async pull(controller) {
      const chunk = await source.next();
      if (chunk.done) {
        controller.enqueue(tail);
        controller.close();
      } else if (source.size > maxBytes) {
        tooLarge = true;
        controller.error(new Error('The file is larger than the API takes'));
      } else {
        controller.enqueue(chunk.value);
      }
    },
  });

  let response: Response;
  let payload: { message?: unknown } = {};
  try {
    response = await fetch(paperFileEndpoint(paperId, config.API_URL, expectedVersion), {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(args.context?.clientAddress ? { 'x-forwarded-for': args.context.clientAddress } : {}),
      },
      body,
      // Node's fetch sends a stream only when told that the response may come before its end.
      duplex: 'half',
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    } as RequestInit);
    payload = await response.json().catch(() => ({}));
  } catch (cause) {
    if (tooLarge) {
      await source.drain();
      return { ok: false, status: 413, message: tooLargeMessage(maxBytes) };
    }
    await source.drain().catch(() => undefined);
    // The browser went away mid-upload: there is nobody to answer.
    if (args.request.signal.aborted) throw new Response(null, { status: 400 });
    console.error('The API did not take the paper’s file:', cause);
    throw new Response(null, { status: 503 });
  }
  // Should the API answer before reading it all, the rest is read here and dropped.
  await source.drain();
  if (response.status === 201) return { ok: true };
  if ([400, 409, 413, 415].includes(response.status) && typeof payload.message === 'string') {
    return { ok: false, status: response.status, message: payload.message };
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, status: response.status, message: '' };
  }
  console.error(`The API answered the paper’s file with ${response.status}:`, payload);
  throw new Response(null, { status: 500 });
}

/** Removes a paper whose file was refused, so that nothing is left of the attempt. */
async function removeUnfinished(args: RequestArgs, paperId: string): Promise<void> {
  try {
    const removed = await apiAttempt(
      args,
      ['BAD_USER_INPUT', 'NOT_FOUND', 'INVALID_TRANSITION', 'FORBIDDEN', 'UNAUTHENTICATED'],
      RemovePaperDocument,
      { id: paperId },
    );
    if (!removed.ok) {
      console.error(`Paper ${paperId} was left without its file:`, removed.error.message);
    }
  } catch (error) {
    console.error(`Paper ${paperId} was left without its file:`, error);
  }
}

/**
 * What is wrong with a form's file before it is sent on, or null: none chosen, or a body whose
 * declared length is already past the limit.
 */
function fileProblem(args: RequestArgs, fileName: string, maxBytes: number): FieldError | null {
  const declared = Number(args.request.headers.get('Content-Length') ?? 0);
  if (!fileName) return { field: PAPER_FILE_FIELD, message: 'Select a file' };
  if (declared > maxBytes + MULTIPART_OVERHEAD) {
    return { field: PAPER_FILE_FIELD, message: tooLargeMessage(maxBytes) };
  }
  return null;
}

/**
 * The API's refusal of a file as the file field's error; not signed in (any more) is a sign-in
 * page, and not allowed the permission page.
 */
async function refusedFile(
  args: RequestArgs,
  sent: Extract<SendOutcome, { ok: false }>,
): Promise<FieldError> {
  if (sent.status === 401) throw await signInRedirect(args.request);
  if (sent.status === 403) throw new Response(null, { status: 403 });
  return { field: PAPER_FILE_FIELD, message: sent.message };
}

/**
 * The file part of the form, once the fields before it have been read: checks the fields and
 * the file's presence and declared size, adds the paper (createPaper) and streams the file to
 * it. When the API refuses the file, the paper just added is removed again (removePaper), and
 * the API's message is the file field's error.
 */
async function receiveFile(
  args: RequestArgs,
  meetingId: string,
  fields: FormData,
  part: UploadHandlerPart,
  maxBytes: number,
): Promise<AddPaperOutcome> {
  const form = readPaperForm(fields, meetingId);
  const errors: FieldError[] = form.ok ? [] : [...form.errors];
  const fileName = part.filename ?? '';
  const problem = fileProblem(args, fileName, maxBytes);
  if (problem) errors.push(problem);
  if (!form.ok || errors.length) {
    await new PartReader(part.data).drain();
    return { ok: false, errors: inFormOrder(errors, [...PAPER_FORM_ORDER]), values: form.values };
  }
  const created = await apiAttempt(args, EXPECTED, CreatePaperDocument, { input: form.input });
  if (!created.ok) {
    await new PartReader(part.data).drain();
    return {
      ok: false,
      errors: fieldErrorsFromApi(created.error, PAPER_FIELD_IDS, 'title'),
      values: form.values,
    };
  }
  const paper = created.data.createPaper;
  let sent: SendOutcome;
  try {
    sent = await sendFile(args, paper.id, part, fileName, maxBytes);
  } catch (error) {
    await removeUnfinished(args, paper.id);
    throw error;
  }
  if (sent.ok) return { ok: true, paper };
  await removeUnfinished(args, paper.id);
  return { ok: false, errors: [await refusedFile(args, sent)], values: form.values };
}

/**
 * The add-a-paper form, posted as `multipart/form-data` from a page of this site: its fields
 * come first and its file last (the file input is the form's last field, and browsers send
 * fields in the order of the page). The fields are read as they arrive; when the file starts,
 * the paper is added and the file streamed on to the API as it arrives, so that a file of up to
 * PAPER_MAX_BYTES (25 MB) passes through without being held in memory or written to disk here.
 * A form without a file, or with problems, comes back with every problem at once.
 */
export async function addPaperFromForm(
  args: RequestArgs,
  meetingId: string,
  maxBytes: number = config.PAPER_MAX_BYTES,
): Promise<AddPaperOutcome> {
  const { request } = args;
  assertSameOrigin(request);
  const fields = new FormData();
  let count = 0;
  let outcome: AddPaperOutcome | undefined;
  try {
    await unstable_parseMultipartFormData(request, async (part) => {
      if (typeof part.filename !== 'string') {
        count += 1;
        if (count > MAX_FIELDS) throw new Response(null, { status: 413 });
        fields.append(part.name, await readField(part.data));
      } else if (part.name === PAPER_FILE_FIELD && !outcome) {
        outcome = await receiveFile(args, meetingId, fields, part, maxBytes);
      } else {
        await new PartReader(part.data).drain();
      }
      return undefined;
    });
  } catch (error) {
    if (error instanceof Response) throw error;
    // A paper already added with its file stands, whatever follows it in the body.
    if (outcome?.ok) return outcome;
    throw new Response(null, { status: 400 });
  }
  if (outcome) return outcome;
  const form = readPaperForm(fields, meetingId);
  const errors = [
    ...(form.ok ? [] : form.errors),
    { field: PAPER_FILE_FIELD, message: 'Select a file' },
  ];
  return { ok: false, errors: inFormOrder(errors, [...PAPER_FORM_ORDER]), values: form.values };
}

/**
 * The replace-the-file form of a paper (only a file field), posted as `multipart/form-data`: the
 * file is streamed on to the API with the version the secretariat saw, as when adding a paper.
 * The API keeps the file replaced and refuses (CONFLICT) when the paper changed meanwhile.
 */
export async function replacePaperFileFromForm(
  args: RequestArgs,
  paperId: string,
  expectedVersion: number,
  maxBytes: number = config.PAPER_MAX_BYTES,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly errors: FieldError[] }> {
  assertSameOrigin(args.request);
  let outcome: { ok: true } | { ok: false; errors: FieldError[] } | undefined;
  try {
    await unstable_parseMultipartFormData(args.request, async (part) => {
      // A file field left empty is passed over: no file at all is "Select a file", below.
      if (part.name !== PAPER_FILE_FIELD || outcome || !part.filename) {
        await new PartReader(part.data).drain();
        return undefined;
      }
      const fileName = part.filename;
      const problem = fileProblem(args, fileName, maxBytes);
      if (problem) {
        await new PartReader(part.data).drain();
        outcome = { ok: false, errors: [problem] };
        return undefined;
      }
      const sent = await sendFile(args, paperId, part, fileName, maxBytes, expectedVersion);
      outcome = sent.ok ? { ok: true } : { ok: false, errors: [await refusedFile(args, sent)] };
      return undefined;
    });
  } catch (error) {
    if (error instanceof Response) throw error;
    if (outcome?.ok) return outcome;
    throw new Response(null, { status: 400 });
  }
  return outcome ?? { ok: false, errors: [{ field: PAPER_FILE_FIELD, message: 'Select a file' }] };
}
