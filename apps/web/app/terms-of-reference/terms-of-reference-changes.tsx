import type { BodyTermsOfReferenceComparisonQuery } from '@boards/web/api-client';
import { Details, Table } from '@boards/web/ui-govuk';
import { diffBlocks, type DiffLine } from './diff-blocks';
import { FIELD_LABELS } from './versions';

type Comparison = Pick<
  NonNullable<
    NonNullable<BodyTermsOfReferenceComparisonQuery['body']>['termsOfReferenceComparison']
  >,
  'fields' | 'lines' | 'linesAdded' | 'linesRemoved'
>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A changed line's words: where only some words of a line changed, those words are picked out
 * (bold, struck through or underlined, as well as a stronger colour); the line as a whole is
 * already marked as removed or added.
 */
function Words({ line }: { readonly line: DiffLine }) {
  const segments = line.segments ?? [];
  if (line.text === '') return <span className="govuk-visually-hidden">blank line</span>;
  if (segments.length < 2) return <>{line.text}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'UNCHANGED' ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <span
            key={index}
            className={
              segment.kind === 'ADDED' ? 'app-diff__words--added' : 'app-diff__words--removed'
            }
          >
            {segment.text}
          </span>
        ),
      )}
    </>
  );
}

/**
 * One line of the text: added lines in <ins>, removed ones in <del>, each marked in words for
 * screen readers ("Added:", "Removed:") and with + and − as well as colour on screen.
 */
function Line({ line }: { readonly line: DiffLine }) {
  if (line.kind === 'ADDED') {
    return (
      <ins className="app-diff__line app-diff__line--added">
        <span className="app-diff__marker" aria-hidden="true">
          +
        </span>
        <span className="govuk-visually-hidden">Added: </span>
        <Words line={line} />
      </ins>
    );
  }
  if (line.kind === 'REMOVED') {
    return (
      <del className="app-diff__line app-diff__line--removed">
        <span className="app-diff__marker" aria-hidden="true">
          −
        </span>
        <span className="govuk-visually-hidden">Removed: </span>
        <Words line={line} />
      </del>
    );
  }
  return (
    <span className="app-diff__line">
      <span className="app-diff__marker" aria-hidden="true" />
      <Words line={line} />
    </span>
  );
}

/**
 * What changed between two versions: the quorum, meetings and membership side by side, then the
 * text line by line, with long stretches that did not change folded away.
 */
export function TermsOfReferenceChanges({
  comparison,
  fromLabel,
  toLabel,
  headingLevel = 2,
}: {
  readonly comparison: Comparison;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const changedFields = comparison.fields.filter((field) => field.changed);
  const blocks = diffBlocks(comparison.lines);
  return (
    <>
      <Heading className="govuk-heading-m">Quorum, meetings and membership</Heading>
      {changedFields.length ? (
        <Table
          caption={`${plural(changedFields.length, 'part', 'parts')} changed`}
          captionClassName="govuk-visually-hidden"
          head={[{ text: 'Part' }, { text: fromLabel }, { text: toLabel }]}
          firstCellIsHeader
          rows={changedFields.map((field) => [
            { text: FIELD_LABELS[field.field] },
            { text: field.before ?? 'Not set', className: 'app-diff__before' },
            { text: field.after ?? 'Not set', className: 'app-diff__after' },
          ])}
        />
      ) : (
        <p className="govuk-body">
          The quorum, how often it meets and its membership did not change.
        </p>
      )}
      <Heading className="govuk-heading-m">The text</Heading>
      {comparison.linesAdded + comparison.linesRemoved === 0 ? (
        <p className="govuk-body">The text did not change.</p>
      ) : (
        <>
          <p className="govuk-body">
            {plural(comparison.linesAdded, 'line', 'lines')} added and{' '}
            {plural(comparison.linesRemoved, 'line', 'lines')} removed. Added lines are marked + and
            shown in green; removed lines are marked − and struck through in red.
          </p>
          <div className="app-diff">
            {blocks.map((block, index) =>
              block.kind === 'SHOWN' ? (
                block.lines.map((line, lineIndex) => (
                  <Line key={`${index}-${lineIndex}`} line={line} />
                ))
              ) : (
                <Details
                  key={index}
                  className="app-diff__fold"
                  summary={`Show ${plural(block.lines.length, 'line', 'lines')} that did not change`}
                >
                  {block.lines.map((line, lineIndex) => (
                    <Line key={lineIndex} line={line} />
                  ))}
                </Details>
              ),
            )}
          </div>
        </>
      )}
    </>
  );
}
