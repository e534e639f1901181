import { renderToStaticMarkup } from 'react-dom/server';
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

describe('a table that scrolls sideways', () => {
  it('sits in a named region keyboard users can focus, after a cue for narrow screens', () => {
    const html = renderToStaticMarkup(
      <Table
        caption="Who sits where"
        scrollLabel="Who sits where (scrolls sideways)"
        head={[{ text: 'Name' }]}
        rows={[[{ text: 'A member' }]]}
      />,
    );
    expect(html).toMatch(
      /^<p class="govuk-body-s app-table-scroll__hint" aria-hidden="true">Scroll the table sideways to see all of it\.<\/p><div class="app-table-scroll" role="region" aria-label="Who sits where \(scrolls sideways\)" tabindex="0"><table class="govuk-table">/,
    );
    expect(html.endsWith('</table></div>')).toBe(true);
  });

  it('is the plain table without a label', () => {
    const html = renderToStaticMarkup(<Table rows={[[{ text: 'x' }]]} />);
    expect(html.startsWith('<table class="govuk-table">')).toBe(true);
  });
});
