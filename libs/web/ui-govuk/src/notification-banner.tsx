import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface NotificationBannerProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'title' | 'role'
> {
  /** `success` for the outcome of something the user did; leave out for other information. */
  readonly type?: 'success';
  /** Defaults to "Success" for a success banner and "Important" otherwise. */
  readonly title?: ReactNode;
  readonly titleId?: string;
  readonly titleHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Defaults to `alert` for a success banner and `region` otherwise. */
  readonly role?: string;
  /** Stops GOV.UK Frontend's script from moving focus to a success banner. */
  readonly disableAutoFocus?: boolean;
  /** A single line of content, styled as the banner's heading. */
  readonly heading?: ReactNode;
  /** Further content, e.g. paragraphs with `govuk-body` or links with `govuk-notification-banner__link`. */
  readonly children?: ReactNode;
}

/** GOV.UK notification banner. */
export function NotificationBanner({
  type,
  title,
  titleId = 'govuk-notification-banner-title',
  titleHeadingLevel = 2,
  role,
  disableAutoFocus,
  heading,
  className,
  children,
  ...attributes
}: NotificationBannerProps) {
  const success = type === 'success';
  const Title = `h${titleHeadingLevel}` as const;
  return (
    <div
      className={classNames(
        'govuk-notification-banner',
        success && 'govuk-notification-banner--success',
        className,
      )}
      role={role ?? (success ? 'alert' : 'region')}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={
        disableAutoFocus === undefined ? undefined : String(disableAutoFocus)
      }
      {...attributes}
    >
      <div className="govuk-notification-banner__header">
        <Title className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </Title>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
