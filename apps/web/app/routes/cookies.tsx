import { Table } from '@boards/web/ui-govuk';
import type { MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { COOKIE_NAMES } from '../session.server';

const TITLE = 'Cookies';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle(TITLE) }];

export function loader() {
  return { names: COOKIE_NAMES };
}

/**
 * The cookies the portal sets, by their real names (read from the web server's own settings):
 * only essential ones, so the page asks for no consent and offers no banner.
 */
export default function Cookies() {
  const { names } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          Cookies are small files saved on your phone, tablet or computer when you visit a website.
        </p>
        <p className="govuk-body">
          This portal uses only the cookies it needs to work. It does not use cookies to measure how
          you use it, for advertising or to remember your choices on other sites, and no other
          organisation sets cookies through it. Because these cookies are essential, we do not ask
          for your consent to them.
        </p>
        <h2 className="govuk-heading-m">Essential cookies</h2>
        <Table
          caption="The cookies this portal sets"
          captionClassName="govuk-table__caption--s"
          head={[{ text: 'Name' }, { text: 'Purpose' }, { text: 'Expires' }]}
          rows={[
            [
              { text: names.session },
              {
                text: 'Keeps you signed in once you sign in, so that you see your meetings and papers. It holds a reference to your session, not your password.',
              },
              { text: 'When your session ends: when you sign out, or after a period without use' },
            ],
            [
              { text: names.flash },
              {
                text: 'Carries a message (such as “The paper has been added”) or the answers of a form with a problem to the next page you see.',
              },
              { text: 'As soon as the next page has read it' },
            ],
          ]}
        />
        <p className="govuk-body">
          You can block or delete cookies in your browser’s settings. If you block these two, you
          can still read every public page, but you cannot sign in.
        </p>
        <p className="govuk-body">
          How we use your information is set out in the{' '}
          <a className="govuk-link" href="/privacy">
            privacy notice
          </a>
          .
        </p>
      </div>
    </div>
  );
}
