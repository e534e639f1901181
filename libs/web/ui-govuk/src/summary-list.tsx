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

/** A summary card around the list: a title, and actions about the whole card. */
export interface SummaryCard {
  readonly title?: ReactNode;
  /** The title's heading level: 2 unless given. */
  readonly titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  readonly titleClassName?: string;
  readonly actions?: readonly SummaryListAction[];
  readonly actionsClassName?: string;
  readonly className?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'children'>;
}

export interface SummaryListProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  /** Rows to show; `false`, `null` and `undefined` entries are skipped, for conditional rows. */
  readonly rows: ReadonlyArray<SummaryListRow | false | null | undefined>;
  /** Shows the list as a summary card; every action link then names the card's title too. */
  readonly card?: SummaryCard;
}

function ActionLink({
  action,
  cardTitle,
}: {
  readonly action: SummaryListAction;
  readonly cardTitle?: ReactNode;
}) {
  const hasCardTitle = cardTitle !== undefined && cardTitle !== null && cardTitle !== '';
  return (
    <a
      className={classNames('govuk-link', action.className)}
      href={action.href}
      {...action.attributes}
    >
      {action.text}
      {action.visuallyHiddenText || hasCardTitle ? (
        <span className="govuk-visually-hidden">
          {action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : null}
          {hasCardTitle ? <> ({cardTitle})</> : null}
        </span>
      ) : null}
    </a>
  );
}

function Actions({
  row,
  cardTitle,
}: {
  readonly row: SummaryListRow;
  readonly cardTitle?: ReactNode;
}) {
  const actions = row.actions ?? [];
  return (
    <dd className={classNames('govuk-summary-list__actions', row.actionsClassName)}>
      {actions.length === 1 ? (
        <ActionLink action={actions[0]} cardTitle={cardTitle} />
      ) : (
        <ul className="govuk-summary-list__actions-list">
          {actions.map((action, index) => (
            <li key={index} className="govuk-summary-list__actions-list-item">
              <ActionLink action={action} cardTitle={cardTitle} />
            </li>
          ))}
        </ul>
      )}
    </dd>
  );
}

function Card({ card, children }: { readonly card: SummaryCard; readonly children: ReactNode }) {
  const Heading = `h${card.titleHeadingLevel ?? 2}` as const;
  const actions = card.actions ?? [];
  return (
    <div className={classNames('govuk-summary-card', card.className)} {...card.attributes}>
      <div className="govuk-summary-card__title-wrapper">
        {card.title !== undefined && card.title !== null ? (
          <Heading className={classNames('govuk-summary-card__title', card.titleClassName)}>
            {card.title}
          </Heading>
        ) : null}
        {actions.length === 1 ? (
          <div className={classNames('govuk-summary-card__actions', card.actionsClassName)}>
            <ActionLink action={actions[0]} cardTitle={card.title} />
          </div>
        ) : actions.length ? (
          <ul className={classNames('govuk-summary-card__actions', card.actionsClassName)}>
            {actions.map((action, index) => (
              <li key={index} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={card.title} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

/**
 * GOV.UK summary list: pairs of keys and values, each row optionally with actions; with `card`,
 * inside a summary card.
 */
export function SummaryList({ rows, card, className, ...attributes }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => row && row.actions?.length);
  const list = (
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
            {hasActions ? <Actions row={row} cardTitle={card?.title} /> : null}
          </div>
        );
      })}
    </dl>
  );
  return card ? <Card card={card}>{list}</Card> : list;
}
