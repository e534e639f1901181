import { ErrorSummary } from './error-summary';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends CommonOptions {
  titleText?: string;
  titleHtml?: string;
  descriptionText?: string;
  descriptionHtml?: string;
  errorList?: { text?: string; html?: string; href?: string; attributes?: AttributesOption }[];
  disableAutoFocus?: boolean;
}

describeFixtures<Options>('error-summary', (options) => (
  <ErrorSummary
    title={content(options.titleText, options.titleHtml)}
    description={content(options.descriptionText, options.descriptionHtml)}
    errorList={options.errorList?.map((item) => ({
      text: content(item.text, item.html),
      href: item.href,
      attributes: attributeProps(item.attributes),
    }))}
    disableAutoFocus={options.disableAutoFocus}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
