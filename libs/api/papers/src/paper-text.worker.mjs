// Reads the text of one paper's file, in a worker thread of its own: parsing a large or hostile
// file must neither hold up the API's event loop nor outlive its time limit (the caller ends
// this thread when it is up). Plain JavaScript, loaded by Node itself: pdf.js is an ES module.
import { parentPort, workerData } from 'node:worker_threads';

/** Stop reading a PDF's pages once this much text is in hand. */
const ENOUGH = 1_000_000;
const PAGE_LIMIT = 2_000;

async function pdfText(bytes) {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  const parts = [];
  let length = 0;
  for (let n = 1; n <= Math.min(pdf.numPages, PAGE_LIMIT) && length <= ENOUGH; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) {
        parts.push(item.str, item.hasEOL ? '\n' : ' ');
        length += item.str.length + 1;
      }
    }
    page.cleanup();
  }
  await pdf.destroy();
  return parts.join('');
}

async function docxText(bytes) {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

const { kind, bytes } = workerData;
try {
  const text = kind === 'PDF' ? await pdfText(bytes) : await docxText(bytes);
  parentPort.postMessage({ text });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
