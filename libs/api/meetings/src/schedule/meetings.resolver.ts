import {
  Args,
  Context,
  ID,
  Info,
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
  requireSignedIn,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { AuditActor, type Actor } from '@boards/api/audit';
import { BODY_BY_ID, BodyModel } from '@boards/api/bodies';
import { allowedMeetingActions, DomainError, type MeetingAction } from '@boards/domain';
import { MeetingInput, MeetingRangeArgs, MeetingRefArgs } from './meeting.input';
import { MeetingStatusActionEnum, MeetingModel, MeetingWarningsModel } from './meeting.model';
import { assertStaffFor, audienceOf } from './meeting-audience';
import { MEETINGS_OF_BODY, MeetingsService, meetingsOfBodyKey } from './meetings.service';

const MEMBERS_ONLY = (what: string) =>
  new DomainError('FORBIDDEN', `Only members of the body and the secretariat can see ${what}`);

/** A body's meetings. */
@Resolver(() => BodyModel)
export class BodyMeetingsResolver {
  @ResolveField(() => [MeetingModel], {
    description:
      'The body’s meetings (joint meetings included) whose day (Europe/London) falls in the range, soonest first; every meeting if the range is left out',
  })
  meetings(
    @Parent() body: BodyModel,
    @Args() { from, to }: MeetingRangeArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MeetingModel[]> {
    if (from && to && from > to) {
      throw new DomainError('BAD_USER_INPUT', 'The first day must be on or before the last day', {
        field: 'to',
      });
    }
    return loaders.get(MEETINGS_OF_BODY).load(meetingsOfBodyKey(body.id, from, to));
  }
}

/** Meetings: what anyone may see, what members may see, and the secretariat's steps. */
@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly clock: Clock,
  ) {}

  @Access('PUBLIC')
  @Query(() => MeetingModel, {
    nullable: true,
    description: 'A meeting by id; null if there is none',
  })
  meeting(
    @Args('id', { type: () => ID }) id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MeetingModel | null> {
    // The meeting's page: the meeting, its agenda, papers, minutes and decisions in one statement.
    return this.service.page(id, loaders);
  }

  @Access('SIGNED_IN')
  @Query(() => [MeetingModel], {
    description:
      'Your meetings: those of every body you sit on on the meeting’s day, cross-seats included, soonest first',
  })
  myMeetings(
    @Args() { from, to }: MeetingRangeArgs,
    @Context() { viewer, loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeetingModel[]> {
    // Look-ahead: the parts of the meetings' pages the query asks for (their papers, say: a
    // part is named after the Meeting field it serves) are read in the same statement.
    return this.service.meetingsForPerson(
      requireSignedIn(viewer).personId,
      from ?? null,
      to ?? null,
      {
        loaders,
        parts: selectedFieldNames(info),
      },
    );
  }

  @Access('STAFF')
  @Query(() => MeetingWarningsModel, {
    description:
      'Checks a meeting before it is saved: people double-booked (cross-seated members first) and gaps longer than the terms of reference allow (secretariat only). Nothing is saved',
  })
  meetingWarnings(
    @Args('input') input: MeetingInput,
    @Args('meetingId', {
      type: () => ID,
      nullable: true,
      description: 'The meeting being edited, if any',
    })
    meetingId: string | null,
  ): Promise<MeetingWarningsModel> {
    return this.service.warnings(input, meetingId ?? null);
  }

  @ResolveField(() => [BodyModel], { description: 'The bodies meeting, the leading body first' })
  async bodies(
    @Parent() meeting: MeetingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BodyModel[]> {
    const bodies = await loaders.get(BODY_BY_ID).loadMany(meeting.bodyIds);
    return bodies.filter((body): body is BodyModel => body !== null && !(body instanceof Error));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The link to join online (members of the body and the secretariat only)',
  })
  async onlineLink(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    if ((await audienceOf(context, meeting)) === 'PUBLIC') throw MEMBERS_ONLY('the online link');
    return meeting.onlineLink;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'How to get support before and after the meeting (members of the body and the secretariat only)',
  })
  async support(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    if ((await audienceOf(context, meeting)) === 'PUBLIC')
      throw MEMBERS_ONLY('support arrangements');
    return meeting.support;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the one asking is a member of one of the bodies on the meeting’s day, or staff',
  })
  async canSeeMembersOnly(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    return (await audienceOf(context, meeting)) !== 'PUBLIC';
  }

  @ResolveField(() => [MeetingStatusActionEnum], {
    nullable: true,
    description:
      'The changes of status the secretariat may make now, for its buttons: POSTPONE and CANCEL a scheduled meeting, MARK_HELD once it has started, RESCHEDULE or CANCEL a postponed one (secretariat only)',
  })
  allowedActions(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): MeetingAction[] {
    assertStaffFor(context, 'which changes of status a meeting allows');
    return allowedMeetingActions(meeting.status, {
      startsAt: meeting.startsAt,
      now: this.clock.now(),
    });
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, { description: 'Schedules a meeting (secretariat only)' })
  scheduleMeeting(
    @Args('input') input: MeetingInput,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.schedule(input, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description:
      'Edits a meeting; a postponed meeting given a new time is scheduled again (secretariat only). CONFLICT if it changed since expectedVersion',
  })
  updateMeeting(
    @Args() { id, expectedVersion }: MeetingRefArgs,
    @Args('input') input: MeetingInput,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.update(id, expectedVersion, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, { description: 'Postpones a meeting, with why (secretariat only)' })
  postponeMeeting(
    @Args() { id, expectedVersion }: MeetingRefArgs,
    @Args('reason') reason: string,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.changeStatus(id, expectedVersion, 'POSTPONE', reason, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, { description: 'Cancels a meeting, with why (secretariat only)' })
  cancelMeeting(
    @Args() { id, expectedVersion }: MeetingRefArgs,
    @Args('reason') reason: string,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.changeStatus(id, expectedVersion, 'CANCEL', reason, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description: 'Records that a meeting was held, once it has started (secretariat only)',
  })
  markMeetingHeld(
    @Args() { id, expectedVersion }: MeetingRefArgs,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.changeStatus(id, expectedVersion, 'MARK_HELD', null, actor);
  }
}

/** The names of the fields selected directly under the resolved field (fragments included). */
function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selections: readonly SelectionNode[]): void => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet.selections);
  return names;
}
