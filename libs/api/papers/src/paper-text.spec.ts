import { extractPaperText, PAPER_TEXT_LIMIT, tidyText } from './paper-text';
import { jpegFile, officeFile, pdfFile } from './testing';

describe('extractPaperText', () => {
  it.each([
    [
      'a PDF’s text layer',
      'PDF' as const,
      pdfFile('Kinship carers and respite'),
      'Kinship carers and respite',
    ],
    [
      'a DOCX’s paragraphs',
      'DOCX' as const,
      officeFile('DOCX', { text: 'Corporate parenting & care <leavers>' }),
      'Corporate parenting & care <leavers>',
    ],
    [
      'plain text, its lines closed up',
      'TXT' as const,
      Buffer.from('Line one\r\n\r\n\tLine two\n'),
      'Line one Line two',
    ],
  ])('reads %s', async (_name, kind, bytes, text) => {
    expect(await extractPaperText(kind, bytes)).toBe(text);
  });

  it.each([
    ['an image', 'JPEG' as const, jpegFile()],
    ['a spreadsheet (not searched inside)', 'XLSX' as const, officeFile('XLSX')],
    ['a damaged PDF', 'PDF' as const, Buffer.from('%PDF-1.4\nnot really\n%%EOF\n')],
    ['a damaged DOCX', 'DOCX' as const, Buffer.from('PK\u0003\u0004 not a zip')],
    ['an empty text file', 'TXT' as const, Buffer.from(' \n ')],
  ])('gives no text for %s, without failing', async (_name, kind, bytes) => {
    expect(await extractPaperText(kind, bytes)).toBeNull();
  });
});

describe('tidyText', () => {
  it.each([
    ['controls and NUL', 'a\u0000b\u0007c\u009fd', 'a b c d'],
    ['runs of white space', '  a \n\n b\t\tc  ', 'a b c'],
    ['nothing', '', ''],
  ])('closes up %s', (_name, text, tidied) => {
    expect(tidyText(text)).toBe(tidied);
  });

  it('keeps no more than the limit', () => {
    expect(tidyText('x'.repeat(PAPER_TEXT_LIMIT + 10))).toHaveLength(PAPER_TEXT_LIMIT);
  });
});
