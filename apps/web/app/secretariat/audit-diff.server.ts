import { diffWordsWithSpace } from 'diff';

/** Texts longer than this are shown as a word-by-word comparison rather than whole, twice. */
export const LONG_TEXT = 120;

export interface TextDiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

function textOf(json: string | null | undefined): string | null {
  if (json === null || json === undefined) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * A long text changed (minutes, terms of reference, a purpose) as words kept, removed and added,
 * or null when the change is not one of a long text into another (it is then shown whole).
 * Runs on the server, so that the comparison library stays out of the browser's bundle.
 */
export function textDiff(
  before: string | null | undefined,
  after: string | null | undefined,
): TextDiffPart[] | null {
  const [was, is] = [textOf(before), textOf(after)];
  if (was === null || is === null) return null;
  if (was.length <= LONG_TEXT && is.length <= LONG_TEXT) return null;
  return diffWordsWithSpace(was, is).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
