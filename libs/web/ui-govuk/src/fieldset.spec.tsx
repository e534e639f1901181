import { Fieldset } from './fieldset';
import {
  attributeProps,
  content,
  describeFixtures,
  html,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends CommonOptions {
  describedBy?: string;
  role?: string;
  legend?: TextOrHtml & { classes?: string; isPageHeading?: boolean };
  html?: string;
}

describeFixtures<Options>('fieldset', (options) => (
  <Fieldset
    legend={
      options.legend && {
        text: content(options.legend.text, options.legend.html),
        className: options.legend.classes,
        isPageHeading: options.legend.isPageHeading,
      }
    }
    aria-describedby={options.describedBy}
    role={options.role}
    className={options.classes}
    {...attributeProps(options.attributes)}
  >
    {options.html ? html(options.html) : null}
  </Fieldset>
));
