import { ServiceNavigation } from '@boards/web/ui-govuk';

export interface SignedInUser {
  readonly fullName: string;
  /** The secretariat or an admin. */
  readonly isStaff: boolean;
}

/** Pages where a "Sign in" link should not offer to come back. */
const AUTH_PAGES = [
  '/sign-in',
  '/sign-out',
  '/forgot-password',
  '/reset-password',
  '/accept-invitation',
];

function signInHref(pathname: string): string {
  if (pathname === '/' || AUTH_PAGES.some((page) => pathname.startsWith(page))) return '/sign-in';
  return `/sign-in?${new URLSearchParams({ returnTo: pathname })}`;
}

function section(pathname: string, href: string) {
  return { current: pathname === href, active: pathname.startsWith(`${href}/`) };
}

/**
 * GOV.UK service navigation under the header. Signed in: the person's name, the secretariat's
 * pages for staff, "Your meetings", "What’s new", "Search", "Your account", and "Sign out" as a form post
 * (signing out changes state, so it is never a link); it works without JavaScript. Signed out:
 * "Search" and "Sign in".
 */
export function SiteNavigation({
  user,
  pathname,
}: {
  readonly user: SignedInUser | null;
  readonly pathname: string;
}) {
  if (!user) {
    return (
      <ServiceNavigation
        navigation={[
          { text: 'Search', href: '/search', ...section(pathname, '/search') },
          { text: 'Sign in', href: signInHref(pathname), ...section(pathname, '/sign-in') },
        ]}
      />
    );
  }
  return (
    <ServiceNavigation
      navigation={[
        {
          text: (
            <>
              <span className="govuk-visually-hidden">Signed in as </span>
              {user.fullName}
            </>
          ),
        },
        user.isStaff && {
          text: 'Secretariat',
          href: '/secretariat',
          ...section(pathname, '/secretariat'),
        },
        { text: 'Your meetings', href: '/your-meetings', ...section(pathname, '/your-meetings') },
        { text: 'What’s new', href: '/whats-new', ...section(pathname, '/whats-new') },
        { text: 'Search', href: '/search', ...section(pathname, '/search') },
        { text: 'Your account', href: '/account', ...section(pathname, '/account') },
      ]}
      slots={{
        navigationEnd: (
          <li className="govuk-service-navigation__item">
            <form method="post" action="/sign-out" className="app-inline-form">
              <button type="submit" className="app-service-navigation__button">
                Sign out
              </button>
            </form>
          </li>
        ),
      }}
    />
  );
}
