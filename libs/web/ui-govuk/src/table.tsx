import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

interface TableCellBase {
  readonly text: ReactNode;
  readonly className?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface TableHeadCell extends TableCellBase {
  /** Right-aligns a column of numbers. */
  readonly format?: 'numeric';
  readonly attributes?: Omit<ComponentPropsWithoutRef<'th'>, 'className' | 'children'>;
}

export interface TableCell extends TableCellBase {
  /** Right-aligns a number. Ignored for the first cell when `firstCellIsHeader` is set. */
  readonly format?: 'numeric';
  readonly attributes?: Omit<ComponentPropsWithoutRef<'td'>, 'className' | 'children'>;
}

export interface TableProps extends Omit<ComponentPropsWithoutRef<'table'>, 'children'> {
  readonly caption?: ReactNode;
  /** e.g. `govuk-table__caption--m` to size the caption as a heading. */
  readonly captionClassName?: string;
  readonly head?: readonly TableHeadCell[];
  /** Rows of cells; `false`, `null` and `undefined` rows are skipped. */
  readonly rows: ReadonlyArray<readonly TableCell[] | false | null | undefined>;
  /** Makes the first cell of every row a row header. */
  readonly firstCellIsHeader?: boolean;
  /**
   * For a table wider than a phone: it scrolls sideways inside a region named this (keyboard
   * users can focus it to scroll), with a cue on narrow screens that it does.
   */
  readonly scrollLabel?: string;
}

/** GOV.UK table. */
export function Table({
  caption,
  captionClassName,
  head,
  rows,
  firstCellIsHeader = false,
  scrollLabel,
  className,
  ...attributes
}: TableProps) {
  const table = (
    <table className={classNames('govuk-table', className)} {...attributes}>
      {caption ? (
        <caption className={classNames('govuk-table__caption', captionClassName)}>
          {caption}
        </caption>
      ) : null}
      {head ? (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={classNames(
                  'govuk-table__header',
                  cell.format && `govuk-table__header--${cell.format}`,
                  cell.className,
                )}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
                {...cell.attributes}
              >
                {cell.text}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) =>
          row ? (
            <tr key={rowIndex} className="govuk-table__row">
              {row.map((cell, index) =>
                index === 0 && firstCellIsHeader ? (
                  <th
                    key={index}
                    scope="row"
                    className={classNames('govuk-table__header', cell.className)}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    {...cell.attributes}
                  >
                    {cell.text}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={classNames(
                      'govuk-table__cell',
                      cell.format && `govuk-table__cell--${cell.format}`,
                      cell.className,
                    )}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    {...cell.attributes}
                  >
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
  if (!scrollLabel) return table;
  return (
    <>
      <p className="govuk-body-s app-table-scroll__hint" aria-hidden="true">
        Scroll the table sideways to see all of it.
      </p>
      {/* A region that scrolls must take focus, or keyboard users cannot scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="app-table-scroll" role="region" aria-label={scrollLabel} tabIndex={0}>
        {table}
      </div>
    </>
  );
}
