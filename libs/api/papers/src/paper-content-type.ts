import type { FileHandle } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';

/**
 * What a meeting paper's file may be, decided from its bytes, never from its name or from
 * the type the browser declared.
 *
 * - PDF: starts with `%PDF-` and a version digit, and has `%%EOF` in its last 1024 bytes
 *   (where readers look for it).
 * - PNG: the 8-byte signature followed by the IHDR chunk.
 * - JPEG: FF D8 FF followed by a marker byte.
 * - DOCX, XLSX, PPTX: a well-formed ZIP (read from its central directory at the end of the
 *   file) holding `[Content_Types].xml` and `_rels/.rels`, whose one main-part override has
 *   the Word document, Excel workbook or PowerPoint presentation content type and names a part
 *   that is in the ZIP. Macro-enabled packages (a `macroEnabled` content type or any
 *   `vbaProject.bin`) are refused, even when named .docx.
 * - ODT: a well-formed ZIP whose first entry is `mimetype`, stored (not compressed), holding
 *   exactly `application/vnd.oasis.opendocument.text`, with `content.xml` and
 *   `META-INF/manifest.xml`. Other OpenDocument kinds (spreadsheets, templates) are refused.
 * - TXT: valid UTF-8 (a leading byte order mark allowed), with no control characters other
 *   than tab, line feed, form feed and carriage return (so no NUL, no DEL, no C1 controls),
 *   and not beginning, after white space, like markup (`<` followed by a letter, `!`, `?` or
 *   `/`): HTML, SVG and XML are refused so that no stored file is one a browser would sniff
 *   and render as a page. Markup further into the text is fine.
 *
 * A file that starts with one of the binary signatures but fails that format's checks is
 * refused rather than tried as text.
 */
export type PaperKind = 'PDF' | 'DOCX' | 'ODT' | 'XLSX' | 'PPTX' | 'TXT' | 'PNG' | 'JPEG';

export interface PaperType {
  readonly kind: PaperKind;
  /** The media type to serve the file with. */
  readonly mediaType: string;
  /** The usual extension, without the dot, for download names. */
  readonly extension: string;
  /** Every extension a file name of this kind may end in (lower case, without the dot). */
  readonly extensions: readonly string[];
  /** How to name the kind to people: "a {label}". */
  readonly label: string;
}

export const PAPER_TYPES: Readonly<Record<PaperKind, PaperType>> = {
  PDF: {
    kind: 'PDF',
    mediaType: 'application/pdf',
    extension: 'pdf',
    extensions: ['pdf'],
    label: 'PDF',
  },
  DOCX: {
    kind: 'DOCX',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    extensions: ['docx'],
    label: 'Word document',
  },
  ODT: {
    kind: 'ODT',
    mediaType: 'application/vnd.oasis.opendocument.text',
    extension: 'odt',
    extensions: ['odt'],
    label: 'OpenDocument text file',
  },
  XLSX: {
    kind: 'XLSX',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    extensions: ['xlsx'],
    label: 'Excel spreadsheet',
  },
  PPTX: {
    kind: 'PPTX',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    extensions: ['pptx'],
    label: 'PowerPoint presentation',
  },
  TXT: {
    kind: 'TXT',
    mediaType: 'text/plain; charset=utf-8',
    extension: 'txt',
    extensions: ['txt'],
    label: 'plain text file',
  },
  PNG: {
    kind: 'PNG',
    mediaType: 'image/png',
    extension: 'png',
    extensions: ['png'],
    label: 'PNG image',
  },
  JPEG: {
    kind: 'JPEG',
    mediaType: 'image/jpeg',
    extension: 'jpg',
    extensions: ['jpg', 'jpeg'],
    label: 'JPEG image',
  },
};

export const PAPER_KINDS = Object.keys(PAPER_TYPES) as readonly PaperKind[];

/** The message for a file of a kind that is not allowed, in the GOV.UK file upload pattern. */
export const NOT_ALLOWED_TYPE_MESSAGE =
  'The selected file must be a PDF, Word, OpenDocument text, Excel, PowerPoint, plain text, PNG or JPEG file';

/**
 * Random access to the bytes being judged: the stored temporary file, or a buffer.
 * `read` returns fewer bytes than asked only at the end of the file.
 */
export interface PaperBytes {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferBytes(buffer: Buffer): PaperBytes {
  return {
    size: buffer.length,
    read: async (position, length) =>
      buffer.subarray(
        Math.max(0, position),
        Math.max(0, Math.min(buffer.length, position + length)),
      ),
  };
}

/** Reads an open file of a known size (the caller keeps the handle and closes it). */
export function fileHandleBytes(handle: FileHandle, size: number): PaperBytes {
  return {
    size,
    async read(position, length) {
      const start = Math.max(0, position);
      const wanted = Math.max(0, Math.min(size, position + length) - start);
      const buffer = Buffer.alloc(wanted);
      let filled = 0;
      while (filled < wanted) {
        const { bytesRead } = await handle.read(buffer, filled, wanted - filled, start + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
  };
}

/** The kind of paper the bytes are, or null when they are not one that is allowed. */
export async function detectPaperType(bytes: PaperBytes | Buffer): Promise<PaperType | null> {
  const source = Buffer.isBuffer(bytes) ? bufferBytes(bytes) : bytes;
  if (source.size === 0) return null;
  const head = await source.read(0, 16);
  if (startsWith(head, PDF_MAGIC)) return (await isPdf(source, head)) ? PAPER_TYPES.PDF : null;
  if (startsWith(head, PNG_SIGNATURE)) return isPng(head) ? PAPER_TYPES.PNG : null;
  if (startsWith(head, JPEG_SOI)) return isJpeg(head) ? PAPER_TYPES.JPEG : null;
  if (startsWith(head, ZIP_LOCAL_HEADER)) return detectZipDocument(source);
  return (await isPlainText(source)) ? PAPER_TYPES.TXT : null;
}

/**
 * The extension of a file name as people give it (lower case, without the dot), or null when
 * it has none. Paths (`C:\Users\me\paper.pdf`) are reduced to their last part, and trailing
 * dots and spaces are ignored, as Windows does.
 */
export function fileNameExtension(fileName: string): string | null {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return null;
  return base.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file name agrees with the detected kind: its extension is one of the kind's, or it
 * has none. A PNG named `paper.pdf`, or text named `run.bat` or `data.csv`, does not agree.
 */
export function fileNameAgrees(fileName: string, type: PaperType): boolean {
  const extension = fileNameExtension(fileName);
  return extension === null || type.extensions.includes(extension);
}

/** The message for a name that does not agree with the file's kind. */
export function nameMismatchMessage(type: PaperType): string {
  const endings = type.extensions.map((extension) => `.${extension}`);
  const list =
    endings.length === 1 ? endings[0] : `${endings.slice(0, -1).join(', ')} or ${endings.at(-1)}`;
  return `The selected file is a ${type.label}, so its name must end in ${list}`;
}

/**
 * A safe name to offer a download under: the last part of the given name without control or
 * reserved characters, ending in an extension of the detected kind (added when missing or
 * different). Encoding it into Content-Disposition (RFC 6266 `filename*`) is the caller's job.
 */
export function paperDownloadName(fileName: string | null | undefined, type: PaperType): string {
  const base = baseName(fileName ?? '')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"/\\|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const given = fileNameExtension(base);
  const agrees = given !== null && type.extensions.includes(given);
  const stem = agrees ? base.slice(0, -(given.length + 1)) : base;
  const short = [...stem].slice(0, MAX_DOWNLOAD_STEM).join('').trim();
  return `${short || 'paper'}.${agrees ? given : type.extension}`;
}

const MAX_DOWNLOAD_STEM = 150;

function baseName(fileName: string): string {
  const last = fileName.split(/[/\\]/).pop() ?? '';
  return last.replace(/[. ]+$/, '');
}

// --- signatures -------------------------------------------------------------------------------

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const PDF_EOF = Buffer.from('%%EOF', 'latin1');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IHDR = Buffer.from([0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG_SOI = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

async function isPdf(source: PaperBytes, head: Buffer): Promise<boolean> {
  const version = head[PDF_MAGIC.length];
  if (version === undefined || version < 0x31 || version > 0x32) return false; // 1.x or 2.x
  const tailLength = Math.min(source.size, 1024);
  const tail = await source.read(source.size - tailLength, tailLength);
  return tail.includes(PDF_EOF);
}

function isPng(head: Buffer): boolean {
  return head.length >= 16 && head.subarray(8, 16).equals(PNG_IHDR);
}

function isJpeg(head: Buffer): boolean {
  const marker = head[3];
  return marker !== undefined && marker >= 0xc0 && marker <= 0xfe;
}

// --- plain text -------------------------------------------------------------------------------

const TEXT_CHUNK = 64 * 1024;
/** C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
/** Text that begins (after white space) like a tag, comment, doctype or XML declaration. */
const MARKUP_START = /^[\t\n\f\r ]*<[A-Za-z!?/]/;

async function isPlainText(source: PaperBytes): Promise<boolean> {
  // fatal: invalid UTF-8 throws; ignoreBOM false: a leading byte order mark is dropped.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = '';
  try {
    for (let position = 0; position < source.size; position += TEXT_CHUNK) {
      const text = decoder.decode(await source.read(position, TEXT_CHUNK), { stream: true });
      if (FORBIDDEN_CONTROL.test(text)) return false;
      if (start.length < 1024) {
        start += text.slice(0, 1024);
        if (MARKUP_START.test(start)) return false;
      }
    }
    const rest = decoder.decode();
    return !FORBIDDEN_CONTROL.test(rest) && !MARKUP_START.test(start + rest);
  } catch {
    return false;
  }
}

// --- ZIP-based documents ----------------------------------------------------------------------

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const MAX_ZIP_ENTRIES = 10_000;
const MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;
const MAX_XML_PART = 1024 * 1024;

const OOXML_MAIN_TYPES: Readonly<Record<string, PaperKind>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'PPTX',
};
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

async function detectZipDocument(source: PaperBytes): Promise<PaperType | null> {
  const entries = await readZipDirectory(source);
  if (!entries) return null;
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    // Two entries with one name are read differently by different programs: refuse.
    if (byName.has(key)) return null;
    byName.set(key, entry);
  }
  const first = entries.find((entry) => entry.localHeaderOffset === 0);
  if (first?.name === 'mimetype') return detectOpenDocument(source, first, byName);
  return detectOfficeOpenXml(source, byName);
}

async function detectOpenDocument(
  source: PaperBytes,
  mimetype: ZipEntry,
  byName: ReadonlyMap<string, ZipEntry>,
): Promise<PaperType | null> {
  if (mimetype.method !== 0) return null;
  const content = await readZipEntry(source, mimetype, 256);
  if (content?.toString('latin1') !== ODT_MIMETYPE) return null;
  return byName.has('content.xml') && byName.has('meta-inf/manifest.xml') ? PAPER_TYPES.ODT : null;
}

async function detectOfficeOpenXml(
  source: PaperBytes,
  byName: ReadonlyMap<string, ZipEntry>,
): Promise<PaperType | null> {
  const contentTypesEntry = byName.get('[content_types].xml');
  if (!contentTypesEntry || !byName.has('_rels/.rels')) return null;
  if ([...byName.keys()].some((name) => name.endsWith('vbaproject.bin'))) return null;
  const raw = await readZipEntry(source, contentTypesEntry, MAX_XML_PART);
  if (!raw) return null;
  const xml = decodeXml(raw);
  if (/macroEnabled|vbaProject/i.test(xml)) return null;
  const kinds = new Set<PaperKind>();
  for (const [element] of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const kind = OOXML_MAIN_TYPES[attribute(element, 'ContentType') ?? ''];
    if (!kind) continue;
    const partName = (attribute(element, 'PartName') ?? '').replace(/^\//, '').toLowerCase();
    if (!byName.has(partName)) return null;
    kinds.add(kind);
  }
  const [kind, ...others] = [...kinds];
  return kind && others.length === 0 ? PAPER_TYPES[kind] : null;
}

function decodeXml(raw: Buffer): string {
  if (raw[0] === 0xff && raw[1] === 0xfe) return raw.subarray(2).toString('utf16le');
  if (raw[0] === 0xfe && raw[1] === 0xff) {
    return Buffer.from(raw.subarray(2)).swap16().toString('utf16le');
  }
  return raw.toString('utf8');
}

function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * The entries of a ZIP file from its central directory, or null unless the file is one whole,
 * unencrypted, single-disk ZIP: the end record at the very end (after its comment), the central
 * directory directly before it, the first local header at byte 0.
 */
async function readZipDirectory(source: PaperBytes): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const endOffset = tailStart + end;
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) return null;
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  let directoryEnd = endOffset;
  if (tail.readUInt16LE(end + 8) !== count) return null;
  // A ZIP64 end record, when there is one, holds the true values and ends the directory.
  const zip64 = await readZip64End(source, endOffset);
  if (zip64 === 'invalid') return null;
  if (zip64) {
    ({ count, directorySize, directoryOffset, directoryEnd } = zip64);
  } else if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    return null;
  }
  if (count === 0 || count > MAX_ZIP_ENTRIES || directorySize > MAX_CENTRAL_DIRECTORY) return null;
  if (directoryOffset + directorySize !== directoryEnd) return null;
  const directory = await source.read(directoryOffset, directorySize);
  if (directory.length !== directorySize) return null;

  const entries: ZipEntry[] = [];
  let at = 0;
  while (entries.length < count) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length) return null;
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    const sizes = zip64Sizes(
      {
        size: directory.readUInt32LE(at + 24),
        compressedSize: directory.readUInt32LE(at + 20),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      },
      directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
    );
    if (!sizes || flags & 0x0001 || sizes.localHeaderOffset >= directoryOffset) return null;
    entries.push({
      name: nameBytes.toString(flags & 0x0800 ? 'utf8' : 'latin1'),
      flags,
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      ...sizes,
    });
    at = next;
  }
  if (at !== directory.length) return null;
  return entries.some((entry) => entry.localHeaderOffset === 0) ? entries : null;
}

async function readZip64End(
  source: PaperBytes,
  endOffset: number,
): Promise<
  | {
      count: number;
      directorySize: number;
      directoryOffset: number;
      directoryEnd: number;
    }
  | 'invalid'
  | null
> {
  if (endOffset < 20) return null;
  const locator = await source.read(endOffset - 20, 20);
  if (locator.readUInt32LE(0) !== 0x07064b50) return null;
  const recordOffset = Number(locator.readBigUInt64LE(8));
  if (locator.readUInt32LE(4) !== 0 || recordOffset + 56 > endOffset - 20) return 'invalid';
  const record = await source.read(recordOffset, 56);
  if (record.readUInt32LE(0) !== 0x06064b50) return 'invalid';
  if (record.readUInt32LE(16) !== 0 || record.readUInt32LE(20) !== 0) return 'invalid';
  const count = Number(record.readBigUInt64LE(32));
  if (Number(record.readBigUInt64LE(24)) !== count) return 'invalid';
  return {
    count,
    directorySize: Number(record.readBigUInt64LE(40)),
    directoryOffset: Number(record.readBigUInt64LE(48)),
    directoryEnd: recordOffset,
  };
}

/** Fills in the ZIP64 extra field's values for the sizes and offset the entry marks as 0xFFFFFFFF. */
function zip64Sizes(
  values: { size: number; compressedSize: number; localHeaderOffset: number },
  extra: Buffer,
): { size: number; compressedSize: number; localHeaderOffset: number } | null {
  const wanted = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter(
    (key) => values[key] === 0xffffffff,
  );
  if (wanted.length === 0) return values;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      if (length < wanted.length * 8 || at + 4 + length > extra.length) return null;
      const result = { ...values };
      wanted.forEach((key, index) => {
        result[key] = Number(extra.readBigUInt64LE(at + 4 + index * 8));
      });
      return result;
    }
    at += 4 + length;
  }
  return null;
}

/**
 * One entry's content, stored or deflated, checked against its size and CRC-32, or null if it
 * cannot be read or would be larger than `maxSize` (so a ZIP bomb costs nothing).
 */
async function readZipEntry(
  source: PaperBytes,
  entry: ZipEntry,
  maxSize: number,
): Promise<Buffer | null> {
  if (entry.size > maxSize || entry.compressedSize > source.size) return null;
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return null;
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const localName = await source.read(entry.localHeaderOffset + 30, nameLength);
  if (localName.toString(entry.flags & 0x0800 ? 'utf8' : 'latin1') !== entry.name) return null;
  const dataStart = entry.localHeaderOffset + 30 + nameLength + extraLength;
  const data = await source.read(dataStart, entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  let content: Buffer;
  if (entry.method === 0) {
    content = data;
  } else if (entry.method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: maxSize });
    } catch {
      return null;
    }
  } else {
    return null;
  }
  return content.length === entry.size && crc32(content) === entry.crc32 ? content : null;
}
