import {
  MEMBERSHIP_IMPORT_LIMITS,
  MEMBERSHIP_IMPORT_MAX_SIZE_TEXT,
  type ErrorCode,
} from '@boards/shared/contracts';
import {
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
} from '@remix-run/node';
import { signInRedirect, type RequestArgs } from '../api.server';
import { config } from '../config.server';
import { assertSameOrigin } from '../csrf.server';
import type { FieldError } from '../form-state';
import { getSession } from '../session.server';
import { FILE_FIELD } from './membership-import-display';

const TOO_LARGE = `The selected file must be smaller than ${MEMBERSHIP_IMPORT_MAX_SIZE_TEXT}`;

/** Room for the multipart boundaries and headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** How long the API may take to record an upload (it answers before the import runs). */
const UPLOAD_TIMEOUT_MS = 60_000;

export type UploadedFile =
  { readonly ok: true; readonly file: File } | { readonly ok: false; readonly error: FieldError };

const fileError = (message: string): UploadedFile => ({
  ok: false,
  error: { field: FILE_FIELD, message },
});

/**
 * The CSV file posted by the upload form, read into memory (at most 10 MB) once the post is known
 * to come from a page of this site (see csrf.server.ts). A missing, empty, oversized or non-CSV
 * file is a problem for the form; a post that is not a multipart form at all is refused (400).
 */
export async function readUploadedFile(request: Request): Promise<UploadedFile> {
  assertSameOrigin(request);
  const length = Number(request.headers.get('Content-Length') ?? 0);
  if (length > MEMBERSHIP_IMPORT_LIMITS.maxBytes + MULTIPART_OVERHEAD) return fileError(TOO_LARGE);
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({
        maxPartSize: MEMBERSHIP_IMPORT_LIMITS.maxBytes,
        // The form has nothing else; any other part is not kept.
        filter: ({ name }) => name === FILE_FIELD,
      }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return fileError(TOO_LARGE);
    throw new Response(null, { status: 400 });
  }
  const file = form.get(FILE_FIELD);
  if (!(file instanceof File) || file.name === '') return fileError('Select a CSV file');
  if (!/\.csv$/i.test(file.name)) {
    return fileError(
      'The selected file must be a CSV. In your spreadsheet, choose ‘Save as’ and then ‘CSV UTF-8’',
    );
  }
  if (file.size === 0) return fileError('The selected file is empty');
  return { ok: true, file };
}

export type UploadOutcome =
  { readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: FieldError };

/** Where the API takes uploads: beside its GraphQL endpoint. */
export function importEndpoint(apiUrl: string = config.API_URL): string {
  return new URL('/imports/memberships', apiUrl).toString();
}

/**
 * Sends the file to the API as the person (their session token, their address), which records
 * it and answers at once with the import's id. The API's refusals of the file come back as a
 * problem for the form; a session that has ended goes to sign in; anyone not staff gets 403.
 */
export async function sendToApi(args: RequestArgs, file: File): Promise<UploadOutcome> {
  const token = (await getSession(args.request)).get('token');
  let response: Response;
  let body: { id?: unknown; code?: ErrorCode; message?: unknown } = {};
  try {
    response = await fetch(importEndpoint(), {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        'x-file-name': encodeURIComponent(file.name),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(args.context?.clientAddress ? { 'x-forwarded-for': args.context.clientAddress } : {}),
      },
      body: new Uint8Array(await file.arrayBuffer()),
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    body = await response.json();
  } catch (cause) {
    console.error('The API did not take the membership import:', cause);
    throw new Response(null, { status: 503 });
  }
  if (response.status === 202 && typeof body.id === 'string') return { ok: true, id: body.id };
  if (response.status === 401) throw await signInRedirect(args.request);
  if (response.status === 403) throw new Response(null, { status: 403 });
  if ([400, 413, 415, 429].includes(response.status) && typeof body.message === 'string') {
    return { ok: false, error: { field: FILE_FIELD, message: body.message } };
  }
  console.error(`The API answered the membership import with ${response.status}:`, body);
  throw new Response(null, { status: 500 });
}
