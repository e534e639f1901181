import { Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isStaff, type RequestViewer } from '@boards/api/graphql';
import { actorOf } from '@boards/api/audit';
import {
  IDENTITY_OPTIONS,
  SessionsService,
  sessionCookieName,
  sessionTokenFrom,
  type IdentityOptions,
} from '@boards/api/identity';
import { isDomainError } from '@boards/domain';
import {
  ERROR_MESSAGES,
  MEMBERSHIP_IMPORT_LIMITS,
  MEMBERSHIP_IMPORT_MAX_SIZE_TEXT,
  type ErrorCode,
} from '@boards/shared/contracts';
import { MembershipImportService } from './membership-import.service';

/** The header a browser script must add when it sends the session cookie (a form cannot). */
export const IMPORT_CSRF_HEADER = 'x-requested-with';

/** An HTTP refusal with one of the portal's error codes. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** The body as bytes, refusing it (413) as soon as it is longer than `limit`. */
function readBody(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanUp();
        req.resume(); // read the rest into nothing, so the refusal can be sent
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

const tooLarge = () =>
  new Refusal(
    413,
    'BAD_USER_INPUT',
    `The selected file must be smaller than ${MEMBERSHIP_IMPORT_MAX_SIZE_TEXT}`,
  );

/** The file's name from `X-File-Name` (percent-encoded, as `encodeURIComponent` writes it). */
function fileNameOf(req: Request): string {
  const header = req.get('x-file-name');
  if (!header) return '';
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

/**
 * `POST /imports/memberships`: a CSV file of memberships as the body (`Content-Type: text/csv`,
 * UTF-8, at most 10 MB; its name in `X-File-Name`), from the secretariat. It answers 202 with
 * `{ id, status }` as soon as the upload is recorded; the import then runs in the background and
 * is followed with the `membershipImport(id)` query.
 *
 * Who is asking is decided exactly as for GraphQL: a session token as `Authorization: Bearer`
 * (the web server) or the API's session cookie. A cookie alone could be sent by a page on another
 * site, so with a cookie the request must also carry `X-Requested-With` (which such a page cannot
 * add without the API's consent, and the API gives none) and must not be marked cross-site by
 * the browser. Refusals are JSON `{ code, message }` with 400, 401, 403, 413, 415 or 429.
 */
@Controller('imports')
export class MembershipImportController {
  private readonly logger = new Logger('MembershipImport');

  constructor(
    private readonly imports: MembershipImportService,
    private readonly sessions: SessionsService,
    @Inject(IDENTITY_OPTIONS) private readonly identity: IdentityOptions,
  ) {}

  @Post('memberships')
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.viewerOf(req);
      if (viewer.kind !== 'ACCOUNT') {
        throw new Refusal(401, 'UNAUTHENTICATED', 'Sign in to import memberships');
      }
      if (!isStaff(viewer)) {
        throw new Refusal(403, 'FORBIDDEN', 'Only the secretariat may import memberships');
      }
      if (!req.is('text/csv')) {
        throw new Refusal(415, 'BAD_USER_INPUT', 'Send the file as text/csv');
      }
      const charset = req.get('content-type')?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
      if (charset && !/^utf-?8$/i.test(charset)) {
        throw new Refusal(415, 'BAD_USER_INPUT', 'Send the file as UTF-8 text');
      }
      const declared = Number(req.get('content-length') ?? 0);
      if (declared > MEMBERSHIP_IMPORT_LIMITS.maxBytes) throw tooLarge();
      const bytes = await readBody(req, MEMBERSHIP_IMPORT_LIMITS.maxBytes);
      const started = await this.imports.start(
        { bytes, fileName: fileNameOf(req) },
        { ...actorOf(viewer), accountId: viewer.accountId },
      );
      res.status(202).json({ id: started.id, status: started.status });
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private async viewerOf(req: Request): Promise<RequestViewer> {
    const bearer = req.get('authorization')?.startsWith('Bearer ') ?? false;
    const token = sessionTokenFrom(req, sessionCookieName(this.identity));
    if (token && !bearer) {
      const site = req.get('sec-fetch-site');
      if (!req.get(IMPORT_CSRF_HEADER) || (site && site !== 'same-origin' && site !== 'none')) {
        throw new Refusal(
          403,
          'FORBIDDEN',
          `With the session cookie, send the ${IMPORT_CSRF_HEADER} header, from this site`,
        );
      }
    }
    return this.sessions.viewerFor(token);
  }

  private refuse(res: Response, error: unknown): void {
    let refusal: Refusal;
    if (error instanceof Refusal) {
      refusal = error;
    } else if (isDomainError(error) && STATUS_OF_CODE[error.code]) {
      refusal = new Refusal(STATUS_OF_CODE[error.code] as number, error.code, error.message);
    } else {
      this.logger.error(
        error instanceof Error ? (error.stack ?? error.message) : String(error ?? 'unknown'),
      );
      refusal = new Refusal(500, 'INTERNAL_SERVER_ERROR', ERROR_MESSAGES.INTERNAL_SERVER_ERROR);
    }
    if (refusal.status === 429) res.set('Retry-After', '60');
    // The rest of an unread body is not worth reading: close the connection after answering.
    if (!res.req.complete) res.set('Connection', 'close');
    res.status(refusal.status).json({ code: refusal.code, message: refusal.message });
  }
}
