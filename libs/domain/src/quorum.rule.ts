/**
 * Quorum at a meeting: whether enough voting members were there.
 *
 * The rules, in plain English:
 *
 * 1. How many must be present comes from the quorum in the terms of reference in force on the
 *    meeting's date (`quorumRequired`: a count, or a fraction of the voting members rounded up).
 *    With no quorum in the terms of reference, nothing is required and nothing is met or missed.
 * 2. The voting members are the people holding a membership of the body on the meeting's date
 *    in any role but OBSERVER. A person with two such memberships counts once; a person who is
 *    an observer in one and a member in another is a voting member.
 * 3. Only voting members recorded PRESENT count towards the quorum. People recorded as OBSERVER
 *    do not count, even if they are members; nor do people present who are not members (guests,
 *    officials, the secretariat); nor do apologies and absences.
 *
 * A joint meeting has a quorum for each of its bodies: ask once per body, with that body's
 * quorum and memberships.
 */
import type { AttendanceStatus, MembershipRole } from '@boards/shared/contracts';
import { quorumRequired, type Quorum } from './terms-of-reference.rule';

export type { AttendanceStatus } from '@boards/shared/contracts';

export interface QuorumInput {
  /** The quorum in the terms of reference in force on the meeting's date, or null. */
  readonly quorum: Quorum | null;
  /** The memberships of the body active on the meeting's date. */
  readonly members: readonly { readonly personId: string; readonly role: MembershipRole }[];
  /** The attendance recorded at the meeting, one entry per person. */
  readonly attendance: readonly { readonly personId: string; readonly status: AttendanceStatus }[];
}

export interface QuorumResult {
  /** How many voting members must be present; null when the terms of reference set no quorum. */
  readonly required: number | null;
  /** How many distinct people are voting members on the meeting's date. */
  readonly votingMembers: number;
  /** How many voting members were recorded PRESENT. */
  readonly present: number;
  /** Whether the meeting was quorate; null when there is no quorum to meet. */
  readonly met: boolean | null;
  /** How many more voting members were needed: 0 when met, null when there is no quorum. */
  readonly shortBy: number | null;
}

/** Whether the meeting was quorate, from the quorum, the members and the attendance. */
export function evaluateQuorum(input: QuorumInput): QuorumResult {
  const voting = new Set(
    input.members.filter((member) => member.role !== 'OBSERVER').map((member) => member.personId),
  );
  const present = new Set(
    input.attendance
      .filter((entry) => entry.status === 'PRESENT' && voting.has(entry.personId))
      .map((entry) => entry.personId),
  ).size;
  if (input.quorum === null) {
    return { required: null, votingMembers: voting.size, present, met: null, shortBy: null };
  }
  const required = quorumRequired(input.quorum, voting.size);
  return {
    required,
    votingMembers: voting.size,
    present,
    met: present >= required,
    shortBy: Math.max(0, required - present),
  };
}
