import { Breadcrumbs } from './breadcrumbs';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends CommonOptions {
  items: { text?: string; html?: string; href?: string; attributes?: AttributesOption }[];
  collapseOnMobile?: boolean;
  labelText?: string;
}

describeFixtures<Options>('breadcrumbs', (options) => (
  <Breadcrumbs
    items={options.items.map((item) => ({
      text: content(item.text, item.html),
      href: item.href,
      attributes: attributeProps(item.attributes),
    }))}
    collapseOnMobile={options.collapseOnMobile}
    labelText={options.labelText}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
