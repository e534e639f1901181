import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type MembershipRole,
  type MembershipSeatKind,
} from '@boards/shared/contracts';
import { MembershipRoleEnum, MembershipSeatEnum } from '@boards/api/memberships';
import { PersonViewModel } from '@boards/api/people';

export const AttendanceStatusEnum = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, s])) as {
  [K in AttendanceStatus]: K;
};
registerEnumType(AttendanceStatusEnum, {
  name: 'AttendanceStatus',
  description: 'How a person took part in a meeting',
  valuesMap: {
    PRESENT: { description: 'There, and counted towards the quorum if a voting member' },
    APOLOGIES: { description: 'Sent apologies' },
    ABSENT: { description: 'Not there, without apologies' },
    OBSERVER: { description: 'There to observe; never counted towards the quorum' },
  },
});

@ObjectType('Attendance', {
  description: 'One line of a meeting’s register (members of its bodies and staff only)',
})
export class AttendanceModel {
  @Field(() => AttendanceStatusEnum)
  status!: AttendanceStatus;

  /** Resolved by the resolver (a member's own note is for the secretariat). */
  note!: string | null;

  @Field()
  recordedAt!: Date;

  @Field({
    description:
      'True when the person sent these apologies themselves (the secretariat can still change the line)',
  })
  sentByMember!: boolean;

  /** Resolved to a PersonView by the resolver. */
  personId!: string;
  meetingId!: string;
}

@ObjectType('MyAttendance', {
  description:
    'The one asking’s own line of a meeting’s register, and whether they may send or withdraw apologies now',
})
export class MyAttendanceModel {
  @Field(() => AttendanceStatusEnum, {
    nullable: true,
    description: 'Their attendance, once recorded (APOLOGIES once apologies are sent)',
  })
  status!: AttendanceStatus | null;

  @Field(() => String, { nullable: true, description: 'The note on their line' })
  note!: string | null;

  @Field({ description: 'Whether they sent the apologies themselves' })
  sentByMember!: boolean;

  @Field({ description: 'Whether they may send apologies now (or change their note)' })
  canGiveApologies!: boolean;

  @Field({ description: 'Whether they may withdraw their apologies now' })
  canWithdrawApologies!: boolean;
}

@ObjectType('ExpectedMember', {
  description:
    'Someone who sits on one of the meeting’s bodies on its day, with their role and seat, and their attendance if recorded',
})
export class ExpectedMemberModel {
  @Field(() => PersonViewModel)
  person!: PersonViewModel;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => MembershipSeatEnum)
  seat!: MembershipSeatKind;

  @Field({ description: 'True for a cross-seat: a seat held because of membership of fromBody' })
  crossSeat!: boolean;

  @Field(() => AttendanceStatusEnum, {
    nullable: true,
    description: 'Their attendance, once recorded',
  })
  attendance!: AttendanceStatus | null;

  /** Resolved to Bodies by the resolver. */
  bodyId!: string;
  fromBodyId!: string | null;
}

@ObjectType('MeetingQuorum', {
  description:
    'Whether enough voting members of the leading body are present, by the quorum in the terms of reference in force on the meeting’s day',
})
export class MeetingQuorumModel {
  @Field(() => Int, {
    nullable: true,
    description: 'How many voting members must be present; null when there is no quorum to meet',
  })
  required!: number | null;

  @Field(() => Int, { description: 'Voting members recorded as present' })
  present!: number;

  @Field(() => Int, { description: 'Voting members of the leading body on the meeting’s day' })
  votingMembers!: number;

  @Field(() => Boolean, { nullable: true, description: 'Null when there is no quorum to meet' })
  met!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many more voting members are needed: 0 when met',
  })
  shortBy!: number | null;

  @Field({ description: 'The quorum in words, as the terms of reference set it' })
  description!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the terms of reference in force on the meeting’s day',
  })
  termsOfReferenceNumber!: number | null;
}

@ObjectType('Declaration', {
  description:
    'A declaration of interest at a meeting, on one agenda item or the whole meeting (members of its bodies and staff only)',
})
export class DeclarationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field()
  recordedAt!: Date;

  /** Resolved by the resolver. */
  meetingId!: string;
  personId!: string;
  agendaItemId!: string | null;
}
