import fc from 'fast-check';
import { PAPER_VISIBILITIES, type PaperVisibility } from '@boards/shared/contracts';
import {
  agendaItemVisibleTo,
  meetingAudience,
  membershipsAtMeeting,
  paperAccess,
  paperFileAccess,
  paperOnItemProblem,
  type MeetingAudience,
  type PaperAccessReason,
  type PaperViewer,
} from './paper-access.rule';

// A meeting of the Evidence Group (EVG) on Tuesday 31 March 2026. Ana is a member of the
// Experts by Experience Board (EXB) cross-seated on EVG; Ben sits on EVG; Cat sits only on the
// Design Group (DSG); Dan's EVG membership ended the day before; Eve's starts the day after.
const MEETING_DATE = '2026-03-31';
const m = (bodyId: string, startsOn = '2025-01-01', endsOn: string | null = null) => ({
  bodyId,
  startsOn,
  endsOn,
});
const viewer = (
  personId: string | null,
  memberships: PaperViewer['memberships'] = [],
  grants: PaperViewer['grants'] = [],
): PaperViewer => ({ personId, grants, memberships });

const VIEWERS: Record<string, PaperViewer> = {
  anonymous: viewer(null),
  'a signed-in person with no membership': viewer('zed'),
  'a member of another body only': viewer('cat', [m('DSG')]),
  'a member of the body': viewer('ben', [m('EVG')]),
  'a cross-seated member of the body': viewer('ana', [m('EXB'), m('EVG')]),
  'a member of the body ending on the meeting day': viewer('fay', [
    m('EVG', '2024-01-01', MEETING_DATE),
  ]),
  'a member of the body starting on the meeting day': viewer('gus', [m('EVG', MEETING_DATE)]),
  'a past member of the body (ended the day before)': viewer('dan', [
    m('EVG', '2024-01-01', '2026-03-30'),
  ]),
  'a future member of the body (starts the day after)': viewer('eve', [m('EVG', '2026-04-01')]),
  'the secretariat': viewer('sam', [], ['SECRETARIAT']),
  'an admin with no person': viewer(null, [], ['ADMIN']),
  'a named person who is not a member': viewer('nia', [m('DSG')]),
  'a named person who is a member': viewer('ned', [m('EVG')]),
};

type Row = [string, MeetingAudience, PaperAccessReason, PaperAccessReason, PaperAccessReason];
// viewer, audience, then the answer for a PUBLIC, a MEMBERS and a NAMED paper (named: nia, ned).
const TABLE: Row[] = [
  ['anonymous', 'PUBLIC', 'PUBLIC', 'NOT_SIGNED_IN', 'NOT_SIGNED_IN'],
  ['a signed-in person with no membership', 'PUBLIC', 'PUBLIC', 'NOT_A_MEMBER', 'NOT_NAMED'],
  ['a member of another body only', 'PUBLIC', 'PUBLIC', 'NOT_A_MEMBER', 'NOT_NAMED'],
  ['a member of the body', 'MEMBER', 'PUBLIC', 'MEMBER', 'NOT_NAMED'],
  ['a cross-seated member of the body', 'MEMBER', 'PUBLIC', 'MEMBER', 'NOT_NAMED'],
  ['a member of the body ending on the meeting day', 'MEMBER', 'PUBLIC', 'MEMBER', 'NOT_NAMED'],
  ['a member of the body starting on the meeting day', 'MEMBER', 'PUBLIC', 'MEMBER', 'NOT_NAMED'],
  [
    'a past member of the body (ended the day before)',
    'PUBLIC',
    'PUBLIC',
    'NOT_A_MEMBER',
    'NOT_NAMED',
  ],
  [
    'a future member of the body (starts the day after)',
    'PUBLIC',
    'PUBLIC',
    'NOT_A_MEMBER',
    'NOT_NAMED',
  ],
  ['the secretariat', 'STAFF', 'PUBLIC', 'STAFF', 'STAFF'],
  ['an admin with no person', 'STAFF', 'PUBLIC', 'STAFF', 'STAFF'],
  ['a named person who is not a member', 'PUBLIC', 'PUBLIC', 'NOT_A_MEMBER', 'NAMED'],
  ['a named person who is a member', 'MEMBER', 'PUBLIC', 'MEMBER', 'NAMED'],
];
const ALLOWED: readonly PaperAccessReason[] = ['PUBLIC', 'STAFF', 'MEMBER', 'NAMED'];

const paper = (visibility: PaperVisibility, bodyIds = ['EVG']) => ({
  visibility,
  namedPersonIds: ['nia', 'ned'],
  meetingBodyIds: bodyIds,
  meetingDate: MEETING_DATE,
});

it('covers every viewer in the table', () => {
  expect(TABLE.map(([name]) => name).sort()).toEqual(Object.keys(VIEWERS).sort());
});

describe.each(TABLE)('for %s', (name, audience, forPublic, forMembers, forNamed) => {
  const who = VIEWERS[name];

  it(`the audience is ${audience}`, () => {
    expect(meetingAudience({ bodyIds: ['EVG'], meetingDate: MEETING_DATE }, who)).toBe(audience);
  });

  it.each([
    ['PUBLIC', forPublic],
    ['MEMBERS', forMembers],
    ['NAMED', forNamed],
  ] as const)('a %s paper: %s', (visibility, reason) => {
    expect(paperAccess(paper(visibility), who)).toEqual({
      allowed: ALLOWED.includes(reason),
      reason,
    });
  });

  it.each([
    [true, true],
    [false, audience !== 'PUBLIC'],
  ])('an agenda item that is public: %p is shown: %p', (isPublic, shown) => {
    expect(agendaItemVisibleTo({ isPublic }, audience)).toBe(shown);
  });
});

describe('a joint meeting', () => {
  const joint = { bodyIds: ['EVG', 'DSG'], meetingDate: MEETING_DATE };

  it.each([
    ['a member of the first body', viewer('ben', [m('EVG')]), 'MEMBER'],
    ['a member of the second body', viewer('cat', [m('DSG')]), 'MEMBER'],
    ['a member of neither', viewer('ana', [m('EXB')]), 'PUBLIC'],
    [
      'a member of the second body whose membership ended before',
      viewer('cat', [m('DSG', '2024-01-01', '2025-12-31')]),
      'PUBLIC',
    ],
  ] as const)('%s', (_name, who, audience) => {
    expect(meetingAudience(joint, who)).toBe(audience);
    expect(paperAccess(paper('MEMBERS', ['EVG', 'DSG']), who).allowed).toBe(audience === 'MEMBER');
  });
});

describe('membershipsAtMeeting', () => {
  const joint = { bodyIds: ['EVG', 'DSG'], meetingDate: MEETING_DATE };

  it.each([
    ['of one of its bodies, open-ended', [m('EVG')], 1],
    ['of each of its bodies', [m('EVG'), m('DSG')], 2],
    ['of another body only', [m('EXB')], 0],
    ['ending on its day (the last day counts)', [m('DSG', '2025-01-01', MEETING_DATE)], 1],
    ['starting on its day (the first day counts)', [m('EVG', MEETING_DATE)], 1],
    ['ended the day before', [m('EVG', '2025-01-01', '2026-03-30')], 0],
    ['starting the day after', [m('EVG', '2026-04-01')], 0],
  ] as const)('keeps a membership %s', (_name, memberships, count) => {
    expect(membershipsAtMeeting(joint, memberships)).toHaveLength(count);
  });

  const membershipArb = fc.record({
    bodyId: fc.constantFrom('EVG', 'DSG', 'EXB'),
    startsOn: fc.constantFrom('2025-01-01', '2026-03-30', '2026-03-31', '2026-04-01'),
    endsOn: fc.constantFrom(null, '2026-03-30', '2026-03-31', '2027-01-01'),
  });

  it('makes a signed-in viewer without grants a MEMBER exactly when it keeps a membership', () => {
    fc.assert(
      fc.property(
        fc.array(membershipArb, { maxLength: 4 }),
        fc.subarray(['EVG', 'DSG', 'EXB'], { minLength: 1 }),
        (memberships, bodyIds) => {
          const meeting = { bodyIds, meetingDate: MEETING_DATE };
          const kept = membershipsAtMeeting(meeting, memberships);
          for (const ms of kept) {
            expect(bodyIds).toContain(ms.bodyId);
            expect(ms.startsOn <= MEETING_DATE).toBe(true);
            expect(ms.endsOn === null || ms.endsOn >= MEETING_DATE).toBe(true);
          }
          expect(meetingAudience(meeting, viewer('ben', memberships))).toBe(
            kept.length > 0 ? 'MEMBER' : 'PUBLIC',
          );
        },
      ),
    );
  });
});

describe('paperAccess', () => {
  it('ignores memberships passed with nobody signed in', () => {
    expect(paperAccess(paper('MEMBERS'), viewer(null, [m('EVG')]))).toEqual({
      allowed: false,
      reason: 'NOT_SIGNED_IN',
    });
  });

  it('fails closed on a visibility it does not know: staff only', () => {
    const odd = paper('SECRET' as PaperVisibility);
    expect(paperAccess(odd, VIEWERS['the secretariat']).allowed).toBe(true);
    expect(paperAccess(odd, VIEWERS['a named person who is a member']).allowed).toBe(false);
    expect(paperAccess(odd, VIEWERS['a member of the body']).allowed).toBe(false);
  });

  const viewerArb: fc.Arbitrary<PaperViewer> = fc.record({
    personId: fc.option(fc.constantFrom('ben', 'nia', 'zed')),
    grants: fc.subarray(['SECRETARIAT', 'ADMIN'] as const),
    memberships: fc.array(
      fc.record({
        bodyId: fc.constantFrom('EVG', 'DSG', 'EXB'),
        startsOn: fc.constantFrom('2025-01-01', '2026-03-31', '2026-04-01'),
        endsOn: fc.constantFrom(null, '2026-03-30', '2026-03-31', '2027-01-01'),
      }),
      { maxLength: 3 },
    ),
  });

  it('agrees with the rules for any viewer and any bodies', () => {
    fc.assert(
      fc.property(viewerArb, fc.subarray(['EVG', 'DSG'], { minLength: 1 }), (who, bodyIds) => {
        const access = (v: PaperVisibility) => paperAccess(paper(v, bodyIds), who).allowed;
        expect(access('PUBLIC')).toBe(true);
        // Staff open everything; the audience decides MEMBERS.
        const audience = meetingAudience({ bodyIds, meetingDate: MEETING_DATE }, who);
        expect(access('MEMBERS')).toBe(audience !== 'PUBLIC');
        // NAMED is the staff and the named people, whatever their memberships.
        expect(access('NAMED')).toBe(
          audience === 'STAFF' || (who.personId !== null && ['nia', 'ned'].includes(who.personId)),
        );
        for (const v of PAPER_VISIBILITIES) {
          const result = paperAccess(paper(v, bodyIds), who);
          expect(result.allowed).toBe(ALLOWED.includes(result.reason));
        }
      }),
    );
  });
});

describe('paperFileAccess', () => {
  const paper = (visibility: PaperVisibility, withdrawn: boolean) => ({
    visibility,
    namedPersonIds: ['ned'],
    meetingBodyIds: ['EVG'],
    meetingDate: MEETING_DATE,
    withdrawn,
  });
  // viewer, then the answer for a withdrawn PUBLIC, MEMBERS and NAMED paper.
  const WITHDRAWN: [string, PaperAccessReason, PaperAccessReason, PaperAccessReason][] = [
    ['anonymous', 'WITHDRAWN', 'NOT_SIGNED_IN', 'NOT_SIGNED_IN'],
    ['a member of another body only', 'WITHDRAWN', 'NOT_A_MEMBER', 'NOT_NAMED'],
    ['a member of the body', 'WITHDRAWN', 'WITHDRAWN', 'NOT_NAMED'],
    ['a named person who is a member', 'WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN'],
    ['the secretariat', 'STAFF', 'STAFF', 'STAFF'],
    ['an admin with no person', 'STAFF', 'STAFF', 'STAFF'],
  ];
  it.each(WITHDRAWN)('a withdrawn paper, for %s', (name, forPublic, forMembers, forNamed) => {
    const who = VIEWERS[name] as PaperViewer;
    expect(paperFileAccess(paper('PUBLIC', true), who).reason).toBe(forPublic);
    expect(paperFileAccess(paper('MEMBERS', true), who).reason).toBe(forMembers);
    expect(paperFileAccess(paper('NAMED', true), who).reason).toBe(forNamed);
  });

  it('is paper access for a paper not withdrawn, and never opens more than it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(VIEWERS)),
        fc.constantFrom(...PAPER_VISIBILITIES),
        fc.boolean(),
        (name, visibility, withdrawn) => {
          const who = VIEWERS[name] as PaperViewer;
          const file = paperFileAccess(paper(visibility, withdrawn), who);
          const seen = paperAccess(paper(visibility, withdrawn), who);
          if (!withdrawn) expect(file).toEqual(seen);
          if (file.allowed) expect(seen.allowed).toBe(true);
          if (withdrawn && file.allowed) expect(file.reason).toBe('STAFF');
        },
      ),
    );
  });
});

describe('paperOnItemProblem', () => {
  const CASES: [PaperVisibility, { isPublic: boolean } | null, boolean][] = [
    ['PUBLIC', null, false],
    ['PUBLIC', { isPublic: true }, false],
    ['PUBLIC', { isPublic: false }, true],
    ['MEMBERS', { isPublic: false }, false],
    ['NAMED', { isPublic: false }, false],
    ['MEMBERS', { isPublic: true }, false],
  ];
  it.each(CASES)('a %s paper under %j: refused %s', (visibility, item, refused) => {
    expect(paperOnItemProblem(visibility, item) !== null).toBe(refused);
  });
});
