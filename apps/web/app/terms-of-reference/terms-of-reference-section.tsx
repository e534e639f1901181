import type { BodyTermsOfReferenceFragment } from '@boards/web/api-client';
import { TermsOfReferenceDetails } from './terms-of-reference-details';
import { formatLocalDate } from '../dates';
import { inForceLines, termsOfReferencePaths } from './versions';

/**
 * The body page's "Terms of reference" section: the version in force today, and the way to
 * every earlier version and what changed.
 */
export function TermsOfReferenceSection({
  slug,
  body,
}: {
  readonly slug: string;
  readonly body: BodyTermsOfReferenceFragment;
}) {
  const current = body.termsOfReference;
  const paths = termsOfReferencePaths(slug);
  // None in force yet: perhaps one published to come into force later.
  const [upcoming] = current ? [] : inForceLines(null, body.termsOfReferenceHistory);
  return (
    <section aria-labelledby="terms-of-reference">
      <h2 className="govuk-heading-l" id="terms-of-reference">
        Terms of reference
      </h2>
      {current && current.effectiveFrom ? (
        <>
          <p className="govuk-body">
            Version {current.number}, in force since{' '}
            <time dateTime={current.effectiveFrom}>{formatLocalDate(current.effectiveFrom)}</time>.
          </p>
          <TermsOfReferenceDetails version={current} headingLevel={3} />
          <ul className="govuk-list">
            {current.number > 1 ? (
              <li>
                <a className="govuk-link" href={paths.compare(current.number - 1, current.number)}>
                  What changed in version {current.number}
                </a>
              </li>
            ) : null}
            <li>
              <a className="govuk-link" href={paths.history}>
                Every version of the terms of reference
              </a>
            </li>
          </ul>
        </>
      ) : upcoming ? (
        <p className="govuk-body">
          {upcoming}.{' '}
          <a className="govuk-link" href={paths.history}>
            Read the terms of reference
          </a>
        </p>
      ) : (
        <p className="govuk-body">No terms of reference have been published yet.</p>
      )}
    </section>
  );
}
