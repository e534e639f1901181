import { Label } from './label';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  for?: string;
  isPageHeading?: boolean;
}

describeFixtures<Options>('label', (options) => (
  <Label
    htmlFor={options.for}
    isPageHeading={options.isPageHeading}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {content(options.text, options.html)}
  </Label>
));
