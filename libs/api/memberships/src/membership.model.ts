import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_SEATS,
  type MembershipRole,
  type MembershipSeatKind,
} from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';
import { PersonViewModel } from '@boards/api/people';

export const MembershipRoleEnum = Object.fromEntries(MEMBERSHIP_ROLES.map((r) => [r, r])) as {
  [K in MembershipRole]: K;
};
registerEnumType(MembershipRoleEnum, {
  name: 'MembershipRole',
  description: 'A member’s role on a body',
});

export const MembershipSeatEnum = Object.fromEntries(MEMBERSHIP_SEATS.map((s) => [s, s])) as {
  [K in MembershipSeatKind]: K;
};
registerEnumType(MembershipSeatEnum, {
  name: 'MembershipSeat',
  description:
    'ORDINARY, or CROSS_SEAT: a seat held because of membership of another body (fromBody)',
});

export enum MembershipStatus {
  PAST = 'PAST',
  CURRENT = 'CURRENT',
  FUTURE = 'FUTURE',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Whether a membership has ended, is running or has not begun, on the day asked',
});

export enum ComplianceStatus {
  COMPLIANT = 'COMPLIANT',
  VACANCY = 'VACANCY',
  OVER = 'OVER',
  NOT_IN_FORCE = 'NOT_IN_FORCE',
}
registerEnumType(ComplianceStatus, {
  name: 'CrossSeatStatus',
  description:
    'COMPLIANT: seats within the rule; VACANCY: fewer than required; OVER: more than allowed; NOT_IN_FORCE: the body did not exist that day',
});

export enum CrossSeatRuleVersionStanding {
  PAST = 'PAST',
  CURRENT = 'CURRENT',
  FUTURE = 'FUTURE',
}
registerEnumType(CrossSeatRuleVersionStanding, {
  name: 'CrossSeatRuleVersionStanding',
  description:
    'Where a version of a cross-seat rule stands today: PAST (replaced), CURRENT (in force, a removal too) or FUTURE (due)',
});

/** A member as the one asking may see them: no ids, no reasons, consent applied. */
@ObjectType('Member', { description: 'A seat on a body, as the one asking may see it' })
export class MemberModel {
  @Field(() => PersonViewModel)
  person!: PersonViewModel;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => MembershipSeatEnum)
  seat!: MembershipSeatKind;

  /** Resolved to a Body by the body resolver. */
  fromBodyId!: string | null;

  @Field(() => LocalDateScalar)
  startsOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day; null if open' })
  endsOn!: string | null;
}

/** A membership with everything the secretariat keeps (or the member, of their own). */
@ObjectType('Membership', {
  description: 'A membership record: the secretariat’s view, or a person’s own',
})
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  personId!: string;
  bodyId!: string;
  fromBodyId!: string | null;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field(() => MembershipSeatEnum)
  seat!: MembershipSeatKind;

  @Field(() => LocalDateScalar)
  startsOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day; null if open' })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended (private)' })
  endReason!: string | null;

  @Field(() => MembershipStatus, { description: 'As of today (Europe/London)' })
  status!: MembershipStatus;

  @Field(() => Int, { description: 'Changes on every edit; send it back with the next change' })
  version!: number;
}

@ObjectType('MembershipChange', {
  description: 'A membership after a change, and what the change did to cross-seats',
})
export class MembershipChangeModel {
  @Field(() => MembershipModel, {
    nullable: true,
    description: 'The membership as it now stands; null when it was removed',
  })
  membership!: MembershipModel | null;

  @Field(() => [MembershipModel], {
    description: 'Cross-seats ended because the membership they rested on ended or shrank',
  })
  crossSeatsEnded!: MembershipModel[];

  @Field(() => [MembershipModel], {
    description: 'Cross-seats that had not begun and could no longer rest on anything, removed',
  })
  crossSeatsCancelled!: MembershipModel[];

  @Field(() => Int, {
    description: 'Sign-in sessions ended because the person no longer sits on any body',
  })
  sessionsEnded!: number;
}

@ObjectType('CrossSeatRuleVersion', {
  description:
    'The seats a cross-seat rule asks for from a day until its next version takes effect',
})
export class CrossSeatRuleVersionModel {
  @Field(() => LocalDateScalar, { description: 'The first day these seats are asked for' })
  effectiveFrom!: string;

  @Field(() => Int, { nullable: true, description: 'Fewest seats; null: the rule is removed' })
  minSeats!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most seats; null: the rule is removed' })
  maxSeats!: number | null;

  @Field(() => CrossSeatRuleVersionStanding, {
    description: 'Where this version stands today, Europe/London by the API’s clock',
  })
  standing!: CrossSeatRuleVersionStanding;
}

@ObjectType('CrossSeatRule', {
  description: 'How many members of one body must sit on another, from which day',
})
export class CrossSeatRuleModel {
  @Field(() => ID)
  id!: string;

  targetBodyId!: string;
  fromBodyId!: string;

  @Field(() => Int, {
    description:
      'Fewest seats, under the terms of the day the answer is about: today for the rule itself (or the terms due, if not yet in force), that day in a compliance answer or a period',
  })
  minSeats!: number;

  @Field(() => Int, { description: 'Most seats, under the same terms as minSeats' })
  maxSeats!: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the rule is (or was) removed from, if it is; the seats stay',
  })
  removedFrom!: string | null;

  @Field(() => [CrossSeatRuleVersionModel], {
    description: 'Every version of the rule, in date order: past, in force and due',
  })
  history!: CrossSeatRuleVersionModel[];
}

@ObjectType('CrossSeatCompliance', {
  description: 'Whether a body has the cross-seats its rule asks for, on a day',
})
export class CrossSeatComplianceModel {
  @Field(() => CrossSeatRuleModel)
  rule!: CrossSeatRuleModel;

  @Field(() => LocalDateScalar)
  on!: string;

  @Field(() => ComplianceStatus)
  status!: ComplianceStatus;

  @Field(() => Int, { description: 'Cross-seats held that day' })
  held!: number;

  @Field(() => [MemberModel], {
    description:
      'Who holds them, as the one asking may see them (people who chose not to be shown are left out; held still counts them)',
  })
  holders!: MemberModel[];

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day this status began (for a vacancy: since when)',
  })
  since!: string | null;
}

@ObjectType('NonCompliantPeriod', {
  description: 'A span of days when a cross-seat rule was not met',
})
export class NonCompliantPeriodModel {
  @Field(() => CrossSeatRuleModel)
  rule!: CrossSeatRuleModel;

  @Field(() => ComplianceStatus, { description: 'VACANCY or OVER' })
  status!: ComplianceStatus;

  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last day; null when it is still so',
  })
  to!: string | null;

  @Field(() => Int)
  held!: number;
}

@ObjectType('CrossSeatRefusal', { description: 'One reason an appointment would be refused' })
export class CrossSeatRefusalModel {
  @Field({ description: 'CROSS_SEAT_RULE, MEMBERSHIP_OVERLAP or BAD_USER_INPUT' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault' })
  field!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day it applies' })
  on!: string | null;
}

@ObjectType('AppointmentCheck', {
  description: 'What would happen on appointing: the rule’s outcome, before anything is written',
})
export class AppointmentCheckModel {
  @Field()
  allowed!: boolean;

  @Field(() => [CrossSeatRefusalModel])
  refusals!: CrossSeatRefusalModel[];

  @Field(() => CrossSeatRuleModel, {
    nullable: true,
    description: 'The cross-seat rule that applies, if any',
  })
  rule!: CrossSeatRuleModel | null;

  @Field(() => Int, { description: 'Cross-seats under the rule on the start date, before' })
  seatsBefore!: number;

  @Field(() => Int, { description: 'and with this appointment' })
  seatsAfter!: number;
}

@ObjectType('MembershipEnding', {
  description: 'A membership that would end earlier: the record as it is, and its new last day',
})
export class MembershipEndingModel {
  @Field(() => MembershipModel, { description: 'The record as it stands now' })
  membership!: MembershipModel;

  @Field(() => LocalDateScalar, { description: 'The day it would end on (its last day)' })
  endsOn!: string;
}

@ObjectType('DissolutionPreview', {
  description:
    'What dissolving a body from a day would do, without doing it: the plan dissolveBody carries out. Each list by the person’s name, then start',
})
export class DissolutionPreviewModel {
  @Field(() => LocalDateScalar, { description: 'The first day the body would no longer exist' })
  dissolvedOn!: string;

  @Field(() => LocalDateScalar, { description: 'Its last day: the day before dissolvedOn' })
  lastDay!: string;

  @Field(() => [MembershipEndingModel], {
    description: 'Its memberships begun by the last day that run beyond it: they end on it',
  })
  ending!: MembershipEndingModel[];

  @Field(() => [MembershipModel], {
    description: 'Its memberships that begin after the last day: removed, as they never begin',
  })
  cancelled!: MembershipModel[];

  @Field(() => [MembershipEndingModel], {
    description: 'Cross-seats on other bodies resting on the memberships that end: they end too',
  })
  crossSeatsEnding!: MembershipEndingModel[];

  @Field(() => [MembershipModel], {
    description: 'Cross-seats on other bodies that would no longer begin on anything: removed',
  })
  crossSeatsCancelled!: MembershipModel[];
}
