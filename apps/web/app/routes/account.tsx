import {
  PUBLIC_DISPLAY_CHOICES,
  PUBLIC_DISPLAY_HINTS,
  PUBLIC_DISPLAY_LABELS,
  publicDisplayChoiceSchema,
} from '@boards/shared/contracts';
import {
  AccountPageDocument,
  SetMyPublicDisplayDocument,
  type AccountPageQuery,
} from '@boards/web/api-client';
import { Button, InsetText, Radios, SummaryList } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireMe, requireSignedIn } from '../auth.server';
import { CalendarFeedForms, CalendarFeedStatus } from '../calendars/calendar-feed-forms';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState, type FieldError } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { flashNotice } from '../session.server';

export const SAVED = 'Your choice is saved. The public sees you this way from today';

/** Ids of the form's inputs, for the error summary's links. */
const CHOICE_ID = 'choice';
const LIVED_EXPERIENCE_ID = 'showLivedExperience';

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Your account', args) }];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { me } = await apiRequest(args, AccountPageDocument);
  return { me: await requireMe(args.request, me) };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  await requireSignedIn(request);

  const errors: FieldError[] = [];
  const choice = publicDisplayChoiceSchema.safeParse(formString(form, 'choice'));
  if (!choice.success) {
    errors.push({ field: CHOICE_ID, message: 'Select how the public sees you' });
  }
  const shown = formString(form, 'showLivedExperience');
  if (shown !== 'yes' && shown !== 'no') {
    errors.push({
      field: LIVED_EXPERIENCE_ID,
      message: 'Select yes if the public may see that you have lived experience of care',
    });
  }
  if (!choice.success || errors.length) return redirectWithErrors(request, errors);

  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], SetMyPublicDisplayDocument, {
    input: { choice: choice.data, showLivedExperience: shown === 'yes' },
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(
        outcome.error,
        { choice: CHOICE_ID, showLivedExperience: LIVED_EXPERIENCE_ID },
        CHOICE_ID,
      ),
    );
  }
  return redirect('/account', {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, SAVED) },
  });
}

type Person = NonNullable<AccountPageQuery['me']>['person'];

/** What the public sees of the person today, in words, from the API's own public view. */
function PublicPreview({ person }: { readonly person: Person }) {
  const view = person.publicView;
  if (view.visibility === 'HIDDEN') {
    return (
      <InsetText>
        <p className="govuk-body">
          The public does not see you at all: you are left out of the lists of members.
        </p>
      </InsetText>
    );
  }
  if (view.visibility === 'ANONYMOUS') {
    return (
      <InsetText>
        <p className="govuk-body">
          The public sees you listed as <strong>{view.displayName}</strong>, without your name,
          organisation or bio.
        </p>
      </InsetText>
    );
  }
  return (
    <InsetText>
      <p className="govuk-body">The public sees:</p>
      <SummaryList
        rows={[
          { key: 'Name', value: view.displayName },
          { key: 'Organisation or role', value: view.affiliation || 'Not shown' },
          { key: 'Bio', value: view.bio || 'Not shown' },
          {
            key: 'Lived experience of care',
            value: view.livedExperience ? 'Shown' : 'Not shown',
          },
        ]}
      />
    </InsetText>
  );
}

export default function Account() {
  const { me } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const { person } = me;
  const display = person.publicDisplay;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Your account</h1>
        <SummaryList
          rows={[
            { key: 'Name', value: person.fullName },
            { key: 'Email address', value: person.email ?? 'None' },
            person.affiliation ? { key: 'Organisation or role', value: person.affiliation } : null,
          ]}
        />
        <p className="govuk-body">To change these details, contact the secretariat.</p>

        <h2 className="govuk-heading-m">How the public sees you</h2>
        <PublicPreview person={person} />
        <p className="govuk-body">
          {display.since
            ? `This has applied since ${formatLocalDate(display.since)}.`
            : 'You have not made a choice yet, so the public sees the least about you.'}{' '}
          You can change it at any time, from today.
        </p>

        <form method="post" noValidate>
          <Radios
            name="choice"
            idPrefix={CHOICE_ID}
            value={display.choice}
            fieldset={{
              legend: {
                text: 'How should the public see you?',
                className: 'govuk-fieldset__legend--s',
              },
            }}
            hint="This is how you appear on the public pages of the boards and groups you belong to."
            errorMessage={errorFor(errors, CHOICE_ID)}
            items={PUBLIC_DISPLAY_CHOICES.map((choice) => ({
              value: choice,
              text: PUBLIC_DISPLAY_LABELS[choice],
              hint: PUBLIC_DISPLAY_HINTS[choice],
            }))}
          />
          {person.livedExperience ? (
            <Radios
              name="showLivedExperience"
              idPrefix={LIVED_EXPERIENCE_ID}
              className="govuk-radios--inline"
              value={display.showLivedExperience ? 'yes' : 'no'}
              fieldset={{
                legend: {
                  text: 'May the public see that you have lived experience of care?',
                  className: 'govuk-fieldset__legend--s',
                },
              }}
              hint="With your name, or as ‘A member with lived experience’. It is never shown without your agreement."
              errorMessage={errorFor(errors, LIVED_EXPERIENCE_ID)}
              items={[
                { value: 'yes', text: 'Yes' },
                { value: 'no', text: 'No' },
              ]}
            />
          ) : (
            <input type="hidden" name="showLivedExperience" value="no" />
          )}
          <Button>Save your choice</Button>
        </form>

        <section aria-labelledby="calendar-feed">
          <h2 className="govuk-heading-m" id="calendar-feed">
            Your calendar feed
          </h2>
          <CalendarFeedStatus hasFeed={me.hasCalendarFeed} />
          <CalendarFeedForms hasFeed={me.hasCalendarFeed} />
          <p className="govuk-body">
            <a className="govuk-link" href="/subscribe">
              How to add a calendar feed to your calendar app
            </a>
          </p>
        </section>

        <h2 className="govuk-heading-m">Emails</h2>
        <p className="govuk-body">
          <a className="govuk-link" href="/account/emails">
            Choose which emails you get about your meetings
          </a>
        </p>

        <h2 className="govuk-heading-m">Signing in</h2>
        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href="/account/password">
              Change your password
            </a>
          </li>
          <li>
            <a className="govuk-link" href="/account/two-factor">
              {me.totpEnabled
                ? 'Two-step verification: change or turn off'
                : 'Set up two-step verification'}
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
