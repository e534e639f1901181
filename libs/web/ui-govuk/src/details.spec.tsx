import { Details } from './details';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  id?: string;
  summaryText?: string;
  summaryHtml?: string;
  open?: boolean;
}

describeFixtures<Options>('details', (options) => (
  <Details
    id={options.id}
    open={options.open}
    summary={content(options.summaryText, options.summaryHtml)}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {content(options.text, options.html)}
  </Details>
));
