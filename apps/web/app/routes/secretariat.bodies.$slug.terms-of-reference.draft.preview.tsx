import { SecretariatTermsOfReferenceDraftChangesDocument } from '@boards/web/api-client';
import { Button, InsetText } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { TERMS_OF_REFERENCE_BREADCRUMBS } from '../terms-of-reference/breadcrumbs';
import { loadSecretariatTermsOfReference } from '../terms-of-reference/secretariat-loader.server';
import { TermsOfReferenceChanges } from '../terms-of-reference/terms-of-reference-changes';
import { TermsOfReferenceDetails } from '../terms-of-reference/terms-of-reference-details';
import { secretariatTermsOfReferencePaths } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: TERMS_OF_REFERENCE_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: pageTitle(
      data?.body.termsOfReferenceDraft
        ? `Preview version ${data.body.termsOfReferenceDraft.number}: ${data.body.name}`
        : 'Preview terms of reference',
    ),
  },
];

/** The draft as the public will see it once published, and what it changes. */
export async function loader(args: LoaderFunctionArgs) {
  const { body } = await loadSecretariatTermsOfReference(args);
  const draft = body.termsOfReferenceDraft;
  const newest = body.termsOfReferenceHistory[0];
  const changes =
    draft && newest
      ? ((
          await apiRequest(args, SecretariatTermsOfReferenceDraftChangesDocument, {
            slug: body.slug,
            from: newest.number,
            to: draft.number,
          })
        ).body?.termsOfReferenceComparison ?? null)
      : null;
  return { body, changes, comparedWith: newest?.number ?? null };
}

export default function PreviewTermsOfReferenceDraft() {
  const { body, changes, comparedWith } = useLoaderData<typeof loader>();
  const draft = body.termsOfReferenceDraft;
  const paths = secretariatTermsOfReferencePaths(body.slug);
  if (!draft) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{body.name}</span>
          <h1 className="govuk-heading-l">There is no draft</h1>
          <p className="govuk-body">
            <a className="govuk-link" href={paths.overview}>
              Go to the terms of reference
            </a>{' '}
            to start a new one.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Preview version {draft.number}</h1>
        <InsetText>
          This is how the public will see the terms of reference on the {body.name}’s page once you
          publish them. Nothing is published yet.
        </InsetText>
        <section className="app-preview" aria-labelledby="preview-heading">
          <h2 className="govuk-heading-l" id="preview-heading">
            Terms of reference
          </h2>
          <p className="govuk-body">
            Version {draft.number}, in force from the date you choose when you publish it.
          </p>
          <TermsOfReferenceDetails version={draft} headingLevel={3} />
        </section>
        {changes && comparedWith !== null ? (
          <>
            <h2 className="govuk-heading-l">What changes from version {comparedWith}</h2>
            <TermsOfReferenceChanges
              comparison={changes}
              fromLabel={`Version ${comparedWith}`}
              toLabel={`Draft of version ${draft.number}`}
              headingLevel={3}
            />
          </>
        ) : null}
        <div className="govuk-button-group">
          <Button href={paths.publish}>Continue to publish</Button>
          <a className="govuk-link" href={paths.draft}>
            Change the draft
          </a>
        </div>
      </div>
    </div>
  );
}
