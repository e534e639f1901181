import { FileUpload } from './file-upload';
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
  disabled?: boolean;
  multiple?: boolean;
  describedBy?: string;
  javascript?: boolean;
  label?: PartOption & { isPageHeading?: boolean };
  hint?: PartOption;
  errorMessage?: PartOption;
  formGroup?: { classes?: string; attributes?: AttributesOption };
  wrapperClasses?: string;
  wrapperAttributes?: AttributesOption;
  chooseFilesButtonText?: string;
  noFileChosenText?: string;
  multipleFilesChosenText?: { one?: string; other?: string };
  dropInstructionText?: string;
  enteredDropZoneText?: string;
  leftDropZoneText?: string;
}

describeFixtures<Options>('file-upload', (options) => (
  <FileUpload
    id={options.id}
    name={options.name}
    disabled={options.disabled}
    multiple={options.multiple}
    javascript={options.javascript}
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
    wrapperClassName={options.wrapperClasses}
    wrapperAttributes={attributeProps(options.wrapperAttributes)}
    chooseFilesButtonText={options.chooseFilesButtonText}
    noFileChosenText={options.noFileChosenText}
    multipleFilesChosenText={options.multipleFilesChosenText}
    dropInstructionText={options.dropInstructionText}
    enteredDropZoneText={options.enteredDropZoneText}
    leftDropZoneText={options.leftDropZoneText}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
