import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

interface CommonButtonProps {
  /** A start button: the call to action at the start of a journey. */
  readonly isStartButton?: boolean;
  readonly children?: ReactNode;
}

export interface ButtonElementProps
  extends CommonButtonProps, Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  readonly href?: undefined;
  /** Asks GOV.UK Frontend's script to ignore a second click within a second (`true`), or not. */
  readonly preventDoubleClick?: boolean;
}

export interface ButtonLinkProps
  extends CommonButtonProps, Omit<ComponentPropsWithoutRef<'a'>, 'children' | 'role'> {
  /** Renders a link styled as a button; for navigation only, never for an action. */
  readonly href: string;
}

export type ButtonProps = ButtonElementProps | ButtonLinkProps;

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button: submits a form by default. With `href`, a link that looks like a button. */
export function Button(props: ButtonProps) {
  const { isStartButton, className, children } = props;
  const classes = classNames('govuk-button', className, isStartButton && 'govuk-button--start');
  // Start buttons lay their content out with flexbox, which drops the spaces between elements.
  const content =
    isStartButton && typeof children !== 'string' && typeof children !== 'number' ? (
      <span>{children}</span>
    ) : (
      children
    );

  if (props.href !== undefined) {
    const {
      isStartButton: _start,
      className: _class,
      children: _children,
      href,
      ...attributes
    } = props;
    return (
      <a
        href={href || '#'}
        role="button"
        draggable="false"
        className={classes}
        data-module="govuk-button"
        {...attributes}
      >
        {content}
        {isStartButton ? <StartIcon /> : null}
      </a>
    );
  }

  const {
    isStartButton: _start,
    className: _class,
    children: _children,
    href: _href,
    type = 'submit',
    disabled,
    preventDoubleClick,
    ...attributes
  } = props;
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined}
      data-prevent-double-click={
        preventDoubleClick === undefined ? undefined : String(preventDoubleClick)
      }
      className={classes}
      data-module="govuk-button"
      {...attributes}
    >
      {content}
      {isStartButton ? <StartIcon /> : null}
    </button>
  );
}
