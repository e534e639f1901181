import { WhoSitsWhereDocument } from '@boards/web/api-client';
import { Table } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { CrossSeatMark } from '../membership/body-membership';
import { seatRange } from '../membership/public-members';
import { whoSitsWhere, type Seat } from '../membership/who-sits-where';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

const TITLE = 'Who sits where';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle(TITLE) }];

export async function loader(args: LoaderFunctionArgs) {
  // As the person asking, so that members see the colleagues the API names to them.
  const { bodies, crossSeatRules } = await apiRequest(args, WhoSitsWhereDocument);
  return {
    // People's seats joined by the ids the API gives named people; the page gets no ids.
    table: whoSitsWhere(bodies),
    rules: crossSeatRules.map((rule) => ({
      seats: seatRange(rule),
      fromBody: rule.fromBody,
      targetBody: { slug: rule.targetBody.slug, name: rule.targetBody.name },
    })),
  };
}

function SeatCell({ seat, body }: { readonly seat: Seat | null; readonly body: string }) {
  if (!seat) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">Not on the {body}</span>
      </>
    );
  }
  return (
    <>
      <span className="govuk-!-display-block">{seat.role}</span>
      {seat.crossSeat ? (
        <span className="govuk-!-display-block govuk-!-margin-top-1">
          <CrossSeatMark from={seat.fromBody} />
        </span>
      ) : null}
    </>
  );
}

export default function WhoSitsWherePage() {
  const { table, rules } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{TITLE}</h1>
          <p className="govuk-body-l">
            This page shows who sits on each board and group today, and what their role is.
          </p>
          {rules.length ? (
            <>
              <h2 className="govuk-heading-m">People on more than one board or group</h2>
              <p className="govuk-body">
                Some seats on a group are kept for members of a board. We call them cross-seats.
                They make sure the board is part of the group’s work.
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {rules.map((rule) => (
                  <li key={`${rule.fromBody.slug} ${rule.targetBody.slug}`}>
                    {rule.seats} {rule.seats === '1' ? 'member' : 'members'} of the{' '}
                    <a className="govuk-link" href={`/bodies/${rule.fromBody.slug}`}>
                      {rule.fromBody.name}
                    </a>{' '}
                    sit on the{' '}
                    <a className="govuk-link" href={`/bodies/${rule.targetBody.slug}`}>
                      {rule.targetBody.name}
                    </a>
                    .
                  </li>
                ))}
              </ul>
              <p className="govuk-body">In the table, these seats are marked ‘Cross-seat’.</p>
            </>
          ) : null}
        </div>
      </div>
      {table.rows.length ? (
        <Table
          caption="Members of each board and group today"
          scrollLabel="Members of each board and group today"
          captionClassName="govuk-table__caption--m"
          firstCellIsHeader
          head={[
            { text: 'Name' },
            ...table.bodies.map((body) => ({
              text: (
                <a className="govuk-link" href={`/bodies/${body.slug}`}>
                  {body.name}
                </a>
              ),
            })),
          ]}
          rows={table.rows.map((row) => [
            { text: row.name },
            ...row.seats.map((seat, column) => ({
              text: <SeatCell seat={seat} body={table.bodies[column].name} />,
            })),
          ])}
        />
      ) : (
        <p className="govuk-body">No members are named on this website today.</p>
      )}
      {table.notNamed.length ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">Members who are not named</h2>
            <p className="govuk-body">
              Some members are not named on this website, so they are not in the table. This is how
              many there are:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {table.notNamed.map((body) => (
                <li key={body.slug}>
                  {body.name}: {body.count} {body.count === 1 ? 'member' : 'members'} not named
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </>
  );
}
