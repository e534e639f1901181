import { Textarea } from './textarea';
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
  value?: string;
  rows?: number;
  describedBy?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  label?: PartOption & { isPageHeading?: boolean };
  hint?: PartOption;
  errorMessage?: PartOption;
  formGroup?: { classes?: string; attributes?: AttributesOption };
}

describeFixtures<Options>('textarea', (options) => (
  <Textarea
    id={options.id}
    name={options.name}
    defaultValue={options.value}
    rows={options.rows}
    aria-describedby={options.describedBy}
    autoComplete={options.autocomplete}
    spellCheck={options.spellcheck}
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
