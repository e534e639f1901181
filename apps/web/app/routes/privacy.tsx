import type { MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { config } from '../config.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

const TITLE = 'Privacy notice';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle(TITLE) }];

export function loader() {
  return { email: config.CONTACT_EMAIL };
}

/**
 * What the portal holds about people, why, who sees it and for how long, in plain words: above
 * all what the public sees of members (their own choice) and that lived experience of care is
 * special category data, never shown without consent. Written for young members too.
 */
export default function Privacy() {
  const { email } = useLoaderData<typeof loader>();
  const contact = (
    <a className="govuk-link" href={`mailto:${email}`}>
      {email}
    </a>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body-l">
          This notice explains what information this portal holds about you, why, who can see it and
          what you can ask us to do with it.
        </p>

        <h2 className="govuk-heading-m">Who we are</h2>
        <p className="govuk-body">
          The portal is run by the secretariat of the boards and groups listed on it, which is the
          data controller for the information in it. You can contact us at {contact}.
        </p>

        <h2 className="govuk-heading-m">What we hold about members</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, and the email address you sign in with</li>
          <li>the bodies you sit on, your role and the dates of your membership</li>
          <li>
            your organisation and a short biography, if you give them to us for your public profile
          </li>
          <li>
            whether you have lived experience of the care system, if you tell us, and your choice
            about showing it
          </li>
          <li>
            your choice of how the public sees your name, and when you made or changed that choice
          </li>
          <li>
            meetings you were invited to, whether you attended or sent apologies, interests you
            declared and actions given to you
          </li>
          <li>
            a record of what was changed on the portal and by whom (the audit trail), including
            which papers you downloaded when they were not public
          </li>
        </ul>

        <h2 className="govuk-heading-m">Lived experience is special category data</h2>
        <p className="govuk-body">
          Information that you have been in care, or about your health or family, is special
          category data under data protection law and needs extra protection. We use it only to run
          the boards (for example, to make sure lived experience is represented on each group) and
          we never show it to the public unless you have told us you want it shown. You can change
          your mind at any time.
        </p>

        <h2 className="govuk-heading-m">What the public sees of you</h2>
        <p className="govuk-body">You choose how the public sees your name on every page:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>your full name</li>
          <li>your first name and the first letter of your last name</li>
          <li>“A member with lived experience”, without your name</li>
          <li>not shown at all</li>
        </ul>
        <p className="govuk-body">
          Your choice applies everywhere your name would appear: membership lists, agendas (as the
          person leading an item), minutes, attendance, actions and open data. Until you choose, we
          do not show your full name. Your email address is never shown. You can change your choice
          in{' '}
          <a className="govuk-link" href="/account">
            your account
          </a>
          , or ask the secretariat to change it for you.
        </p>

        <h2 className="govuk-heading-m">Children and young people</h2>
        <p className="govuk-body">
          Some members are under 18. We explain to them, in words they can understand, what is shown
          about them and how to change it, and a parent, carer or trusted adult may help them make
          these choices or contact us on their behalf. We are especially careful not to publish
          anything that could identify a young member who has not chosen to be named.
        </p>

        <h2 className="govuk-heading-m">Why we can use your information</h2>
        <p className="govuk-body">
          We use your information to run the boards and groups, which is a task in the public
          interest. We use special category data, such as lived experience, only with your explicit
          consent or where the law allows it for work in the substantial public interest.
        </p>

        <h2 className="govuk-heading-m">Who can see it</h2>
        <p className="govuk-body">
          The secretariat can see everything held about members. Other members of your bodies see
          your name as you chose and the papers of your meetings. Papers marked for members or for
          named people are only open to them. We do not sell your information or share it for
          marketing.
        </p>

        <h2 className="govuk-heading-m">How long we keep it</h2>
        <p className="govuk-body">
          Membership records, published minutes and decisions are part of the public record of the
          boards and are kept after your membership ends, showing you as you chose. Other personal
          details are kept for as long as they are needed to run the boards and then deleted. The
          audit trail is kept so that changes can be checked later.
        </p>

        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">You can ask us:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>for a copy of the information we hold about you</li>
          <li>to correct information that is wrong</li>
          <li>to delete information, or to stop using it, where the law allows</li>
          <li>to withdraw your consent to showing your lived experience or your name</li>
        </ul>
        <p className="govuk-body">
          Email {contact}. If you are unhappy with how we have used your information, you can
          complain to the{' '}
          <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
            Information Commissioner’s Office (ICO)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">Cookies</h2>
        <p className="govuk-body">
          The portal uses only essential cookies: see{' '}
          <a className="govuk-link" href="/cookies">
            cookies
          </a>
          .
        </p>
      </div>
    </div>
  );
}
