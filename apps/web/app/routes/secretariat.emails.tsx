import { EmailDeliveriesDocument, ResendEmailDocument } from '@boards/web/api-client';
import { Button, ErrorMessage, Select, Table, Tag } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formatDateTime } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { apiErrorField } from '../secretariat/api-error-field';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import {
  canResend,
  deliveryText,
  EMAIL_DELIVERY_STATUS,
  EMAIL_DELIVERY_STATUSES,
  emailKindText,
  emailStatusOf,
} from '../secretariat/email-delivery-display';
import { ListPaging } from '../secretariat/list-paging';
import { cursorOf, pageHref } from '../secretariat/paging';
import { flashNotice } from '../session.server';

const PATH = '/secretariat/emails';
const PAGE_SIZE = 50;

/** The id of an email's Resend button, where a refusal is shown. */
function resendId(id: string): string {
  return `resend-${id}`;
}

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Emails', args) }];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const query = new URL(args.request.url).searchParams;
  const status = emailStatusOf(query.get('status'));
  const after = cursorOf(query) ?? null;
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], EmailDeliveriesDocument, {
    status,
    first: PAGE_SIZE,
    after,
  });
  if (!outcome.ok) {
    // A cursor that is not from this list (an edited address): start from the newest.
    if (apiErrorField(outcome.error) === 'after') {
      throw redirect(pageHref(PATH, { status: status ?? undefined }));
    }
    throw outcome.error;
  }
  return { status, after, emails: outcome.data.emailDeliveries };
}

/** Sends one email again, then back to the list as it was. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const form = await readForm(request);
  const id = formString(form, 'id');
  if (formString(form, 'intent') !== 'resend' || !id) throw new Response(null, { status: 400 });
  const outcome = await apiAttempt(args, ['INVALID_TRANSITION', 'NOT_FOUND'], ResendEmailDocument, {
    id,
  });
  if (!outcome.ok) {
    return redirectWithErrors(request, [{ field: resendId(id), message: outcome.error.message }]);
  }
  const queued = outcome.data.resendEmail;
  const url = new URL(request.url);
  return redirect(`${url.pathname}${url.search}`, {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(
        request,
        queued.id === id
          ? `The email to ${queued.to} is back in the queue: it will be sent again shortly`
          : `A copy of the email to ${queued.to} is in the queue: it will be sent shortly`,
      ),
    },
  });
}

export default function Emails() {
  const { status, after, emails } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const here = pageHref(PATH, { status: status ?? undefined }, after);
  const count = emails.totalCount;
  return (
    <>
      <FormErrorSummary errors={errors} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">Emails</h1>
          <p className="govuk-body">
            The emails the portal sends, newest first, and whether the mail server took them. An
            email is tried again by itself for some hours before it is given up. You can send a
            failed email again (after correcting the person’s address, say), or send a copy of one
            that was sent. What an email says is not shown here: some carry links that sign people
            in.
          </p>
          <form method="get" action={PATH}>
            <Select
              name="status"
              label="Show"
              value={status ?? ''}
              items={[
                { value: '', text: 'All emails' },
                ...EMAIL_DELIVERY_STATUSES.map((value) => ({
                  value,
                  text: `${EMAIL_DELIVERY_STATUS[value].label} only`,
                })),
              ]}
            />
            <Button className="govuk-button--secondary">Show emails</Button>
          </form>
        </div>
      </div>
      <p className="govuk-body" role="status">
        {count === 0
          ? 'No emails to show.'
          : `${count.toLocaleString('en-GB')} ${count === 1 ? 'email' : 'emails'}.`}
      </p>
      {emails.edges.length ? (
        <Table
          caption="Emails"
          captionClassName="govuk-visually-hidden"
          head={[
            { text: 'Email' },
            { text: 'To' },
            { text: 'Queued' },
            { text: 'Delivery' },
            { text: <span className="govuk-visually-hidden">Actions</span> },
          ]}
          firstCellIsHeader
          rows={emails.edges.map(({ node: email }) => {
            const error = errorFor(errors, resendId(email.id));
            const shown = EMAIL_DELIVERY_STATUS[email.status];
            return [
              {
                text: (
                  <>
                    {email.subject}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      {emailKindText(email.kind)}
                      {email.resentFromId ? ', a copy of an earlier email' : ''}
                    </span>
                  </>
                ),
              },
              {
                text: (
                  <>
                    {email.personId && email.personName ? (
                      <a
                        className="govuk-link govuk-!-display-block"
                        href={`/secretariat/people/${encodeURIComponent(email.personId)}`}
                      >
                        {email.personName}
                      </a>
                    ) : null}
                    {email.to}
                  </>
                ),
                className: 'app-table__cell--break-words',
              },
              {
                text: <time dateTime={email.createdAt}>{formatDateTime(email.createdAt)}</time>,
              },
              {
                text: (
                  <>
                    <Tag colour={shown.colour}>{shown.label}</Tag>
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                      {deliveryText(email)}
                    </span>
                    {email.lastError && email.status !== 'SENT' ? (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                        Last error: {email.lastError}
                      </span>
                    ) : null}
                  </>
                ),
                className: 'app-table__cell--break-words',
              },
              {
                text: canResend(email.status) ? (
                  <form method="post" action={here}>
                    <input type="hidden" name="intent" value="resend" />
                    <input type="hidden" name="id" value={email.id} />
                    {error ? (
                      <ErrorMessage id={`${resendId(email.id)}-error`}>{error}</ErrorMessage>
                    ) : null}
                    <Button
                      id={resendId(email.id)}
                      className="govuk-button--secondary govuk-!-margin-bottom-0"
                      aria-describedby={error ? `${resendId(email.id)}-error` : undefined}
                    >
                      Resend
                      <span className="govuk-visually-hidden">
                        {email.status === 'SENT' ? ' a copy of' : ''} the email “{email.subject}” to{' '}
                        {email.to}
                      </span>
                    </Button>
                  </form>
                ) : error ? (
                  // Refused because it is on its way again (someone resent it meanwhile).
                  <ErrorMessage id={resendId(email.id)}>{error}</ErrorMessage>
                ) : null,
              },
            ];
          })}
        />
      ) : null}
      <ListPaging
        first={after ? pageHref(PATH, { status: status ?? undefined }) : undefined}
        next={
          emails.pageInfo.hasNextPage && emails.pageInfo.endCursor
            ? pageHref(PATH, { status: status ?? undefined }, emails.pageInfo.endCursor)
            : undefined
        }
      />
    </>
  );
}
