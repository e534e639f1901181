import type { ReactNode } from 'react';
import { Button } from './button';
import { classNames } from './class-names';
import { Input, type InputProps } from './input';

export interface PasswordInputProps extends Omit<
  InputProps,
  'type' | 'prefix' | 'suffix' | 'inputWrapperClassName' | 'inputWrapperAttributes'
> {
  /** `current-password` (the default) to sign in, `new-password` when choosing one. */
  readonly autoComplete?: 'current-password' | 'new-password';
  /** Texts of the show/hide button and its announcements, for translation. */
  readonly showPasswordText?: string;
  readonly hidePasswordText?: string;
  readonly showPasswordAriaLabelText?: string;
  readonly hidePasswordAriaLabelText?: string;
  readonly passwordShownAnnouncementText?: string;
  readonly passwordHiddenAnnouncementText?: string;
  readonly buttonClassName?: string;
  readonly afterInput?: ReactNode;
}

/**
 * GOV.UK password input: a password field with a "Show" button that GOV.UK Frontend's script
 * reveals. Without JavaScript it is a plain password field. Pasting is never blocked.
 */
export function PasswordInput({
  id: givenId,
  name,
  autoComplete = 'current-password',
  showPasswordText,
  hidePasswordText,
  showPasswordAriaLabelText,
  hidePasswordAriaLabelText,
  passwordShownAnnouncementText,
  passwordHiddenAnnouncementText,
  buttonClassName,
  formGroupClassName,
  formGroupAttributes,
  afterInput,
  className,
  ...props
}: PasswordInputProps) {
  const id = givenId || name;
  const i18n = {
    'data-i18n.show-password': showPasswordText,
    'data-i18n.hide-password': hidePasswordText,
    'data-i18n.show-password-aria-label': showPasswordAriaLabelText,
    'data-i18n.hide-password-aria-label': hidePasswordAriaLabelText,
    'data-i18n.password-shown-announcement': passwordShownAnnouncementText,
    'data-i18n.password-hidden-announcement': passwordHiddenAnnouncementText,
  };
  return (
    <Input
      {...props}
      id={id}
      name={name}
      type="password"
      spellCheck={false}
      autoCapitalize="none"
      autoComplete={autoComplete}
      className={classNames('govuk-password-input__input govuk-js-password-input-input', className)}
      formGroupClassName={classNames('govuk-password-input', formGroupClassName)}
      formGroupAttributes={{
        'data-module': 'govuk-password-input',
        ...i18n,
        ...formGroupAttributes,
      }}
      inputWrapperClassName="govuk-password-input__wrapper"
      afterInput={
        <>
          <Button
            type="button"
            className={classNames(
              'govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle',
              buttonClassName,
            )}
            aria-controls={id}
            aria-label={showPasswordAriaLabelText || 'Show password'}
            hidden
          >
            {showPasswordText || 'Show'}
          </Button>
          {afterInput}
        </>
      }
    />
  );
}
