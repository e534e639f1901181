import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { spaceOutControls } from '@boards/shared/contracts';
import type { PaperKind } from './paper-content-type';

/** The most text kept of one paper for search (characters); the rest is not searched. */
export const PAPER_TEXT_LIMIT = 1_000_000;

const logger = new Logger('PaperText');

/** The whitespace of extracted text made plain: runs of spaces and blank lines closed up. */
export function tidyText(text: string): string {
  // NUL and other controls cannot be stored or searched; tabs and line breaks become spaces.
  return spaceOutControls(text).replace(/\s+/g, ' ').trim().slice(0, PAPER_TEXT_LIMIT);
}

/** How long reading one file may take before it is given up. */
const READ_TIME_LIMIT_MS = 30_000;

/** Runs `paper-text.worker.mjs` on the bytes: its text, or a rejection with why not. */
function readInWorker(kind: 'PDF' | 'DOCX', bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'paper-text.worker.mjs'), {
      workerData: { kind, bytes },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`reading took longer than ${READ_TIME_LIMIT_MS / 1000} seconds`));
    }, READ_TIME_LIMIT_MS);
    worker.once('message', (answer: { text?: string; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (typeof answer.text === 'string') resolve(answer.text);
      else reject(new Error(answer.error ?? 'no text'));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the reader stopped (${code})`));
    });
  });
}

/**
 * The text of a paper's file, for search: PDF (its text layer: a scanned PDF has none) and DOCX,
 * read in a worker thread with a time and memory limit, and plain text; null for other kinds, or when the file cannot be read (it was accepted as a paper
 * all the same: search simply does not see inside it).
 */
export async function extractPaperText(kind: PaperKind, bytes: Uint8Array): Promise<string | null> {
  try {
    switch (kind) {
      case 'PDF':
      case 'DOCX':
        return tidyText(await readInWorker(kind, bytes)) || null;
      case 'TXT':
        return tidyText(new TextDecoder('utf-8').decode(bytes)) || null;
      default:
        return null;
    }
  } catch (error) {
    logger.warn(
      `No text could be read from a ${kind} paper: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
