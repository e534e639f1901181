import type { BodyKind } from '@boards/web/api-client';
import { Table, Tag } from '@boards/web/ui-govuk';
import { formatLocalDate } from '../dates';
import { ListPaging } from '../secretariat/list-paging';
import {
  complianceWording,
  memberEntries,
  namesAndOthers,
  pastGaps,
  type ComplianceFacts,
  type MemberEntry,
  type NonCompliantPeriodFacts,
  type PublicMember,
  type SeatsElsewhere,
} from './public-members';

export const WHO_SITS_WHERE_PATH = '/who-sits-where';

/** The anchor of the past members section, so that its page links land on it. */
const PAST_MEMBERS_ID = 'past-members';

/** The address of a page of a body's past members: the first without a cursor. */
export function pastMembersHref(slug: string, pastPage?: string | null): string {
  const query = pastPage ? `?${new URLSearchParams({ pastPage })}` : '';
  return `/bodies/${slug}${query}#${PAST_MEMBERS_ID}`;
}

/** "Cross-seat" with where the seat comes from: "from the Experts by Experience Board". */
export function CrossSeatMark({ from }: { readonly from: string | null }) {
  return (
    <>
      <Tag colour="purple">Cross-seat</Tag>
      {from ? <span className="govuk-body-s"> from the {from}</span> : null}
    </>
  );
}

function NameCell({ member }: { readonly member: MemberEntry }) {
  return (
    <>
      <span className="govuk-!-display-block">{member.name}</span>
      {member.crossSeatFrom !== null ? (
        <span className="govuk-!-display-block govuk-!-margin-top-1">
          <CrossSeatMark from={member.crossSeatFrom} />
        </span>
      ) : null}
    </>
  );
}

function kindWord(kind: BodyKind): string {
  return kind === 'BOARD' ? 'board' : 'group';
}

export interface BodyMembershipProps {
  readonly body: {
    readonly slug: string;
    readonly name: string;
    readonly kind: BodyKind;
    readonly members: readonly PublicMember[];
    readonly pastMembers: {
      readonly totalCount: number;
      readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
      readonly edges: readonly { readonly node: PublicMember }[];
    };
    readonly crossSeatCompliance: readonly ComplianceFacts[];
    readonly crossSeatTimeline: readonly NonCompliantPeriodFacts[];
  };
  /** The cursor of the page of past members shown; null for the first. */
  readonly pastPage: string | null;
  /** Where this body's members hold cross-seats on other bodies. */
  readonly crossSeatsElsewhere: readonly SeatsElsewhere[];
}

/** The membership sections of a body's public page. */
export function BodyMembership({ body, pastPage, crossSeatsElsewhere }: BodyMembershipProps) {
  return (
    <>
      <Members body={body} />
      {body.crossSeatCompliance.length ? <CrossSeats body={body} /> : null}
      {crossSeatsElsewhere.length ? (
        <SeatsOnOtherBodies body={body} seats={crossSeatsElsewhere} />
      ) : null}
      <PastMembers body={body} pastPage={pastPage} />
    </>
  );
}

function Members({ body }: Pick<BodyMembershipProps, 'body'>) {
  const members = memberEntries(body.members);
  const anyCrossSeat = members.some((member) => member.crossSeatFrom !== null);
  return (
    <section aria-labelledby="members">
      <h2 className="govuk-heading-l" id="members">
        Members
      </h2>
      {members.length ? (
        <>
          {anyCrossSeat ? (
            <p className="govuk-body">
              People marked ‘Cross-seat’ are members of another board. They also sit on this{' '}
              {kindWord(body.kind)}.
            </p>
          ) : null}
          <Table
            caption={`Members of the ${body.name} today`}
            scrollLabel={`Members of the ${body.name} today`}
            captionClassName="govuk-table__caption--s"
            firstCellIsHeader
            head={[{ text: 'Name' }, { text: 'Role' }, { text: 'Organisation' }]}
            rows={members.map((member) => [
              { text: <NameCell member={member} /> },
              { text: member.role },
              { text: member.affiliation ?? '' },
            ])}
          />
        </>
      ) : (
        <p className="govuk-body">No one sits on the {body.name} today.</p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={WHO_SITS_WHERE_PATH}>
          See who sits on each board and group
        </a>
      </p>
    </section>
  );
}

function CrossSeats({ body }: Pick<BodyMembershipProps, 'body'>) {
  const gaps = pastGaps(body.crossSeatTimeline);
  return (
    <section aria-labelledby="cross-seats">
      <h2 className="govuk-heading-l" id="cross-seats">
        Cross-seats
      </h2>
      <p className="govuk-body">
        Some seats on this {kindWord(body.kind)} are kept for members of another board. We call them
        cross-seats.
      </p>
      {body.crossSeatCompliance.map((compliance) => {
        const wording = complianceWording(compliance, body.kind);
        return (
          <div key={compliance.rule.fromBody.slug} className="govuk-!-margin-bottom-6">
            <p className="govuk-body govuk-!-margin-bottom-2">
              <Tag colour={wording.colour}>{wording.tag}</Tag>
            </p>
            <p className="govuk-body">{wording.sentence}</p>
          </div>
        );
      })}
      <h3 className="govuk-heading-m">Earlier gaps</h3>
      {gaps.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">
          These seats have always been filled as they should be, since the {kindWord(body.kind)}{' '}
          began.
        </p>
      )}
    </section>
  );
}

function SeatsOnOtherBodies({
  body,
  seats,
}: Pick<BodyMembershipProps, 'body'> & { readonly seats: readonly SeatsElsewhere[] }) {
  return (
    <section aria-labelledby="seats-elsewhere">
      <h2 className="govuk-heading-l" id="seats-elsewhere">
        Members on other groups
      </h2>
      <p className="govuk-body">
        Some members of the {body.name} also sit on other groups. They hold cross-seats there.
      </p>
      <dl className="govuk-summary-list">
        {seats.map((entry) => (
          <div key={entry.body.slug} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">
              <a className="govuk-link" href={`/bodies/${entry.body.slug}`}>
                {entry.body.name}
              </a>
            </dt>
            <dd className="govuk-summary-list__value">
              {namesAndOthers(entry.named, entry.notNamed)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function PastMembers({ body, pastPage }: Pick<BodyMembershipProps, 'body' | 'pastPage'>) {
  const { totalCount, pageInfo, edges } = body.pastMembers;
  const members = memberEntries(edges.map((edge) => edge.node));
  return (
    <section aria-labelledby={PAST_MEMBERS_ID}>
      <h2 className="govuk-heading-l" id={PAST_MEMBERS_ID}>
        Past members
      </h2>
      {members.length ? (
        <>
          <p className="govuk-body">
            {totalCount === 1
              ? `1 person used to sit on the ${body.name}.`
              : `${totalCount} people used to sit on the ${body.name}. The most recent to leave are first.`}
          </p>
          <Table
            caption={`Past members of the ${body.name}${pastPage ? ' (a later page)' : ''}`}
            scrollLabel={`Past members of the ${body.name}`}
            captionClassName="govuk-table__caption--s"
            firstCellIsHeader
            head={[{ text: 'Name' }, { text: 'Role' }, { text: 'When' }]}
            rows={members.map((member) => [
              { text: <NameCell member={member} /> },
              { text: member.role },
              {
                text: member.endsOn ? (
                  <>
                    <time dateTime={member.startsOn}>{formatLocalDate(member.startsOn)}</time> to{' '}
                    <time dateTime={member.endsOn}>{formatLocalDate(member.endsOn)}</time>
                  </>
                ) : (
                  <>
                    From <time dateTime={member.startsOn}>{formatLocalDate(member.startsOn)}</time>
                  </>
                ),
              },
            ])}
          />
        </>
      ) : (
        <p className="govuk-body">
          {pastPage ? 'There are no more past members.' : `No one has left the ${body.name} yet.`}
        </p>
      )}
      <ListPaging
        first={pastPage ? pastMembersHref(body.slug) : undefined}
        next={
          pageInfo.hasNextPage && pageInfo.endCursor
            ? pastMembersHref(body.slug, pageInfo.endCursor)
            : undefined
        }
      />
    </section>
  );
}
