import { diffLines, diffWordsWithSpace } from 'diff';
import { describeQuorum, type Quorum } from '@boards/domain';
import {
  DiffLineKind,
  TermsOfReferenceField,
  type TermsOfReferenceComparisonModel,
  type TermsOfReferenceDiffLineModel,
  type TermsOfReferenceDiffSegmentModel,
  type TermsOfReferenceFieldComparisonModel,
  type TermsOfReferenceModel,
} from './terms-of-reference.model';

/** Longest a line diff may take before it gives up and shows every line as replaced. */
const DIFF_TIMEOUT_MS = 500;

const asLines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/**
 * Every line of both texts in order, each marked UNCHANGED, REMOVED (only in `before`) or ADDED
 * (only in `after`), with its line numbers. Removals come before the additions that replace
 * them. A comparison too costly to work out in time shows all of `before` removed and all of
 * `after` added, which is true if unhelpful. An empty text has no lines.
 */
export function compareLines(before: string, after: string): TermsOfReferenceDiffLineModel[] {
  const everything = (text: string, added: boolean) => ({
    value: asLines(text)
      .map((line) => `${line}\n`)
      .join(''),
    added,
    removed: !added,
    count: 0,
  });
  const changes =
    before === '' || after === ''
      ? [everything(before, false), everything(after, true)]
      : // Every line ends with a line break, so that the last line compares like any other.
        (diffLines(`${before}\n`, `${after}\n`, { timeout: DIFF_TIMEOUT_MS }) ?? [
          everything(before, false),
          everything(after, true),
        ]);
  const lines: TermsOfReferenceDiffLineModel[] = [];
  let fromLine = 1;
  let toLine = 1;
  for (const change of changes) {
    for (const text of change.value.split('\n').slice(0, -1)) {
      const whole = (kind: DiffLineKind) => [{ kind, text }];
      if (change.added) {
        lines.push({
          kind: DiffLineKind.ADDED,
          text,
          fromLine: null,
          toLine: toLine++,
          segments: whole(DiffLineKind.ADDED),
        });
      } else if (change.removed) {
        lines.push({
          kind: DiffLineKind.REMOVED,
          text,
          fromLine: fromLine++,
          toLine: null,
          segments: whole(DiffLineKind.REMOVED),
        });
      } else {
        lines.push({
          kind: DiffLineKind.UNCHANGED,
          text,
          fromLine: fromLine++,
          toLine: toLine++,
          segments: whole(DiffLineKind.UNCHANGED),
        });
      }
    }
  }
  markChangedWords(lines);
  return lines;
}

/** Lines longer than this are not compared word by word (the cost grows with the square). */
const WORD_DIFF_MAX = 2_000;

/**
 * Where removed lines are followed straight away by added ones, pairs them up in order (the
 * first removed with the first added, and so on) and splits each pair into the words they share
 * and those that changed, when they share enough to be worth it (at least half of either line).
 */
function markChangedWords(lines: TermsOfReferenceDiffLineModel[]): void {
  let index = 0;
  while (index < lines.length) {
    if (lines[index].kind !== DiffLineKind.REMOVED) {
      index += 1;
      continue;
    }
    let removedEnd = index;
    while (lines[removedEnd]?.kind === DiffLineKind.REMOVED) removedEnd += 1;
    let addedEnd = removedEnd;
    while (lines[addedEnd]?.kind === DiffLineKind.ADDED) addedEnd += 1;
    const pairs = Math.min(removedEnd - index, addedEnd - removedEnd);
    for (let pair = 0; pair < pairs; pair += 1) {
      const removed = lines[index + pair];
      const added = lines[removedEnd + pair];
      const segments = wordSegments(removed.text, added.text);
      if (segments) [removed.segments, added.segments] = segments;
    }
    index = addedEnd;
  }
}

function wordSegments(
  before: string,
  after: string,
): [TermsOfReferenceDiffSegmentModel[], TermsOfReferenceDiffSegmentModel[]] | null {
  if (!before.trim() || !after.trim()) return null;
  if (before.length > WORD_DIFF_MAX || after.length > WORD_DIFF_MAX) return null;
  const parts = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!parts) return null;
  const kept = parts
    .filter((part) => !part.added && !part.removed)
    .reduce((length, part) => length + part.value.trim().length, 0);
  const shortest = Math.min(before.trim().length, after.trim().length);
  if (kept * 2 < shortest) return null;
  const side = (skip: 'added' | 'removed', kind: DiffLineKind) => {
    const segments: TermsOfReferenceDiffSegmentModel[] = [];
    for (const part of parts) {
      if (part[skip]) continue;
      const partKind = part.added || part.removed ? kind : DiffLineKind.UNCHANGED;
      const last = segments.at(-1);
      if (last && last.kind === partKind) last.text += part.value;
      else segments.push({ kind: partKind, text: part.value });
    }
    return segments;
  };
  return [side('added', DiffLineKind.REMOVED), side('removed', DiffLineKind.ADDED)];
}

function quorumText(quorum: TermsOfReferenceModel['quorum']): string | null {
  if (!quorum) return null;
  const rule: Quorum =
    quorum.kind === 'COUNT'
      ? { kind: 'COUNT', count: quorum.count ?? 0 }
      : {
          kind: 'FRACTION',
          numerator: quorum.numerator ?? 0,
          denominator: quorum.denominator ?? 1,
        };
  return describeQuorum(rule);
}

const blankAsNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** Quorum, meeting frequency and membership of two versions side by side, in words. */
export function compareFields(
  from: TermsOfReferenceModel,
  to: TermsOfReferenceModel,
): TermsOfReferenceFieldComparisonModel[] {
  const pairs: [TermsOfReferenceField, string | null, string | null][] = [
    [TermsOfReferenceField.QUORUM, quorumText(from.quorum), quorumText(to.quorum)],
    [
      TermsOfReferenceField.MEETING_FREQUENCY,
      blankAsNull(from.meetingFrequency),
      blankAsNull(to.meetingFrequency),
    ],
    [TermsOfReferenceField.COMPOSITION, blankAsNull(from.composition), blankAsNull(to.composition)],
  ];
  return pairs.map(([field, before, after]) => ({
    field,
    before,
    after,
    changed: before !== after,
  }));
}

/** What changed from one version to another. */
export function compareVersions(
  from: TermsOfReferenceModel,
  to: TermsOfReferenceModel,
): TermsOfReferenceComparisonModel {
  const lines = compareLines(from.content, to.content);
  return {
    from,
    to,
    fields: compareFields(from, to),
    lines,
    linesAdded: lines.filter((line) => line.kind === DiffLineKind.ADDED).length,
    linesRemoved: lines.filter((line) => line.kind === DiffLineKind.REMOVED).length,
  };
}
