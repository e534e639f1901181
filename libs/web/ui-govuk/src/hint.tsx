import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

export type HintProps = ComponentPropsWithoutRef<'div'>;

/** GOV.UK hint text: help for answering a question, under its label or legend. */
export function Hint({ className, children, ...attributes }: HintProps) {
  return (
    <div className={classNames('govuk-hint', className)} {...attributes}>
      {children}
    </div>
  );
}
