import { DiscardTermsOfReferenceDraftDocument } from '@boards/web/api-client';
import { Button, WarningText } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';
import { TERMS_OF_REFERENCE_BREADCRUMBS } from '../terms-of-reference/breadcrumbs';
import { DRAFT_ID, EXPECTED_VERSION } from '../terms-of-reference/draft-form';
import { loadSecretariatTermsOfReference } from '../terms-of-reference/secretariat-loader.server';
import { secretariatTermsOfReferencePaths } from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: TERMS_OF_REFERENCE_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      `Discard the draft: ${args.data?.body.name ?? 'terms of reference'}`,
      args,
    ),
  },
];

const DISCARD = 'discard';

export async function loader(args: LoaderFunctionArgs) {
  return { body: (await loadSecretariatTermsOfReference(args)).body };
}

/** Throws the draft away, unless someone saved it after this page was opened. */
export async function action(args: ActionFunctionArgs) {
  const posted = await readForm(args.request);
  const { body } = await loadSecretariatTermsOfReference(args);
  const id = formString(posted, DRAFT_ID);
  const expectedVersion = Number(formString(posted, EXPECTED_VERSION));
  if (!id || !Number.isSafeInteger(expectedVersion)) throw new Response(null, { status: 400 });
  const outcome = await apiAttempt(
    args,
    ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'],
    DiscardTermsOfReferenceDraftDocument,
    { id, expectedVersion },
  );
  if (!outcome.ok) {
    const message =
      outcome.error.code === 'CONFLICT'
        ? 'Someone saved the draft after you opened this page. Check it before you discard it'
        : outcome.error.message;
    return redirectWithErrors(args.request, [{ field: DISCARD, message }]);
  }
  return redirect(secretariatTermsOfReferencePaths(body.slug).overview, {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(args.request, 'Draft discarded') },
  });
}

export default function DiscardTermsOfReferenceDraft() {
  const { body } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const draft = body.termsOfReferenceDraft;
  const paths = secretariatTermsOfReferencePaths(body.slug);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        {draft ? (
          <>
            <h1 className="govuk-heading-l">Discard the draft of version {draft.number}?</h1>
            <WarningText>
              Its changes will be lost. The published versions stay as they are, and the audit trail
              keeps a copy of the draft.
            </WarningText>
            <form method="post" action={paths.discard}>
              <input type="hidden" name={DRAFT_ID} value={draft.id} />
              <input type="hidden" name={EXPECTED_VERSION} value={draft.version} />
              <div className="govuk-button-group">
                <Button id={DISCARD} className="govuk-button--warning">
                  Discard the draft
                </Button>
                <a className="govuk-link" href={paths.draft}>
                  Keep the draft
                </a>
              </div>
            </form>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">There is no draft</h1>
            <p className="govuk-body">
              <a className="govuk-link" href={paths.overview}>
                Go to the terms of reference
              </a>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
