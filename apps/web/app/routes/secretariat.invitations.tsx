import {
  RevokeInvitationDocument,
  SecretariatInvitationsDocument,
  type InvitationStatus,
} from '@boards/web/api-client';
import { Button, ErrorMessage, Select, Table, Tag } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formatDateTime } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { INVITATION_STATUS } from '../secretariat/invitation-status';
import { flashNotice } from '../session.server';

const PATH = '/secretariat/invitations';

const STATUSES = Object.keys(INVITATION_STATUS) as InvitationStatus[];

function statusOf(value: string | null): InvitationStatus | null {
  return STATUSES.find((status) => status === value) ?? null;
}

/** The id of the revoke button of an invitation, where a refusal is shown. */
function revokeId(id: string): string {
  return `revoke-${id}`;
}

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Invitations', args) }];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const status = statusOf(new URL(args.request.url).searchParams.get('status'));
  const { invitations } = await apiRequest(args, SecretariatInvitationsDocument, { status });
  return { status, invitations };
}

/** Revokes one invitation, then back to the list as it was filtered. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const form = await readForm(request);
  const id = formString(form, 'id');
  if (formString(form, 'intent') !== 'revoke' || !id) throw new Response(null, { status: 400 });
  const outcome = await apiAttempt(
    args,
    ['INVALID_TRANSITION', 'NOT_FOUND'],
    RevokeInvitationDocument,
    { id },
  );
  if (!outcome.ok) {
    return redirectWithErrors(request, [{ field: revokeId(id), message: outcome.error.message }]);
  }
  const url = new URL(request.url);
  return redirect(`${url.pathname}${url.search}`, {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(
        request,
        `Invitation to ${outcome.data.revokeInvitation.fullName} revoked: its link no longer works`,
      ),
    },
  });
}

export default function Invitations() {
  const { status, invitations } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const action = status ? `${PATH}?${new URLSearchParams({ status })}` : PATH;
  return (
    <>
      <FormErrorSummary errors={errors} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">Invitations</h1>
          <p className="govuk-body">
            Emails asking people to set a password and sign in, newest first. To invite someone, go
            to their page in{' '}
            <a className="govuk-link" href="/secretariat/people">
              people
            </a>
            .
          </p>
          <form method="get" action={PATH}>
            <Select
              name="status"
              label="Show"
              value={status ?? ''}
              items={[
                { value: '', text: 'All invitations' },
                ...STATUSES.map((value) => ({
                  value,
                  text: `${INVITATION_STATUS[value].label} only`,
                })),
              ]}
            />
            <Button className="govuk-button--secondary">Show invitations</Button>
          </form>
        </div>
      </div>
      <p className="govuk-body" role="status">
        {invitations.length === 0
          ? 'No invitations to show.'
          : `${invitations.length} ${invitations.length === 1 ? 'invitation' : 'invitations'}.`}
      </p>
      {invitations.length ? (
        <Table
          caption="Invitations"
          captionClassName="govuk-visually-hidden"
          head={[
            { text: 'Name' },
            { text: 'Email address' },
            { text: 'Sent' },
            { text: 'Link works until' },
            { text: 'Status' },
            { text: <span className="govuk-visually-hidden">Actions</span> },
          ]}
          firstCellIsHeader
          rows={invitations.map((invitation) => {
            const error = errorFor(errors, revokeId(invitation.id));
            const shown = INVITATION_STATUS[invitation.status];
            return [
              {
                text: (
                  <a
                    className="govuk-link"
                    href={`/secretariat/people/${encodeURIComponent(invitation.personId)}`}
                  >
                    {invitation.fullName}
                  </a>
                ),
              },
              { text: invitation.email ?? 'None', className: 'app-table__cell--break-words' },
              {
                text: <time dateTime={invitation.sentAt}>{formatDateTime(invitation.sentAt)}</time>,
              },
              {
                text: invitation.acceptedAt ? (
                  <>
                    Accepted{' '}
                    <time dateTime={invitation.acceptedAt}>
                      {formatDateTime(invitation.acceptedAt)}
                    </time>
                  </>
                ) : (
                  <time dateTime={invitation.expiresAt}>
                    {formatDateTime(invitation.expiresAt)}
                  </time>
                ),
              },
              { text: <Tag colour={shown.colour}>{shown.label}</Tag> },
              {
                text:
                  invitation.status === 'PENDING' ? (
                    <form method="post" action={action}>
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="id" value={invitation.id} />
                      {error ? (
                        <ErrorMessage id={`${revokeId(invitation.id)}-error`}>{error}</ErrorMessage>
                      ) : null}
                      <Button
                        id={revokeId(invitation.id)}
                        className="govuk-button--warning govuk-!-margin-bottom-0"
                        aria-describedby={error ? `${revokeId(invitation.id)}-error` : undefined}
                      >
                        Revoke
                        <span className="govuk-visually-hidden">
                          {' '}
                          the invitation to {invitation.fullName}
                        </span>
                      </Button>
                    </form>
                  ) : null,
              },
            ];
          })}
        />
      ) : null}
    </>
  );
}
