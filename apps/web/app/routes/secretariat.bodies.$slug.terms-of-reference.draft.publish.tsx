import { PublishTermsOfReferenceDocument } from '@boards/web/api-client';
import { Button, DateInput, WarningText } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { apiErrorField } from '../secretariat/api-error-field';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { dateFieldsOf, dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';
import { TERMS_OF_REFERENCE_BREADCRUMBS } from '../terms-of-reference/breadcrumbs';
import {
  DRAFT_ID,
  EFFECTIVE_FROM,
  EXPECTED_VERSION,
  PUBLISH_FIELD_IDS,
  readPublishForm,
} from '../terms-of-reference/draft-form';
import { loadSecretariatTermsOfReference } from '../terms-of-reference/secretariat-loader.server';
import {
  secretariatTermsOfReferencePaths,
  termsOfReferencePaths,
} from '../terms-of-reference/versions';

export const handle: RouteHandle = { breadcrumbs: TERMS_OF_REFERENCE_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data?.body.termsOfReferenceDraft
        ? `Publish version ${args.data.body.termsOfReferenceDraft.number}: ${args.data.body.name}`
        : 'Publish terms of reference',
      args,
    ),
  },
];

/** Where refusals about the draft itself (unfinished, changed meanwhile) are shown. */
const DRAFT_PROBLEM = 'draft-problem';

export async function loader(args: LoaderFunctionArgs) {
  // The form starts from the API's day (and gives it as the example).
  return loadSecretariatTermsOfReference(args);
}

/**
 * Publishes the draft from the day chosen. The API supersedes the version before it in the
 * same step, and checks the date (after the current version's, not before the body existed).
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const posted = await readForm(request);
  const { body } = await loadSecretariatTermsOfReference(args);
  const id = formString(posted, DRAFT_ID);
  const expectedVersion = Number(formString(posted, EXPECTED_VERSION));
  if (!id || !Number.isSafeInteger(expectedVersion)) throw new Response(null, { status: 400 });
  const form = readPublishForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'],
    PublishTermsOfReferenceDocument,
    { id, expectedVersion, effectiveFrom: form.effectiveFrom },
  );
  if (outcome.ok) {
    const published = outcome.data.publishTermsOfReference;
    const from = formatLocalDate(published.effectiveFrom ?? form.effectiveFrom);
    const when =
      published.standing === 'FUTURE'
        ? `It comes into force on ${from}`
        : `It is in force from ${from}`;
    return redirect(secretariatTermsOfReferencePaths(body.slug).overview, {
      status: 303,
      headers: {
        'Set-Cookie': await flashNotice(request, `Version ${published.number} published. ${when}`),
      },
    });
  }
  const { error } = outcome;
  if (error.code === 'BAD_USER_INPUT' && apiErrorField(error) === 'effectiveFrom') {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(error, PUBLISH_FIELD_IDS, `${EFFECTIVE_FROM}-day`),
      form.values,
    );
  }
  const message =
    error.code === 'CONFLICT'
      ? 'Someone saved the draft after you opened this page. Preview it again before you publish it'
      : error.message;
  return redirectWithErrors(request, [{ field: DRAFT_PROBLEM, message }], form.values);
}

export default function PublishTermsOfReference() {
  const { body, today } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const draft = body.termsOfReferenceDraft;
  const paths = secretariatTermsOfReferencePaths(body.slug);
  const current = body.termsOfReferenceHistory[0];
  if (!draft) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">{body.name}</span>
          <h1 className="govuk-heading-l">There is no draft to publish</h1>
          <p className="govuk-body">
            It may have been published or discarded.{' '}
            <a className="govuk-link" href={paths.overview}>
              Go to the terms of reference
            </a>
            .
          </p>
        </div>
      </div>
    );
  }
  const date = dateInputError(errors, EFFECTIVE_FROM);
  const values =
    `${EFFECTIVE_FROM}-day` in posted
      ? posted
      : Object.fromEntries(
          Object.entries(dateFieldsOf(today)).map(([part, value]) => [
            `${EFFECTIVE_FROM}-${part}`,
            value,
          ]),
        );
  const problem = errors.find((error) => error.field === DRAFT_PROBLEM);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Publish version {draft.number}</h1>
        <p className="govuk-body" id={DRAFT_PROBLEM}>
          {problem ? (
            <strong className="govuk-!-font-weight-bold">{problem.message}. </strong>
          ) : null}
          <a className="govuk-link" href={paths.preview}>
            Preview version {draft.number}
          </a>{' '}
          or{' '}
          <a className="govuk-link" href={paths.draft}>
            change the draft
          </a>
          .
        </p>
        <form method="post" action={paths.publish} noValidate>
          <input type="hidden" name={DRAFT_ID} value={draft.id} />
          <input type="hidden" name={EXPECTED_VERSION} value={draft.version} />
          <DateInput
            id={EFFECTIVE_FROM}
            namePrefix={EFFECTIVE_FROM}
            fieldset={{
              legend: {
                text: 'When do they come into force?',
                className: 'govuk-fieldset__legend--m',
              },
            }}
            hint={
              current?.effectiveFrom
                ? `It can be in the past or the future, but must be after ${formatLocalDate(current.effectiveFrom)}, when version ${current.number} came into force. For example, ${dateFieldsOf(today).day} ${dateFieldsOf(today).month} ${dateFieldsOf(today).year}`
                : `It can be in the past or the future, but not before the ${body.name} was established. For example, ${dateFieldsOf(today).day} ${dateFieldsOf(today).month} ${dateFieldsOf(today).year}`
            }
            items={dateInputItems(EFFECTIVE_FROM, values, date.parts)}
            errorMessage={date.message}
          />
          <WarningText>
            Once published, version {draft.number} cannot be changed.
            {current ? ` Version ${current.number} will be kept in the history, superseded.` : ''}
          </WarningText>
          <div className="govuk-button-group">
            <Button>Publish version {draft.number}</Button>
            <a className="govuk-link" href={termsOfReferencePaths(body.slug).history}>
              See the published versions
            </a>
          </div>
        </form>
      </div>
    </div>
  );
}
