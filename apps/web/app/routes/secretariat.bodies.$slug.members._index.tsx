import { MEMBERSHIP_ROLES } from '@boards/shared/contracts';
import {
  BodyMembershipsDocument,
  type BodyMembershipsQuery,
  type MembershipRecordFragment,
} from '@boards/web/api-client';
import { Button, Table, Tag, type TableCell } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { formatLocalDate } from '../dates';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { slugParam } from '../secretariat/body-loader.server';
import {
  MEMBERSHIP_STATUS,
  possessive,
  roleText,
  seatText,
  theBody,
} from '../secretariat/membership-display';

/** Pages of 100 records are read until there are no more, up to this many records. */
const MAX_PAGES = 20;

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data ? `Members of ${theBody(data.body.name)}` : 'Members') },
];

/** Every membership record of the body (staff only: the API refuses them to anyone else). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const slug = slugParam(args.params);
  const records: MembershipRecordFragment[] = [];
  let after: string | null = null;
  let body: {
    id: string;
    slug: string;
    name: string;
    dissolvedOn: string | null;
    stillExists: boolean;
  } | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: BodyMembershipsQuery = await apiRequest(args, BodyMembershipsDocument, {
      slug,
      after,
    });
    if (!result.body) throw new Response(null, { status: 404 });
    const { memberships, ...rest } = result.body;
    body = rest;
    records.push(...(memberships?.edges.map((edge) => edge.node) ?? []));
    if (!memberships?.pageInfo.hasNextPage || !memberships.pageInfo.endCursor) break;
    after = memberships.pageInfo.endCursor;
  }
  if (!body) throw new Response(null, { status: 404 });
  return { body, records };
}

const ROLE_ORDER = new Map<string, number>(MEMBERSHIP_ROLES.map((role, index) => [role, index]));

function byRoleThenName(a: MembershipRecordFragment, b: MembershipRecordFragment): number {
  return (
    (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) ||
    a.person.fullName.localeCompare(b.person.fullName, 'en-GB')
  );
}

function LocalDate({ value }: { readonly value: string | null }) {
  return value ? <time dateTime={value}>{formatLocalDate(value)}</time> : <>No end date</>;
}

function MembershipTable({
  caption,
  records,
  slug,
  withEndReason,
}: {
  readonly caption: string;
  readonly records: readonly MembershipRecordFragment[];
  readonly slug: string;
  readonly withEndReason?: boolean;
}) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-table__caption--m"
      scrollLabel={caption}
      firstCellIsHeader
      head={[
        { text: 'Person' },
        { text: 'Role' },
        { text: 'Seat' },
        { text: 'Starts' },
        { text: 'Ends' },
        { text: 'Status' },
        ...(withEndReason ? [{ text: 'End reason' }] : []),
        { text: <span className="govuk-visually-hidden">Actions</span> },
      ]}
      rows={records.map((record) => {
        const status = MEMBERSHIP_STATUS[record.status];
        const cells: TableCell[] = [
          {
            text: (
              <a
                className="govuk-link"
                href={`/secretariat/people/${encodeURIComponent(record.person.id)}`}
              >
                {record.person.fullName}
              </a>
            ),
          },
          { text: roleText(record.role) },
          { text: seatText(record.seat, record.fromBody) },
          { text: <LocalDate value={record.startsOn} /> },
          { text: <LocalDate value={record.endsOn} /> },
          { text: <Tag colour={status.colour}>{status.label}</Tag> },
          ...(withEndReason ? [{ text: record.endReason ?? 'None given' }] : []),
          {
            text: (
              <a className="govuk-link" href={bodyPath(slug, 'members', record.id)}>
                Manage
                <span className="govuk-visually-hidden">
                  {' '}
                  {possessive(record.person.fullName)} membership
                </span>
              </a>
            ),
          },
        ];
        return cells;
      })}
    />
  );
}

export default function Members() {
  const { body, records } = useLoaderData<typeof loader>();
  const current = records.filter((r) => r.status === 'CURRENT').sort(byRoleThenName);
  const future = records
    .filter((r) => r.status === 'FUTURE')
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || byRoleThenName(a, b));
  const past = records
    .filter((r) => r.status === 'PAST')
    .sort((a, b) => (b.endsOn ?? '').localeCompare(a.endsOn ?? '') || byRoleThenName(a, b));
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{body.name}</span>
          <h1 className="govuk-heading-l">Members of {theBody(body.name)}</h1>
          <p className="govuk-body">
            Every membership record: current, future and past. Cross-seats are memberships held
            because of membership of another body.{' '}
            <a className="govuk-link" href={bodyPath(body.slug)}>
              About {theBody(body.name)}
            </a>
          </p>
          {body.stillExists ? (
            <>
              {body.dissolvedOn ? (
                <p className="govuk-body">
                  It is dissolved from {formatLocalDate(body.dissolvedOn)}: a membership must end
                  before then.
                </p>
              ) : null}
              <Button href={bodyPath(body.slug, 'members', 'appoint')}>Appoint a member</Button>
            </>
          ) : (
            <p className="govuk-body">
              It was dissolved on {formatLocalDate(body.dissolvedOn ?? '')}: nobody can be
              appointed.
            </p>
          )}
        </div>
      </div>
      {current.length ? (
        <MembershipTable caption="Current members" records={current} slug={body.slug} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Current members</h2>
          <p className="govuk-body">Nobody sits on {theBody(body.name)} today.</p>
        </>
      )}
      {future.length ? (
        <MembershipTable caption="Future members" records={future} slug={body.slug} />
      ) : null}
      {past.length ? (
        <MembershipTable caption="Past members" records={past} slug={body.slug} withEndReason />
      ) : null}
    </>
  );
}
