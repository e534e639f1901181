import { GenericHeader } from './generic-header';
import { attributeProps, content, describeFixtures, type CommonOptions } from './testing/fixtures';

interface Options extends CommonOptions {
  logoText?: string;
  logoHtml?: string;
  url?: string;
  containerClasses?: string;
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
