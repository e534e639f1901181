import { InsetText } from './inset-text';
import {
  attributeProps,
  content,
  describeFixtures,
  type TextOrHtml,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  id?: string;
}

describeFixtures<Options>('inset-text', (options) => (
  <InsetText id={options.id} className={options.classes} {...attributeProps(options.attributes)}>
    {content(options.text, options.html)}
  </InsetText>
));
