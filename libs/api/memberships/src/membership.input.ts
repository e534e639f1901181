import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { MembershipRole } from '@boards/shared/contracts';
import { LocalDateScalar, PageArgs } from '@boards/api/graphql';
import { MembershipRoleEnum } from './membership.model';

@InputType('AppointmentInput', { description: 'Appointing a person to a body' })
export class AppointmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  bodyId!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => LocalDateScalar)
  startsOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day; open if left out' })
  endsOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For a cross-seat: the body whose membership it rests on (it must cover the whole term)',
  })
  fromBodyId?: string | null;
}

@InputType('EndMembershipInput')
export class EndMembershipInput {
  @Field(() => LocalDateScalar, { description: 'The last day of membership' })
  endsOn!: string;

  @Field({ description: 'Why it is ending (kept private)' })
  reason!: string;
}

@InputType('CorrectMembershipInput', {
  description: 'A membership as it should have been recorded, and why it is being corrected',
})
export class CorrectMembershipInput {
  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => LocalDateScalar)
  startsOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  endReason?: string | null;

  @Field({ description: 'What was wrong (kept in the audit trail)' })
  reason!: string;
}

@InputType('CrossSeatRuleInput')
export class CrossSeatRuleInput {
  @Field(() => ID, { description: 'The body the seats are on' })
  targetBodyId!: string;

  @Field(() => ID, { description: 'The body whose members hold them' })
  fromBodyId!: string;

  @Field(() => Int)
  minSeats!: number;

  @Field(() => Int)
  maxSeats!: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The first day these seats are asked for (today or later; today if left out): days before keep the terms they had, and changes due later are replaced',
  })
  effectiveFrom?: string | null;
}

@ArgsType()
export class OnArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day asked about; today (Europe/London) if left out',
  })
  on?: string | null;
}

@ArgsType()
export class PastMembersArgs extends PageArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Members before this day who no longer sit on it; today if left out',
  })
  on?: string | null;
}

@ArgsType()
export class RangeArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day; the body’s establishment if left out',
  })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; open if left out' })
  to?: string | null;
}
