import { createHash, randomUUID, type Hash } from 'node:crypto';
import {
  mkdir,
  open as openPath,
  readdir,
  rename,
  rm,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { detectPaperType, fileHandleBytes, fileNameAgrees } from './paper-content-type';
import {
  assertSha256,
  PaperFileNotFoundError,
  PaperIntegrityError,
  PaperUploadError,
  type PaperStorage,
  type StoredPaperFile,
  type StorePaperOptions,
} from './paper-storage';

/** The default home of papers' files: `<DATA_DIR>/papers`, as an absolute path. */
export function paperStorageDirectory(dataDir: string): string {
  return path.resolve(dataDir, 'papers');
}

export interface FileSystemPaperStorageOptions {
  /** The folder to keep files in (created when needed), e.g. `paperStorageDirectory(DATA_DIR)`. */
  readonly directory: string;
}

/** Name of the folder, inside the storage's own, that uploads are written to before they are judged. */
const UPLOADS = 'uploading';
const FILE_MODE = 0o640;

/**
 * PaperStorage on the local file system: the content with SHA-256 `h` is the file
 * `<directory>/<h[0..2]>/<h>`. An upload is written to `<directory>/uploading/<random>` (in the
 * same tree, so the final rename is atomic), hashed as it streams, judged from that file, and
 * renamed into place only when accepted; on any refusal or failure it is deleted. A crash can
 * leave a file in `uploading`: `removeStaleUploads` deletes those (run it at start-up).
 */
export class FileSystemPaperStorage implements PaperStorage {
  readonly directory: string;
  private readonly uploads: string;

  constructor(options: FileSystemPaperStorageOptions) {
    this.directory = path.resolve(options.directory);
    this.uploads = path.join(this.directory, UPLOADS);
  }

  /** Where the content with this hash is (or would be) kept. */
  pathOf(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.directory, sha256.slice(0, 2), sha256);
  }

  async store(
    source: Readable | AsyncIterable<Uint8Array | string>,
    options: StorePaperOptions,
  ): Promise<StoredPaperFile> {
    const { maxBytes, fileName } = options;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
      throw new RangeError('maxBytes must be a whole number of bytes from 1');
    }
    // Until the copy below starts reading, an error of the source would have no listener and
    // crash the process; the copy then reports it as ABORTED.
    const stream = isEmitter(source) ? source : undefined;
    stream?.on('error', ignore);
    let temporary: string | undefined;
    let handle: FileHandle | undefined;
    let moved = false;
    try {
      await mkdir(this.uploads, { recursive: true });
      temporary = path.join(this.uploads, `${randomUUID()}.part`);
      handle = await openPath(temporary, 'wx+', FILE_MODE);
      const hash = createHash('sha256');
      const size = await copyLimited(source, handle, hash, maxBytes);
      if (size === 0) throw PaperUploadError.empty();
      const type = await detectPaperType(fileHandleBytes(handle, size));
      if (!type) throw PaperUploadError.notAllowedType();
      if (fileName !== undefined && !fileNameAgrees(fileName, type)) {
        throw PaperUploadError.nameMismatch(type);
      }
      await handle.sync();
      await handle.close();
      handle = undefined;

      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      const alreadyStored = await this.exists(sha256);
      // Same hash, same bytes: replacing keeps one copy, and mends a damaged one.
      await rename(temporary, target);
      moved = true;
      await syncDirectory(path.dirname(target));
      return { sha256, size, type, alreadyStored };
    } finally {
      stream?.off('error', ignore);
      await handle?.close().catch(ignore);
      // Should this fail too, the refusal still wins; removeStaleUploads sweeps the file later.
      if (temporary && !moved) await rm(temporary, { force: true }).catch(ignore);
    }
  }

  async open(sha256: string): Promise<Readable> {
    const handle = await this.openFile(sha256);
    const content = handle.createReadStream({ highWaterMark: 64 * 1024 });
    const verifier = new VerifyingStream(sha256);
    // pipeline destroys the file stream (closing the handle) if the reader goes away, and
    // passes a read error on to the verifier.
    pipeline(content, verifier, () => undefined);
    return verifier;
  }

  async verify(sha256: string): Promise<{ size: number }> {
    const handle = await this.openFile(sha256);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of handle.createReadStream({ highWaterMark: 64 * 1024 })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    const actual = hash.digest('hex');
    if (actual !== sha256) throw new PaperIntegrityError(sha256, actual);
    return { size };
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async remove(sha256: string): Promise<boolean> {
    try {
      await unlink(this.pathOf(sha256));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /**
   * Deletes uploads left half-written by a crash: files in the uploads folder last changed
   * before `before` (pass a time older than any upload in flight, e.g. an hour ago). Returns
   * how many were deleted.
   */
  async removeStaleUploads(before: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.uploads);
    } catch (error) {
      if (isNotFound(error)) return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.uploads, name);
      try {
        const info = await stat(file);
        if (info.isFile() && info.mtime < before) {
          await unlink(file);
          removed++;
        }
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    return removed;
  }

  private async openFile(sha256: string): Promise<FileHandle> {
    const file = this.pathOf(sha256);
    try {
      return await openPath(file, 'r');
    } catch (error) {
      if (isNotFound(error)) throw new PaperFileNotFoundError(sha256);
      throw error;
    }
  }
}

/**
 * Copies the source into the file, hashing it, and returns the size. Stops (destroying the
 * source) as soon as it would go past `maxBytes`. A failing source is ABORTED; a failing write
 * is the server's own error and is thrown as it is.
 */
async function copyLimited(
  source: Readable | AsyncIterable<Uint8Array | string>,
  handle: FileHandle,
  hash: Hash,
  maxBytes: number,
): Promise<number> {
  let size = 0;
  let writeError: unknown;
  try {
    // Leaving this loop early (throwing) ends the iteration, which destroys a Readable source.
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : asBuffer(chunk);
      if (size + bytes.length > maxBytes) throw PaperUploadError.tooLarge(maxBytes);
      hash.update(bytes);
      try {
        await writeAll(handle, bytes, size);
      } catch (error) {
        writeError = error;
        throw error;
      }
      size += bytes.length;
    }
  } catch (error) {
    if (error instanceof PaperUploadError || error === writeError) throw error;
    throw PaperUploadError.aborted(error);
  }
  return size;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      written,
      bytes.length - written,
      position + written,
    );
    written += bytesWritten;
  }
}

/** Makes a rename durable: best effort, as not every platform lets a directory be opened. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await openPath(directory, 'r');
    await handle.sync();
  } catch {
    // Durability of the directory entry is a bonus, not a condition.
  } finally {
    await handle?.close().catch(ignore);
  }
}

function isEmitter(value: object): value is NodeJS.EventEmitter {
  return typeof (value as Partial<NodeJS.EventEmitter>).on === 'function';
}

function ignore(): void {
  // Deliberately nothing.
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * Passes the content through while hashing it, always one chunk behind: the last chunk goes
 * out only once the whole content has hashed to the expected value, else the stream errors.
 */
class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private held: Buffer | undefined;

  constructor(private readonly sha256: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    callback(null, previous);
  }

  override _flush(callback: TransformCallback): void {
    const actual = this.hash.digest('hex');
    if (actual !== this.sha256) {
      this.held = undefined;
      callback(new PaperIntegrityError(this.sha256, actual));
      return;
    }
    callback(null, this.held);
  }
}
