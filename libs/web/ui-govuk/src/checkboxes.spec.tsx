import { renderToStaticMarkup } from 'react-dom/server';
import { Checkboxes } from './checkboxes';
import {
  attributeProps,
  content,
  describeFixtures,
  html,
  type AttributesOption,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface PartOption extends TextOrHtml, CommonOptions {}

interface ItemOption extends TextOrHtml {
  value: string;
  name?: string;
  id?: string;
  checked?: boolean;
  disabled?: boolean;
  behaviour?: 'exclusive';
  hint?: PartOption;
  label?: CommonOptions;
  conditional?: { html: string | false };
  attributes?: AttributesOption;
  divider?: string;
}

interface Options extends CommonOptions {
  name: string;
  idPrefix?: string;
  values?: string[];
  describedBy?: string;
  items: (ItemOption | null | false)[];
  fieldset?: CommonOptions & {
    describedBy?: string;
    legend?: TextOrHtml & { classes?: string; isPageHeading?: boolean };
  };
  hint?: PartOption;
  errorMessage?: PartOption;
  formGroup?: {
    classes?: string;
    attributes?: AttributesOption;
    beforeInputs?: TextOrHtml;
    afterInputs?: TextOrHtml;
  };
}

describeFixtures<Options>('checkboxes', (options) => (
  <Checkboxes
    name={options.name}
    idPrefix={options.idPrefix}
    values={options.values}
    describedBy={options.describedBy}
    items={options.items.map((item) =>
      !item
        ? item
        : item.divider
          ? { divider: item.divider }
          : {
              value: item.value,
              text: content(item.text, item.html),
              name: item.name,
              id: item.id,
              checked: item.checked,
              disabled: item.disabled,
              behaviour: item.behaviour,
              hint: item.hint && content(item.hint.text, item.hint.html),
              hintClassName: item.hint?.classes,
              hintAttributes: attributeProps(item.hint?.attributes),
              conditional: item.conditional?.html ? html(item.conditional.html) : undefined,
              labelClassName: item.label?.classes,
              labelAttributes: attributeProps(item.label?.attributes),
              attributes: attributeProps(item.attributes),
            },
    )}
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
    beforeInputs={
      options.formGroup?.beforeInputs &&
      content(options.formGroup.beforeInputs.text, options.formGroup.beforeInputs.html)
    }
    afterInputs={
      options.formGroup?.afterInputs &&
      content(options.formGroup.afterInputs.text, options.formGroup.afterInputs.html)
    }
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));

describe('Checkboxes', () => {
  it('checks exactly the items whose values a submitted form sent back', () => {
    const markup = renderToStaticMarkup(
      <Checkboxes
        name="topics"
        values={['finance', 'none-of-these']}
        fieldset={{ legend: { text: 'Which topics?', className: 'govuk-fieldset__legend--m' } }}
        errorMessage="Select a topic, or none of these"
        items={[
          { value: 'finance', text: 'Finance' },
          { value: 'fin', text: 'Fin' },
          { value: 'estates', text: 'Estates', hint: 'Buildings and land' },
          { divider: 'or' },
          { value: 'none-of-these', text: 'None of these', behaviour: 'exclusive' },
        ]}
      />,
    );
    const checked = [...markup.matchAll(/<input[^>]*>/g)]
      .map(([input]) => input)
      .filter((input) => / checked=""/.test(input))
      .map((input) => /value="([^"]*)"/.exec(input)?.[1]);

    expect(checked).toEqual(['finance', 'none-of-these']);
    expect(markup).toContain('aria-describedby="topics-error"');
    expect(markup).toContain('id="topics-5"');
  });
});
