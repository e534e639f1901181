import fc from 'fast-check';
import { compareFields, compareLines, compareVersions } from './terms-of-reference-comparison';
import {
  DiffLineKind,
  TermsOfReferenceField,
  type TermsOfReferenceModel,
} from './terms-of-reference.model';

const line = (
  kind: DiffLineKind,
  text: string,
  fromLine: number | null,
  toLine: number | null,
) => ({
  kind,
  text,
  fromLine,
  toLine,
  segments: [{ kind, text }],
});
const { ADDED, REMOVED, UNCHANGED } = DiffLineKind;

describe('compareLines', () => {
  it.each([
    ['identical texts', 'a\nb', 'a\nb', [line(UNCHANGED, 'a', 1, 1), line(UNCHANGED, 'b', 2, 2)]],
    [
      'a line added at the end',
      'a\nb',
      'a\nb\nc',
      [line(UNCHANGED, 'a', 1, 1), line(UNCHANGED, 'b', 2, 2), line(ADDED, 'c', null, 3)],
    ],
    [
      'a line changed in the middle',
      'a\nb\nc',
      'a\nB\nc',
      [
        line(UNCHANGED, 'a', 1, 1),
        line(REMOVED, 'b', 2, null),
        line(ADDED, 'B', null, 2),
        line(UNCHANGED, 'c', 3, 3),
      ],
    ],
    [
      'the first line removed',
      'a\nb',
      'b',
      [line(REMOVED, 'a', 1, null), line(UNCHANGED, 'b', 2, 1)],
    ],
    [
      'from nothing',
      '',
      'a\n\nb',
      [line(ADDED, 'a', null, 1), line(ADDED, '', null, 2), line(ADDED, 'b', null, 3)],
    ],
    ['to nothing', 'a', '', [line(REMOVED, 'a', 1, null)]],
    ['nothing to nothing', '', '', []],
    [
      'blank lines kept',
      '## A\n\nText',
      '## A\n\nText\n\n## B',
      [
        line(UNCHANGED, '## A', 1, 1),
        line(UNCHANGED, '', 2, 2),
        line(UNCHANGED, 'Text', 3, 3),
        line(ADDED, '', null, 4),
        line(ADDED, '## B', null, 5),
      ],
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(compareLines(before, after)).toEqual(expected);
  });

  it('shows the words changed within a line replaced by a similar one', () => {
    const lines = compareLines(
      '## How it works\nPapers are circulated a week before each meeting.',
      '## How it works\nPapers are circulated ten days before each meeting.',
    );
    expect(lines.slice(1).map(({ kind, segments }) => ({ kind, segments }))).toEqual([
      {
        kind: REMOVED,
        segments: [
          { kind: UNCHANGED, text: 'Papers are circulated ' },
          { kind: REMOVED, text: 'a' },
          { kind: UNCHANGED, text: ' ' },
          { kind: REMOVED, text: 'week' },
          { kind: UNCHANGED, text: ' before each meeting.' },
        ],
      },
      {
        kind: ADDED,
        segments: [
          { kind: UNCHANGED, text: 'Papers are circulated ' },
          { kind: ADDED, text: 'ten' },
          { kind: UNCHANGED, text: ' ' },
          { kind: ADDED, text: 'days' },
          { kind: UNCHANGED, text: ' before each meeting.' },
        ],
      },
    ]);
  });

  it('keeps a line replaced by a different one whole', () => {
    const [removed, added] = compareLines(
      'Meets monthly online.',
      'Members are appointed for two years.',
    );
    expect(removed.segments).toEqual([{ kind: REMOVED, text: 'Meets monthly online.' }]);
    expect(added.segments).toEqual([{ kind: ADDED, text: 'Members are appointed for two years.' }]);
  });

  it('can rebuild both texts from the comparison', () => {
    const text = fc
      .array(fc.constantFrom('## Purpose', '', '- one', '- two', 'Text.', 'More text.'), {
        maxLength: 12,
      })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const lines = compareLines(before, after);
        const side = (kind: DiffLineKind) =>
          lines
            .filter((l) => l.kind !== kind)
            .map((l) => l.text)
            .join('\n');
        // An empty text has no lines; a text of one blank line has one.
        expect(lines.filter((l) => l.kind !== ADDED).length).toBe(
          before === '' ? 0 : before.split('\n').length,
        );
        expect(side(ADDED)).toBe(before);
        expect(side(REMOVED)).toBe(after);
        // Each line's parts make up the line.
        for (const l of lines) expect(l.segments.map((s) => s.text).join('')).toBe(l.text);
        const numbers = (key: 'fromLine' | 'toLine') =>
          lines.map((l) => l[key]).filter((n): n is number => n !== null);
        expect(numbers('fromLine')).toEqual(numbers('fromLine').map((_n, i) => i + 1));
        expect(numbers('toLine')).toEqual(numbers('toLine').map((_n, i) => i + 1));
      }),
    );
  });
});

function version(overrides: Partial<TermsOfReferenceModel>): TermsOfReferenceModel {
  return {
    id: 'v',
    bodyId: 'b',
    number: 1,
    status: 'PUBLISHED',
    content: '## Purpose',
    quorum: { kind: 'COUNT', count: 4, numerator: null, denominator: null, description: '' },
    meetingFrequency: 'Every six weeks',
    composition: 'Up to 12 members.',
    effectiveFrom: '2021-04-14',
    publishedAt: new Date('2021-04-14T12:00:00Z'),
    version: 1,
    updatedAt: new Date('2021-04-14T12:00:00Z'),
    ...overrides,
  };
}

describe('compareFields', () => {
  it('puts the structured parts side by side in words, marking what changed', () => {
    const from = version({});
    const to = version({
      number: 2,
      quorum: { kind: 'FRACTION', count: null, numerator: 1, denominator: 2, description: '' },
      composition: 'Up to 12 members.',
      meetingFrequency: 'Monthly',
    });
    expect(compareFields(from, to)).toEqual([
      {
        field: TermsOfReferenceField.QUORUM,
        before: 'At least 4 voting members',
        after: 'At least half of the voting members, rounded up',
        changed: true,
      },
      {
        field: TermsOfReferenceField.MEETING_FREQUENCY,
        before: 'Every six weeks',
        after: 'Monthly',
        changed: true,
      },
      {
        field: TermsOfReferenceField.COMPOSITION,
        before: 'Up to 12 members.',
        after: 'Up to 12 members.',
        changed: false,
      },
    ]);
  });

  it('shows parts a draft has not filled in yet as null', () => {
    const draft = version({
      status: 'DRAFT',
      quorum: null,
      meetingFrequency: ' ',
      composition: '',
    });
    expect(compareFields(version({}), draft).map(({ after, changed }) => [after, changed])).toEqual(
      [
        [null, true],
        [null, true],
        [null, true],
      ],
    );
  });
});

it('compareVersions counts the lines added and removed', () => {
  const result = compareVersions(
    version({ content: 'a\nb\nc' }),
    version({ number: 2, content: 'a\nB\nc\nd' }),
  );
  expect([result.linesAdded, result.linesRemoved]).toEqual([2, 1]);
  expect(result.fields.every((field) => !field.changed)).toBe(true);
});
