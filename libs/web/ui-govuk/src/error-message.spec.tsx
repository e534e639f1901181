import { ErrorMessage } from './error-message';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  id?: string;
  visuallyHiddenText?: string;
}

describeFixtures<Options>('error-message', (options) => (
  <ErrorMessage
    id={options.id}
    visuallyHiddenText={options.visuallyHiddenText}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {content(options.text, options.html)}
  </ErrorMessage>
));
