import {
  data,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { ViewerDocument } from '@boards/web/api-client';
import {
  Breadcrumbs,
  Footer,
  GenericHeader,
  NotificationBanner,
  PhaseBanner,
  SkipLink,
} from '@boards/web/ui-govuk';
import { apiRequest } from './api.server';
import { sessionState } from './auth.server';
import {
  FORBIDDEN_TITLE,
  Forbidden,
  PAGE_NOT_FOUND_TITLE,
  PageNotFound,
  SERVICE_PROBLEM_TITLE,
  ServiceProblem,
} from './components/error-pages';
import { SiteNavigation, type SignedInUser } from './components/site-navigation';
import { config } from './config.server';
import { pageTitle, SERVICE_NAME } from './page-title';
import type { RouteHandle } from './route-handle';
import { destroySession, flashStorage, getFlash, getSession } from './session.server';
import stylesheet from './styles/app.scss?url';

/** From GOV.UK Frontend's page template: tells its styles and scripts that JavaScript runs. */
const MARK_JAVASCRIPT_ENABLED =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

/**
 * GOV.UK Frontend's components enhance the server-rendered HTML; every page works without them.
 * They start once React has hydrated the page: some add elements (the password input's
 * announcements, for one), which React would otherwise find it did not render, and it would then
 * render the whole page again, dropping what the person had typed and the enhancements.
 */
const GOVUK_FRONTEND_SCRIPT = '/govuk/govuk-frontend.min.js';

function useGovukFrontend(): void {
  useEffect(() => {
    import(/* @vite-ignore */ GOVUK_FRONTEND_SCRIPT).then(
      (govuk: { initAll: () => void }) => govuk.initAll(),
      (error: unknown) => console.error('GOV.UK Frontend did not load', error),
    );
  }, []);
}

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

function errorStatus(error: unknown): number | undefined {
  return isRouteErrorResponse(error) ? error.status : undefined;
}

function errorTitle(error: unknown): string {
  const status = errorStatus(error);
  return status === 404
    ? PAGE_NOT_FOUND_TITLE
    : status === 403
      ? FORBIDDEN_TITLE
      : SERVICE_PROBLEM_TITLE;
}

export const meta: MetaFunction = ({ error }) => [
  { title: error ? pageTitle(errorTitle(error)) : SERVICE_NAME },
];

export const headers: HeadersFunction = ({ loaderHeaders }) => ({
  // Pages shown to a signed-in person are theirs alone: no cache may keep them.
  ...(loaderHeaders.get('Cache-Control')
    ? { 'Cache-Control': loaderHeaders.get('Cache-Control') as string }
    : {}),
  'Content-Security-Policy':
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/**
 * Who is signed in (for the header), and the one-off messages a redirect carried here: a success
 * notice, and a form's errors (Post/Redirect/Get). The API is asked only when there is a session.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { request } = args;
  const headers = new Headers();
  const flash = await getFlash(request);
  const notice = flash.get('notice') ?? null;
  const form = flash.get('form') ?? null;
  if (notice || form) headers.append('Set-Cookie', await flashStorage.destroySession(flash));

  let user: SignedInUser | null = null;
  const { token, secondFactor } = await sessionState(request);
  if (token) {
    headers.set('Cache-Control', 'private, no-store');
    if (!secondFactor) {
      const { me } = await apiRequest(args, ViewerDocument);
      if (me) {
        user = {
          fullName: me.fullName,
          isStaff: me.grants.includes('SECRETARIAT') || me.grants.includes('ADMIN'),
        };
      } else {
        // The API has ended the session (signed out elsewhere, idle or expired): forget it.
        headers.append('Set-Cookie', await destroySession(await getSession(request)));
      }
    }
  }
  return data({ feedbackUrl: config.FEEDBACK_URL ?? null, user, notice, form }, { headers });
}

/** The header shows who is signed in on every page, so it is asked again after each navigation. */
export const shouldRevalidate = () => true;

/** The breadcrumbs of the page being shown; none on an error page. */
function useBreadcrumbs() {
  const matches = useMatches();
  return useRouteError()
    ? []
    : matches.flatMap((match) => (match.handle as RouteHandle | undefined)?.breadcrumbs ?? []);
}

/** Where feedback goes when FEEDBACK_URL is not set: the contact page's feedback section. */
const CONTACT_FEEDBACK = '/contact#feedback';

/** The pages a public service owes, and the meetings' calendars, in the footer of every page. */
const FOOTER_LINKS = {
  items: [
    { href: '/accessibility', text: 'Accessibility statement' },
    { href: '/privacy', text: 'Privacy' },
    { href: '/cookies', text: 'Cookies' },
    { href: '/contact', text: 'Contact' },
    { href: '/subscribe', text: 'Add meetings to your calendar' },
    { href: '/open-data', text: 'Open data' },
  ],
};

export function Layout({ children }: { readonly children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root');
  const feedbackUrl = root?.feedbackUrl;
  const breadcrumbs = useBreadcrumbs();
  const { pathname } = useLocation();
  const error = useRouteError();
  useGovukFrontend();
  return (
    <html lang="en" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <Meta />
        <Links />
      </head>
      {/* The inline script below adds classes to <body> before React hydrates it. */}
      <body className="govuk-template__body" suppressHydrationWarning>
        <script dangerouslySetInnerHTML={{ __html: MARK_JAVASCRIPT_ENABLED }} />
        <SkipLink href="#main-content">Skip to main content</SkipLink>
        <header className="govuk-template__header">
          <GenericHeader>{SERVICE_NAME}</GenericHeader>
          <SiteNavigation user={root?.user ?? null} pathname={pathname} />
          <PhaseBanner tag="Alpha">
            This is a new service. Your{' '}
            <a className="govuk-link" href={feedbackUrl ?? CONTACT_FEEDBACK}>
              feedback
            </a>{' '}
            will help us to improve it.
          </PhaseBanner>
        </header>
        <div className="govuk-width-container">
          {breadcrumbs.length ? <Breadcrumbs items={breadcrumbs} /> : null}
          <main className="govuk-main-wrapper" id="main-content">
            {root?.notice && !error ? (
              <NotificationBanner type="success" heading={root.notice} />
            ) : null}
            {children}
          </main>
        </div>
        <footer className="govuk-template__footer">
          <Footer crown={false} meta={FOOTER_LINKS} />
        </footer>
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const status = errorStatus(useRouteError());
  return status === 404 ? <PageNotFound /> : status === 403 ? <Forbidden /> : <ServiceProblem />;
}
