import { MarkWhatsNewSeenDocument, WhatsNewDocument } from '@boards/web/api-client';
import type { WhatsNewKind } from '@boards/web/api-client';
import { Button, Tag } from '@boards/web/ui-govuk';
import type { TagColour } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { formString, readForm } from '../csrf.server';
import { formatDateTime } from '../dates';
import { bodiesInWords } from '../meetings/meeting-display';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle('What’s new') }];

/** Each kind of item in words, with its tag. */
export const WHATS_NEW_LABELS: Record<WhatsNewKind, { text: string; colour?: TagColour }> = {
  MEETING_SCHEDULED: { text: 'New meeting', colour: 'green' },
  MEETING_CHANGED: { text: 'Meeting changed' },
  MEETING_POSTPONED: { text: 'Postponed', colour: 'yellow' },
  MEETING_CANCELLED: { text: 'Cancelled', colour: 'red' },
  PAPER_ADDED: { text: 'New paper', colour: 'teal' },
  MINUTES_CIRCULATED: { text: 'Minutes for comment', colour: 'purple' },
  MINUTES_PUBLISHED: { text: 'Minutes published', colour: 'grey' },
  ACTION_ASSIGNED: { text: 'Action for you', colour: 'magenta' },
};

/** What changed since the member last marked everything as seen, as far as they may see it. */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { whatsNew } = await apiRequest(args, WhatsNewDocument, {});
  return whatsNew;
}

/**
 * "Mark all as seen": up to the moment the list on the page was made (so that anything that
 * happened while it was being read stays new), then the page again with a confirmation.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const form = await readForm(request);
  const asOf = formString(form, 'asOf');
  const upTo = asOf && !Number.isNaN(Date.parse(asOf)) ? new Date(asOf).toISOString() : null;
  await apiRequest(args, MarkWhatsNewSeenDocument, { upTo });
  return redirect('/whats-new', {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, 'Everything listed is marked as seen') },
  });
}

function itemHref(item: {
  readonly paperId?: string | null;
  readonly meeting?: { readonly id: string } | null;
}) {
  if (item.paperId) return `/papers/${encodeURIComponent(item.paperId)}`;
  if (item.meeting) return `/meetings/${encodeURIComponent(item.meeting.id)}`;
  return null;
}

export default function WhatsNew() {
  const { since, asOf, firstVisit, items } = useLoaderData<typeof loader>();
  const sinceText = formatDateTime(since);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">What’s new</h1>
        <p className="govuk-body">
          {firstVisit
            ? `Since ${sinceText}: the last 30 days, until you first mark everything as seen.`
            : `Since ${sinceText}, when you last marked everything as seen.`}{' '}
          Changes to meetings of the boards and groups you sit on, papers added that you can open,
          minutes circulated or published, and actions given to you. Times are UK time.
        </p>
        {items.length ? (
          <>
            <ul className="govuk-list govuk-list--spaced app-whats-new">
              {items.map((item, index) => {
                const label = WHATS_NEW_LABELS[item.kind];
                const href = itemHref(item);
                return (
                  <li key={`${item.kind}-${item.paperId ?? ''}-${item.meeting?.id ?? ''}-${index}`}>
                    <Tag colour={label.colour}>{label.text}</Tag>{' '}
                    {href ? (
                      <a className="govuk-link govuk-!-font-weight-bold" href={href}>
                        {item.title}
                      </a>
                    ) : (
                      <strong>{item.title}</strong>
                    )}
                    <br />
                    <span className="govuk-body-s">
                      {item.meeting
                        ? `${item.kind.startsWith('MEETING_') ? '' : `${item.meeting.title}, `}${item.meeting.when} · `
                        : ''}
                      {item.meeting ? `${bodiesInWords(item.meeting.bodies)} · ` : ''}
                      {formatDateTime(item.at)}
                    </span>
                  </li>
                );
              })}
            </ul>
            <form method="post" action="/whats-new" noValidate>
              <input type="hidden" name="asOf" value={asOf} />
              <Button className="govuk-button--secondary">Mark all as seen</Button>
            </form>
          </>
        ) : (
          <p className="govuk-body">Nothing has changed since then.</p>
        )}
      </div>
    </div>
  );
}
