import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface SummaryListAction {
  readonly href: string;
  readonly text: ReactNode;
  /** Completes the link text for screen readers, e.g. "Change" + "date of birth". */
  readonly visuallyHiddenText?: string;
  readonly className?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'className' | 'children'>;
}

export interface SummaryListRow {
  readonly key: ReactNode;
  readonly value: ReactNode;
  readonly actions?: readonly SummaryListAction[];
  readonly className?: string;
  readonly keyClassName?: string;
  readonly valueClassName?: string;
  readonly actionsClassName?: string;
}

export interface SummaryListProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  /** Rows to show; `false`, `null` and `undefined` entries are skipped, for conditional rows. */
  readonly rows: ReadonlyArray<SummaryListRow | false | null | undefined>;
}

function ActionLink({ action }: { readonly action: SummaryListAction }) {
  return (
    <a
      className={classNames('govuk-link', action.className)}
      href={action.href}
      {...action.attributes}
    >
      {action.text}
      {action.visuallyHiddenText ? (
        <span className="govuk-visually-hidden">{` ${action.visuallyHiddenText}`}</span>
      ) : null}
    </a>
  );
}

function Actions({ row }: { readonly row: SummaryListRow }) {
  const actions = row.actions ?? [];
  return (
    <dd className={classNames('govuk-summary-list__actions', row.actionsClassName)}>
      {actions.length === 1 ? (
        <ActionLink action={actions[0]} />
      ) : (
        <ul className="govuk-summary-list__actions-list">
          {actions.map((action, index) => (
            <li key={index} className="govuk-summary-list__actions-list-item">
              <ActionLink action={action} />
            </li>
          ))}
        </ul>
      )}
    </dd>
  );
}

/** GOV.UK summary list: pairs of keys and values, each row optionally with actions. */
export function SummaryList({ rows, className, ...attributes }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => row && row.actions?.length);
  return (
    <dl className={classNames('govuk-summary-list', className)} {...attributes}>
      {rows.map((row, index) => {
        if (!row) return null;
        const hasActions = Boolean(row.actions?.length);
        return (
          <div
            key={index}
            className={classNames(
              'govuk-summary-list__row',
              anyRowHasActions && !hasActions && 'govuk-summary-list__row--no-actions',
              row.className,
            )}
          >
            <dt className={classNames('govuk-summary-list__key', row.keyClassName)}>{row.key}</dt>
            <dd className={classNames('govuk-summary-list__value', row.valueClassName)}>
              {row.value}
            </dd>
            {hasActions ? <Actions row={row} /> : null}
          </div>
        );
      })}
    </dl>
  );
}
