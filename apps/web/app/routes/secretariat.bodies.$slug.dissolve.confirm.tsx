import { MEMBERSHIP_ROLE_LABELS, isMembershipRole } from '@boards/shared/contracts';
import { DissolveBodyDocument, DissolvePreviewDocument } from '@boards/web/api-client';
import { Button, SummaryList, WarningText } from '@boards/web/ui-govuk';
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
import { formString, readForm } from '../csrf.server';
import { formatLocalDate } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { slugParam } from '../secretariat/body-loader.server';
import { dissolveEffect, type Ending } from '../secretariat/dissolve-preview';
import { flashedValues, redirectWithValues } from '../secretariat/flash-values.server';
import { theBody } from '../secretariat/membership-display';
import { dateValues } from '../secretariat/form-reading';
import {
  DISSOLVE_FIELD_IDS,
  DISSOLVED_ON,
  readDissolveForm,
} from '../secretariat/membership-forms';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: pageTitle(
      data ? `Check before you dissolve ${theBody(data.body.name)}` : 'Check before you dissolve',
    ),
  },
];

/**
 * The check before dissolving: the date and reason from the form (carried here in the flash
 * cookie, so that a reload goes back to the form), and what will end.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const slug = slugParam(args.params);
  const values = await flashedValues(args.request);
  const form = values ? readDissolveForm(new URLSearchParams(dateFields(values))) : null;
  if (!form?.ok) throw redirect(bodyPath(slug, 'dissolve'));
  const { body } = await apiRequest(args, DissolvePreviewDocument, { slug });
  if (!body) throw new Response(null, { status: 404 });
  if (body.dissolvedOn) throw redirect(bodyPath(body.slug));
  const memberships = body.memberships?.edges.map((edge) => edge.node) ?? [];
  return {
    body: { id: body.id, slug: body.slug, name: body.name },
    dissolvedOn: form.input.dissolvedOn,
    reason: form.input.reason,
    effect: dissolveEffect(body.id, memberships, form.input.dissolvedOn),
    incomplete: body.memberships?.pageInfo.hasNextPage ?? false,
  };
}

/** The form's fields from `{ dissolvedOn, reason }`, to read them as the form is read. */
function dateFields(values: Readonly<Record<string, string>>): Record<string, string> {
  const date = values['dissolvedOn'] ?? '';
  return {
    ...dateValues(DISSOLVED_ON, /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null),
    reason: values['reason'] ?? '',
  };
}

/** Dissolves the body (or goes back to change the answers); the API decides and does it all. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const slug = slugParam(args.params);
  const posted = await readForm(request);
  const values = {
    dissolvedOn: formString(posted, 'dissolvedOn'),
    reason: formString(posted, 'reason'),
  };
  const form = readDissolveForm(new URLSearchParams(dateFields(values)));
  const formPath = bodyPath(slug, 'dissolve');
  if (formString(posted, 'intent') === 'change' || !form.ok) {
    return redirectWithValues(request, formPath, dateFields(values), form.ok ? [] : form.errors);
  }
  const bodyId = formString(posted, 'bodyId');
  if (!bodyId) throw new Response(null, { status: 400 });
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'INVALID_TRANSITION'],
    DissolveBodyDocument,
    { id: bodyId, dissolvedOn: form.input.dissolvedOn, reason: form.input.reason },
  );
  if (!outcome.ok) {
    return redirectWithValues(
      request,
      formPath,
      dateFields(values),
      fieldErrorsFromApi(outcome.error, DISSOLVE_FIELD_IDS, 'dissolvedOn-day'),
    );
  }
  const body = outcome.data.dissolveBody;
  return redirect(bodyPath(body.slug), {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(
        request,
        `${body.name} has been dissolved from ${formatLocalDate(form.input.dissolvedOn)}`,
      ),
    },
  });
}

function roleText(role: string | undefined): string {
  return role && isMembershipRole(role) ? MEMBERSHIP_ROLE_LABELS[role].toLowerCase() : 'member';
}

function EndingList({
  items,
  describe,
}: {
  readonly items: readonly Ending[];
  readonly describe: (item: Ending) => string;
}) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item) => (
        <li key={item.membershipId}>{describe(item)}</li>
      ))}
    </ul>
  );
}

export default function ConfirmDissolve() {
  const { body, dissolvedOn, reason, effect, incomplete } = useLoaderData<typeof loader>();
  const lastDay = formatLocalDate(effect.lastDay);
  const nothing =
    !effect.ending.length &&
    !effect.cancelled.length &&
    !effect.crossSeatsEnding.length &&
    !effect.crossSeatsCancelled.length;
  const path = bodyPath(body.slug, 'dissolve', 'confirm');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Check before you dissolve {theBody(body.name)}</h1>
        <SummaryList
          rows={[
            { key: 'No longer exists from', value: formatLocalDate(dissolvedOn) },
            { key: 'Its last day', value: lastDay },
            { key: 'Why', value: reason },
          ]}
        />

        <h2 className="govuk-heading-m">What will end</h2>
        {nothing ? (
          <p className="govuk-body">No memberships run beyond {lastDay}: nothing else ends.</p>
        ) : null}
        {effect.ending.length ? (
          <>
            <p className="govuk-body">
              {effect.ending.length === 1 ? 'This membership ends' : 'These memberships end'} on{' '}
              {lastDay}:
            </p>
            <EndingList
              items={effect.ending}
              describe={(item) => `${item.personName}, ${roleText(item.role)}`}
            />
          </>
        ) : null}
        {effect.cancelled.length ? (
          <>
            <p className="govuk-body">
              {effect.cancelled.length === 1
                ? 'This membership has not begun by then, so it is removed'
                : 'These memberships have not begun by then, so they are removed'}
              :
            </p>
            <EndingList
              items={effect.cancelled}
              describe={(item) =>
                `${item.personName}, ${roleText(item.role)} from ${formatLocalDate(item.startsOn)}`
              }
            />
          </>
        ) : null}
        {effect.crossSeatsEnding.length ? (
          <>
            <p className="govuk-body">
              {effect.crossSeatsEnding.length === 1
                ? 'This cross-seat rests on a membership that ends, so it ends'
                : 'These cross-seats rest on memberships that end, so they end'}{' '}
              on {lastDay} too:
            </p>
            <EndingList
              items={effect.crossSeatsEnding}
              describe={(item) => `${item.personName} on ${theBody(item.bodyName ?? '')}`}
            />
          </>
        ) : null}
        {effect.crossSeatsCancelled.length ? (
          <>
            <p className="govuk-body">
              {effect.crossSeatsCancelled.length === 1
                ? 'This cross-seat has not begun by then, so it is removed'
                : 'These cross-seats have not begun by then, so they are removed'}
              :
            </p>
            <EndingList
              items={effect.crossSeatsCancelled}
              describe={(item) =>
                `${item.personName} on ${theBody(item.bodyName ?? '')} from ${formatLocalDate(item.startsOn)}`
              }
            />
          </>
        ) : null}
        {incomplete ? (
          <p className="govuk-body">
            The body has more than 100 membership records: only the first 100 are listed here, but
            every one is dealt with.
          </p>
        ) : null}

        <WarningText>
          Dissolving cannot be undone here. Memberships that end stay on record as past ones.
        </WarningText>
        <form method="post" action={path} noValidate>
          <input type="hidden" name="bodyId" value={body.id} />
          <input type="hidden" name="dissolvedOn" value={dissolvedOn} />
          <input type="hidden" name="reason" value={reason} />
          <div className="govuk-button-group">
            <Button name="intent" value="confirm" className="govuk-button--warning">
              Dissolve {theBody(body.name)}
            </Button>
            <Button name="intent" value="change" className="govuk-button--secondary">
              Change the date or reason
            </Button>
          </div>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug)}>
            Cancel: do not dissolve it
          </a>
        </p>
      </div>
    </div>
  );
}
