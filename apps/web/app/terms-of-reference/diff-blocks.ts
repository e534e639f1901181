/** One line of a comparison, as the API gives it. */
export interface DiffLine {
  readonly kind: 'ADDED' | 'REMOVED' | 'UNCHANGED';
  readonly text: string;
  readonly fromLine?: number | null;
  readonly toLine?: number | null;
  /** The words of a line replaced by a similar one: those kept, and those removed or added. */
  readonly segments?: readonly { readonly kind: DiffLine['kind']; readonly text: string }[];
}

/** Lines to show, or a run of unchanged lines folded away behind "Show n unchanged lines". */
export type DiffBlock<T extends DiffLine = DiffLine> =
  | { readonly kind: 'SHOWN'; readonly lines: readonly T[] }
  | { readonly kind: 'FOLDED'; readonly lines: readonly T[] };

/**
 * The lines of a comparison in blocks: every change with `context` unchanged lines either side
 * shown, and longer runs of unchanged lines folded (a fold is never of fewer than two lines:
 * hiding one line saves nothing). With no change at all, everything is shown.
 */
export function diffBlocks<T extends DiffLine>(lines: readonly T[], context = 3): DiffBlock<T>[] {
  const changed = lines.map((line) => line.kind !== 'UNCHANGED');
  if (!changed.includes(true)) return lines.length ? [{ kind: 'SHOWN', lines }] : [];
  const near = lines.map((_line, index) =>
    changed.slice(Math.max(0, index - context), index + context + 1).some((isChange) => isChange),
  );
  const blocks: { kind: 'SHOWN' | 'FOLDED'; lines: T[] }[] = [];
  lines.forEach((line, index) => {
    const kind = near[index] ? 'SHOWN' : 'FOLDED';
    const last = blocks.at(-1);
    if (last?.kind === kind) last.lines.push(line);
    else blocks.push({ kind, lines: [line] });
  });
  // A fold of one line is shown instead, and joins the blocks either side.
  const merged: { kind: 'SHOWN' | 'FOLDED'; lines: T[] }[] = [];
  for (const block of blocks) {
    const kind = block.kind === 'FOLDED' && block.lines.length < 2 ? 'SHOWN' : block.kind;
    const last = merged.at(-1);
    if (last && last.kind === 'SHOWN' && kind === 'SHOWN') last.lines.push(...block.lines);
    else merged.push({ kind, lines: [...block.lines] });
  }
  return merged;
}
