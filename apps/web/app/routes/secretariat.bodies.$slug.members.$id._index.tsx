import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../auth.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { possessive, theBody } from '../secretariat/membership-display';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: pageTitle(
      data ? `${possessive(data.membership.person.fullName)} membership` : 'Membership',
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { membership: await loadMembership(args) };
}

export default function MembershipPage() {
  const { membership } = useLoaderData<typeof loader>();
  const { body } = membership;
  const at = (...rest: string[]) => bodyPath(body.slug, 'members', membership.id, ...rest);
  const changes = [
    membership.status !== 'PAST' && {
      href: at('end'),
      text: 'End this membership',
      hint: 'They are leaving: give their last day and why. Cross-seats resting on it end with it.',
    },
    membership.status !== 'PAST' && {
      href: at('change-role'),
      text: 'Change their role from a date',
      hint: 'Such as becoming the chair. The record so far is kept as it was.',
    },
    membership.endsOn !== null && {
      href: at('extend'),
      text: 'Extend this membership',
      hint: 'A later last day, or no end date.',
    },
    {
      href: at('correct'),
      text: 'Correct a mistake',
      hint: 'The role or dates were recorded wrongly.',
    },
    {
      href: at('remove'),
      text: 'Remove this membership',
      hint: 'Only if it was recorded in error: it was never real.',
    },
  ].filter((change): change is { href: string; text: string; hint: string } => Boolean(change));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">{possessive(membership.person.fullName)} membership</h1>
        <MembershipSummary membership={membership} />
        <h2 className="govuk-heading-m">Change this membership</h2>
        <ul className="govuk-list govuk-list--spaced">
          {changes.map((change) => (
            <li key={change.href}>
              <a className="govuk-link" href={change.href}>
                {change.text}
              </a>
              <div className="govuk-hint govuk-!-margin-bottom-0">{change.hint}</div>
            </li>
          ))}
        </ul>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug, 'members')}>
            Back to the members of {theBody(body.name)}
          </a>
        </p>
      </div>
    </div>
  );
}
