import {
  QUORUM_MESSAGES,
  TERMS_OF_REFERENCE_LIMITS,
  TERMS_OF_REFERENCE_STATUSES,
  TERMS_OF_REFERENCE_STATUS_LABELS,
  quorumSchema,
  termsOfReferenceDraftSchema,
} from './terms-of-reference';

const blank = { content: '', quorum: null, meetingFrequency: '', composition: '' };

function firstIssue(value: unknown): { path: string; message: string } | undefined {
  const result = termsOfReferenceDraftSchema.safeParse(value);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('termsOfReferenceDraftSchema', () => {
  it('accepts a blank draft (a draft is work in progress)', () => {
    expect(termsOfReferenceDraftSchema.parse(blank)).toEqual(blank);
  });

  it('treats a missing quorum as none', () => {
    const { quorum: _quorum, ...rest } = blank;
    expect(termsOfReferenceDraftSchema.parse(rest).quorum).toBeNull();
  });

  it('tidies text: \\n line breaks, no trailing spaces or blank ends, NFC, tabs kept', () => {
    const parsed = termsOfReferenceDraftSchema.parse({
      ...blank,
      content: '\r\n## Purpose  \r\n\r\n\tCafe\u0301 meetings \n\n\n',
      meetingFrequency: '  Every six weeks  ',
      composition: 'Up to 12 members.\r\nTwo from the Board.   ',
    });
    expect(parsed.content).toBe('## Purpose\n\n\tCafé meetings');
    expect(parsed.meetingFrequency).toBe('Every six weeks');
    expect(parsed.composition).toBe('Up to 12 members.\nTwo from the Board.');
  });

  it.each([
    [
      'text that is too long',
      { content: 'x'.repeat(TERMS_OF_REFERENCE_LIMITS.content + 1) },
      'content',
      /50,000/,
    ],
    ['a control character', { content: 'Bell \u0007' }, 'content', /control characters/],
    [
      'a line break in the frequency',
      { meetingFrequency: 'Monthly\nor so' },
      'meetingFrequency',
      /control characters/,
    ],
    [
      'a long frequency',
      { meetingFrequency: 'x'.repeat(201) },
      'meetingFrequency',
      /200 characters or fewer/,
    ],
    [
      'a long membership',
      { composition: 'x'.repeat(4_001) },
      'composition',
      /4,000 characters or fewer/,
    ],
    ['a number for text', { content: 42 }, 'content', /must be text/],
  ])('refuses %s', (_label, change, path, message) => {
    const issue = firstIssue({ ...blank, ...change });
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('quorumSchema', () => {
  it.each([
    [
      { kind: 'COUNT', count: 4, numerator: null, denominator: null },
      { kind: 'COUNT', count: 4 },
    ],
    [
      { kind: 'FRACTION', count: null, numerator: 1, denominator: 2 },
      { kind: 'FRACTION', numerator: 1, denominator: 2 },
    ],
  ])('keeps only the fields of its kind: %o', (input, output) => {
    expect(quorumSchema.parse(input)).toEqual(output);
  });

  it.each([
    [{ kind: 'COUNT' }, 'count', QUORUM_MESSAGES.count],
    [{ kind: 'COUNT', count: 1.5 }, 'count', QUORUM_MESSAGES.count],
    [{ kind: 'COUNT', count: 0 }, 'count', QUORUM_MESSAGES.countRange],
    [{ kind: 'FRACTION', denominator: 2 }, 'numerator', QUORUM_MESSAGES.numerator],
    [{ kind: 'FRACTION', numerator: 1 }, 'denominator', QUORUM_MESSAGES.denominator],
    [
      { kind: 'FRACTION', numerator: 3, denominator: 2 },
      'numerator',
      QUORUM_MESSAGES.fractionRange,
    ],
    [{ kind: 'SOME' }, 'kind', QUORUM_MESSAGES.kind],
    [{}, 'kind', QUORUM_MESSAGES.kind],
  ])('refuses %o on %s in GOV.UK words', (quorum, path, message) => {
    const issue = firstIssue({ ...blank, quorum });
    expect(issue).toEqual({ path: `quorum.${path}`, message });
  });
});

it('labels every status', () => {
  expect(Object.keys(TERMS_OF_REFERENCE_STATUS_LABELS).sort()).toEqual(
    [...TERMS_OF_REFERENCE_STATUSES].sort(),
  );
});
