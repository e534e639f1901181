import type { HeadersFunction, LinksFunction, MetaFunction } from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  isRouteErrorResponse,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { Breadcrumbs, Footer, GenericHeader, PhaseBanner, SkipLink } from '@boards/web/ui-govuk';
import {
  PAGE_NOT_FOUND_TITLE,
  PageNotFound,
  SERVICE_PROBLEM_TITLE,
  ServiceProblem,
} from './components/error-pages';
import { config } from './config.server';
import { pageTitle, SERVICE_NAME } from './page-title';
import type { RouteHandle } from './route-handle';
import stylesheet from './styles/app.scss?url';

/** From GOV.UK Frontend's page template: tells its styles and scripts that JavaScript runs. */
const MARK_JAVASCRIPT_ENABLED =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

/** GOV.UK Frontend's components enhance the server-rendered HTML; every page works without them. */
const INITIALISE_GOVUK_FRONTEND =
  "import { initAll } from '/govuk/govuk-frontend.min.js'; initAll();";

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

function isNotFound(error: unknown): boolean {
  return isRouteErrorResponse(error) && error.status === 404;
}

export const meta: MetaFunction = ({ error }) => [
  {
    title: error
      ? pageTitle(isNotFound(error) ? PAGE_NOT_FOUND_TITLE : SERVICE_PROBLEM_TITLE)
      : SERVICE_NAME,
  },
];

export const headers: HeadersFunction = () => ({
  'Content-Security-Policy':
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

export function loader() {
  return { feedbackUrl: config.FEEDBACK_URL ?? null };
}

/** The breadcrumbs of the page being shown; none on an error page. */
function useBreadcrumbs() {
  const matches = useMatches();
  return useRouteError()
    ? []
    : matches.flatMap((match) => (match.handle as RouteHandle | undefined)?.breadcrumbs ?? []);
}

export function Layout({ children }: { readonly children: ReactNode }) {
  const feedbackUrl = useRouteLoaderData<typeof loader>('root')?.feedbackUrl;
  const breadcrumbs = useBreadcrumbs();
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
          <PhaseBanner tag="Alpha">
            This is a new service.{' '}
            {feedbackUrl ? (
              <>
                <a className="govuk-link" href={feedbackUrl}>
                  Tell us what you think
                </a>{' '}
                so that we can improve it.
              </>
            ) : (
              'Your feedback will help us improve it.'
            )}
          </PhaseBanner>
        </header>
        <div className="govuk-width-container">
          {breadcrumbs.length ? <Breadcrumbs items={breadcrumbs} /> : null}
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-template__footer">
          <Footer crown={false} />
        </footer>
        <Scripts />
        <script type="module" dangerouslySetInnerHTML={{ __html: INITIALISE_GOVUK_FRONTEND }} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return isNotFound(useRouteError()) ? <PageNotFound /> : <ServiceProblem />;
}
