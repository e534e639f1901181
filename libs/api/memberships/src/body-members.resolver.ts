import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Clock,
  connectionType,
  isStaff,
  Loaders,
  PageArgs,
  pageOfList,
  type Connection,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { BODY_BY_ID, BodyModel } from '@boards/api/bodies';
import { PersonVisibility, PersonViewService } from '@boards/api/people';
import { viewMembers } from './member-views';
import { DomainError } from '@boards/domain';
import { MEMBERSHIP_ROLES } from '@boards/shared/contracts';
import {
  ComplianceStatus,
  CrossSeatComplianceModel,
  CrossSeatRuleModel,
  MemberModel,
  MembershipModel,
  NonCompliantPeriodModel,
} from './membership.model';
import { OnArgs, PastMembersArgs, RangeArgs } from './membership.input';
import {
  MEMBERS_ON,
  MEMBERSHIPS_OF_BODY,
  membersOnKey,
  toMembershipModel,
  type MemberRow,
} from './memberships.service';
import {
  CROSS_SEAT_RULES_FOR,
  CrossSeatingService,
  isStanding,
  toRuleModel,
} from './cross-seating.service';

export const MemberConnection = connectionType(MemberModel, 'Member');
export const MembershipConnection = connectionType(MembershipModel, 'Membership');

const ROLE_ORDER = new Map<string, number>(MEMBERSHIP_ROLES.map((role, index) => [role, index]));

/** Chair first, then by role; named people by name, then those not named. */
function byRoleThenName(a: MemberModel, b: MemberModel): number {
  const role = (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0);
  if (role !== 0) return role;
  const named =
    Number(b.person.visibility === PersonVisibility.NAMED) -
    Number(a.person.visibility === PersonVisibility.NAMED);
  if (named !== 0) return named;
  return (a.person.displayName ?? '').localeCompare(b.person.displayName ?? '', 'en-GB');
}

/** Who sits on a body and whether its cross-seats are filled: each through the public-display rule. */
@Resolver(() => BodyModel)
export class BodyMembersResolver {
  constructor(
    private readonly personViews: PersonViewService,
    private readonly clock: Clock,
  ) {}

  /**
   * Members as the one asking may see them, as things stood on `on`. People who chose not to be
   * shown are left out entirely (the secretariat sees everyone).
   */
  private async visible(
    rows: readonly {
      row: MemberRow;
      shownAsOf: string;
      startsOn?: string;
      endsOn?: string | null;
    }[],
    context: GraphqlContext,
  ): Promise<MemberModel[]> {
    const viewed = await viewMembers(this.personViews, rows, context, this.clock.today());
    return viewed
      .map(({ entry: { row, startsOn, endsOn }, person }) => ({
        person,
        role: row.membership.role,
        seat: row.membership.seat,
        fromBodyId: row.membership.fromBodyId,
        startsOn: startsOn ?? row.membership.startsOn,
        endsOn: endsOn === undefined ? row.membership.endsOn : endsOn,
      }))
      .sort(byRoleThenName);
  }

  @ResolveField(() => [MemberModel], {
    description:
      'Who sits on the body on a day (today if left out), as the one asking may see them: consent applied, people who chose not to be shown left out',
  })
  async members(
    @Parent() body: BodyModel,
    @Args() { on }: OnArgs,
    @Context() context: GraphqlContext,
  ): Promise<MemberModel[]> {
    const day = on ?? this.clock.today();
    const rows = await context.loaders.get(MEMBERS_ON).load(membersOnKey(body.id, day));
    return this.visible(
      rows.map((row) => ({ row, shownAsOf: day })),
      context,
    );
  }

  @ResolveField(() => MemberConnection, {
    description:
      'People who sat on the body before a day (today if left out) and no longer do, most recent first; one entry a person, shown as of their last day',
  })
  async pastMembers(
    @Parent() body: BodyModel,
    @Args() { on, first, after }: PastMembersArgs,
    @Context() context: GraphqlContext,
  ): Promise<Connection<MemberModel>> {
    const day = on ?? this.clock.today();
    const rows = await context.loaders.get(MEMBERSHIPS_OF_BODY).load(body.id);
    const byPerson = new Map<string, MemberRow[]>();
    for (const row of rows)
      byPerson.set(row.person.id, [...(byPerson.get(row.person.id) ?? []), row]);
    const past: { row: MemberRow; shownAsOf: string; startsOn: string; endsOn: string }[] = [];
    for (const theirs of byPerson.values()) {
      const stillOrLater = theirs.some(
        (r) => r.membership.endsOn === null || r.membership.endsOn >= day,
      );
      if (stillOrLater) continue;
      const last = theirs.reduce((a, b) =>
        (a.membership.endsOn as string) >= (b.membership.endsOn as string) ? a : b,
      );
      past.push({
        row: last,
        shownAsOf: last.membership.endsOn as string,
        startsOn: theirs.reduce(
          (min, r) => (r.membership.startsOn < min ? r.membership.startsOn : min),
          last.membership.startsOn,
        ),
        endsOn: last.membership.endsOn as string,
      });
    }
    const members = await this.visible(past, context);
    members.sort((a, b) => (b.endsOn ?? '').localeCompare(a.endsOn ?? '') || byRoleThenName(a, b));
    return pageOfList(members, { first, after });
  }

  @ResolveField(() => MembershipConnection, {
    nullable: true,
    description:
      'Every membership record, past, current and future, oldest first (secretariat only)',
  })
  async memberships(
    @Parent() body: BodyModel,
    @Args() page: PageArgs,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<Connection<MembershipModel>> {
    if (!isStaff(viewer)) {
      throw new DomainError('FORBIDDEN', 'Only the secretariat can see membership records');
    }
    const rows = await loaders.get(MEMBERSHIPS_OF_BODY).load(body.id);
    const now = this.clock.today();
    return pageOfList(
      rows.map((row) => toMembershipModel(row.membership, now)),
      page,
    );
  }

  @ResolveField(() => [CrossSeatRuleModel], {
    description: 'The cross-seat rules for seats on this body that still stand today',
  })
  async crossSeatRules(
    @Parent() body: BodyModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CrossSeatRuleModel[]> {
    const records = await loaders.get(CROSS_SEAT_RULES_FOR).load(body.id);
    const today = this.clock.today();
    return records.filter((record) => isStanding(record, today)).map((r) => toRuleModel(r, today));
  }

  @ResolveField(() => [CrossSeatComplianceModel], {
    description:
      'For each cross-seat rule on this body in force on a day (today if left out), or standing today: the seats its terms that day ask for and held, by whom, and since when',
  })
  async crossSeatCompliance(
    @Parent() body: BodyModel,
    @Args() { on }: OnArgs,
    @Context() context: GraphqlContext,
  ): Promise<CrossSeatComplianceModel[]> {
    const today = this.clock.today();
    const day = on ?? today;
    const [rules, rows] = await Promise.all([
      context.loaders.get(CROSS_SEAT_RULES_FOR).load(body.id),
      context.loaders.get(MEMBERSHIPS_OF_BODY).load(body.id),
    ]);
    const answers = rules.map((rule) => ({
      rule,
      compliance: CrossSeatingService.complianceOn(rule, body, rows, day),
    }));
    return Promise.all(
      answers
        .filter(({ rule, compliance }) => compliance.rule !== null || isStanding(rule, today))
        .map(async ({ rule, compliance }) => {
          const holderIds = new Set(compliance.holders.map((h) => h.membershipId));
          const holders = await this.visible(
            rows
              .filter((row) => holderIds.has(row.membership.id))
              .map((row) => ({ row, shownAsOf: day })),
            context,
          );
          return {
            rule: toRuleModel(rule, today, compliance.rule),
            on: day,
            status: ComplianceStatus[compliance.status],
            held: compliance.held,
            holders,
            since: compliance.since,
          };
        }),
    );
  }

  @ResolveField(() => [NonCompliantPeriodModel], {
    description:
      'The spans of days, within a range (the body’s whole life if left out), when a cross-seat rule on this body was not met',
  })
  async crossSeatTimeline(
    @Parent() body: BodyModel,
    @Args() { from, to }: RangeArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<NonCompliantPeriodModel[]> {
    const range = { from: from ?? body.establishedOn, to: to ?? null };
    if (range.to !== null && range.to < range.from) {
      throw new DomainError('BAD_USER_INPUT', 'The range must end on or after its first day', {
        field: 'to',
      });
    }
    const [rules, rows] = await Promise.all([
      loaders.get(CROSS_SEAT_RULES_FOR).load(body.id),
      loaders.get(MEMBERSHIPS_OF_BODY).load(body.id),
    ]);
    return rules.flatMap((rule) =>
      CrossSeatingService.timeline(rule, body, rows, range).map((period) => ({
        rule: toRuleModel(rule, this.clock.today(), period.rule),
        status: ComplianceStatus[period.status],
        from: period.from,
        to: period.to,
        held: period.held,
      })),
    );
  }
}

/** The body a cross-seated member comes from. */
@Resolver(() => MemberModel)
export class MemberResolver {
  @ResolveField(() => BodyModel, {
    nullable: true,
    description: 'For a cross-seat: the body the member comes from',
  })
  fromBody(@Parent() member: MemberModel, @Loaders() loaders: RequestLoaders) {
    return member.fromBodyId ? loaders.get(BODY_BY_ID).load(member.fromBodyId) : null;
  }
}

@Resolver(() => CrossSeatRuleModel)
export class CrossSeatRuleResolver {
  @ResolveField(() => BodyModel)
  targetBody(@Parent() rule: CrossSeatRuleModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(BODY_BY_ID).load(rule.targetBodyId);
  }

  @ResolveField(() => BodyModel)
  fromBody(@Parent() rule: CrossSeatRuleModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(BODY_BY_ID).load(rule.fromBodyId);
  }
}
