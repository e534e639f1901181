import { UpdateBodyDocument } from '@boards/web/api-client';
import { Button, InsetText, SummaryList } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { BODY_KIND_LABELS } from '../body-kind';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { formatLocalDate } from '../dates';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { apiErrorField } from '../secretariat/api-error-field';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { BodyFields } from '../secretariat/body-fields';
import {
  BODY_CONFLICT_MESSAGE,
  BODY_FIELD_IDS,
  EXPECTED_VERSION,
  bodyFormValues,
  readBodyForm,
} from '../secretariat/body-form';
import { readWholeNumber } from '../secretariat/form-reading';
import { loadBody } from '../secretariat/body-loader.server';
import { flashNotice } from '../session.server';

/** Where the values someone tried to save are kept when another save got there first. */
const YOURS = 'yours.';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  kind: 'Kind',
  purpose: 'Purpose',
  establishedOn: 'Established',
};

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data ? `Change the details of ${args.data.body.name}` : 'Change details',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { body: await loadBody(args) };
}

/**
 * Saves the details with the version the form was loaded with: if someone else saved in
 * between, the API answers CONFLICT and nothing is written; the page then shows their version,
 * and what this person tried, so that they can make their changes again.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const body = await loadBody(args);
  const posted = await readForm(request);
  const form = readBodyForm(posted, { withSlug: false });
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT', 'CONFLICT'], UpdateBodyDocument, {
    id: body.id,
    input: form.input,
    expectedVersion,
  });
  if (outcome.ok) {
    return redirect(bodyPath(body.slug), {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, 'Details saved') },
    });
  }
  const { error } = outcome;
  if (error.code === 'CONFLICT' && apiErrorField(error) === undefined) {
    return redirectWithErrors(
      request,
      [{ field: 'name', message: BODY_CONFLICT_MESSAGE }],
      Object.fromEntries(Object.entries(form.values).map(([name, value]) => [YOURS + name, value])),
    );
  }
  return redirectWithErrors(
    request,
    fieldErrorsFromApi(error, BODY_FIELD_IDS, 'name'),
    form.values,
  );
}

/** What someone tried to save, field by field, where it differs from the saved version. */
function unsavedChanges(
  yours: Readonly<Record<string, string>>,
  saved: Readonly<Record<string, string>>,
): { key: string; value: string }[] {
  const rows: { key: string; value: string }[] = [];
  for (const field of ['name', 'kind', 'purpose'] as const) {
    if (field in yours && yours[field].trim() !== (saved[field] ?? '').trim()) {
      const value =
        field === 'kind'
          ? (BODY_KIND_LABELS[yours[field] as keyof typeof BODY_KIND_LABELS] ?? 'Not chosen')
          : yours[field] || 'Blank';
      rows.push({ key: FIELD_LABELS[field], value });
    }
  }
  const date = ['day', 'month', 'year'].map((part) => yours[`establishedOn-${part}`] ?? '');
  const savedDate = ['day', 'month', 'year'].map((part) => saved[`establishedOn-${part}`] ?? '');
  if (date.some(Boolean) && date.join('-') !== savedDate.join('-')) {
    rows.push({ key: FIELD_LABELS['establishedOn'], value: date.join(' ') });
  }
  return rows;
}

export default function EditBody() {
  const { body } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const conflict = errors.some((error) => error.message === BODY_CONFLICT_MESSAGE);
  const saved = bodyFormValues(body);
  const values = conflict ? saved : { ...saved, ...posted };
  const yours = Object.fromEntries(
    Object.entries(posted)
      .filter(([name]) => name.startsWith(YOURS))
      .map(([name, value]) => [name.slice(YOURS.length), value]),
  );
  const unsaved = conflict ? unsavedChanges(yours, saved) : [];
  const path = bodyPath(body.slug, 'edit');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Change the details</h1>
        {conflict && unsaved.length ? (
          <InsetText>
            <p className="govuk-body">These changes of yours were not saved:</p>
            <SummaryList className="govuk-!-margin-bottom-0" rows={unsaved} />
          </InsetText>
        ) : null}
        <p className="govuk-body">
          Its web address, /bodies/{body.slug}, stays the same: people and other sites link to it.
          {body.dissolvedOn ? ` It was dissolved on ${formatLocalDate(body.dissolvedOn)}.` : null}
        </p>
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={body.version} />
          <BodyFields values={values} errors={errors} withSlug={false} />
          <Button>Save details</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug)}>
            Cancel and go back to {body.name}
          </a>
        </p>
      </div>
    </div>
  );
}
