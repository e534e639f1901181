import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@boards/api/graphql';

@InputType('MeetingInput', {
  description:
    'A meeting as the secretariat schedules or edits it: the date and times are Europe/London wall-clock times',
})
export class MeetingInput {
  @Field(() => [ID], {
    description: 'The bodies meeting; more than one for a joint meeting, the leading body first',
  })
  bodyIds!: string[];

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the meeting is for (public)' })
  summary?: string | null;

  @Field(() => LocalDateScalar)
  date!: string;

  @Field({ description: 'London time: 10:00, 10am or 2:30pm' })
  startTime!: string;

  @Field({ description: 'London time: 12:30, 12:30pm or midday' })
  endTime!: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'https only; shown to members only' })
  onlineLink?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How members can get support before and after the meeting (members only); left out when scheduling, the first body’s usual support text',
  })
  support?: string | null;
}

@ArgsType()
export class MeetingRangeArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day (Europe/London); open if left out',
  })
  from?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day (Europe/London); open if left out',
  })
  to?: string | null;
}

@ArgsType()
export class MeetingRefArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description:
      'The version you loaded: if someone else changed the meeting since, CONFLICT and nothing changes',
  })
  expectedVersion!: number;
}
