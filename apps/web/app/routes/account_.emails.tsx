import {
  NOTICE_TOPIC_LABELS,
  NOTICE_TOPICS,
  noticeChoicesSchema,
  REMINDER_DAYS_CHOICES,
} from '@boards/shared/contracts';
import { EmailChoicesDocument, SetMyEmailChoicesDocument } from '@boards/web/api-client';
import { Button, Checkboxes, Radios } from '@boards/web/ui-govuk';
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
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';

export const SAVED = 'Your email choices are saved';

const TOPICS_ID = 'topics';
const DAYS_ID = 'reminderDays';

export const handle: RouteHandle = {
  breadcrumbs: [
    { text: 'Home', href: '/' },
    { text: 'Your account', href: '/account' },
  ],
};

export const meta: MetaFunction = (args) => [
  { title: formPageTitle('Emails about your meetings', args) },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { me } = await apiRequest(args, EmailChoicesDocument);
  return { choices: (await requireMe(args.request, me)).emailChoices };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  await requireSignedIn(request);
  const parsed = noticeChoicesSchema.safeParse({
    topics: form.getAll('topics').filter((value) => typeof value === 'string'),
    reminderDays: formString(form, 'reminderDays'),
  });
  if (!parsed.success) {
    return redirectWithErrors(request, [
      parsed.error.issues.some((issue) => issue.path[0] === 'topics')
        ? { field: TOPICS_ID, message: 'Choose from the list of emails' }
        : {
            field: DAYS_ID,
            message: 'Select how many days before a meeting to be reminded of it',
          },
    ]);
  }
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], SetMyEmailChoicesDocument, {
    input: parsed.data,
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, { topics: TOPICS_ID, reminderDays: DAYS_ID }, TOPICS_ID),
    );
  }
  return redirect('/account', {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, SAVED) },
  });
}

export default function EmailChoices() {
  const { choices } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Emails about your meetings</h1>
        <p className="govuk-body">
          We email you about the meetings of the boards and groups you sit on. You always get emails
          about your account, such as password resets.
        </p>
        <form method="post" noValidate>
          <Checkboxes
            name="topics"
            idPrefix={TOPICS_ID}
            values={choices.topics}
            fieldset={{
              legend: { text: 'Which emails do you want?', className: 'govuk-fieldset__legend--m' },
            }}
            hint="Select all that apply. Every email has a link to stop that kind of email."
            errorMessage={errorFor(errors, TOPICS_ID)}
            items={NOTICE_TOPICS.map((topic) => ({
              value: topic,
              text: NOTICE_TOPIC_LABELS[topic].label,
              hint: NOTICE_TOPIC_LABELS[topic].hint || undefined,
            }))}
          />
          <Radios
            name="reminderDays"
            idPrefix={DAYS_ID}
            value={String(choices.reminderDays)}
            fieldset={{
              legend: {
                text: 'How many days before a meeting should we remind you?',
                className: 'govuk-fieldset__legend--m',
              },
            }}
            hint="The reminder lists the papers to read. It only comes if you want meeting reminders."
            errorMessage={errorFor(errors, DAYS_ID)}
            items={REMINDER_DAYS_CHOICES.map((days) => ({
              value: String(days),
              text:
                days === 1 ? '1 day before' : days === 7 ? 'A week before' : `${days} days before`,
            }))}
          />
          <Button>Save your choices</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/account">
            Back to your account
          </a>
        </p>
      </div>
    </div>
  );
}
