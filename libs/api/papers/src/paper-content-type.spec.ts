import fc from 'fast-check';
import {
  detectPaperType,
  fileNameAgrees,
  fileNameExtension,
  nameMismatchMessage,
  PAPER_TYPES,
  paperDownloadName,
  type PaperKind,
} from './paper-content-type';
import {
  buildZip,
  jpegFile,
  linuxExecutable,
  ODF_SPREADSHEET,
  officeFile,
  OOXML_MAIN,
  openDocumentFile,
  pdfFile,
  pngFile,
  windowsExecutable,
} from './testing/paper-fixtures';

const kindOf = async (bytes: Buffer) => (await detectPaperType(bytes))?.kind ?? null;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('detectPaperType', () => {
  it.each<[PaperKind, Buffer]>([
    ['PDF', pdfFile()],
    ['PNG', pngFile()],
    ['JPEG', jpegFile()],
    ['DOCX', officeFile('DOCX')],
    ['XLSX', officeFile('XLSX')],
    ['PPTX', officeFile('PPTX')],
    ['ODT', openDocumentFile()],
    ['TXT', utf8('Agenda\r\n\t1. Apologies\n\f2. Minutes of the last meeting\n')],
  ])('recognises a %s from its content', async (kind, bytes) => {
    expect(await kindOf(bytes)).toBe(kind);
  });

  it('gives each kind its media type and extension', async () => {
    expect(await detectPaperType(officeFile('DOCX'))).toEqual({
      kind: 'DOCX',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
      extensions: ['docx'],
      label: 'Word document',
    });
    expect((await detectPaperType(utf8('notes')))?.mediaType).toBe('text/plain; charset=utf-8');
    expect((await detectPaperType(jpegFile()))?.extensions).toEqual(['jpg', 'jpeg']);
  });

  describe('ZIP-based documents, read from the central directory', () => {
    it('accepts a stored (uncompressed) package, a comment after the end record, and ZIP64', async () => {
      expect(await kindOf(officeFile('XLSX', { store: true }))).toBe('XLSX');
      const entries = [
        { name: '[Content_Types].xml', data: contentTypes(OOXML_MAIN.PPTX) },
        { name: '_rels/.rels', data: '<Relationships/>' },
        { name: OOXML_MAIN.PPTX.part, data: OOXML_MAIN.PPTX.xml },
      ];
      expect(await kindOf(buildZip(entries, { comment: 'Saved by a tool' }))).toBe('PPTX');
      expect(await kindOf(buildZip(entries, { zip64: true }))).toBe('PPTX');
    });

    it('decides by the main part content type, not by the part name', async () => {
      const entries = [
        {
          name: '[Content_Types].xml',
          data: contentTypes({ ...OOXML_MAIN.DOCX, part: 'doc/main.xml' }),
        },
        { name: '_rels/.rels', data: '<Relationships/>' },
        { name: 'doc/main.xml', data: OOXML_MAIN.DOCX.xml },
      ];
      expect(await kindOf(buildZip(entries))).toBe('DOCX');
    });

    it.each<[string, Buffer]>([
      [
        'a ZIP of other files',
        buildZip([
          { name: 'notes/readme.md', data: 'Hello' },
          { name: 'data.bin', data: Buffer.alloc(64, 7) },
        ]),
      ],
      ['an OpenDocument spreadsheet', openDocumentFile(ODF_SPREADSHEET)],
      [
        'an OpenDocument text template',
        openDocumentFile('application/vnd.oasis.opendocument.text-template'),
      ],
      [
        'an ODT whose mimetype entry is compressed',
        openDocumentFile(undefined, { mimetypeMethod: 'deflate' }),
      ],
      [
        'an ODT whose mimetype entry is not first',
        openDocumentFile(undefined, { mimetypeLast: true }),
      ],
      [
        'an ODT without content.xml',
        buildZip([
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 'store' },
          { name: 'META-INF/manifest.xml', data: '<manifest/>' },
        ]),
      ],
      [
        'a macro-enabled Word document',
        officeFile('DOCX', {
          contentType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
        }),
      ],
      [
        'a Word document carrying a VBA project',
        officeFile('DOCX', { extra: [{ name: 'word/vbaProject.bin', data: Buffer.alloc(32, 1) }] }),
      ],
      [
        'a Word template',
        officeFile('DOCX', {
          contentType:
            'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
        }),
      ],
      [
        'a PowerPoint show',
        officeFile('PPTX', {
          contentType:
            'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml',
        }),
      ],
      [
        'a package whose main part is missing',
        officeFile('DOCX', { without: ['word/document.xml'] }),
      ],
      [
        'a package without [Content_Types].xml',
        officeFile('DOCX', { without: ['[Content_Types].xml'] }),
      ],
      ['a package without _rels/.rels', officeFile('DOCX', { without: ['_rels/.rels'] })],
      [
        'a package with two kinds of main part',
        buildZip([
          { name: '[Content_Types].xml', data: contentTypes(OOXML_MAIN.DOCX, OOXML_MAIN.XLSX) },
          { name: '_rels/.rels', data: '<Relationships/>' },
          { name: OOXML_MAIN.DOCX.part, data: OOXML_MAIN.DOCX.xml },
          { name: OOXML_MAIN.XLSX.part, data: OOXML_MAIN.XLSX.xml },
        ]),
      ],
      [
        'a package with two entries of one name',
        buildZip([
          { name: '[Content_Types].xml', data: contentTypes(OOXML_MAIN.DOCX) },
          { name: '_rels/.rels', data: '<Relationships/>' },
          { name: OOXML_MAIN.DOCX.part, data: OOXML_MAIN.DOCX.xml },
          { name: OOXML_MAIN.DOCX.part.toUpperCase(), data: '<other/>' },
        ]),
      ],
      ['a truncated Word document', officeFile('DOCX').subarray(0, -30)],
      [
        'a Word document with bytes after its end record',
        Buffer.concat([officeFile('DOCX'), utf8('extra')]),
      ],
      [
        'a Word document behind an executable (self-extracting)',
        Buffer.concat([windowsExecutable(), officeFile('DOCX')]),
      ],
      [
        'a Word document whose [Content_Types].xml fails its CRC',
        corrupt(officeFile('DOCX', { store: true }), 'standalone'),
      ],
    ])('refuses %s', async (_description, bytes) => {
      expect(await kindOf(bytes)).toBeNull();
    });
  });

  it.each<[string, Buffer]>([
    ['an empty file', Buffer.alloc(0)],
    ['a Windows executable', windowsExecutable()],
    ['a Linux executable', linuxExecutable()],
    [
      'a GIF',
      Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0])]),
    ],
    ['a PDF cut short (no %%EOF)', pdfFile().subarray(0, 200)],
    [
      'a file that only starts like a PNG',
      Buffer.concat([pngFile().subarray(0, 8), utf8('not a chunk')]),
    ],
    ['a file that only starts like a JPEG', Buffer.from([0xff, 0xd8, 0xff])],
    ['an HTML page', utf8('<!DOCTYPE html>\n<html><body>Board paper</body></html>')],
    ['a script', utf8('<script>alert(document.cookie)</script>')],
    [
      'an SVG image',
      utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    ['an XML file', utf8('<?xml version="1.0"?><paper/>')],
    ['HTML after white space and a byte order mark', utf8('\uFEFF \r\n\t<html>')],
    ['an HTML comment', utf8('<!-- paper -->')],
    ['Latin-1 text', Buffer.from('Caf\xe9 minutes', 'latin1')],
    ['UTF-16 text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Minutes', 'utf16le')])],
    ['text with a NUL byte', utf8('Minutes\u0000')],
    ['text with an escape sequence', utf8('Minutes \u001b[31mred\u001b[0m')],
    ['text with a vertical tab', utf8('Minutes\u000b')],
    ['text with DEL', utf8('Minutes\u007f')],
    ['text with a C1 control', utf8('Minutes\u0085')],
    [
      'text ending inside a UTF-8 sequence',
      Buffer.concat([utf8('Minutes '), Buffer.from([0xe2, 0x82])]),
    ],
    [
      'text with an encoded surrogate',
      Buffer.concat([utf8('Minutes '), Buffer.from([0xed, 0xa0, 0x80])]),
    ],
    [
      'text with an overlong encoding',
      Buffer.concat([utf8('Minutes '), Buffer.from([0xc0, 0xaf])]),
    ],
    ['text with a NUL beyond the first 64 KiB', utf8(`${'a'.repeat(70_000)}\u0000`)],
  ])('refuses %s', async (_description, bytes) => {
    expect(await kindOf(bytes)).toBeNull();
  });

  it.each<[string, string]>([
    ['a byte order mark', '\uFEFFMinutes'],
    ['markup further into the text', 'Notes on the <script> element and <b>bold</b> text'],
    ['a less-than sign that starts no tag', '< 5 members present\n<3'],
    ['non-Latin scripts and emoji', 'Cofnodion — Протокол — 議事録 👍🏽'],
    ['a multi-byte character across a 64 KiB read', `${'a'.repeat(65_535)}é and 𝄞`],
    ['only white space', ' \n'],
  ])('accepts plain text with %s', async (_description, text) => {
    expect(await kindOf(utf8(text))).toBe('TXT');
  });

  // eslint-disable-next-line no-control-regex -- the reference for the rule under test
  const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
  const MARKUP = /^[\t\n\f\r ]*<[A-Za-z!?/]/;
  const MAGIC = [
    utf8('%PDF-'),
    pngFile().subarray(0, 8),
    Buffer.from([0xff, 0xd8, 0xff]),
    Buffer.from('PK\x03\x04', 'latin1'),
  ];
  const startsWithMagic = (bytes: Buffer) =>
    MAGIC.some((magic) => bytes.subarray(0, magic.length).equals(magic));

  it('accepts a string as text exactly when it has no forbidden control and does not open with markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1 }), async (text) => {
        const bytes = utf8(text);
        fc.pre(!startsWithMagic(bytes));
        const decoded = bytes.toString('utf8').replace(/^\uFEFF/, '');
        const expected = !CONTROL.test(decoded) && !MARKUP.test(decoded);
        expect(await kindOf(bytes)).toBe(expected ? 'TXT' : null);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts bytes as text exactly when they are valid UTF-8 without forbidden controls', async () => {
    // Mostly valid UTF-8, sometimes with its first byte cut off (often mid-character).
    const validish = fc
      .tuple(fc.string({ unit: 'binary', minLength: 1 }), fc.boolean())
      .map(([text, cut]) => utf8(text).subarray(cut ? 1 : 0));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ minLength: 1 }).map(Buffer.from), validish),
        async (bytes) => {
          fc.pre(bytes.length > 0 && !startsWithMagic(bytes));
          // Independent UTF-8 check: decoding with replacement and encoding again is lossless only for valid UTF-8.
          const decoded = bytes.toString('utf8');
          const valid = Buffer.from(decoded, 'utf8').equals(bytes);
          const text = decoded.replace(/^\uFEFF/, '');
          const expected = valid && !CONTROL.test(text) && !MARKUP.test(text);
          expect(await kindOf(bytes)).toBe(expected ? 'TXT' : null);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('file names', () => {
  it.each<[string, string | null]>([
    ['report.pdf', 'pdf'],
    ['REPORT.PDF', 'pdf'],
    ['Board paper v2.final.docx', 'docx'],
    ['C:\\Users\\me\\paper.pdf', 'pdf'],
    ['/home/me/paper.odt', 'odt'],
    ['paper.pdf. ', 'pdf'],
    ['minutes', null],
    ['.profile', null],
    ['', null],
  ])('%j has the extension %j', (name, extension) => {
    expect(fileNameExtension(name)).toBe(extension);
  });

  it.each<[string, PaperKind, boolean]>([
    ['report.pdf', 'PDF', true],
    ['Photo.JPG', 'JPEG', true],
    ['photo.jpeg', 'JPEG', true],
    ['minutes', 'TXT', true],
    ['paper.pdf', 'PNG', false],
    ['budget.xlsx', 'DOCX', false],
    ['run.bat', 'TXT', false],
    ['data.csv', 'TXT', false],
    ['page.html', 'TXT', false],
    ['report.pdf.exe', 'PDF', false],
  ])('%j agrees with a %s: %s', (name, kind, agrees) => {
    expect(fileNameAgrees(name, PAPER_TYPES[kind])).toBe(agrees);
  });

  it('says which endings a kind must have', () => {
    expect(nameMismatchMessage(PAPER_TYPES.PNG)).toBe(
      'The selected file is a PNG image, so its name must end in .png',
    );
    expect(nameMismatchMessage(PAPER_TYPES.JPEG)).toBe(
      'The selected file is a JPEG image, so its name must end in .jpg or .jpeg',
    );
  });

  it.each<[string | undefined, PaperKind, string]>([
    ['Board paper.pdf', 'PDF', 'Board paper.pdf'],
    ['C:\\fakepath\\Budget.XLSX', 'XLSX', 'Budget.xlsx'],
    ['photo.jpeg', 'JPEG', 'photo.jpeg'],
    ['minutes', 'TXT', 'minutes.txt'],
    ['photo.png', 'PDF', 'photo.png.pdf'],
    [undefined, 'PDF', 'paper.pdf'],
    ['...', 'ODT', 'paper.odt'],
    ['../../etc/passwd', 'TXT', 'passwd.txt'],
    ['a"b<c>|d\r\n.pdf', 'PDF', 'abcd.pdf'],
    ['\u202Egpj.exe', 'JPEG', 'gpj.exe.jpg'],
  ])('offers %j, a %s, for download as %j', (name, kind, expected) => {
    expect(paperDownloadName(name, PAPER_TYPES[kind])).toBe(expected);
  });

  it('shortens very long names but keeps the extension', () => {
    const name = paperDownloadName(`${'é'.repeat(300)}.pdf`, PAPER_TYPES.PDF);
    expect(name).toBe(`${'é'.repeat(150)}.pdf`);
  });
});

function contentTypes(...mains: { part: string; contentType: string }[]): string {
  const overrides = mains
    .map((main) => `<Override PartName="/${main.part}" ContentType="${main.contentType}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${overrides}</Types>`;
}

/**
 * Upper-cases the first byte of the first occurrence of `marker` (in stored entry data): a
 * change that leaves the XML meaning the same, so only the CRC-32 can notice it.
 */
function corrupt(bytes: Buffer, marker: string): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(marker, 0, 'latin1');
  if (at < 0) throw new Error(`marker ${marker} not found`);
  copy[at] = marker.toUpperCase().charCodeAt(0);
  return copy;
}
