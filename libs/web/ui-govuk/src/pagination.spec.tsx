import { Pagination, type PaginationLink } from './pagination';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface LinkOption extends TextOrHtml {
  href: string;
  labelText?: string;
  attributes?: AttributesOption;
}

interface ItemOption {
  number?: string | number;
  href?: string;
  current?: boolean;
  ellipsis?: boolean;
  visuallyHiddenText?: string;
  attributes?: AttributesOption;
}

interface Options extends CommonOptions {
  previous?: LinkOption;
  next?: LinkOption;
  items?: (ItemOption | null)[];
  landmarkLabel?: string;
}

function link(option: LinkOption | undefined): PaginationLink | undefined {
  return (
    option && {
      href: option.href,
      text: content(option.text, option.html),
      labelText: option.labelText,
      attributes: attributeProps(option.attributes),
    }
  );
}

describeFixtures<Options>('pagination', (options) => (
  <Pagination
    previous={link(options.previous)}
    next={link(options.next)}
    items={options.items?.map((item) =>
      !item || Object.keys(item).length === 0
        ? null
        : item.ellipsis
          ? { ellipsis: true as const }
          : {
              number: item.number,
              href: item.href ?? '',
              current: item.current,
              visuallyHiddenText: item.visuallyHiddenText,
              attributes: attributeProps(item.attributes),
            },
    )}
    landmarkLabel={options.landmarkLabel}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
