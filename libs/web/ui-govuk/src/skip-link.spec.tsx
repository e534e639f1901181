import { SkipLink } from './skip-link';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
} from './testing/fixtures';

interface Options {
  text?: string;
  html?: string;
  href?: string;
  classes?: string;
  attributes?: AttributesOption;
}

describeFixtures<Options>('skip-link', (options) => (
  <SkipLink href={options.href} className={options.classes} {...attributeProps(options.attributes)}>
    {content(options.text, options.html)}
  </SkipLink>
));
