import { ViewerDocument } from '@boards/web/api-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { apiRequest } from '../api.server';
import { requireMe, requireSignedIn } from '../auth.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle('Secretariat') }];

/** The secretariat's pages, for the secretariat and admins only (the API checks each page too). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { me } = await apiRequest(args, ViewerDocument);
  const { grants } = await requireMe(args.request, me);
  if (!grants.includes('SECRETARIAT') && !grants.includes('ADMIN')) {
    throw new Response(null, { status: 403 });
  }
  return null;
}

const SECTIONS = [
  {
    href: '/secretariat/people',
    title: 'People',
    description: 'Find, add and edit people, and record how they agree to be shown to the public.',
  },
  {
    href: '/secretariat/invitations',
    title: 'Invitations',
    description: 'Invite people to sign in, and see or withdraw the invitations sent.',
  },
  {
    href: '/secretariat/audit',
    title: 'Audit trail',
    description: 'Who changed what, and when.',
  },
];

export default function Secretariat() {
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
              <p className="govuk-body">{section.description}</p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
