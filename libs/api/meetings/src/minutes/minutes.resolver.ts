import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  Clock,
  Loaders,
  requireSignedIn,
  SignedIn,
  type GraphqlContext,
  type RequestLoaders,
  type SignedInViewer,
} from '@boards/api/graphql';
import { actorOf, AuditActor, type Actor } from '@boards/api/audit';
import { PersonViewModel, PersonViewService } from '@boards/api/people';
import {
  allowedMinutesActions,
  approvalCandidates,
  DomainError,
  minutesEditable,
  minutesView,
  recordOpen,
  visibleParts,
  type MinutesAction,
} from '@boards/domain';
import { agendaItemOf, meetingDate } from '../record/attendance.resolver';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { AGENDA_OF_MEETING } from '../agenda/agenda.service';
import { MeetingModel } from '../schedule/meeting.model';
import { assertStaffFor, audienceOf, minutesRoleOf } from '../schedule/meeting-audience';
import { MEETING_BY_ID, MEETINGS_OF_BODY, meetingsOfBodyKey } from '../schedule/meetings.service';
import { MinutesCommentInput, MinutesInput, MinutesRefArgs } from './minutes.input';
import {
  MinutesActionEnum,
  MinutesCommentModel,
  MinutesEntryModel,
  MinutesModel,
} from './minutes.model';
import {
  MINUTES_COMMENTS_OF_MEETING,
  MINUTES_ENTRIES_OF_MEETING,
  MINUTES_OF_MEETING,
  MinutesService,
  toMinutesModel,
} from './minutes.service';
import { personView } from '../person-view';

async function meetingOf(context: GraphqlContext, meetingId: string): Promise<MeetingModel> {
  const meeting = await context.loaders.get(MEETING_BY_ID).load(meetingId);
  if (!meeting) throw new DomainError('NOT_FOUND', 'There is no such meeting');
  return meeting;
}

/** A meeting's minutes, as much of them as the one asking may see, and the workflow's steps. */
@Resolver(() => MeetingModel)
export class MeetingMinutesResolver {
  constructor(private readonly service: MinutesService) {}

  @ResolveField(() => MinutesModel, {
    nullable: true,
    description:
      'The minutes: staff at every stage; members of the meeting’s bodies once circulated; the public once published, and only the public version. Null when there are none the one asking may see',
  })
  async minutes(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<MinutesModel | null> {
    const [row, audience] = await Promise.all([
      context.loaders.get(MINUTES_OF_MEETING).load(meeting.id),
      audienceOf(context, meeting),
    ]);
    if (!row) return null;
    const view = minutesView(row.status, audience);
    if (view === 'NONE') return null;
    return toMinutesModel(row, view === 'PUBLIC_VERSION');
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the meeting’s record (agenda, attendance, declarations, decisions, actions) may still change: not once the meeting is cancelled or its minutes are approved (secretariat only)',
  })
  async recordOpen(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    assertStaffFor(context, 'whether a meeting’s record may change');
    const minutes = await context.loaders.get(MINUTES_OF_MEETING).load(meeting.id);
    return recordOpen({ status: meeting.status, minutesStatus: minutes?.status ?? null });
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the secretariat may write the minutes now (saveMinutes): while they are a draft or not started, unless the meeting was cancelled (secretariat only)',
  })
  async minutesEditable(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    assertStaffFor(context, 'whether a meeting’s minutes may be written');
    const minutes = await context.loaders.get(MINUTES_OF_MEETING).load(meeting.id);
    return minutesEditable(meeting.status, minutes?.status ?? null);
  }

  @Access('STAFF')
  @Mutation(() => MinutesModel, {
    description:
      'Saves the draft minutes, creating them on the first save with expectedVersion 0 (secretariat only). INVALID_TRANSITION unless they are a draft; CONFLICT if they changed since expectedVersion',
  })
  saveMinutes(
    @Args() { meetingId, expectedVersion }: MinutesRefArgs,
    @Args('input') input: MinutesInput,
    @AuditActor() actor: Actor,
  ): Promise<MinutesModel> {
    return this.service.save(meetingId, expectedVersion, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => MinutesModel, {
    description:
      'Circulates draft minutes to the members of the body for comment, once the meeting has been held (secretariat only)',
  })
  circulateMinutes(
    @Args() { meetingId, expectedVersion }: MinutesRefArgs,
    @AuditActor() actor: Actor,
  ): Promise<MinutesModel> {
    return this.service.transition(meetingId, expectedVersion, 'CIRCULATE', actor);
  }

  @Access('STAFF')
  @Mutation(() => MinutesModel, {
    description: 'Withdraws circulated minutes back to draft, to change them (secretariat only)',
  })
  withdrawMinutes(
    @Args() { meetingId, expectedVersion }: MinutesRefArgs,
    @AuditActor() actor: Actor,
  ): Promise<MinutesModel> {
    return this.service.transition(meetingId, expectedVersion, 'WITHDRAW', actor);
  }

  @Access('STAFF')
  @Mutation(() => MinutesModel, {
    description:
      'Records that circulated minutes were approved at a later meeting of the same body, once it has started (secretariat only). From then on they never change',
  })
  approveMinutes(
    @Args() { meetingId, expectedVersion }: MinutesRefArgs,
    @Args('approvedAtMeetingId', { type: () => ID }) approvedAtMeetingId: string,
    @AuditActor() actor: Actor,
  ): Promise<MinutesModel> {
    return this.service.approve(meetingId, expectedVersion, approvedAtMeetingId, actor);
  }

  @Access('STAFF')
  @Mutation(() => MinutesModel, {
    description:
      'Publishes approved minutes: the public then sees their public version (secretariat only)',
  })
  publishMinutes(
    @Args() { meetingId, expectedVersion }: MinutesRefArgs,
    @AuditActor() actor: Actor,
  ): Promise<MinutesModel> {
    return this.service.transition(meetingId, expectedVersion, 'PUBLISH', actor);
  }

  @Access('SIGNED_IN')
  @Mutation(() => MinutesCommentModel, {
    description:
      'Comments on circulated minutes, on one item or the whole (members of the meeting’s bodies on its day)',
  })
  commentOnMinutes(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: MinutesCommentInput,
    @SignedIn() who: SignedInViewer,
  ): Promise<MinutesCommentModel> {
    return this.service.comment(
      meetingId,
      input,
      { personId: who.personId, grants: who.grants },
      actorOf(who),
    );
  }
}

@Resolver(() => MinutesModel)
export class MinutesResolver {
  constructor(private readonly clock: Clock) {}

  @ResolveField(() => [MinutesEntryModel], {
    description:
      'The notes of each agenda item, in agenda order; in the public version, those of private items are left out',
  })
  async entries(
    @Parent() minutes: MinutesModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MinutesEntryModel[]> {
    const [entries, items] = await Promise.all([
      loaders.get(MINUTES_ENTRIES_OF_MEETING).load(minutes.meetingId),
      loaders.get(AGENDA_OF_MEETING).load(minutes.meetingId),
    ]);
    const byId = new Map(items.map((item) => [item.id, item]));
    // An entry whose item cannot be found is treated as private: the public version fails closed.
    return visibleParts(entries, minutes.isPublicVersion ? 'PUBLIC_VERSION' : 'FULL', (entry) => ({
      isPublic: byId.get(entry.agendaItemId)?.isPublic ?? false,
    }));
  }

  @ResolveField(() => MeetingModel, {
    nullable: true,
    description: 'The later meeting at which they were approved',
  })
  approvedAtMeeting(@Parent() minutes: MinutesModel, @Loaders() loaders: RequestLoaders) {
    return minutes.approvedAtMeetingId
      ? loaders.get(MEETING_BY_ID).load(minutes.approvedAtMeetingId)
      : null;
  }

  @ResolveField(() => [MinutesActionEnum], {
    description: 'The workflow steps the one asking may take now, for buttons',
  })
  async allowedActions(
    @Parent() minutes: MinutesModel,
    @Context() context: GraphqlContext,
  ): Promise<MinutesAction[]> {
    const meeting = await meetingOf(context, minutes.meetingId);
    return allowedMinutesActions(
      minutes.status,
      await minutesRoleOf(context, meeting),
      meeting.status,
    );
  }

  @ResolveField(() => [MeetingModel], {
    nullable: true,
    description:
      'The meetings at which these minutes may be recorded as approved now, the latest first: later meetings of the same bodies that have started and were neither cancelled nor postponed. Empty unless the minutes may be approved (secretariat only)',
  })
  async approvalCandidates(
    @Parent() minutes: MinutesModel,
    @Context() context: GraphqlContext,
  ): Promise<MeetingModel[]> {
    assertStaffFor(context, 'where minutes may be approved');
    const meeting = await meetingOf(context, minutes.meetingId);
    if (!allowedMinutesActions(minutes.status, 'SECRETARIAT', meeting.status).includes('APPROVE')) {
      return [];
    }
    // The bodies' meetings from the meeting's day on: one statement, whatever the bodies.
    const ofBodies = await context.loaders
      .get(MEETINGS_OF_BODY)
      .loadMany(meeting.bodyIds.map((bodyId) => meetingsOfBodyKey(bodyId, meeting.date)));
    const later = new Map<string, MeetingModel>();
    for (const found of ofBodies) {
      if (found instanceof Error) throw found;
      for (const other of found) later.set(other.id, other);
    }
    return approvalCandidates(meeting, [...later.values()], this.clock.now());
  }

  @ResolveField(() => [MinutesCommentModel], {
    nullable: true,
    description:
      'Comments on the minutes: every one for staff; a member sees their own; nobody else',
  })
  async comments(
    @Parent() minutes: MinutesModel,
    @Context() context: GraphqlContext,
  ): Promise<MinutesCommentModel[]> {
    const meeting = await meetingOf(context, minutes.meetingId);
    const audience = await audienceOf(context, meeting);
    if (audience === 'PUBLIC') {
      throw new DomainError(
        'FORBIDDEN',
        'Only the secretariat, and members of the body their own, can see comments on minutes',
      );
    }
    const comments = await context.loaders.get(MINUTES_COMMENTS_OF_MEETING).load(meeting.id);
    if (audience === 'STAFF') return comments;
    const mine = requireSignedIn(context.viewer).personId;
    return comments.filter((comment) => comment.personId === mine);
  }
}

@Resolver(() => MinutesEntryModel)
export class MinutesEntryResolver {
  @ResolveField(() => AgendaItemModel, { nullable: true })
  agendaItem(@Parent() entry: MinutesEntryModel, @Context() context: GraphqlContext) {
    return agendaItemOf(context, entry.meetingId, entry.agendaItemId);
  }
}

@Resolver(() => MinutesCommentModel)
export class MinutesCommentResolver {
  constructor(
    private readonly views: PersonViewService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => PersonViewModel, { description: 'Who commented' })
  async person(
    @Parent() comment: MinutesCommentModel,
    @Context() context: GraphqlContext,
  ): Promise<PersonViewModel> {
    return personView(
      this.views,
      context,
      comment.personId,
      await meetingDate(context, comment.meetingId),
      this.clock.today(),
      comment.meetingId,
    );
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The agenda item; null for the minutes as a whole',
  })
  agendaItem(@Parent() comment: MinutesCommentModel, @Context() context: GraphqlContext) {
    return agendaItemOf(context, comment.meetingId, comment.agendaItemId);
  }
}
