import { renderToStaticMarkup } from 'react-dom/server';
import { Select } from './select';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface PartOption extends TextOrHtml, CommonOptions {}

interface ItemOption {
  value?: string | number | boolean;
  text: string;
  selected?: boolean;
  disabled?: boolean;
  attributes?: AttributesOption;
}

interface Options extends CommonOptions {
  id?: string;
  name: string;
  value?: string | number;
  items?: (ItemOption | null | false | '')[];
  describedBy?: string;
  label?: PartOption & { isPageHeading?: boolean };
  hint?: PartOption;
  errorMessage?: PartOption;
  formGroup?: { classes?: string; attributes?: AttributesOption };
}

describeFixtures<Options>('select', (options) => (
  <Select
    id={options.id}
    name={options.name}
    value={options.value === undefined ? undefined : String(options.value)}
    items={(options.items ?? []).map(
      (item) =>
        item && {
          value: item.value === undefined ? undefined : String(item.value),
          text: item.text,
          selected: item.selected,
          disabled: item.disabled,
          attributes: attributeProps(item.attributes),
        },
    )}
    aria-describedby={options.describedBy}
    label={content(options.label?.text, options.label?.html)}
    labelClassName={options.label?.classes}
    labelIsPageHeading={options.label?.isPageHeading}
    hint={options.hint && content(options.hint.text, options.hint.html)}
    hintClassName={options.hint?.classes}
    errorMessage={
      options.errorMessage && content(options.errorMessage.text, options.errorMessage.html)
    }
    errorMessageClassName={options.errorMessage?.classes}
    formGroupClassName={options.formGroup?.classes}
    formGroupAttributes={attributeProps(options.formGroup?.attributes)}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));

describe('Select', () => {
  it('selects nothing when no value matches', () => {
    const html = renderToStaticMarkup(
      <Select name="s" label="S" value="x" items={[{ value: 'a', text: 'A' }]} />,
    );
    expect(html).not.toContain('selected');
  });
});
