import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

/** The tag colours of GOV.UK Frontend 6; leave `colour` out for the default blue. */
export type TagColour =
  'grey' | 'green' | 'teal' | 'purple' | 'magenta' | 'red' | 'orange' | 'yellow';

export interface TagProps extends ComponentPropsWithoutRef<'strong'> {
  readonly colour?: TagColour;
}

/** GOV.UK tag: a short status label. Colour must never be the only way the status is given. */
export function Tag({ colour, className, children, ...attributes }: TagProps) {
  return (
    <strong
      className={classNames('govuk-tag', colour && `govuk-tag--${colour}`, className)}
      {...attributes}
    >
      {children}
    </strong>
  );
}
