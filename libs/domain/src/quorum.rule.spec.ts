import fc from 'fast-check';
import {
  ATTENDANCE_STATUSES,
  MEMBERSHIP_ROLES,
  type AttendanceStatus,
  type MembershipRole,
} from '@boards/shared/contracts';
import { evaluateQuorum, type QuorumInput } from './quorum.rule';
import type { Quorum } from './terms-of-reference.rule';

const count = (n: number): Quorum => ({ kind: 'COUNT', count: n });
const fraction = (numerator: number, denominator: number): Quorum => ({
  kind: 'FRACTION',
  numerator,
  denominator,
});
const members = (...roles: MembershipRole[]) =>
  roles.map((role, i) => ({ personId: `p${i + 1}`, role }));
const attending = (...statuses: (AttendanceStatus | null)[]) =>
  statuses.flatMap((status, i) => (status === null ? [] : [{ personId: `p${i + 1}`, status }]));

describe('evaluateQuorum', () => {
  const six = members('CHAIR', 'VICE_CHAIR', 'MEMBER', 'MEMBER', 'CO_OPTED', 'OBSERVER');

  it.each<[string, QuorumInput, ReturnType<typeof evaluateQuorum>]>([
    [
      'a count met exactly',
      { quorum: count(3), members: six, attendance: attending('PRESENT', 'PRESENT', 'PRESENT') },
      { required: 3, votingMembers: 5, present: 3, met: true, shortBy: 0 },
    ],
    [
      'a count missed by one',
      {
        quorum: count(3),
        members: six,
        attendance: attending('PRESENT', 'APOLOGIES', 'PRESENT', 'ABSENT'),
      },
      { required: 3, votingMembers: 5, present: 2, met: false, shortBy: 1 },
    ],
    [
      'a fraction of the voting members, rounded up (1/2 of 5 is 3)',
      { quorum: fraction(1, 2), members: six, attendance: attending('PRESENT', 'PRESENT') },
      { required: 3, votingMembers: 5, present: 2, met: false, shortBy: 1 },
    ],
    [
      'a third of 5 is 2',
      {
        quorum: fraction(1, 3),
        members: six,
        attendance: attending(null, null, 'PRESENT', 'PRESENT'),
      },
      { required: 2, votingMembers: 5, present: 2, met: true, shortBy: 0 },
    ],
    [
      'the observer present does not count',
      {
        quorum: count(3),
        members: six,
        attendance: attending('PRESENT', 'PRESENT', null, null, null, 'PRESENT'),
      },
      { required: 3, votingMembers: 5, present: 2, met: false, shortBy: 1 },
    ],
    [
      'a voting member recorded as an observer does not count',
      {
        quorum: count(3),
        members: six,
        attendance: attending('PRESENT', 'PRESENT', 'OBSERVER'),
      },
      { required: 3, votingMembers: 5, present: 2, met: false, shortBy: 1 },
    ],
    [
      'people present who are not members do not count',
      {
        quorum: count(2),
        members: six,
        attendance: [
          { personId: 'p1', status: 'PRESENT' },
          { personId: 'guest', status: 'PRESENT' },
          { personId: 'secretary', status: 'PRESENT' },
        ],
      },
      { required: 2, votingMembers: 5, present: 1, met: false, shortBy: 1 },
    ],
    [
      'apologies and absences do not count',
      {
        quorum: count(1),
        members: six,
        attendance: attending('APOLOGIES', 'ABSENT', 'APOLOGIES', 'ABSENT', 'APOLOGIES'),
      },
      { required: 1, votingMembers: 5, present: 0, met: false, shortBy: 1 },
    ],
    [
      'more present than required',
      {
        quorum: count(2),
        members: six,
        attendance: attending('PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT'),
      },
      { required: 2, votingMembers: 5, present: 5, met: true, shortBy: 0 },
    ],
    [
      'no quorum in the terms of reference',
      { quorum: null, members: six, attendance: attending('PRESENT') },
      { required: null, votingMembers: 5, present: 1, met: null, shortBy: null },
    ],
    [
      'no members at all, with a fraction (never fewer than one is required)',
      { quorum: fraction(1, 2), members: [], attendance: [] },
      { required: 1, votingMembers: 0, present: 0, met: false, shortBy: 1 },
    ],
    [
      'only observers',
      {
        quorum: fraction(1, 2),
        members: members('OBSERVER', 'OBSERVER'),
        attendance: attending('PRESENT', 'PRESENT'),
      },
      { required: 1, votingMembers: 0, present: 0, met: false, shortBy: 1 },
    ],
    [
      'a count larger than the body',
      {
        quorum: count(8),
        members: six,
        attendance: attending('PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT'),
      },
      { required: 8, votingMembers: 5, present: 5, met: false, shortBy: 3 },
    ],
    [
      'all the voting members (1/1)',
      {
        quorum: fraction(1, 1),
        members: six,
        attendance: attending('PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT'),
      },
      { required: 5, votingMembers: 5, present: 5, met: true, shortBy: 0 },
    ],
  ])('%s', (_name, input, expected) => {
    expect(evaluateQuorum(input)).toEqual(expected);
  });

  it('counts a person with two memberships once, as a voting member if either role votes', () => {
    const result = evaluateQuorum({
      quorum: fraction(1, 2),
      members: [
        { personId: 'ana', role: 'OBSERVER' },
        { personId: 'ana', role: 'MEMBER' },
        { personId: 'ben', role: 'MEMBER' },
        { personId: 'ben', role: 'CHAIR' },
        { personId: 'cat', role: 'OBSERVER' },
      ],
      attendance: [
        { personId: 'ana', status: 'PRESENT' },
        { personId: 'cat', status: 'PRESENT' },
      ],
    });
    expect(result).toEqual({ required: 1, votingMembers: 2, present: 1, met: true, shortBy: 0 });
  });

  const quorumArb: fc.Arbitrary<Quorum | null> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 1, max: 12 }).map(count),
    fc
      .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }))
      .filter(([n, d]) => n <= d)
      .map(([n, d]) => fraction(n, d)),
  );
  const inputArb: fc.Arbitrary<QuorumInput> = fc
    .array(
      fc.tuple(
        fc.constantFrom(...MEMBERSHIP_ROLES),
        fc.option(fc.constantFrom(...ATTENDANCE_STATUSES)),
      ),
      { maxLength: 15 },
    )
    .chain((people) =>
      quorumArb.map((quorum) => ({
        quorum,
        members: people.map(([role], i) => ({ personId: `p${i}`, role })),
        attendance: people.flatMap(([, status], i) =>
          status === null ? [] : [{ personId: `p${i}`, status }],
        ),
      })),
    );

  it('never stops being met when a voting member arrives, or a new one joins and is present', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.nat(),
        fc.constantFrom(...MEMBERSHIP_ROLES.filter((r) => r !== 'OBSERVER')),
        (input, pick, role) => {
          const before = evaluateQuorum(input);
          // A new voting member, present.
          const joined = evaluateQuorum({
            ...input,
            members: [...input.members, { personId: 'new', role }],
            attendance: [...input.attendance, { personId: 'new', status: 'PRESENT' }],
          });
          if (before.met === true) expect(joined.met).toBe(true);
          expect(joined.present).toBe(before.present + 1);
          // An existing member (voting or not) recorded PRESENT instead.
          if (input.members.length > 0) {
            const who = input.members[pick % input.members.length].personId;
            const arrived = evaluateQuorum({
              ...input,
              attendance: [
                ...input.attendance.filter((entry) => entry.personId !== who),
                { personId: who, status: 'PRESENT' },
              ],
            });
            if (before.met === true) expect(arrived.met).toBe(true);
            expect(arrived.present).toBeGreaterThanOrEqual(before.present);
          }
        },
      ),
    );
  });

  it('is consistent: met exactly when present reaches required, shortBy the difference', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = evaluateQuorum(input);
        expect(result.present).toBeLessThanOrEqual(result.votingMembers);
        if (result.required === null) {
          expect([result.met, result.shortBy]).toEqual([null, null]);
        } else {
          expect(result.met).toBe(result.present >= result.required);
          expect(result.shortBy).toBe(Math.max(0, result.required - result.present));
          expect(result.required).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
