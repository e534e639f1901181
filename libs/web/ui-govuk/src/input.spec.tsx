import { Input, type InputAffix } from './input';
import {
  attributeProps,
  content,
  describeFixtures,
  type AttributesOption,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface PartOption extends TextOrHtml, CommonOptions {}

interface Options extends CommonOptions {
  id?: string;
  name: string;
  type?: string;
  inputmode?: 'decimal' | 'numeric' | 'text';
  value?: string | number;
  disabled?: boolean;
  describedBy?: string;
  label?: PartOption & { isPageHeading?: boolean };
  hint?: PartOption;
  errorMessage?: PartOption & { visuallyHiddenText?: string };
  prefix?: PartOption;
  suffix?: PartOption;
  formGroup?: { classes?: string; attributes?: AttributesOption };
  inputWrapper?: { classes?: string; attributes?: AttributesOption };
  autocomplete?: string;
  pattern?: string;
  spellcheck?: boolean;
  autocapitalize?: string;
}

function affix(option: PartOption | undefined): InputAffix | undefined {
  return (
    option && {
      text: content(option.text, option.html),
      className: option.classes,
      attributes: attributeProps(option.attributes),
    }
  );
}

describeFixtures<Options>('input', (options) => (
  <Input
    id={options.id}
    name={options.name}
    type={options.type}
    inputMode={options.inputmode}
    defaultValue={options.value}
    disabled={options.disabled}
    aria-describedby={options.describedBy}
    autoComplete={options.autocomplete}
    pattern={options.pattern}
    spellCheck={options.spellcheck}
    autoCapitalize={options.autocapitalize}
    label={content(options.label?.text, options.label?.html)}
    labelClassName={options.label?.classes}
    labelIsPageHeading={options.label?.isPageHeading}
    labelAttributes={attributeProps(options.label?.attributes)}
    hint={options.hint && content(options.hint.text, options.hint.html)}
    hintClassName={options.hint?.classes}
    hintAttributes={attributeProps(options.hint?.attributes)}
    errorMessage={
      options.errorMessage && content(options.errorMessage.text, options.errorMessage.html)
    }
    errorMessageClassName={options.errorMessage?.classes}
    errorMessageVisuallyHiddenText={options.errorMessage?.visuallyHiddenText}
    prefix={affix(options.prefix)}
    suffix={affix(options.suffix)}
    formGroupClassName={options.formGroup?.classes}
    formGroupAttributes={attributeProps(options.formGroup?.attributes)}
    inputWrapperClassName={options.inputWrapper?.classes}
    inputWrapperAttributes={attributeProps(options.inputWrapper?.attributes)}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
