import { WarningText } from './warning-text';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  iconFallbackText?: string;
}

describeFixtures<Options>('warning-text', (options) => (
  <WarningText
    iconFallbackText={options.iconFallbackText}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {content(options.text, options.html)}
  </WarningText>
));
