import {
  DissolveBodyDocument,
  DissolvePreviewDocument,
  DissolveTargetDocument,
  type DissolvingMembershipFragment,
} from '@boards/web/api-client';
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
import { flashedValues, redirectWithValues } from '../secretariat/flash-values.server';
import { roleText, theBody } from '../secretariat/membership-display';
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
 * cookie, so that a reload goes back to the form), and what will end, as the API works it out
 * (previewBodyDissolution: the plan dissolveBody carries out). A date the API will not take goes
 * back to the form with its reason.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const slug = slugParam(args.params);
  const values = await flashedValues(args.request);
  const form = values ? readDissolveForm(new URLSearchParams(dateFields(values))) : null;
  if (!values || !form?.ok) throw redirect(bodyPath(slug, 'dissolve'));
  const { body } = await apiRequest(args, DissolveTargetDocument, { slug });
  if (!body) throw new Response(null, { status: 404 });
  if (body.dissolvedOn) throw redirect(bodyPath(body.slug));
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'INVALID_TRANSITION'],
    DissolvePreviewDocument,
    { bodyId: body.id, dissolvedOn: form.input.dissolvedOn },
  );
  if (!outcome.ok) {
    // Dissolved meanwhile: nothing to do here.
    if (outcome.error.code === 'INVALID_TRANSITION') throw redirect(bodyPath(body.slug));
    throw await redirectWithValues(
      args.request,
      bodyPath(body.slug, 'dissolve'),
      dateFields(values),
      fieldErrorsFromApi(outcome.error, DISSOLVE_FIELD_IDS, 'dissolvedOn-day'),
    );
  }
  return {
    body: { id: body.id, slug: body.slug, name: body.name },
    dissolvedOn: form.input.dissolvedOn,
    reason: form.input.reason,
    preview: outcome.data.previewBodyDissolution,
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

function MembershipList({
  items,
  describe,
}: {
  readonly items: readonly DissolvingMembershipFragment[];
  readonly describe: (item: DissolvingMembershipFragment) => string;
}) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item) => (
        <li key={item.id}>{describe(item)}</li>
      ))}
    </ul>
  );
}

export default function ConfirmDissolve() {
  const { body, dissolvedOn, reason, preview } = useLoaderData<typeof loader>();
  const lastDay = formatLocalDate(preview.lastDay);
  const ending = preview.ending.map((item) => item.membership);
  const crossSeatsEnding = preview.crossSeatsEnding.map((item) => item.membership);
  const { cancelled, crossSeatsCancelled } = preview;
  const nothing =
    !ending.length && !cancelled.length && !crossSeatsEnding.length && !crossSeatsCancelled.length;
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
        {ending.length ? (
          <>
            <p className="govuk-body">
              {ending.length === 1 ? 'This membership ends' : 'These memberships end'} on {lastDay}:
            </p>
            <MembershipList
              items={ending}
              describe={(item) => `${item.person.fullName}, ${roleText(item.role).toLowerCase()}`}
            />
          </>
        ) : null}
        {cancelled.length ? (
          <>
            <p className="govuk-body">
              {cancelled.length === 1
                ? 'This membership has not begun by then, so it is removed'
                : 'These memberships have not begun by then, so they are removed'}
              :
            </p>
            <MembershipList
              items={cancelled}
              describe={(item) =>
                `${item.person.fullName}, ${roleText(item.role).toLowerCase()} from ${formatLocalDate(item.startsOn)}`
              }
            />
          </>
        ) : null}
        {crossSeatsEnding.length ? (
          <>
            <p className="govuk-body">
              {crossSeatsEnding.length === 1
                ? 'This cross-seat rests on a membership that ends, so it ends'
                : 'These cross-seats rest on memberships that end, so they end'}{' '}
              on {lastDay} too:
            </p>
            <MembershipList
              items={crossSeatsEnding}
              describe={(item) => `${item.person.fullName} on ${theBody(item.body.name)}`}
            />
          </>
        ) : null}
        {crossSeatsCancelled.length ? (
          <>
            <p className="govuk-body">
              {crossSeatsCancelled.length === 1
                ? 'This cross-seat has not begun by then, so it is removed'
                : 'These cross-seats have not begun by then, so they are removed'}
              :
            </p>
            <MembershipList
              items={crossSeatsCancelled}
              describe={(item) =>
                `${item.person.fullName} on ${theBody(item.body.name)} from ${formatLocalDate(item.startsOn)}`
              }
            />
          </>
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
