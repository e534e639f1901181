import { PhaseBanner } from './phase-banner';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
} from './testing/fixtures';

interface Options {
  text?: string;
  html?: string;
  tag?: { text?: string; html?: string; classes?: string };
  classes?: string;
  attributes?: AttributesOption;
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
