import { SecretariatBodiesDocument } from '@boards/web/api-client';
import { Button, Table, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { BODY_KIND_LABELS, BODY_KIND_TAG_COLOURS } from '../body-kind';
import { formatLocalDate } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { bodyPath } from '../secretariat/body-breadcrumbs';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { COMPLIANCE_STATUS, seatsHeldText, theBody } from '../secretariat/membership-display';

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = () => [{ title: pageTitle('Bodies') }];

/** Every body, with its cross-seat rules' status today. The API refuses it to anyone but staff. */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { bodies } = await apiRequest(args, SecretariatBodiesDocument);
  return { bodies };
}

export default function Bodies() {
  const { bodies } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Secretariat</span>
          <h1 className="govuk-heading-l">Bodies</h1>
          <p className="govuk-body">
            The boards and groups, with their members and whether each has the cross-seats its rules
            ask for today.{' '}
            <a className="govuk-link" href="/secretariat/cross-seating">
              See cross-seat compliance over time
            </a>
          </p>
          <Button href="/secretariat/bodies/new" className="govuk-button--secondary">
            Add a body
          </Button>
        </div>
      </div>
      {bodies.length ? (
        <Table
          caption="Boards and groups"
          captionClassName="govuk-table__caption--m"
          firstCellIsHeader
          head={[
            { text: 'Name' },
            { text: 'Kind' },
            { text: 'Established' },
            { text: 'Cross-seats today' },
          ]}
          rows={bodies.map((body) => [
            {
              text: (
                <>
                  <a className="govuk-link" href={bodyPath(body.slug)}>
                    {body.name}
                  </a>
                  {body.dissolvedOn ? (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      Dissolved on {formatLocalDate(body.dissolvedOn)}
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              text: (
                <Tag colour={BODY_KIND_TAG_COLOURS[body.kind]}>{BODY_KIND_LABELS[body.kind]}</Tag>
              ),
            },
            { text: formatLocalDate(body.establishedOn) },
            {
              text: body.crossSeatCompliance.length ? (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {body.crossSeatCompliance.map((compliance) => {
                    const status = COMPLIANCE_STATUS[compliance.status];
                    return (
                      <li key={compliance.rule.id}>
                        <Tag colour={status.colour}>{status.label}</Tag>{' '}
                        <span className="govuk-body-s">
                          {seatsHeldText(compliance.held, compliance.rule)} from{' '}
                          {theBody(compliance.rule.fromBody.name)}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                'No cross-seat rules'
              ),
            },
          ])}
        />
      ) : (
        <p className="govuk-body">There are no bodies yet.</p>
      )}
    </>
  );
}
