import type { Readable } from 'node:stream';
import { DomainError } from '@boards/domain';
import {
  NOT_ALLOWED_TYPE_MESSAGE,
  nameMismatchMessage,
  type PaperType,
} from './paper-content-type';

/** The upload limit when none is configured: 25 MiB. */
export const DEFAULT_PAPER_MAX_BYTES = 25 * 1024 * 1024;

/** Nest injection token for the configured PaperStorage (a symbol, so no Nest import here). */
export const PAPER_STORAGE = Symbol('PaperStorage');

export interface StorePaperOptions {
  /** Largest size accepted, in bytes; reading stops as soon as the source goes past it. */
  readonly maxBytes: number;
  /**
   * The name the file was uploaded under, when known. Its extension, if it has one, must be
   * one of the detected kind's (see `fileNameAgrees`); the name itself is not stored.
   */
  readonly fileName?: string;
}

export interface StoredPaperFile {
  /** Lower-case hex SHA-256 of the content: the file's key in the storage. */
  readonly sha256: string;
  readonly size: number;
  readonly type: PaperType;
  /**
   * The same content was already stored before this call (one copy is kept). Advisory only:
   * two uploads of one content at once may both see false.
   */
  readonly alreadyStored: boolean;
}

/**
 * Where meeting papers' files live, keyed by the SHA-256 of their content. The database keeps
 * the key (with the paper's name, visibility and so on); this keeps the bytes.
 *
 * Upload: `store` reads the source to its end, hashing as it goes, refuses with a
 * `PaperUploadError` (empty, too large, not an allowed kind, name disagreeing with the kind,
 * source failed) and then leaves nothing behind. When it gives up early it stops reading and
 * destroys the source: hand it a stream you may destroy (busboy's or multer's file stream, or a
 * PassThrough the request is piped into) if you still want to answer on the request's socket.
 * A Content-Length above the limit can be refused before calling it.
 *
 * Download: `open` streams the content while checking its SHA-256, and holds back the last
 * chunk until the check passes; on a mismatch the stream errors with `PaperIntegrityError`
 * instead, so the reader never gets the whole of a damaged file (with Content-Length set, the
 * client sees a short response; without it, a chunked response that never ends properly). To
 * refuse before sending any headers, call `verify` first (it reads the file once more) and
 * answer 500 on `PaperIntegrityError`; the stream from `open` still checks, since the file may
 * change in between.
 *
 * Removing: content is shared by every paper with the same bytes, so call `remove` only when no
 * paper refers to the hash any more (in the same transaction that drops the last reference, or
 * from a sweep).
 */
export interface PaperStorage {
  store(
    source: Readable | AsyncIterable<Uint8Array | string>,
    options: StorePaperOptions,
  ): Promise<StoredPaperFile>;
  /** The content, verified while it streams. Rejects with PaperFileNotFoundError when absent. */
  open(sha256: string): Promise<Readable>;
  /** Reads the whole content and checks its hash; rejects with PaperFileNotFoundError or PaperIntegrityError. */
  verify(sha256: string): Promise<{ size: number }>;
  exists(sha256: string): Promise<boolean>;
  /** Deletes the content; true if it was there. */
  remove(sha256: string): Promise<boolean>;
}

export type PaperUploadReason =
  'EMPTY' | 'TOO_LARGE' | 'NOT_ALLOWED_TYPE' | 'NAME_MISMATCH' | 'ABORTED';

/**
 * An upload refused for the uploader's reasons. It is a DomainError with the code
 * BAD_USER_INPUT, so the API's GraphQL error filter passes its message (a GOV.UK-style
 * sentence, safe to show beside the file input) and `details.reason` on as they are; a REST
 * controller can answer `httpStatus` with `{ code, reason, message }`.
 */
export class PaperUploadError extends DomainError {
  readonly reason: PaperUploadReason;
  /** 413 for TOO_LARGE, 415 for NOT_ALLOWED_TYPE, 400 otherwise. */
  readonly httpStatus: 400 | 413 | 415;

  constructor(
    reason: PaperUploadReason,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super('BAD_USER_INPUT', message, { reason, ...details });
    this.name = 'PaperUploadError';
    this.reason = reason;
    this.httpStatus = reason === 'TOO_LARGE' ? 413 : reason === 'NOT_ALLOWED_TYPE' ? 415 : 400;
    if (options && 'cause' in options) this.cause = options.cause;
  }

  static empty(): PaperUploadError {
    return new PaperUploadError('EMPTY', 'The selected file is empty');
  }

  static tooLarge(maxBytes: number): PaperUploadError {
    return new PaperUploadError(
      'TOO_LARGE',
      `The selected file must be smaller than ${formatSize(maxBytes)}`,
      { maxBytes },
    );
  }

  static notAllowedType(): PaperUploadError {
    return new PaperUploadError('NOT_ALLOWED_TYPE', NOT_ALLOWED_TYPE_MESSAGE);
  }

  static nameMismatch(type: PaperType): PaperUploadError {
    return new PaperUploadError('NAME_MISMATCH', nameMismatchMessage(type), {
      detectedKind: type.kind,
    });
  }

  static aborted(cause: unknown): PaperUploadError {
    return new PaperUploadError(
      'ABORTED',
      'The selected file did not finish uploading. Try again',
      {},
      { cause },
    );
  }
}

export function isPaperUploadError(error: unknown): error is PaperUploadError {
  return error instanceof PaperUploadError;
}

/** The content a paper refers to is not in the storage: the server's fault, not the reader's. */
export class PaperFileNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`Paper file ${sha256} is not in the storage`);
    this.name = 'PaperFileNotFoundError';
  }
}

/** The stored content no longer has the hash it is stored under: it must not be served. */
export class PaperIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly actualSha256: string,
  ) {
    super(`Paper file ${sha256} is damaged: its content hashes to ${actualSha256}`);
    this.name = 'PaperIntegrityError';
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/** Throws a TypeError unless the value is a lower-case hex SHA-256 (it becomes a file path). */
export function assertSha256(value: unknown): asserts value is string {
  if (!isSha256(value)) throw new TypeError('Expected a lower-case hex SHA-256 digest');
}

/** "25 MB" for 25 MiB; KB below 1 MiB; bytes below 1 KiB (sizes as people read them). */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [unit, name] of units) {
    if (bytes >= unit) {
      const value = bytes / unit;
      return `${Number.isInteger(value) ? value : Number(value.toFixed(1))} ${name}`;
    }
  }
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
