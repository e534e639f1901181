import { GenericHeader } from './generic-header';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
} from './testing/fixtures';

interface Options {
  logoText?: string;
  logoHtml?: string;
  url?: string;
  containerClasses?: string;
  classes?: string;
  attributes?: AttributesOption;
}

describeFixtures<Options>('generic-header', (options) => (
  <GenericHeader
    url={options.url}
    containerClassName={options.containerClasses}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {content(options.logoText, options.logoHtml)}
  </GenericHeader>
));
