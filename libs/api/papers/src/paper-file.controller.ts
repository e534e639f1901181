import { Controller, Get, Inject, Logger, Param, Post, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { actorOf } from '@boards/api/audit';
import { DataLoaderFactory, isStaff, type RequestViewer } from '@boards/api/graphql';
import {
  IDENTITY_OPTIONS,
  SessionsService,
  sessionCookieName,
  sessionTokenFrom,
  type IdentityOptions,
} from '@boards/api/identity';
import { MEETING_BY_ID } from '@boards/api/meetings';
import { isDomainError } from '@boards/domain';
import { ERROR_MESSAGES, type ErrorCode } from '@boards/shared/contracts';
import { PAPER_TYPES, paperDownloadName, type PaperKind } from './paper-content-type';
import {
  isPaperUploadError,
  PAPER_STORAGE,
  PaperUploadError,
  type PaperStorage,
  type StoredPaperFile,
} from './paper-storage';
import type { PaperModel } from './paper.model';
import { paperFileAccessFor } from './paper-access';
import { paperDownloadPath, paperRefusal } from './papers.resolver';
import { PAPERS_OPTIONS, type PapersOptions } from './papers.options';
import { PAPER_BY_ID, PapersService } from './papers.service';
import { extractPaperText } from './paper-text';

/** The header a browser script must add when it sends the session cookie (a form cannot). */
export const PAPER_CSRF_HEADER = 'x-requested-with';
/** The multipart field that carries the file. */
export const PAPER_FILE_FIELD = 'file';
/** What a multipart body may add to the file (boundaries, part headers, small fields). */
const MULTIPART_OVERHEAD = 64 * 1024;

/** An HTTP refusal with one of the portal's error codes (and, for uploads, a reason). */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
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
  INVALID_TRANSITION: 409,
};

/**
 * `?expectedVersion=N`, which replacing a paper's file needs (the version the secretariat saw):
 * null when absent, 400 when it is not a whole number.
 */
function expectedVersionOf(value: unknown): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !/^[0-9]{1,9}$/.test(value)) {
    throw new Refusal(
      400,
      'BAD_USER_INPUT',
      'expectedVersion must be the paper’s version, a whole number',
      'BAD_VERSION',
    );
  }
  return Number(value);
}

const noSuchPaper = () => new Refusal(404, 'NOT_FOUND', 'There is no such paper');
const noFile = () => new Refusal(400, 'BAD_USER_INPUT', 'Select a file', 'NO_FILE');

/** RFC 5987 / 6266: percent-encoded UTF-8, with the few characters encodeURIComponent leaves that attr-char does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback, then the real name. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/**
 * Papers' files, on the API's port.
 *
 * `POST /papers/{id}/file` (the secretariat): a `multipart/form-data` body whose field `file`
 * carries the file, with its name (the way a plain HTML form without JavaScript sends it; the
 * web app's server forwards the browser's form post as it is, with the session as `Bearer`). Other
 * fields are ignored; only the first `file` part counts. The file streams into the paper storage,
 * which refuses it past `PAPER_MAX_BYTES`, when empty, when it is not an allowed kind (judged from
 * its content) or when its name disagrees with its content; then one transaction records it on the
 * paper, audited (`paper.upload`). A paper that has a file has it replaced only with
 * `?expectedVersion=N`, the version the secretariat saw (409 CONFLICT without it, or when the
 * paper changed since; audited as `paper.replaceFile`, naming the file replaced, which stays in
 * the storage). Answers 201 with `{ id, version, file }` and `Location` the download path.
 *
 * Who is asking is decided as for GraphQL (and the membership import): the session token as
 * `Authorization: Bearer`, or the API's session cookie, which must then come with
 * `X-Requested-With` and not be marked cross-site by the browser (a page on another site can
 * post a form with the cookie, but cannot add that header).
 *
 * Refusals are JSON `{ code, message }` (`reason` too for a refused file: EMPTY, TOO_LARGE,
 * NOT_ALLOWED_TYPE, NAME_MISMATCH, ABORTED, NO_FILE, NOT_MULTIPART, BAD_VERSION), with 400, 401, 403, 404, 409,
 * 413 or 415, and nothing is left behind: no file in the storage, no change to the paper.
 *
 * `GET /papers/{id}/file`: the file, to whoever may open the paper (the paper-access rule):
 * 401 to nobody signed in and 403 to others when they may not (neither says what the paper is),
 * 404 when there is no such paper or no file yet. A withdrawn paper's file is for the staff
 * only (403 to everyone else). The stored content is checked against its
 * SHA-256 before anything is sent (500, with nothing of the file, when it does not match), then
 * streamed as an attachment; downloads of papers that are not public are audited
 * (`paper.download`) and not cached.
 */
@Controller('papers')
export class PaperFileController {
  private readonly logger = new Logger('PaperFiles');

  constructor(
    private readonly papers: PapersService,
    private readonly sessions: SessionsService,
    private readonly loaderFactory: DataLoaderFactory,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
    @Inject(PAPERS_OPTIONS) private readonly options: PapersOptions,
    @Inject(IDENTITY_OPTIONS) private readonly identity: IdentityOptions,
  ) {}

  @Post(':id/file')
  async upload(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.viewerOf(req, { checkCsrf: true });
      if (viewer.kind !== 'ACCOUNT') {
        throw new Refusal(401, 'UNAUTHENTICATED', 'Sign in to upload a paper');
      }
      if (!isStaff(viewer)) {
        throw new Refusal(403, 'FORBIDDEN', 'Only the secretariat may upload papers');
      }
      const [paper] = await this.papers.byIds([id]);
      if (!paper) throw noSuchPaper();
      const expectedVersion = expectedVersionOf(req.query['expectedVersion']);
      if (paper.file && expectedVersion === null) throw PapersService.alreadyHasFile();
      if (!req.is('multipart/form-data')) {
        throw new Refusal(
          415,
          'BAD_USER_INPUT',
          `Send the file as multipart/form-data, in the field “${PAPER_FILE_FIELD}”`,
          'NOT_MULTIPART',
        );
      }
      const declared = Number(req.get('content-length') ?? 0);
      if (declared > this.options.maxBytes + MULTIPART_OVERHEAD) {
        throw PaperUploadError.tooLarge(this.options.maxBytes);
      }
      const { stored, fileName } = await this.receive(req);
      let saved: PaperModel;
      try {
        const text = await extractPaperText(stored.type.kind, await this.bytesOf(stored));
        saved = await this.papers.attachFile(
          id,
          stored,
          paperDownloadName(fileName, stored.type),
          actorOf(viewer),
          expectedVersion,
          text,
        );
      } catch (error) {
        await this.forget(stored);
        throw error;
      }
      res
        .status(201)
        .location(paperDownloadPath(saved.id))
        .json({ id: saved.id, version: saved.version, file: saved.file });
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Get(':id/file')
  async download(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.viewerOf(req, { checkCsrf: false });
      const loaders = this.loaderFactory.forRequest();
      const paper = await loaders.get(PAPER_BY_ID).load(id);
      const meeting = paper && (await loaders.get(MEETING_BY_ID).load(paper.meetingId));
      if (!paper || !meeting) throw noSuchPaper();
      const access = await paperFileAccessFor({ viewer, loaders }, meeting, paper);
      if (!access.allowed) {
        const refusal = paperRefusal(access.reason);
        throw access.reason === 'NOT_SIGNED_IN'
          ? new Refusal(401, 'UNAUTHENTICATED', refusal.message)
          : new Refusal(403, 'FORBIDDEN', refusal.message);
      }
      if (!paper.file || !paper.fileSha256) {
        throw new Refusal(404, 'NOT_FOUND', 'This paper has no file yet');
      }
      const isPublic = paper.visibility === 'PUBLIC';
      const etag = `"${paper.fileSha256}"`;
      if (isPublic && req.get('if-none-match') === etag) {
        res.status(304).set({ ETag: etag, 'Cache-Control': 'public, no-cache' }).end();
        return;
      }
      // Read it all once before a header goes out: a damaged file is refused whole.
      const { size } = await this.storage.verify(paper.fileSha256);
      if (!isPublic && viewer.kind === 'ACCOUNT') {
        await this.papers.recordDownload(paper, actorOf(viewer));
      }
      const type = PAPER_TYPES[paper.file.kind as PaperKind];
      const content = await this.storage.open(paper.fileSha256);
      res.status(200).set({
        'Content-Type': paper.file.mediaType,
        'Content-Length': String(size),
        'Content-Disposition': contentDisposition(paperDownloadName(paper.file.name, type)),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': isPublic ? 'public, no-cache' : 'private, no-store',
        ...(isPublic ? { ETag: etag } : {}),
      });
      this.send(content, res, paper.fileSha256);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  /** Streams the verified content; should it change under us, the response is cut short. */
  private send(content: Readable, res: Response, sha256: string): void {
    content.on('error', (error) => {
      this.logger.error(`Paper file ${sha256} failed while being sent: ${error.message}`);
      res.destroy(error);
    });
    res.on('close', () => content.destroy());
    content.pipe(res);
  }

  /**
   * Reads the multipart body and streams its `file` part into the storage. A client that goes
   * away mid-body ends the part with an error, so the storage deletes what it wrote (ABORTED).
   */
  private receive(req: Request): Promise<{ stored: StoredPaperFile; fileName: string }> {
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          defParamCharset: 'utf8',
          limits: { files: 1, fields: 20, parts: 40, fieldSize: 64 * 1024, headerPairs: 100 },
        });
      } catch {
        reject(
          new Refusal(
            400,
            'BAD_USER_INPUT',
            'Send the file as multipart/form-data with a boundary',
            'NOT_MULTIPART',
          ),
        );
        return;
      }
      let file: Readable | undefined;
      let settled = false;
      const finish = (error: unknown, value?: { stored: StoredPaperFile; fileName: string }) => {
        if (settled) return;
        settled = true;
        req.off('close', onClose);
        if (error) {
          // Stop parsing; the rest of the body is read into nothing so the refusal can be sent.
          req.unpipe(parser);
          parser.removeAllListeners('file');
          parser.on('error', () => undefined);
          req.resume();
          reject(error);
        } else if (value) {
          resolve(value);
        }
      };
      const onClose = () => {
        if (req.complete) return;
        const aborted = new Error('The client went away before the upload finished');
        if (file) file.destroy(aborted);
        else finish(PaperUploadError.aborted(aborted));
      };
      req.on('close', onClose);
      req.on('error', (error) => file?.destroy(error));

      parser.on('file', (name, stream, info) => {
        if (name !== PAPER_FILE_FIELD || file) {
          stream.resume();
          return;
        }
        file = stream;
        const fileName = info.filename ?? '';
        if (fileName.trim() === '') {
          stream.resume();
          finish(noFile());
          return;
        }
        this.storage
          .store(stream, { maxBytes: this.options.maxBytes, fileName })
          .then((stored) => finish(undefined, { stored, fileName }), finish);
      });
      parser.on('error', (error) => {
        const refusal = new Refusal(
          400,
          'BAD_USER_INPUT',
          'The file did not arrive whole: try again',
          'MALFORMED',
        );
        if (file) file.destroy(error as Error);
        finish(refusal);
      });
      parser.on('close', () => {
        if (!file) finish(noFile());
      });
      req.pipe(parser);
    });
  }

  /** Removes content stored for an upload that was then refused, unless a paper refers to it. */
  /** The stored file's bytes, read back (verified) for its text. */
  private async bytesOf(stored: StoredPaperFile): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.open(stored.sha256)) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
    }
    return Buffer.concat(chunks);
  }

  private async forget(stored: StoredPaperFile): Promise<void> {
    if (stored.alreadyStored) return;
    try {
      if (!(await this.papers.isFileInUse(stored.sha256))) await this.storage.remove(stored.sha256);
    } catch (error) {
      this.logger.warn(`Could not remove refused upload ${stored.sha256}: ${String(error)}`);
    }
  }

  private async viewerOf(
    req: Request,
    { checkCsrf }: { checkCsrf: boolean },
  ): Promise<RequestViewer> {
    const bearer = req.get('authorization')?.startsWith('Bearer ') ?? false;
    const token = sessionTokenFrom(req, sessionCookieName(this.identity));
    if (checkCsrf && token && !bearer) {
      const site = req.get('sec-fetch-site');
      if (!req.get(PAPER_CSRF_HEADER) || (site && site !== 'same-origin' && site !== 'none')) {
        throw new Refusal(
          403,
          'FORBIDDEN',
          `With the session cookie, send the ${PAPER_CSRF_HEADER} header, from this site`,
        );
      }
    }
    return this.sessions.viewerFor(token);
  }

  private refuse(res: Response, error: unknown): void {
    let refusal: Refusal;
    if (error instanceof Refusal) {
      refusal = error;
    } else if (isPaperUploadError(error)) {
      refusal = new Refusal(error.httpStatus, error.code, error.message, error.reason);
    } else if (isDomainError(error) && STATUS_OF_CODE[error.code]) {
      refusal = new Refusal(STATUS_OF_CODE[error.code] as number, error.code, error.message);
    } else {
      this.logger.error(
        error instanceof Error ? (error.stack ?? error.message) : String(error ?? 'unknown'),
      );
      refusal = new Refusal(500, 'INTERNAL_SERVER_ERROR', ERROR_MESSAGES.INTERNAL_SERVER_ERROR);
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    // The rest of an unread body is not worth keeping the connection for.
    if (!res.req.complete) res.set('Connection', 'close');
    res
      .status(refusal.status)
      .set('Cache-Control', 'no-store')
      .json({
        code: refusal.code,
        ...(refusal.reason ? { reason: refusal.reason } : {}),
        message: refusal.message,
      });
  }
}
