import { StartTermsOfReferenceDraftDocument } from '@boards/web/api-client';
import { Button, ErrorMessage, SummaryList, Table, Tag } from '@boards/web/ui-govuk';
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
import { formatDateTime, formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';
import { TERMS_OF_REFERENCE_BREADCRUMBS } from '../terms-of-reference/breadcrumbs';
import { loadSecretariatTermsOfReference } from '../terms-of-reference/secretariat-loader.server';
import {
  inForce,
  secretariatTermsOfReferencePaths,
  termsOfReferencePaths,
} from '../terms-of-reference/versions';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const handle: RouteHandle = { breadcrumbs: TERMS_OF_REFERENCE_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  { title: formPageTitle(`Terms of reference: ${args.data?.body.name ?? 'body'}`, args) },
];

/** Where the refusal to start a draft is shown. */
const START_DRAFT = 'start-draft';

export async function loader(args: LoaderFunctionArgs) {
  const { body } = await loadSecretariatTermsOfReference(args);
  return { body };
}

/** Starts the next draft, a copy of the published version, and opens it. */
export async function action(args: ActionFunctionArgs) {
  const posted = await readForm(args.request);
  const { body } = await loadSecretariatTermsOfReference(args);
  if (formString(posted, 'intent') !== 'start') throw new Response(null, { status: 400 });
  const paths = secretariatTermsOfReferencePaths(body.slug);
  const outcome = await apiAttempt(args, ['CONFLICT'], StartTermsOfReferenceDraftDocument, {
    bodyId: body.id,
  });
  if (!outcome.ok) {
    // Someone else started one first: this page now shows theirs.
    return redirectWithErrors(args.request, [
      { field: START_DRAFT, message: outcome.error.message },
    ]);
  }
  return redirect(paths.draft, {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(
        args.request,
        `Draft of version ${outcome.data.startTermsOfReferenceDraft.number} started`,
      ),
    },
  });
}

export default function SecretariatTermsOfReference() {
  const { body } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const paths = secretariatTermsOfReferencePaths(body.slug);
  const publicPaths = termsOfReferencePaths(body.slug);
  const current = body.termsOfReference;
  const draft = body.termsOfReferenceDraft;
  const history = body.termsOfReferenceHistory;
  const newest = history[0];
  const upcoming = history.find((version) => version.standing === 'FUTURE');
  const startError = errorFor(errors, START_DRAFT);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Terms of reference</h1>

        <h2 className="govuk-heading-m">In force now</h2>
        {current && current.effectiveFrom ? (
          <p className="govuk-body">
            Version {current.number}, in force since {formatLocalDate(current.effectiveFrom)}.{' '}
            <a className="govuk-link" href={publicPaths.version(current.number)}>
              Read version {current.number} as the public sees it
            </a>
          </p>
        ) : upcoming ? (
          <p className="govuk-body">
            None yet: version {upcoming.number} is published and{' '}
            {lowerFirst(inForce(upcoming).text)}.
          </p>
        ) : (
          <p className="govuk-body">No terms of reference have been published yet.</p>
        )}

        <h2 className="govuk-heading-m" id="draft">
          Draft
        </h2>
        {draft ? (
          <>
            <SummaryList
              rows={[
                { key: 'Version', value: `${draft.number} (draft)` },
                { key: 'Last saved', value: formatDateTime(draft.updatedAt) },
              ]}
            />
            <ul className="govuk-list">
              <li>
                <a className="govuk-link" href={paths.draft}>
                  Edit the draft
                </a>
              </li>
              <li>
                <a className="govuk-link" href={paths.preview}>
                  Preview it and see what changes
                </a>
              </li>
              <li>
                <a className="govuk-link" href={paths.publish}>
                  Publish it
                </a>
              </li>
              <li>
                <a className="govuk-link" href={paths.discard}>
                  Discard it
                </a>
              </li>
            </ul>
          </>
        ) : (
          <form method="post" action={paths.overview}>
            <input type="hidden" name="intent" value="start" />
            <div className={startError ? 'govuk-form-group govuk-form-group--error' : undefined}>
              {startError ? (
                <ErrorMessage id={`${START_DRAFT}-error`}>{startError}</ErrorMessage>
              ) : null}
              <p className="govuk-body">
                {newest
                  ? `There is no draft. A new draft starts as a copy of version ${newest.number}; nothing changes for the public until you publish it.`
                  : 'There is no draft. A new draft starts blank; nothing is shown to the public until you publish it.'}
              </p>
              <Button
                id={START_DRAFT}
                aria-describedby={startError ? `${START_DRAFT}-error` : undefined}
              >
                Start a new draft
              </Button>
            </div>
          </form>
        )}

        <h2 className="govuk-heading-m">Published versions</h2>
        {history.length ? (
          <Table
            caption="Published versions, newest first"
            scrollLabel="Published versions of the terms of reference"
            captionClassName="govuk-visually-hidden"
            head={[{ text: 'Version' }, { text: 'In force' }, { text: 'Published' }]}
            rows={history.map((version) => {
              const when = inForce(version);
              return [
                {
                  text: (
                    <a className="govuk-link" href={publicPaths.version(version.number)}>
                      Version {version.number}
                    </a>
                  ),
                },
                {
                  text: (
                    <>
                      {when.text}
                      {when.kind === 'CURRENT' ? (
                        <>
                          {' '}
                          <Tag colour="green">Current</Tag>
                        </>
                      ) : null}
                    </>
                  ),
                },
                { text: version.publishedAt ? formatDateTime(version.publishedAt) : '' },
              ];
            })}
          />
        ) : (
          <p className="govuk-body">None yet.</p>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={publicPaths.history}>
            Every version and what changed, as the public sees them
          </a>
        </p>
      </div>
    </div>
  );
}
