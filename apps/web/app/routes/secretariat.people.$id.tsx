import {
  PUBLIC_DISPLAY_CHOICES,
  PUBLIC_DISPLAY_HINTS,
  PUBLIC_DISPLAY_LABELS,
} from '@boards/shared/contracts';
import {
  InvitePersonDocument,
  RecordPublicDisplayDocument,
  SecretariatPersonDocument,
  SetAccountDisabledDocument,
  UpdatePersonDocument,
  WithdrawPublicDisplayDocument,
} from '@boards/web/api-client';
import {
  Button,
  DateInput,
  ErrorMessage,
  InsetText,
  Radios,
  SummaryList,
  Table,
  Tag,
} from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { readWholeNumber } from '../secretariat/form-reading';
import { dateFieldsOf, dateInputError, dateInputItems } from '../date-fields';
import { errorFor, formPageTitle, useFormState, type FieldError } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { apiErrorField } from '../secretariat/api-error-field';
import { PEOPLE_BREADCRUMBS } from '../secretariat/breadcrumbs';
import {
  CONSENT_FIELD_IDS,
  GIVEN_ON,
  WITHDRAW_FIELD_IDS,
  WITHDRAWN_ON,
  readConsentForm,
  readWithdrawForm,
} from '../secretariat/consent-form';
import {
  ACCOUNT_STATUS,
  ACCOUNT_STATUS_DETAIL,
  accountStatusOf,
  consentHistoryRow,
  type AccountStatus,
  consentText,
  grantsText,
  livedExperienceText,
  publicViewSentence,
} from '../secretariat/person-display';
import { PersonFields } from '../secretariat/person-fields';
import {
  CONFLICT_MESSAGE,
  EXPECTED_VERSION,
  PERSON_FIELD_IDS,
  changedFields,
  personFormValues,
  readPersonForm,
  type PersonField,
} from '../secretariat/person-form';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: PEOPLE_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  { title: formPageTitle(args.data?.person.fullName ?? 'Person', args) },
];

/** Where the values someone tried to save are kept when another save got there first. */
const YOURS = 'yours.';

const FIELD_LABELS: Record<PersonField, string> = {
  fullName: 'Full name',
  email: 'Email address',
  phone: 'Phone number',
  affiliation: 'Organisation or role',
  bio: 'Bio',
  livedExperience: 'Lived experience of care',
};

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  // The consent forms start from the API's day, the day it judges consent on.
  const { person, today } = await apiRequest(args, SecretariatPersonDocument, {
    id: args.params['id'] ?? '',
  });
  if (!person) throw new Response(null, { status: 404 });
  return { person, today };
}

async function done(request: Request, notice: string): Promise<Response> {
  const url = new URL(request.url);
  return redirect(url.pathname, {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, notice) },
  });
}

async function saveDetails(args: ActionFunctionArgs, id: string, posted: FormData) {
  const { request } = args;
  const form = readPersonForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT', 'CONFLICT'], UpdatePersonDocument, {
    id,
    input: form.input,
    expectedVersion,
  });
  if (outcome.ok) return done(request, 'Details saved');
  const { error } = outcome;
  if (error.code === 'CONFLICT' && apiErrorField(error) === undefined) {
    // Someone else saved first: the page shows their version, and what this person tried.
    return redirectWithErrors(
      request,
      [{ field: 'fullName', message: CONFLICT_MESSAGE }],
      Object.fromEntries(Object.entries(form.values).map(([name, value]) => [YOURS + name, value])),
    );
  }
  return redirectWithErrors(
    request,
    fieldErrorsFromApi(error, PERSON_FIELD_IDS, 'fullName'),
    form.values,
  );
}

async function recordConsent(args: ActionFunctionArgs, personId: string, posted: FormData) {
  const { request } = args;
  const form = readConsentForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], RecordPublicDisplayDocument, {
    personId,
    input: form.input,
  });
  if (outcome.ok) return done(request, 'Consent recorded');
  return redirectWithErrors(
    request,
    fieldErrorsFromApi(outcome.error, CONSENT_FIELD_IDS, 'choice'),
    form.values,
  );
}

async function recordWithdrawal(args: ActionFunctionArgs, personId: string, posted: FormData) {
  const { request } = args;
  const form = readWithdrawForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], WithdrawPublicDisplayDocument, {
    personId,
    effectiveOn: form.input.effectiveOn,
  });
  if (outcome.ok) return done(request, 'Withdrawal of consent recorded');
  return redirectWithErrors(
    request,
    fieldErrorsFromApi(outcome.error, WITHDRAW_FIELD_IDS, `${WITHDRAWN_ON}-day`),
    form.values,
  );
}

/** The id of the account section's first button, where the API's refusals are shown. */
const ACCOUNT_ACTION = 'account-action';

/** Refusals of the account actions that people can act on, such as a missing email address. */
const ACCOUNT_ERRORS = ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION'] as const;

async function invite(args: ActionFunctionArgs, personId: string) {
  const outcome = await apiAttempt(args, ACCOUNT_ERRORS, InvitePersonDocument, { personId });
  if (!outcome.ok) {
    return redirectWithErrors(args.request, [
      { field: ACCOUNT_ACTION, message: outcome.error.message },
    ]);
  }
  const { email } = outcome.data.invitePerson;
  return done(args.request, email ? `Invitation sent to ${email}` : 'Invitation sent');
}

async function setDisabled(args: ActionFunctionArgs, personId: string, disabled: boolean) {
  const outcome = await apiAttempt(args, ACCOUNT_ERRORS, SetAccountDisabledDocument, {
    personId,
    disabled,
  });
  if (!outcome.ok) {
    return redirectWithErrors(args.request, [
      { field: ACCOUNT_ACTION, message: outcome.error.message },
    ]);
  }
  return done(
    args.request,
    disabled
      ? 'Account disabled: they have been signed out and cannot sign in'
      : 'Account enabled: they can sign in again',
  );
}

/** The page's forms, told apart by their hidden `intent`. */
export async function action(args: ActionFunctionArgs) {
  await requireSignedIn(args.request);
  const id = args.params['id'] ?? '';
  const posted = await readForm(args.request);
  switch (formString(posted, 'intent')) {
    case 'details':
      return saveDetails(args, id, posted);
    case 'consent':
      return recordConsent(args, id, posted);
    case 'withdraw':
      return recordWithdrawal(args, id, posted);
    case 'invite':
      return invite(args, id);
    case 'disable':
      return setDisabled(args, id, true);
    case 'enable':
      return setDisabled(args, id, false);
    default:
      throw new Response(null, { status: 400 });
  }
}

function Intent({ value }: { readonly value: string }) {
  return <input type="hidden" name="intent" value={value} />;
}

/**
 * What can be done with the person's sign-in: invite them (again) while they have no password,
 * and disable or enable their account. The API decides whether it may be done.
 */
function AccountActions({
  pagePath,
  status,
  hasEmail,
  errors,
}: {
  /** The page's own address: a form posts there without any #fragment of the current one. */
  readonly pagePath: string;
  readonly status: AccountStatus;
  readonly hasEmail: boolean;
  readonly errors: readonly FieldError[];
}) {
  const error = errorFor(errors, ACCOUNT_ACTION);
  const actions: { intent: string; text: string; className?: string }[] = [];
  if (status === 'NONE' || status === 'INVITED') {
    actions.push({
      intent: 'invite',
      text: status === 'INVITED' ? 'Send a new invitation' : 'Invite them to sign in',
      className: 'govuk-button--secondary',
    });
  }
  if (status === 'ACTIVE' || status === 'INVITED') {
    actions.push({
      intent: 'disable',
      text: 'Disable account',
      className: 'govuk-button--warning',
    });
  }
  if (status === 'DISABLED') {
    actions.push({
      intent: 'enable',
      text: 'Enable account',
      className: 'govuk-button--secondary',
    });
  }
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : undefined}>
      {error ? <ErrorMessage id={`${ACCOUNT_ACTION}-error`}>{error}</ErrorMessage> : null}
      {status === 'NONE' || status === 'INVITED' ? (
        <p className="govuk-body">
          {hasEmail
            ? 'An invitation emails them a link to set a password. It replaces any earlier invitation.'
            : 'Add an email address to their details before inviting them.'}{' '}
          <a className="govuk-link" href="/secretariat/invitations">
            See all invitations
          </a>
        </p>
      ) : null}
      {status === 'ACTIVE' ? (
        <p className="govuk-body">
          Disabling their account signs them out everywhere and stops them signing in until it is
          enabled again.
        </p>
      ) : null}
      {actions.length ? (
        <form method="post" action={pagePath}>
          <div className="govuk-button-group">
            {actions.map((action, index) => (
              <Button
                key={action.intent}
                name="intent"
                value={action.intent}
                id={index === 0 ? ACCOUNT_ACTION : undefined}
                className={action.className}
                aria-describedby={index === 0 && error ? `${ACCOUNT_ACTION}-error` : undefined}
              >
                {action.text}
              </Button>
            ))}
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** The fields of a date input prefilled with `date`, unless the form was posted with others. */
function dateValues(prefix: string, posted: Readonly<Record<string, string>>, date: string) {
  if (`${prefix}-day` in posted) return posted;
  const fields = dateFieldsOf(date);
  return {
    [`${prefix}-day`]: fields.day,
    [`${prefix}-month`]: fields.month,
    [`${prefix}-year`]: fields.year,
  };
}

export default function PersonPage() {
  const { person, today } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const conflict = errors.some((error) => error.message === CONFLICT_MESSAGE);
  const saved = personFormValues(person);
  const details = conflict ? saved : { ...saved, ...posted };
  const yours = Object.fromEntries(
    Object.entries(posted)
      .filter(([name]) => name.startsWith(YOURS))
      .map(([name, value]) => [name.slice(YOURS.length), value]),
  );
  const unsaved = conflict ? changedFields(yours, saved) : [];
  const status = accountStatusOf(person.account);
  const view = person.publicView;
  const everGiven = person.publicDisplayHistory.some((entry) => entry.kind === 'GIVEN');
  const givenOn = dateInputError(errors, GIVEN_ON);
  const withdrawnOn = dateInputError(errors, WITHDRAWN_ON);
  const pagePath = `/secretariat/people/${encodeURIComponent(person.id)}`;
  const auditHref = `/secretariat/audit?${new URLSearchParams({ objectType: 'Person', objectId: person.id })}`;

  return (
    <>
      <FormErrorSummary errors={errors} />
      <span className="govuk-caption-l">Person</span>
      <h1 className="govuk-heading-l">{person.fullName}</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={auditHref}>
          See every change to this person in the audit trail
        </a>
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" id="public-view">
            How the public sees them now
          </h2>
          <p className="govuk-body">{publicViewSentence(view)}</p>
          <SummaryList
            rows={[
              { key: 'Shown as', value: view.displayName ?? 'Not shown' },
              { key: 'Organisation or role', value: view.affiliation ?? 'Not shown' },
              { key: 'Bio', value: view.bio ?? 'Not shown' },
              { key: 'Lived experience of care', value: livedExperienceText(view) },
              { key: 'Consent in force today', value: consentText(person.publicDisplay) },
            ]}
          />

          <h2 className="govuk-heading-m" id="details">
            Details
          </h2>
          {conflict && unsaved.length ? (
            <InsetText>
              <p className="govuk-body">These changes of yours were not saved:</p>
              <SummaryList
                className="govuk-!-margin-bottom-0"
                rows={unsaved.map((field) => ({
                  key: FIELD_LABELS[field],
                  value:
                    field === 'livedExperience'
                      ? yours[field] === 'yes'
                        ? 'Yes'
                        : 'No'
                      : yours[field] || 'Blank',
                }))}
              />
            </InsetText>
          ) : null}
          <form method="post" action={pagePath} noValidate>
            <Intent value="details" />
            <input type="hidden" name={EXPECTED_VERSION} value={person.version} />
            <PersonFields values={details} errors={errors} />
            <Button>Save details</Button>
          </form>

          <h2 className="govuk-heading-m" id="consent">
            Consent to public display
          </h2>
          {person.publicDisplayHistory.length ? (
            <Table
              caption="Consent history, most recent first"
              captionClassName="govuk-table__caption--s"
              head={[
                { text: 'From' },
                { text: 'Consent' },
                { text: 'Lived experience' },
                { text: 'Recorded' },
              ]}
              rows={[...person.publicDisplayHistory].reverse().map((entry) => {
                const row = consentHistoryRow(entry);
                return [
                  { text: <time dateTime={entry.effectiveOn}>{row.from}</time> },
                  { text: row.what },
                  { text: row.livedExperience },
                  { text: row.recorded },
                ];
              })}
            />
          ) : (
            <p className="govuk-body">
              No consent has been recorded. Until it is, the public sees them only as ‘A member’.
            </p>
          )}

          <form method="post" action={pagePath} noValidate>
            <Intent value="consent" />
            <h3 className="govuk-heading-s">Record consent they have given</h3>
            <p className="govuk-body">
              For example, on a paper consent form. It replaces their earlier choice from the date
              you give.
            </p>
            <Radios
              name="choice"
              fieldset={{
                legend: {
                  text: 'How did they agree to be shown to the public?',
                  className: 'govuk-fieldset__legend--s',
                },
              }}
              value={posted['choice']}
              items={PUBLIC_DISPLAY_CHOICES.map((choice) => ({
                value: choice,
                text: PUBLIC_DISPLAY_LABELS[choice],
                hint: PUBLIC_DISPLAY_HINTS[choice],
              }))}
              errorMessage={errorFor(errors, 'choice')}
            />
            {person.livedExperience ? (
              <Radios
                name="showLivedExperience"
                className="govuk-radios--inline"
                fieldset={{
                  legend: {
                    text: 'Did they agree that the public may see they have lived experience of care?',
                    className: 'govuk-fieldset__legend--s',
                  },
                }}
                hint="Only ever shown with their agreement"
                value={posted['showLivedExperience']}
                items={[
                  { value: 'yes', text: 'Yes' },
                  { value: 'no', text: 'No' },
                ]}
                errorMessage={errorFor(errors, 'showLivedExperience')}
              />
            ) : (
              <input type="hidden" name="showLivedExperience" value="no" />
            )}
            <DateInput
              id={GIVEN_ON}
              namePrefix={GIVEN_ON}
              fieldset={{
                legend: { text: 'From which date?', className: 'govuk-fieldset__legend--s' },
              }}
              hint="Usually the date they gave consent, for example 27 3 2026"
              items={dateInputItems(GIVEN_ON, dateValues(GIVEN_ON, posted, today), givenOn.parts)}
              errorMessage={givenOn.message}
            />
            <Button>Record consent</Button>
          </form>

          {everGiven ? (
            <form method="post" action={pagePath} noValidate>
              <Intent value="withdraw" />
              <h3 className="govuk-heading-s">Record that they withdrew consent</h3>
              <p className="govuk-body">
                From that date the public sees them only as ‘A member’, and never sees their lived
                experience.
              </p>
              <DateInput
                id={WITHDRAWN_ON}
                namePrefix={WITHDRAWN_ON}
                fieldset={{
                  legend: {
                    text: 'From which date?',
                    className: 'govuk-fieldset__legend--s',
                  },
                }}
                hint="Usually the date they told you, for example 27 3 2026"
                items={dateInputItems(
                  WITHDRAWN_ON,
                  dateValues(WITHDRAWN_ON, posted, today),
                  withdrawnOn.parts,
                )}
                errorMessage={withdrawnOn.message}
              />
              <Button className="govuk-button--warning">Record withdrawal</Button>
            </form>
          ) : null}

          <h2 className="govuk-heading-m" id="account">
            Account
          </h2>
          <SummaryList
            rows={[
              {
                key: 'Status',
                value: (
                  <>
                    <Tag colour={ACCOUNT_STATUS[status].colour}>{ACCOUNT_STATUS[status].label}</Tag>
                    <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      {ACCOUNT_STATUS_DETAIL[status]}
                    </p>
                  </>
                ),
              },
              person.account && { key: 'Rights', value: grantsText(person.account.grants) },
              person.account && {
                key: 'Two-step verification',
                value: person.account.totpEnabled ? 'Set up' : 'Not set up',
              },
            ]}
          />
          <AccountActions
            pagePath={pagePath}
            status={status}
            hasEmail={Boolean(person.email)}
            errors={errors}
          />
        </div>
      </div>
    </>
  );
}
