import { Hint } from './hint';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  id?: string;
}

describeFixtures<Options>('hint', (options) => (
  <Hint id={options.id} className={options.classes} {...attributeProps(options.attributes)}>
    {content(options.text, options.html)}
  </Hint>
));
