import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEETING_STATUSES, type MeetingStatus } from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';
import { MEETING_ACTIONS, type MeetingAction } from '@boards/domain';

export const MeetingStatusEnum = Object.fromEntries(MEETING_STATUSES.map((s) => [s, s])) as {
  [K in MeetingStatus]: K;
};
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'Whether a meeting is going ahead, was postponed or cancelled, or has been held',
});

export const MeetingStatusActionEnum = Object.fromEntries(MEETING_ACTIONS.map((a) => [a, a])) as {
  [K in MeetingAction]: K;
};
registerEnumType(MeetingStatusActionEnum, {
  name: 'MeetingStatusAction',
  description: 'A change of a meeting’s status',
  valuesMap: {
    POSTPONE: { description: 'Off for now, to be rescheduled (postponeMeeting)' },
    RESCHEDULE: {
      description: 'A postponed meeting set for new times (updateMeeting with new times)',
    },
    CANCEL: { description: 'It will not take place (cancelMeeting)' },
    MARK_HELD: { description: 'It took place, once it has started (markMeetingHeld)' },
  },
});

@ObjectType('Meeting', {
  description:
    'A meeting of a body, or a joint meeting of several. Times are instants (UTC); `when` gives them in Europe/London',
})
export class MeetingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'What the meeting is for (public)' })
  summary!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => LocalDateScalar, { description: 'The day of the meeting in Europe/London' })
  date!: string;

  @Field({
    description: 'When, in words, in Europe/London: "Tuesday 31 March 2026, 10am to 12:30pm"',
  })
  when!: string;

  @Field(() => String, { nullable: true, description: 'Where it is held, if in person' })
  location!: string | null;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was postponed or cancelled' })
  statusReason!: string | null;

  @Field(() => Int, {
    description: 'Send it back with edits: CONFLICT if someone changed it since',
  })
  version!: number;

  /** Members only, through a field resolver. */
  onlineLink!: string | null;
  support!: string;
  bodyIds!: string[];
  /** When the meeting last changed (calendar feeds' DTSTAMP and LAST-MODIFIED). */
  updatedAt!: Date;
}

@ObjectType('SchedulingConflict', {
  description: 'Someone expected at a meeting who is also expected at another at the same time',
})
export class SchedulingConflictModel {
  @Field(() => ID)
  personId!: string;

  @Field({ description: 'The person’s name (staff see everyone by name)' })
  name!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field()
  meetingTitle!: string;

  @Field({ description: 'True when a cross-seat is involved: these matter most' })
  crossSeated!: boolean;
}

@ObjectType('FrequencyGap', {
  description:
    'A stretch longer than the terms of reference allow between meetings (or before the first, after the last)',
})
export class FrequencyGapModel {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;

  @Field(() => Int)
  days!: number;
}

@ObjectType('MeetingWarnings', {
  description: 'What the secretariat should know before saving a meeting; saving is still allowed',
})
export class MeetingWarningsModel {
  @Field(() => [SchedulingConflictModel])
  conflicts!: SchedulingConflictModel[];

  @Field(() => String, {
    nullable: true,
    description: 'How often the terms of reference say the body meets, when it could be read',
  })
  meetingFrequency!: string | null;

  @Field(() => [FrequencyGapModel], {
    description:
      'Gaps longer than the terms of reference allow, between this meeting and the body’s meeting before or after it',
  })
  frequencyGaps!: FrequencyGapModel[];
}
