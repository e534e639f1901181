import { NotificationBanner } from './notification-banner';
import {
  attributeProps,
  content,
  describeFixtures,
  html,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends CommonOptions {
  type?: 'success';
  text?: string;
  html?: string;
  titleText?: string;
  titleHtml?: string;
  titleId?: string;
  titleHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  role?: string;
  disableAutoFocus?: boolean;
}

describeFixtures<Options>(
  'notification-banner',
  (options) => (
    <NotificationBanner
      type={options.type}
      title={content(options.titleText, options.titleHtml)}
      titleId={options.titleId}
      titleHeadingLevel={options.titleHeadingLevel}
      role={options.role}
      disableAutoFocus={options.disableAutoFocus}
      heading={options.html ? undefined : options.text}
      className={options.classes}
      {...attributeProps(options.attributes)}
    >
      {options.html ? html(options.html) : null}
    </NotificationBanner>
  ),
  // Not run: this fixture passes a type govuk-frontend does not know. <NotificationBanner> takes
  // its type as a TypeScript union, so no caller can pass one (the reason is reported as well).
  {
    'with invalid type':
      'the type is a TypeScript union, so an unknown type cannot be passed in the first place',
  },
);
