import type { MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { config } from '../config.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

const TITLE = 'Accessibility statement';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle(TITLE) }];

export function loader() {
  return { email: config.CONTACT_EMAIL };
}

/**
 * The accessibility statement: how accessible the portal is, how it is tested, what is not yet
 * right, how to report a problem and the enforcement procedure.
 */
export default function Accessibility() {
  const { email } = useLoaderData<typeof loader>();
  const contact = (
    <a className="govuk-link" href={`mailto:${email}?subject=Accessibility`}>
      {email}
    </a>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          This statement applies to the boards portal: its public pages, the pages for members and
          the secretariat’s pages. We want as many people as possible to be able to use it. You
          should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use every page with a keyboard alone, or with speech recognition software</li>
          <li>use every page with a screen reader</li>
          <li>use every page with JavaScript turned off</li>
        </ul>
        <p className="govuk-body">
          Papers added for meetings can have a content note, shown before the paper opens, and an
          easy read version.
        </p>

        <h2 className="govuk-heading-m">How accessible this portal is</h2>
        <p className="govuk-body">
          We aim for the portal to meet the Web Content Accessibility Guidelines (WCAG) version 2.2
          to level AA. Papers uploaded by the secretariat, such as PDF documents, may not all be
          fully accessible; ask us for a paper in another format.
        </p>

        <h2 className="govuk-heading-m">How we test it</h2>
        <p className="govuk-body">
          Every change is tested automatically: each page is checked with the axe accessibility
          engine, with JavaScript on and off and at desktop width, in a real browser, as people use
          it. The pages are built from the GOV.UK Design System’s components. The portal has not yet
          been audited by an independent accessibility specialist.
        </p>

        <h2 className="govuk-heading-m">Reporting accessibility problems</h2>
        <p className="govuk-body">
          If you find a problem not listed here, or need information in a different format (an
          accessible PDF, large print, easy read, audio or braille), email {contact}. We will
          consider your request and reply within 5 working days.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
          If you are not happy with how we respond to your complaint,{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            contact the Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-m">What is not yet right</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            On a narrow phone screen, some wide tables (who sits where, members lists, terms of
            reference history, the actions log and the audit trail) scroll sideways inside the page.
            You can move through them by swiping or, with a keyboard, by selecting the table and
            using the arrow keys.
          </li>
          <li>
            Papers uploaded as PDF or other documents may not all meet the guidelines. Ask us for a
            paper in another format.
          </li>
        </ul>

        <h2 className="govuk-heading-m">Technical information</h2>
        <p className="govuk-body">
          The portal’s own pages are partially compliant with WCAG 2.2 level AA, because of the
          issues listed above. If you find another, please tell us.
        </p>
      </div>
    </div>
  );
}
