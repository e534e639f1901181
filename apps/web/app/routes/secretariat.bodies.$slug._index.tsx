import { Button, SummaryList, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../auth.server';
import { BODY_KIND_LABELS } from '../body-kind';
import { formatLocalDate } from '../dates';
import { pageTitle } from '../page-title';
import { Contact, SupportText } from '../meetings/support';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { loadBody } from '../secretariat/body-loader.server';
import {
  COMPLIANCE_STATUS,
  complianceSentence,
  seatsRequiredText,
  theBody,
} from '../secretariat/membership-display';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.body.name ?? 'Body') },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { body: await loadBody(args) };
}

export default function BodySummary() {
  const { body } = useLoaderData<typeof loader>();
  const edit = (field: string, what: string) => [
    { href: `${bodyPath(body.slug, 'edit')}#${field}`, text: 'Change', visuallyHiddenText: what },
  ];
  const records = body.memberships?.totalCount ?? 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{BODY_KIND_LABELS[body.kind]}</span>
        <h1 className="govuk-heading-l">{body.name}</h1>
        {body.dissolvedOn ? (
          <p className="govuk-body">
            <Tag colour="grey">Dissolved</Tag> It no longer exists from{' '}
            {formatLocalDate(body.dissolvedOn)}.
          </p>
        ) : null}

        <h2 className="govuk-heading-m">Details</h2>
        <SummaryList
          rows={[
            { key: 'Name', value: body.name, actions: edit('name', 'name') },
            {
              key: 'Kind',
              value: BODY_KIND_LABELS[body.kind],
              actions: edit('kind', 'whether it is a board or a group'),
            },
            {
              key: 'Purpose',
              value: body.purpose
                .split(/\r?\n/)
                .filter((line) => line.trim())
                .map((line, index) => (
                  <p key={index} className="govuk-body govuk-!-margin-bottom-1">
                    {line}
                  </p>
                )),
              actions: edit('purpose', 'purpose'),
            },
            {
              key: 'Established',
              value: formatLocalDate(body.establishedOn),
              actions: edit('establishedOn-day', 'date established'),
            },
            body.dissolvedOn !== null && {
              key: 'Dissolved',
              value: formatLocalDate(body.dissolvedOn),
            },
            {
              key: 'Public page',
              value: (
                <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}`}>
                  /bodies/{body.slug}
                </a>
              ),
            },
          ]}
        />

        <h2 className="govuk-heading-m">Contact and support</h2>
        <SummaryList
          rows={[
            {
              key: 'Contact',
              value: body.supportContact ? (
                <Contact contact={body.supportContact} />
              ) : (
                'Nobody named yet'
              ),
              actions: [
                {
                  href: bodyPath(body.slug, 'support'),
                  text: 'Change',
                  visuallyHiddenText: 'the contact',
                },
              ],
            },
            {
              key: 'Usual support text',
              value: body.defaultSupport ? <SupportText text={body.defaultSupport} /> : 'None',
              actions: [
                {
                  href: `${bodyPath(body.slug, 'support')}#defaultSupport`,
                  text: 'Change',
                  visuallyHiddenText: 'the usual support text',
                },
              ],
            },
          ]}
        />

        <h2 className="govuk-heading-m">Members</h2>
        <p className="govuk-body">
          {records === 0
            ? 'No memberships have been recorded yet.'
            : `${records} ${records === 1 ? 'membership has' : 'memberships have'} been recorded, past, current and future.`}
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug, 'members')}>
            See and change the members of {theBody(body.name)}
          </a>
        </p>

        <h2 className="govuk-heading-m">Terms of reference</h2>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug, 'terms-of-reference')}>
            See, draft and publish the terms of reference of {theBody(body.name)}
          </a>
        </p>

        <h2 className="govuk-heading-m">Cross-seats today</h2>
        {body.crossSeatCompliance.length ? (
          <ul className="govuk-list govuk-list--spaced">
            {body.crossSeatCompliance.map((compliance) => {
              const status = COMPLIANCE_STATUS[compliance.status];
              return (
                <li key={compliance.rule.id}>
                  <Tag colour={status.colour}>{status.label}</Tag>{' '}
                  <strong>Members of {theBody(compliance.rule.fromBody.name)}</strong> (
                  {seatsRequiredText(compliance.rule)}): {complianceSentence(compliance)}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="govuk-body">No cross-seat rules ask for seats on this body.</p>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/secretariat/cross-seating">
            See cross-seat compliance over time, and change the rules
          </a>
        </p>

        {body.dissolvedOn === null ? (
          <>
            <h2 className="govuk-heading-m">Dissolve</h2>
            <p className="govuk-body">
              When a body is dissolved, every membership ends and cross-seats held by its members
              end with them. You will see what will end before you confirm.
            </p>
            <Button href={bodyPath(body.slug, 'dissolve')} className="govuk-button--warning">
              Dissolve {theBody(body.name)}
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
