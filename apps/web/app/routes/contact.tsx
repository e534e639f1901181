import type { MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { config } from '../config.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

const TITLE = 'Contact the secretariat';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle(TITLE) }];

export function loader() {
  return { email: config.CONTACT_EMAIL, phone: config.CONTACT_PHONE ?? null };
}

/** How to reach the secretariat, by email or phone, and how to give feedback on the portal. */
export default function Contact() {
  const { email, phone } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          The secretariat runs the boards and groups on this portal: their membership, meetings,
          papers and minutes. Contact us about any of them, about your own details, or if you need
          information in another format.
        </p>
        <h2 className="govuk-heading-m">Email</h2>
        <p className="govuk-body">
          <a className="govuk-link" href={`mailto:${email}`}>
            {email}
          </a>
          <br />
          We aim to reply within 5 working days.
        </p>
        {phone ? (
          <>
            <h2 className="govuk-heading-m">Telephone</h2>
            <p className="govuk-body">
              <a className="govuk-link" href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>
                {phone}
              </a>
              <br />
              Monday to Friday, 9am to 5pm (except bank holidays)
            </p>
          </>
        ) : null}
        <h2 className="govuk-heading-m">If you are a member</h2>
        <p className="govuk-body">
          Each body’s page and your meetings show the support offered before and after meetings, and
          who to talk to. You can change how the public sees your name from{' '}
          <a className="govuk-link" href="/account">
            your account
          </a>
          .
        </p>
        <h2 className="govuk-heading-m" id="feedback">
          Feedback on this portal
        </h2>
        <p className="govuk-body">
          This is a new service. Tell us what works, what does not and what you expected to find, by
          emailing{' '}
          <a className="govuk-link" href={`mailto:${email}?subject=Feedback%20on%20the%20portal`}>
            {email}
          </a>
          . We read every message.
        </p>
        <p className="govuk-body">
          To report a problem with accessibility, see the{' '}
          <a className="govuk-link" href="/accessibility">
            accessibility statement
          </a>
          .
        </p>
      </div>
    </div>
  );
}
