import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Access,
  Clock,
  Loaders,
  LocalDateScalar,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { AuditActor, type Actor } from '@boards/api/audit';
import { BODY_BY_ID, BodyModel, toBodyModel } from '@boards/api/bodies';
import {
  assertMaySeePrivate,
  MEMBERSHIPS_OF_PERSON,
  PERSON_BY_ID,
  PersonModel,
  toPersonModel,
} from '@boards/api/people';
import { crossSeatsRestingOn } from '@boards/domain';
import type { MembershipRole } from '@boards/shared/contracts';
import {
  AppointmentCheckModel,
  CrossSeatRuleModel,
  DissolutionPreviewModel,
  MembershipChangeModel,
  MembershipModel,
  MembershipRoleEnum,
} from './membership.model';
import {
  AppointmentInput,
  CorrectMembershipInput,
  CrossSeatRuleInput,
  EndMembershipInput,
} from './membership.input';
import {
  MEMBERSHIP_BY_ID,
  MembershipsService,
  toMembershipModel,
  type MembershipChange,
} from './memberships.service';
import { CrossSeatingService, toRuleModel } from './cross-seating.service';

function toChangeModel(change: MembershipChange, now: string): MembershipChangeModel {
  return {
    membership: change.membership ? toMembershipModel(change.membership, now) : null,
    crossSeatsEnded: change.crossSeatsEnded.map((m) => toMembershipModel(m, now)),
    crossSeatsCancelled: change.crossSeatsCancelled.map((m) => toMembershipModel(m, now)),
    sessionsEnded: change.sessionsEnded,
  };
}

const expectedVersionArg = () =>
  Args('expectedVersion', {
    type: () => Int,
    description:
      'The version you loaded: if someone else changed the membership since, CONFLICT and nothing changes',
  });

@Resolver(() => MembershipModel)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly crossSeating: CrossSeatingService,
    private readonly clock: Clock,
  ) {}

  @Access('STAFF')
  @Query(() => MembershipModel, {
    nullable: true,
    description: 'One membership record (secretariat only)',
  })
  async membership(
    @Args('id', { type: () => ID }) id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MembershipModel | null> {
    const found = await loaders.get(MEMBERSHIP_BY_ID).load(id);
    return found ? toMembershipModel(found, this.clock.today()) : null;
  }

  @Access('PUBLIC')
  @Query(() => [CrossSeatRuleModel], {
    description: 'Every cross-seat rule: how many members of one body sit on another',
  })
  async crossSeatRules(): Promise<CrossSeatRuleModel[]> {
    return (await this.crossSeating.list()).map((record) =>
      toRuleModel(record, this.clock.today()),
    );
  }

  @Access('STAFF')
  @Query(() => AppointmentCheckModel, {
    description:
      'What appointing would do, without doing it: every rule that would refuse it, and the cross-seats held before and after (secretariat only)',
  })
  async previewAppointment(@Args('input') input: AppointmentInput): Promise<AppointmentCheckModel> {
    const preview = await this.memberships.previewAppointment(input);
    const terms = preview.rule;
    if (terms === null) return { ...preview, rule: null };
    const [onBody] = await this.crossSeating.rulesFor([terms.targetBodyId]);
    const rule = onBody.find((record) => record.rule.fromBodyId === terms.fromBodyId);
    return { ...preview, rule: rule ? toRuleModel(rule, this.clock.today(), terms) : null };
  }

  @Access('STAFF')
  @Query(() => DissolutionPreviewModel, {
    description:
      'What dissolving a body from dissolvedOn would do, without doing it: the memberships dissolveBody would end and remove, and the cross-seats that follow (secretariat only). INVALID_TRANSITION once it is dissolved; BAD_USER_INPUT (field dissolvedOn) for a day not after the one it was established',
  })
  async previewBodyDissolution(
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @Args('dissolvedOn', { type: () => LocalDateScalar }) dissolvedOn: string,
  ): Promise<DissolutionPreviewModel> {
    const preview = await this.memberships.previewDissolution(bodyId, dissolvedOn);
    const now = this.clock.today();
    const ending = (list: typeof preview.ending) =>
      list.map(({ membership, endsOn }) => ({
        membership: toMembershipModel(membership, now),
        endsOn,
      }));
    return {
      dissolvedOn: preview.dissolvedOn,
      lastDay: preview.lastDay,
      ending: ending(preview.ending),
      cancelled: preview.cancelled.map((m) => toMembershipModel(m, now)),
      crossSeatsEnding: ending(preview.crossSeatsEnding),
      crossSeatsCancelled: preview.crossSeatsCancelled.map((m) => toMembershipModel(m, now)),
    };
  }

  @Access('STAFF')
  @Mutation(() => MembershipModel, {
    description:
      'Appoints a person to a body; with fromBodyId, to a cross-seat (CROSS_SEAT_RULE, MEMBERSHIP_OVERLAP when refused; secretariat only)',
  })
  async appointMember(
    @Args('input') input: AppointmentInput,
    @AuditActor() actor: Actor,
  ): Promise<MembershipModel> {
    const membership = await this.memberships.appoint(input, actor);
    return toMembershipModel(membership, this.clock.today());
  }

  @Access('STAFF')
  @Mutation(() => MembershipChangeModel, {
    description:
      'Ends a membership on its last day, with a reason; cross-seats resting on it end the same day (secretariat only)',
  })
  async endMembership(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EndMembershipInput,
    @expectedVersionArg() expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<MembershipChangeModel> {
    return toChangeModel(
      await this.memberships.end(id, input, expectedVersion, actor),
      this.clock.today(),
    );
  }

  @Access('STAFF')
  @Mutation(() => MembershipModel, {
    description: 'Moves a membership’s last day later, or leaves it open (secretariat only)',
  })
  async extendMembership(
    @Args('id', { type: () => ID }) id: string,
    @Args('endsOn', { type: () => LocalDateScalar, nullable: true }) endsOn: string | null,
    @expectedVersionArg() expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<MembershipModel> {
    const membership = await this.memberships.extend(id, { endsOn }, expectedVersion, actor);
    return toMembershipModel(membership, this.clock.today());
  }

  @Access('STAFF')
  @Mutation(() => MembershipModel, {
    description:
      'A new role from a date: the membership so far ends the day before and the returned one continues in the new role (secretariat only)',
  })
  async changeMemberRole(
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRole,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @expectedVersionArg() expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<MembershipModel> {
    const membership = await this.memberships.changeRole(
      id,
      { role, from },
      expectedVersion,
      actor,
    );
    return toMembershipModel(membership, this.clock.today());
  }

  @Access('STAFF')
  @Mutation(() => MembershipChangeModel, {
    description:
      'Puts a recording mistake right, with why; every rule is checked again and cross-seats follow (secretariat only)',
  })
  async correctMembership(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CorrectMembershipInput,
    @expectedVersionArg() expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<MembershipChangeModel> {
    return toChangeModel(
      await this.memberships.correct(id, input, expectedVersion, actor),
      this.clock.today(),
    );
  }

  @Access('STAFF')
  @Mutation(() => MembershipChangeModel, {
    description:
      'Removes a membership recorded in error, with why (the audit trail keeps it); cross-seats follow (secretariat only)',
  })
  async removeMembership(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @expectedVersionArg() expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<MembershipChangeModel> {
    return toChangeModel(
      await this.memberships.remove(id, { reason }, expectedVersion, actor),
      this.clock.today(),
    );
  }

  @Access('STAFF')
  @Mutation(() => BodyModel, {
    description:
      'Dissolves a body from a day: its memberships end the day before, and cross-seats resting on them follow (secretariat only)',
  })
  async dissolveBody(
    @Args('id', { type: () => ID }) id: string,
    @Args('dissolvedOn', { type: () => LocalDateScalar }) dissolvedOn: string,
    @Args('reason') reason: string,
    @AuditActor() actor: Actor,
  ): Promise<BodyModel> {
    const { body } = await this.memberships.dissolveBody(id, dissolvedOn, reason, actor);
    return toBodyModel(body);
  }

  @Access('STAFF')
  @Mutation(() => CrossSeatRuleModel, {
    description: 'Sets how many members of one body sit on another (secretariat only)',
  })
  async setCrossSeatRule(
    @Args('input') input: CrossSeatRuleInput,
    @AuditActor() actor: Actor,
  ): Promise<CrossSeatRuleModel> {
    return toRuleModel(await this.crossSeating.setRule(input, actor), this.clock.today());
  }

  @Access('STAFF')
  @Mutation(() => CrossSeatRuleModel, {
    description:
      'Removes a cross-seat rule from a day (today or later; today if left out): the seats stay, days before keep their terms, and a rule never in force before that day goes altogether (secretariat only)',
  })
  async removeCrossSeatRule(
    @Args('id', { type: () => ID }) id: string,
    @Args('effectiveFrom', { type: () => LocalDateScalar, nullable: true })
    effectiveFrom: string | null,
    @AuditActor() actor: Actor,
  ): Promise<CrossSeatRuleModel> {
    return toRuleModel(
      await this.crossSeating.removeRule({ id, effectiveFrom }, actor),
      this.clock.today(),
    );
  }

  @ResolveField(() => PersonModel, { description: 'The member, with private details' })
  async person(
    @Parent() membership: MembershipModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PersonModel> {
    assertMaySeePrivate(viewer, membership.personId);
    const person = await loaders.get(PERSON_BY_ID).load(membership.personId);
    if (!person) throw new Error(`Membership ${membership.id} names a missing person`);
    return toPersonModel(person);
  }

  @ResolveField(() => BodyModel)
  async body(@Parent() membership: MembershipModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(BODY_BY_ID).load(membership.bodyId);
  }

  @ResolveField(() => BodyModel, { nullable: true, description: 'For a cross-seat: where from' })
  async fromBody(@Parent() membership: MembershipModel, @Loaders() loaders: RequestLoaders) {
    return membership.fromBodyId ? loaders.get(BODY_BY_ID).load(membership.fromBodyId) : null;
  }

  @ResolveField(() => [MembershipModel], {
    description:
      'The person’s cross-seats on other bodies that rest on this membership (seats from its body) and have not ended today, Europe/London by the API’s clock: ending, correcting or removing it may end them too',
  })
  async restingCrossSeats(
    @Parent() membership: MembershipModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<MembershipModel[]> {
    assertMaySeePrivate(viewer, membership.personId);
    const today = this.clock.today();
    const held = await loaders.get(MEMBERSHIPS_OF_PERSON).load(membership.personId);
    return crossSeatsRestingOn(membership, held, today).map((m) => toMembershipModel(m, today));
  }
}

/** A person's own memberships, for them and for the secretariat. */
@Resolver(() => PersonModel)
export class PersonMembershipsResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => [MembershipModel], {
    description: 'Every membership of the person, oldest first (the person or the secretariat)',
  })
  async memberships(
    @Parent() person: PersonModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<MembershipModel[]> {
    assertMaySeePrivate(viewer, person.id);
    const now = this.clock.today();
    return (await loaders.get(MEMBERSHIPS_OF_PERSON).load(person.id)).map((m) =>
      toMembershipModel(m, now),
    );
  }
}
