import { LONG_TEXT, textDiff } from './audit-diff.server';

const long = (words: string) => `${'The group met and agreed the plan. '.repeat(4)}${words}`;

describe('textDiff', () => {
  it('compares a long text word by word, every word kept once', () => {
    const before = JSON.stringify(long('Members asked for papers a week ahead.'));
    const after = JSON.stringify(long('Members asked for papers two weeks ahead.'));
    const parts = textDiff(before, after) ?? [];
    const words = (kind: string) =>
      parts
        .filter((p) => p.kind === kind)
        .map((p) => p.text.trim())
        .join(' ');
    expect(words('removed')).toBe('a week');
    expect(words('added')).toBe('two weeks');
    const kept = (kind: string) =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('');
    expect(kept('added')).toBe(JSON.parse(before));
    expect(kept('removed')).toBe(JSON.parse(after));
  });

  it.each([
    ['short texts', '"Care leaver, Salford"', '"Care leaver, Manchester"'],
    ['a new value', null, JSON.stringify('x'.repeat(LONG_TEXT + 1))],
    ['a value removed', JSON.stringify('x'.repeat(LONG_TEXT + 1)), null],
    ['not text', '2', '3'],
    ['a list', '["a"]', `["${'b'.repeat(LONG_TEXT + 1)}"]`],
    ['not JSON', '{', '}'],
  ])('leaves %s whole', (_, before, after) => {
    expect(textDiff(before, after)).toBeNull();
  });
});
