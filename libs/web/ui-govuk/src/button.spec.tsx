import { Button } from './button';
import {
  attributeProps,
  content,
  describeFixtures,
  type CommonOptions,
  type TextOrHtml,
} from './testing/fixtures';

interface Options extends TextOrHtml, CommonOptions {
  id?: string;
  name?: string;
  type?: 'submit' | 'button' | 'reset';
  value?: string;
  disabled?: boolean;
  href?: string;
  isStartButton?: boolean;
  preventDoubleClick?: boolean;
}

describeFixtures<Options>('button', (options) => {
  const common = {
    id: options.id,
    isStartButton: options.isStartButton,
    className: options.classes,
    ...attributeProps(options.attributes),
  };
  const children = content(options.text, options.html);
  return options.href !== undefined ? (
    <Button href={options.href} {...common}>
      {children}
    </Button>
  ) : (
    <Button
      name={options.name}
      type={options.type}
      value={options.value}
      disabled={options.disabled}
      preventDoubleClick={options.preventDoubleClick}
      {...common}
    >
      {children}
    </Button>
  );
});
