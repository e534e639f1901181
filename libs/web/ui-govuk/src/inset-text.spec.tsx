import { InsetText } from './inset-text';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
} from './testing/fixtures';

interface Options {
  text?: string;
  html?: string;
  id?: string;
  classes?: string;
  attributes?: AttributesOption;
}

describeFixtures<Options>('inset-text', (options) => (
  <InsetText id={options.id} className={options.classes} {...attributeProps(options.attributes)}>
    {content(options.text, options.html)}
  </InsetText>
));
