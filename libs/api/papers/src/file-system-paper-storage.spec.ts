import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { isDomainError } from '@boards/domain';
import { FileSystemPaperStorage, paperStorageDirectory } from './file-system-paper-storage';
import type { PaperKind } from './paper-content-type';
import {
  DEFAULT_PAPER_MAX_BYTES,
  formatSize,
  PaperFileNotFoundError,
  PaperIntegrityError,
  PaperUploadError,
  type PaperUploadReason,
} from './paper-storage';
import {
  buildZip,
  jpegFile,
  linuxExecutable,
  ODF_SPREADSHEET,
  officeFile,
  openDocumentFile,
  pdfFile,
  pngFile,
  windowsExecutable,
} from './testing/paper-fixtures';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const LIMIT = 1024 * 1024;

/** The bytes in chunks of `size`, as a request body arrives. */
function chunked(bytes: Buffer, size = 7): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

async function filesUnder(directory: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads until the stream ends or fails; says what arrived and how it ended. */
async function readUntilError(stream: Readable): Promise<{ received: number; error: unknown }> {
  let received = 0;
  try {
    for await (const chunk of stream) received += (chunk as Buffer).length;
    return { received, error: undefined };
  } catch (error) {
    return { received, error };
  }
}

describe('FileSystemPaperStorage', () => {
  let root: string;
  let directory: string;
  let storage: FileSystemPaperStorage;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'papers-spec-'));
    directory = path.join(root, 'papers');
    storage = new FileSystemPaperStorage({ directory });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps papers under <DATA_DIR>/papers by default', () => {
    expect(paperStorageDirectory('/srv/boards')).toBe('/srv/boards/papers');
    expect(paperStorageDirectory('.data')).toBe(path.resolve('.data', 'papers'));
    expect(DEFAULT_PAPER_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(formatSize(DEFAULT_PAPER_MAX_BYTES)).toBe('25 MB');
  });

  it.each<[PaperKind, Buffer, string]>([
    ['PDF', pdfFile(), 'Board paper.pdf'],
    ['PNG', pngFile(), 'chart.png'],
    ['JPEG', jpegFile(), 'photo.jpeg'],
    ['DOCX', officeFile('DOCX'), 'paper.docx'],
    ['XLSX', officeFile('XLSX'), 'budget.xlsx'],
    ['PPTX', officeFile('PPTX'), 'slides.pptx'],
    ['ODT', openDocumentFile(), 'paper.odt'],
    ['TXT', Buffer.from('Agenda\n1. Apologies\n', 'utf8'), 'agenda.txt'],
  ])('stores a %s by its SHA-256 and nothing else', async (kind, bytes, fileName) => {
    const stored = await storage.store(chunked(bytes), { maxBytes: LIMIT, fileName });

    const sha256 = sha256Of(bytes);
    expect(stored).toMatchObject({ sha256, size: bytes.length, alreadyStored: false });
    expect(stored.type.kind).toBe(kind);
    expect(await filesUnder(directory)).toEqual([path.join(sha256.slice(0, 2), sha256)]);
    expect(await readFile(storage.pathOf(sha256))).toEqual(bytes);
    expect(await readAll(await storage.open(sha256))).toEqual(bytes);
    expect(await storage.verify(sha256)).toEqual({ size: bytes.length });
  });

  it('takes chunks as strings and Uint8Arrays from any async iterable', async () => {
    async function* parts() {
      yield 'Minutes, ';
      yield new Uint8Array(Buffer.from('approved'));
    }
    const stored = await storage.store(parts(), { maxBytes: LIMIT });
    expect(stored.type.kind).toBe('TXT');
    expect(await readFile(storage.pathOf(stored.sha256), 'utf8')).toBe('Minutes, approved');
  });

  describe('refusals leave nothing behind', () => {
    const notAllowed =
      'The selected file must be a PDF, Word, OpenDocument text, Excel, PowerPoint, plain text, PNG or JPEG file';

    it.each<[string, Buffer, string | undefined, PaperUploadReason, string]>([
      [
        'a Windows executable named .pdf',
        windowsExecutable(),
        'report.pdf',
        'NOT_ALLOWED_TYPE',
        notAllowed,
      ],
      [
        'a Linux executable named .pdf',
        linuxExecutable(),
        'report.pdf',
        'NOT_ALLOWED_TYPE',
        notAllowed,
      ],
      [
        'a ZIP of other files named .docx',
        buildZip([
          { name: 'a.txt', data: 'a' },
          { name: 'b/c.bin', data: Buffer.alloc(9) },
        ]),
        'paper.docx',
        'NOT_ALLOWED_TYPE',
        notAllowed,
      ],
      [
        'an OpenDocument spreadsheet named .odt',
        openDocumentFile(ODF_SPREADSHEET),
        'paper.odt',
        'NOT_ALLOWED_TYPE',
        notAllowed,
      ],
      [
        'an HTML page named .txt',
        Buffer.from('<html><script>alert(1)</script></html>'),
        'notes.txt',
        'NOT_ALLOWED_TYPE',
        notAllowed,
      ],
      [
        'a PNG named .pdf',
        pngFile(),
        'paper.pdf',
        'NAME_MISMATCH',
        'The selected file is a PNG image, so its name must end in .png',
      ],
      [
        'plain text named .bat',
        Buffer.from('del /s /q C:\\\r\n'),
        'run.bat',
        'NAME_MISMATCH',
        'The selected file is a plain text file, so its name must end in .txt',
      ],
      ['an empty file', Buffer.alloc(0), 'paper.pdf', 'EMPTY', 'The selected file is empty'],
    ])('refuses %s', async (_description, bytes, fileName, reason, message) => {
      const error = await storage.store(chunked(bytes), { maxBytes: LIMIT, fileName }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );

      expect(error).toBeInstanceOf(PaperUploadError);
      expect(error).toMatchObject({ reason, message, code: 'BAD_USER_INPUT' });
      expect(isDomainError(error)).toBe(true);
      expect((error as PaperUploadError).details).toMatchObject({ reason });
      expect((error as PaperUploadError).httpStatus).toBe(
        reason === 'NOT_ALLOWED_TYPE' ? 415 : 400,
      );
      expect(await filesUnder(directory)).toEqual([]);
    });

    it('accepts a file of exactly the limit and refuses one a byte larger', async () => {
      const text = Buffer.from('a'.repeat(1000));
      await expect(storage.store(chunked(text, 64), { maxBytes: 1000 })).resolves.toMatchObject({
        size: 1000,
      });
      await storage.remove(sha256Of(text));
      const larger = Buffer.concat([text, Buffer.from('a')]);
      await expect(storage.store(chunked(larger, 64), { maxBytes: 1000 })).rejects.toMatchObject({
        reason: 'TOO_LARGE',
        httpStatus: 413,
        message: 'The selected file must be smaller than 1000 bytes',
        details: { reason: 'TOO_LARGE', maxBytes: 1000 },
      });
      expect(await filesUnder(directory)).toEqual([]);
    });

    it('stops reading a source as soon as it goes past the limit', async () => {
      let produced = 0;
      const endless = new Readable({
        read() {
          // Endless as far as a correct store can tell; a broken one fails here, not the disk.
          if (produced >= 1024 * 1024) return this.destroy(new Error('read far past the limit'));
          produced += 1024;
          this.push(Buffer.alloc(1024, 0x61));
        },
      });
      await expect(storage.store(endless, { maxBytes: 10 * 1024 })).rejects.toMatchObject({
        reason: 'TOO_LARGE',
        message: 'The selected file must be smaller than 10 KB',
      });
      expect(endless.destroyed).toBe(true);
      // The limit plus what the stream had buffered ahead (its high-water mark), no more.
      expect(produced).toBeLessThanOrEqual(10 * 1024 + endless.readableHighWaterMark + 1024);
      expect(await filesUnder(directory)).toEqual([]);
    });

    it('reports a source that fails midway as ABORTED and deletes what was written', async () => {
      const source = new Readable({
        read() {
          // The test pushes by hand.
        },
      });
      source.push(pdfFile().subarray(0, 100));
      source.push(pdfFile().subarray(100, 200));
      setImmediate(() => source.destroy(new Error('client went away')));

      const error = await storage
        .store(source, { maxBytes: LIMIT })
        .catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({
        reason: 'ABORTED',
        code: 'BAD_USER_INPUT',
        message: 'The selected file did not finish uploading. Try again',
      });
      expect((error as Error).cause).toMatchObject({ message: 'client went away' });
      expect(await filesUnder(directory)).toEqual([]);
    });

    it('reports an async iterable that throws as ABORTED', async () => {
      async function* failing() {
        yield Buffer.from('Minutes');
        throw new Error('connection reset');
      }
      await expect(storage.store(failing(), { maxBytes: LIMIT })).rejects.toMatchObject({
        reason: 'ABORTED',
      });
      expect(await filesUnder(directory)).toEqual([]);
    });

    it('refuses a limit that is not a positive whole number of bytes', async () => {
      await expect(storage.store(chunked(pdfFile()), { maxBytes: 0 })).rejects.toThrow(RangeError);
      await expect(storage.store(chunked(pdfFile()), { maxBytes: 1.5 })).rejects.toThrow(
        RangeError,
      );
    });
  });

  it('keeps one copy of content uploaded more than once', async () => {
    const bytes = pdfFile('Same paper');
    const first = await storage.store(chunked(bytes), { maxBytes: LIMIT, fileName: 'a.pdf' });
    const second = await storage.store(chunked(bytes), { maxBytes: LIMIT, fileName: 'b.pdf' });
    const together = await Promise.all(
      Array.from({ length: 5 }, () => storage.store(chunked(bytes, 50), { maxBytes: LIMIT })),
    );

    expect(first.alreadyStored).toBe(false);
    expect(second).toEqual({ ...first, alreadyStored: true });
    expect(new Set(together.map((stored) => stored.sha256))).toEqual(new Set([first.sha256]));
    expect(await filesUnder(directory)).toEqual([
      path.join(first.sha256.slice(0, 2), first.sha256),
    ]);
  });

  describe('download', () => {
    it('streams a large file in many chunks, verified', async () => {
      const bytes = Buffer.from('Minutes of the meeting.\n'.repeat(20_000));
      const { sha256 } = await storage.store(chunked(bytes, 4096), { maxBytes: LIMIT });
      expect(await readAll(await storage.open(sha256))).toEqual(bytes);
    });

    it('refuses to serve a file whose content no longer matches its hash', async () => {
      const bytes = Buffer.from('Minutes of the meeting.\n'.repeat(20_000));
      const { sha256 } = await storage.store(chunked(bytes, 4096), { maxBytes: LIMIT });
      const tampered = Buffer.from(bytes);
      tampered[tampered.length - 2] = 0x21;
      await writeFile(storage.pathOf(sha256), tampered);

      const { received, error } = await readUntilError(await storage.open(sha256));
      expect(error).toBeInstanceOf(PaperIntegrityError);
      expect(error).toMatchObject({ sha256, actualSha256: sha256Of(tampered) });
      // The last chunk is held back until the hash is checked, so the whole never arrives.
      expect(received).toBeLessThan(bytes.length);
      await expect(storage.verify(sha256)).rejects.toBeInstanceOf(PaperIntegrityError);
    });

    it('sends nothing of a small damaged file, and notices a truncated one', async () => {
      const bytes = pdfFile();
      const { sha256 } = await storage.store(chunked(bytes), { maxBytes: LIMIT });
      await writeFile(storage.pathOf(sha256), Buffer.from(bytes).fill(0x20, 20, 30));
      expect(await readUntilError(await storage.open(sha256))).toEqual({
        received: 0,
        error: expect.any(PaperIntegrityError),
      });

      await writeFile(storage.pathOf(sha256), bytes.subarray(0, -1));
      await expect(storage.verify(sha256)).rejects.toBeInstanceOf(PaperIntegrityError);
    });

    it('says when a file is missing, and can remove one', async () => {
      const { sha256 } = await storage.store(chunked(pngFile()), { maxBytes: LIMIT });
      expect(await storage.exists(sha256)).toBe(true);
      expect(await storage.remove(sha256)).toBe(true);
      expect(await storage.exists(sha256)).toBe(false);
      expect(await storage.remove(sha256)).toBe(false);
      await expect(storage.open(sha256)).rejects.toBeInstanceOf(PaperFileNotFoundError);
      await expect(storage.verify(sha256)).rejects.toBeInstanceOf(PaperFileNotFoundError);
    });

    it.each(['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), ''])(
      'refuses %j as a hash rather than touching the file system',
      async (hash) => {
        await expect(storage.open(hash)).rejects.toThrow(TypeError);
        await expect(storage.exists(hash)).rejects.toThrow(TypeError);
        await expect(storage.remove(hash)).rejects.toThrow(TypeError);
        expect(() => storage.pathOf(hash)).toThrow(TypeError);
      },
    );
  });

  it('removes uploads a crash left behind, but not recent ones', async () => {
    const uploads = path.join(directory, 'uploading');
    await mkdir(uploads, { recursive: true });
    await writeFile(path.join(uploads, 'old.part'), 'half a file');
    await writeFile(path.join(uploads, 'new.part'), 'in flight');
    await utimes(
      path.join(uploads, 'old.part'),
      new Date('2026-11-01T00:00:00Z'),
      new Date('2026-11-01T00:00:00Z'),
    );
    await utimes(
      path.join(uploads, 'new.part'),
      new Date('2026-11-24T12:00:00Z'),
      new Date('2026-11-24T12:00:00Z'),
    );

    expect(await storage.removeStaleUploads(new Date('2026-11-24T11:00:00Z'))).toBe(1);
    expect(await filesUnder(directory)).toEqual([path.join('uploading', 'new.part')]);
    expect(
      await new FileSystemPaperStorage({ directory: path.join(root, 'none') }).removeStaleUploads(
        new Date('2026-11-24T11:00:00Z'),
      ),
    ).toBe(0);
  });
});
