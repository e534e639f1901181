import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

export type InsetTextProps = ComponentPropsWithoutRef<'div'>;

/** GOV.UK inset text: sets a quotation, example or extra note apart from the text around it. */
export function InsetText({ className, children, ...attributes }: InsetTextProps) {
  return (
    <div className={classNames('govuk-inset-text', className)} {...attributes}>
      {children}
    </div>
  );
}
