import { SecretariatOverviewDocument } from '@boards/web/api-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle('Secretariat') }];

/**
 * The secretariat's pages, with how much is in each. Who may see them is the API's to decide:
 * it refuses these counts (FORBIDDEN, shown as the 403 page) to anyone but staff.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const overview = await apiRequest(args, SecretariatOverviewDocument);
  return {
    people: overview.people.totalCount,
    pendingInvitations: overview.invitations.length,
    auditEvents: overview.auditEvents.totalCount,
    failedEmails: overview.failedEmails.totalCount,
    termsOfReferenceDrafts: overview.termsOfReferenceBodies.filter(
      (body) => body.termsOfReferenceDraft,
    ).length,
    membershipImports: overview.membershipImports.totalCount,
    bodies: overview.bodies.length,
    crossSeatRules: overview.crossSeatRules.length,
  };
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export default function Secretariat() {
  const counts = useLoaderData<typeof loader>();
  const SECTIONS = [
    {
      href: '/secretariat/people',
      title: 'People',
      description:
        'Find, add and edit people, and record how they agree to be shown to the public.',
      count: plural(counts.people, 'person', 'people'),
    },
    {
      href: '/secretariat/imports',
      title: 'Import memberships',
      description:
        'Appoint many people at once from a CSV file: every line is checked first, and nothing is imported if any line has a problem.',
      count: plural(counts.membershipImports, 'import', 'imports'),
    },
    {
      href: '/secretariat/bodies',
      title: 'Bodies',
      description:
        'Add and change boards and groups, appoint their members, and end, change or correct memberships.',
      count: plural(counts.bodies, 'body', 'bodies'),
    },
    {
      href: '/secretariat/meetings',
      title: 'Meetings',
      description:
        'Schedule meetings, with a warning when members would be double-booked, and build their agendas.',
      count: null,
    },
    {
      href: '/secretariat/cross-seating',
      title: 'Cross-seating',
      description:
        'Whether each body has the cross-seats its rules ask for, who holds them, and when a rule was not met.',
      count: plural(counts.crossSeatRules, 'rule', 'rules'),
    },
    {
      href: '/secretariat/terms-of-reference',
      title: 'Terms of reference',
      description: 'Draft, preview and publish each body’s terms of reference.',
      count: plural(
        counts.termsOfReferenceDrafts,
        'draft waiting to be published',
        'drafts waiting to be published',
      ),
    },
    {
      href: '/secretariat/invitations',
      title: 'Invitations',
      description: 'Invite people to sign in, and see or withdraw the invitations sent.',
      count: plural(counts.pendingInvitations, 'invitation waiting', 'invitations waiting'),
    },
    {
      href: '/secretariat/emails',
      title: 'Emails',
      description:
        'Whether the emails the portal sends reached the mail server, and sending one again.',
      count: plural(counts.failedEmails, 'email failed', 'emails failed'),
    },
    {
      href: '/secretariat/audit',
      title: 'Audit trail',
      description: 'Who changed what, and when.',
      count: plural(counts.auditEvents, 'entry', 'entries'),
    },
  ];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Secretariat</h1>
        <ul className="govuk-list govuk-list--spaced">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                <a className="govuk-link" href={section.href}>
                  {section.title}
                </a>
              </h2>
              <p className="govuk-body govuk-!-margin-bottom-1">{section.description}</p>
              {section.count ? (
                <p className="govuk-body-s govuk-!-margin-bottom-0">{section.count}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
