import { PhaseBanner } from './phase-banner';
import {
  attributeProps,
  content,
  describeFixtures,
  type TextOrHtml,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  tag?: { text?: string; html?: string; classes?: string };
}

describeFixtures<Options>('phase-banner', (options) => (
  <PhaseBanner
    tag={content(options.tag?.text, options.tag?.html)}
    tagClassName={options.tag?.classes}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {content(options.text, options.html)}
  </PhaseBanner>
));
