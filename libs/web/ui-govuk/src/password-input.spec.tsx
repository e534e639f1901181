import { PasswordInput } from './password-input';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface PartOption extends TextOrHtml, CommonOptions {}

interface Options extends CommonOptions {
  id?: string;
  name: string;
  value?: string;
  describedBy?: string;
  autocomplete?: 'current-password' | 'new-password';
  label?: PartOption & { isPageHeading?: boolean };
  hint?: PartOption;
  errorMessage?: PartOption;
  showPasswordText?: string;
  hidePasswordText?: string;
  showPasswordAriaLabelText?: string;
  hidePasswordAriaLabelText?: string;
  passwordShownAnnouncementText?: string;
  passwordHiddenAnnouncementText?: string;
}

describeFixtures<Options>('password-input', (options) => (
  <PasswordInput
    id={options.id}
    name={options.name}
    defaultValue={options.value}
    aria-describedby={options.describedBy}
    autoComplete={options.autocomplete}
    label={content(options.label?.text, options.label?.html)}
    labelClassName={options.label?.classes}
    labelIsPageHeading={options.label?.isPageHeading}
    hint={options.hint && content(options.hint.text, options.hint.html)}
    errorMessage={
      options.errorMessage && content(options.errorMessage.text, options.errorMessage.html)
    }
    showPasswordText={options.showPasswordText}
    hidePasswordText={options.hidePasswordText}
    showPasswordAriaLabelText={options.showPasswordAriaLabelText}
    hidePasswordAriaLabelText={options.hidePasswordAriaLabelText}
    passwordShownAnnouncementText={options.passwordShownAnnouncementText}
    passwordHiddenAnnouncementText={options.passwordHiddenAnnouncementText}
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
