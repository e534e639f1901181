import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

/*
 * Tiny but real files of every kind a paper may be, built byte by byte for tests (no
 * dependency, nothing binary committed). The ZIP writer makes ordinary ZIP 2.0 archives that
 * `unzip -t` accepts.
 */

export interface ZipEntryInput {
  readonly name: string;
  readonly data: Buffer | string;
  /** Deflate unless told to store. */
  readonly method?: 'store' | 'deflate';
}

export interface ZipOptions {
  readonly comment?: string;
  /** End with a ZIP64 end record and locator, the classic end record saying "see ZIP64". */
  readonly zip64?: boolean;
}

/** A ZIP archive of the entries, in order, with a central directory and end record. */
export function buildZip(entries: readonly ZipEntryInput[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const method = entry.method === 'store' ? 0 : 8;
    const body = method === 0 ? data : deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;
    const checksum = crc32(data);
    // 2026-11-24 12:00:00 in DOS format.
    const time = (12 << 11) | (0 << 5) | 0;
    const date = ((2026 - 1980) << 9) | (11 << 5) | 24;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  end.writeUInt16LE(comment.length, 20);
  if (!options.zip64) return Buffer.concat([...locals, directory, end, comment]);

  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4); // size of the rest of the record
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end, comment]);
}

/** A one-page PDF saying `text`, with a correct cross-reference table. */
export function pdfFile(text = 'Board paper'): Buffer {
  const content = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, checksum]);
}

/** A 1×1 RGB PNG of the given colour. */
export function pngFile(rgb: readonly [number, number, number] = [0, 112, 60]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, ...rgb]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * An 8×8 mid-grey baseline JPEG: JFIF header, a flat quantisation table, one-code Huffman
 * tables, and one block coded as "DC difference 0, end of block".
 */
export function jpegFile(): Buffer {
  const segment = (marker: number, body: number[]) => {
    const length = body.length + 2;
    return [0xff, marker, length >> 8, length & 0xff, ...body];
  };
  const oneCodeTable = (tableClass: number) => [
    (tableClass << 4) | 0,
    1,
    ...new Array<number>(15).fill(0),
    0x00,
  ];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCodeTable(0)),
    ...segment(0xc4, oneCodeTable(1)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0b00111111,
    0xff,
    0xd9,
  ]);
}

const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

export const OOXML_MAIN = {
  DOCX: {
    part: 'word/document.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    xml: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Board paper</w:t></w:r></w:p></w:body></w:document>',
  },
  XLSX: {
    part: 'xl/workbook.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    xml: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>',
  },
  PPTX: {
    part: 'ppt/presentation.xml',
    contentType:
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    xml: '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
  },
} as const;

export interface OfficeOptions {
  /** Replace the main part's content type (e.g. with a macro-enabled one). */
  readonly contentType?: string;
  /** More entries, after the usual ones. */
  readonly extra?: readonly ZipEntryInput[];
  /** Leave these entries out. */
  readonly without?: readonly string[];
  /** Store every entry uncompressed. */
  readonly store?: boolean;
  /** For a DOCX: the words of its one paragraph (XML-escaped here), instead of "Board paper". */
  readonly text?: string;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An Office Open XML package: `[Content_Types].xml`, `_rels/.rels` and the main part (plus a
 * worksheet for XLSX). Enough for a sniffer; PowerPoint itself would want a slide master too.
 */
export function officeFile(kind: keyof typeof OOXML_MAIN, options: OfficeOptions = {}): Buffer {
  const main = OOXML_MAIN[kind];
  const overrides = [
    `<Override PartName="/${main.part}" ContentType="${options.contentType ?? main.contentType}"/>`,
  ];
  const entries: ZipEntryInput[] = [];
  if (kind === 'XLSX') {
    overrides.push(
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    entries.push(
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: `<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Budget</t></is></c></row></sheetData></worksheet>',
      },
    );
  }
  const all: ZipEntryInput[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CONTENT_TYPES_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="${main.part}"/></Relationships>`,
    },
    {
      name: main.part,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${
        kind === 'DOCX' && options.text !== undefined
          ? main.xml.replace('Board paper', xmlEscape(options.text))
          : main.xml
      }`,
    },
    ...entries,
    ...(options.extra ?? []),
  ];
  return buildZip(
    all
      .filter((entry) => !options.without?.includes(entry.name))
      .map((entry) => (options.store ? { ...entry, method: 'store' as const } : entry)),
  );
}

export const ODF_TEXT = 'application/vnd.oasis.opendocument.text';
export const ODF_SPREADSHEET = 'application/vnd.oasis.opendocument.spreadsheet';

export interface OpenDocumentOptions {
  readonly mimetypeMethod?: 'store' | 'deflate';
  /** Put `mimetype` last instead of first. */
  readonly mimetypeLast?: boolean;
}

/** An OpenDocument package of the given media type (text by default). */
export function openDocumentFile(
  mediaType: string = ODF_TEXT,
  options: OpenDocumentOptions = {},
): Buffer {
  const mimetype: ZipEntryInput = {
    name: 'mimetype',
    data: mediaType,
    method: options.mimetypeMethod ?? 'store',
  };
  const rest: ZipEntryInput[] = [
    {
      name: 'META-INF/manifest.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mediaType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: 'content.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Board paper</text:p></office:text></office:body></office:document-content>',
    },
  ];
  return buildZip(options.mimetypeLast ? [...rest, mimetype] : [mimetype, ...rest]);
}

/** The start of a Windows executable: an MZ header pointing at a PE signature. */
export function windowsExecutable(): Buffer {
  const file = Buffer.alloc(512);
  file.write('MZ', 0, 'latin1');
  file.writeUInt32LE(0x80, 0x3c);
  file.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  file.write('PE\0\0', 0x80, 'latin1');
  file.writeUInt16LE(0x8664, 0x84);
  return file;
}

/** The start of a Linux executable: a 64-bit ELF header. */
export function linuxExecutable(): Buffer {
  const file = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(file);
  file.writeUInt16LE(2, 16); // executable
  file.writeUInt16LE(0x3e, 18); // x86-64
  return file;
}
