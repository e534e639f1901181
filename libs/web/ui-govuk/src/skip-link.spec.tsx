import { SkipLink } from './skip-link';
import {
  attributeProps,
  content,
  describeFixtures,
  type TextOrHtml,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  href?: string;
}

describeFixtures<Options>('skip-link', (options) => (
  <SkipLink href={options.href} className={options.classes} {...attributeProps(options.attributes)}>
    {content(options.text, options.html)}
  </SkipLink>
));
