import { renderToStaticMarkup } from 'react-dom/server';
import { BodyMembership, pastMembersHref, type BodyMembershipProps } from './body-membership';
import type { PublicMember } from './public-members';

const EBE = { slug: 'experts-by-experience-board', name: 'Experts by Experience Board' };
const RULE = { id: 'rule-1', minSeats: 2, maxSeats: 2, fromBody: EBE };

function member(
  displayName: string | null,
  extra: Partial<PublicMember> & { visibility?: PublicMember['person']['visibility'] } = {},
): PublicMember {
  const { visibility = 'NAMED', ...rest } = extra;
  return {
    person: { visibility, displayName, affiliation: 'Northfield University' },
    role: 'MEMBER',
    seat: 'ORDINARY',
    fromBody: null,
    startsOn: '2021-04-14',
    endsOn: null,
    ...rest,
  };
}

const crossSeat = { seat: 'CROSS_SEAT' as const, fromBody: EBE };

function props(overrides: Partial<BodyMembershipProps['body']> = {}): BodyMembershipProps {
  return {
    body: {
      slug: 'evidence-group',
      name: 'Evidence Group',
      kind: 'GROUP',
      members: [
        member('Helen Marsh', { role: 'CHAIR' }),
        member('Jordan E.', crossSeat),
        member('A member with lived experience', { ...crossSeat, visibility: 'ANONYMOUS' }),
        member('Tom Hargreaves', { visibility: 'HIDDEN' }),
      ],
      pastMembers: {
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      },
      crossSeatCompliance: [{ status: 'COMPLIANT', held: 2, since: '2021-04-14', rule: RULE }],
      crossSeatTimeline: [],
      ...overrides,
    },
    pastPage: null,
    crossSeatsElsewhere: [],
  };
}

const render = (p: BodyMembershipProps) => renderToStaticMarkup(<BodyMembership {...p} />);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|’/g, "'")
    .replace(/\s+/g, ' ');

describe('BodyMembership', () => {
  it('lists the members in a captioned table, marking cross-seats with where they come from', () => {
    const html = render(props());
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--s">');
    expect(text(html)).toContain('Members of the Evidence Group today');
    expect(text(html)).toMatch(/Helen Marsh Chair Northfield University/);
    expect(text(html)).toMatch(/Jordan E\. Cross-seat from the Experts by Experience Board Member/);
    expect(html.match(/>Cross-seat</g)).toHaveLength(2);
    expect(html).toContain('href="/who-sits-where"');
  });

  it('never shows a hidden person, nor the organisation of one not named', () => {
    const html = render(props());
    expect(html).not.toContain('Tom Hargreaves');
    expect(text(html)).toMatch(
      /A member with lived experience Cross-seat from the Experts by Experience Board Member <?/,
    );
    expect(html.match(/Northfield University/g)).toHaveLength(2);
  });

  it('says in plain English whether the cross-seats are filled, and when they were not', () => {
    const html = render(
      props({
        crossSeatCompliance: [{ status: 'VACANCY', held: 1, since: '2024-07-01', rule: RULE }],
        crossSeatTimeline: [
          { status: 'VACANCY', held: 1, from: '2021-04-21', to: '2021-06-08', rule: RULE },
          { status: 'VACANCY', held: 1, from: '2024-07-01', to: null, rule: RULE },
        ],
      }),
    );
    expect(html).toContain('<strong class="govuk-tag govuk-tag--orange">Vacancy</strong>');
    expect(text(html)).toContain(
      '1 of 2 seats for members of the Experts by Experience Board has been vacant since 1 July 2024.',
    );
    expect(text(html)).toContain(
      'From 21 April to 8 June 2021, 1 of 2 seats for members of the Experts by Experience Board was vacant.',
    );
  });

  it('has no cross-seat section for a body without a rule', () => {
    const html = render(props({ crossSeatCompliance: [], crossSeatTimeline: [] }));
    expect(html).not.toContain('id="cross-seats"');
  });

  it('shows where the body’s members sit elsewhere, naming only those named', () => {
    const html = render({
      ...props({ slug: EBE.slug, name: EBE.name, kind: 'BOARD', crossSeatCompliance: [] }),
      crossSeatsElsewhere: [
        {
          body: { slug: 'evidence-group', name: 'Evidence Group' },
          named: ['Jordan E.'],
          notNamed: 1,
        },
      ],
    });
    expect(text(html)).toContain('Members on other groups');
    expect(text(html)).toContain('Evidence Group Jordan E. and 1 member not named');
    expect(html).toContain('href="/bodies/evidence-group"');
  });

  it('lists past members with their dates, a page at a time, with cursor links', () => {
    const html = render({
      ...props({
        slug: 'design-group',
        name: 'Design Group',
        pastMembers: {
          totalCount: 25,
          pageInfo: { hasNextPage: true, endCursor: 'WzQwXQ' },
          edges: [
            { node: member('Marcus Bell', { startsOn: '2021-04-21', endsOn: '2022-01-31' }) },
          ],
        },
      }),
      pastPage: 'WzIwXQ',
    });
    expect(text(html)).toContain('25 people used to sit on the Design Group.');
    expect(text(html)).toContain('Past members of the Design Group (a later page)');
    expect(text(html)).toContain('Marcus Bell Member 21 April 2021 to 31 January 2022');
    expect(html).toContain('href="/bodies/design-group#past-members"');
    expect(html).toContain('href="/bodies/design-group?pastPage=WzQwXQ#past-members"');
  });

  it('says when no one has left, with no paging', () => {
    const html = render(props());
    expect(text(html)).toContain('No one has left the Evidence Group yet.');
    expect(html).not.toContain('govuk-pagination');
  });
});

describe('pastMembersHref', () => {
  it('links to a page of past members, escaping the cursor', () => {
    expect(pastMembersHref('design-group')).toBe('/bodies/design-group#past-members');
    expect(pastMembersHref('design-group', 'a b&c')).toBe(
      '/bodies/design-group?pastPage=a+b%26c#past-members',
    );
  });
});
