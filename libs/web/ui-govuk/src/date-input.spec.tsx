import { renderToStaticMarkup } from 'react-dom/server';
import { DateInput, type DateInputItem } from './date-input';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface PartOption extends TextOrHtml, CommonOptions {}

interface ItemOption extends CommonOptions {
  name?: string;
  id?: string;
  label?: string;
  value?: string | number;
  error?: boolean;
  inputmode?: 'numeric' | 'text';
  pattern?: string;
  autocomplete?: string;
}

type Key = 'day' | 'month' | 'year';

interface Options extends CommonOptions {
  id: string;
  namePrefix?: string;
  items?: ItemOption[];
  day?: ItemOption | false;
  month?: ItemOption | false;
  year?: ItemOption | false;
  values?: Record<string, string | number>;
  fieldset?: CommonOptions & {
    describedBy?: string;
    legend?: TextOrHtml & { classes?: string; isPageHeading?: boolean };
  };
  hint?: PartOption;
  errorMessage?: PartOption;
  formGroup?: { classes?: string; attributes?: AttributesOption };
}

const WIDTHS: Record<Key, string> = {
  day: 'govuk-input--width-2',
  month: 'govuk-input--width-2',
  year: 'govuk-input--width-4',
};

/**
 * The macro's `day`/`month`/`year`, `items` and `values` options as the component's items: an
 * item named like one of the three fields takes that field's value unless it has its own, then
 * the `values` entry for its full name.
 */
function itemsOf(options: Options): (DateInputItem | false)[] {
  const keys: Key[] = ['day', 'month', 'year'];
  const fields = keys.map((key) => {
    const option = options[key];
    const field =
      option === undefined
        ? { name: key, value: options.values?.[key], classes: WIDTHS[key] }
        : option;
    return [key, field] as const;
  });
  const source: (ItemOption | false)[] = options.items?.length
    ? options.items
    : fields.map(([, field]) => field);
  const prefix = options.namePrefix ? `${options.namePrefix}-` : '';
  return source.map((item) => {
    if (!item) return false;
    const match = fields.find(
      ([key, field]) =>
        field === item ||
        (item.name !== undefined && field && [key, field.name].includes(item.name)),
    );
    const name = item.name ?? match?.[0] ?? '';
    const field = match?.[1];
    const value =
      item.value ?? (field ? field.value : undefined) ?? options.values?.[prefix + name];
    return {
      name,
      label: item.label,
      value: value === undefined ? undefined : String(value),
      id: item.id,
      className: item.classes,
      error: item.error,
      inputMode: item.inputmode,
      pattern: item.pattern,
      autoComplete: item.autocomplete,
      attributes: attributeProps(item.attributes),
    };
  });
}

describeFixtures<Options>('date-input', (options) => (
  <DateInput
    id={options.id}
    namePrefix={options.namePrefix}
    items={itemsOf(options)}
    fieldset={
      options.fieldset && {
        legend: options.fieldset.legend && {
          text: content(options.fieldset.legend.text, options.fieldset.legend.html),
          className: options.fieldset.legend.classes,
          isPageHeading: options.fieldset.legend.isPageHeading,
        },
        className: options.fieldset.classes,
        describedBy: options.fieldset.describedBy,
        attributes: attributeProps(options.fieldset.attributes),
      }
    }
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

describe('DateInput', () => {
  it('asks for day, month and year by default, each in error with the group', () => {
    const html = renderToStaticMarkup(
      <DateInput
        id="from"
        namePrefix="from"
        items={[
          { name: 'day', value: '3' },
          { name: 'month', value: '4' },
          { name: 'year', value: '2025' },
        ]}
        errorMessage="Enter a real date"
      />,
    );
    expect(html.match(/govuk-input--error/g)).toHaveLength(3);
    expect(html).toContain('name="from-year"');
    expect(html).toContain('value="2025"');
    expect(html).toContain('govuk-input--width-4');
  });
});
