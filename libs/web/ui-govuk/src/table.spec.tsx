import { Table } from './table';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
} from './testing/fixtures';

interface CellOption {
  text?: string | number;
  html?: string;
  format?: 'numeric';
  classes?: string;
  colspan?: number;
  rowspan?: number;
  attributes?: AttributesOption;
}

interface Options extends CommonOptions {
  caption?: string;
  captionClasses?: string;
  firstCellIsHeader?: boolean;
  head?: CellOption[];
  rows: (CellOption[] | false | null)[];
}

function cell(option: CellOption) {
  return {
    text: content(option.text, option.html),
    format: option.format,
    className: option.classes,
    colSpan: option.colspan,
    rowSpan: option.rowspan,
    attributes: attributeProps(option.attributes),
  };
}

describeFixtures<Options>('table', (options) => (
  <Table
    caption={options.caption}
    captionClassName={options.captionClasses}
    firstCellIsHeader={options.firstCellIsHeader}
    head={options.head?.map(cell)}
    rows={options.rows.map((row) => row && row.map(cell))}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
