import { diffBlocks, type DiffLine } from './diff-blocks';

const lines = (pattern: string): DiffLine[] =>
  [...pattern].map((c, i) => ({
    kind: c === '+' ? 'ADDED' : c === '-' ? 'REMOVED' : 'UNCHANGED',
    text: `line ${i}`,
  }));

const shape = (pattern: string, context = 1) =>
  diffBlocks(lines(pattern), context).map(
    (block) => `${block.kind === 'SHOWN' ? 'S' : 'F'}${block.lines.length}`,
  );

describe('diffBlocks', () => {
  it.each([
    ['nothing', '', []],
    ['no change at all', '....', ['S4']],
    ['a change in the middle of a long text', '.....+.....', ['F4', 'S3', 'F4']],
    ['changes close together', '.....+..-.....', ['F4', 'S6', 'F4']],
    ['a fold of one line is shown', '..+...+..', ['S9']],
    ['a change at the start', '+......', ['S2', 'F5']],
    ['a change at the end', '......-', ['F5', 'S2']],
  ])('%s', (_label, pattern, expected) => {
    expect(shape(pattern)).toEqual(expected);
  });

  it('keeps every line, in order', () => {
    const all = lines('...+..-.......+-...');
    expect(diffBlocks(all, 2).flatMap((block) => block.lines)).toEqual(all);
  });
});
