import { createElement, Fragment, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { Button } from './button';
import { classNames } from './class-names';
import type { DataAttributes } from './field-group';

/** A button (no `href`, or `type: 'button'` with one) or a link at the foot of an interruption panel. */
export interface PanelAction {
  readonly text: ReactNode;
  readonly href?: string;
  readonly type?: 'button' | 'submit' | 'reset';
  readonly className?: string;
  readonly attributes?: Record<string, string>;
}

export interface PanelProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  readonly title: ReactNode;
  /** The heading's level: 1 (the default) for the page's main heading. */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** For an interruption panel (`govuk-panel--interruption`) only. */
  readonly actions?: {
    readonly items?: readonly PanelAction[];
    readonly className?: string;
    readonly attributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className'> & DataAttributes;
  };
}

function Action({ action }: { readonly action: PanelAction }) {
  const className = classNames('govuk-button--inverse', action.className);
  if (!action.href || action.type === 'button') {
    return action.href ? (
      <Button href={action.href} className={className} {...action.attributes}>
        {action.text}
      </Button>
    ) : (
      <Button type={action.type ?? 'button'} className={className} {...action.attributes}>
        {action.text}
      </Button>
    );
  }
  return (
    <a
      className={classNames('govuk-link govuk-link--inverse', action.className)}
      href={action.href}
      {...action.attributes}
    >
      {action.text}
    </a>
  );
}

/**
 * GOV.UK panel: a confirmation that something is done (the default), or with the class
 * `govuk-panel--interruption` a question to stop and consider, with its actions.
 */
export function Panel({
  title,
  headingLevel = 1,
  actions,
  className,
  children,
  ...attributes
}: PanelProps) {
  const interruption = (className ?? '').split(/\s+/).includes('govuk-panel--interruption');
  return (
    <div
      className={classNames('govuk-panel', !interruption && 'govuk-panel--confirmation', className)}
      {...attributes}
    >
      {createElement(`h${headingLevel}`, { className: 'govuk-panel__title' }, title)}
      {children !== undefined && children !== null && children !== '' ? (
        <div className="govuk-panel__body">{children}</div>
      ) : null}
      {interruption && actions ? (
        <div
          className={classNames('govuk-panel__actions', actions.className)}
          {...actions.attributes}
        >
          {actions.items?.length ? (
            <div className="govuk-button-group">
              {actions.items.map((action, index) => (
                <Fragment key={index}>
                  {index > 0 ? ' ' : null}
                  <Action action={action} />
                </Fragment>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
