import type { ReactNode } from 'react';

export const LINK_NOT_VALID_TITLE = 'This link cannot be used';

/** The page for an emailed link that has expired, been used or been withdrawn. */
export function LinkNotValid({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{LINK_NOT_VALID_TITLE}</h1>
        <p className="govuk-body">The link has expired or has already been used.</p>
        {children}
      </div>
    </div>
  );
}
