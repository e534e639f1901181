import { ErrorSummary } from '@boards/web/ui-govuk';
import type { FieldError } from '../form-state';

/**
 * The GOV.UK error summary for a form, at the top of the page: one link per problem to the field
 * it is about. A message that applies to several fields is listed once, linking to the first.
 */
export function FormErrorSummary({ errors }: { readonly errors: readonly FieldError[] }) {
  if (!errors.length) return null;
  const listed = errors.filter(
    (error, index) => errors.findIndex((other) => other.message === error.message) === index,
  );
  return (
    <ErrorSummary
      title="There is a problem"
      errorList={listed.map((error) => ({ text: error.message, href: `#${error.field}` }))}
    />
  );
}
