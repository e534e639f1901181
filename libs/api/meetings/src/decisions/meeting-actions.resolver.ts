import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Access,
  Clock,
  isStaff,
  Loaders,
  SignedIn,
  type Connection,
  type GraphqlContext,
  type RequestLoaders,
  type SignedInViewer,
} from '@boards/api/graphql';
import { actorOf, AuditActor, type Actor } from '@boards/api/audit';
import { PersonViewModel, PersonViewService } from '@boards/api/people';
import {
  allowedActionStatuses,
  isOverdue,
  minutesView,
  visibleParts,
  type ActionActor,
} from '@boards/domain';
import type { ActionStatus } from '@boards/shared/contracts';
import { agendaItemOf, assertMembersOrStaff } from '../record/attendance.resolver';
import {
  ActionRegisterArgs,
  ActionStatusArgs,
  DecisionInput,
  DecisionRegisterArgs,
  MeetingActionInput,
} from './meeting-action.input';
import {
  ActionStatusEnum,
  DecisionConnection,
  DecisionModel,
  MeetingActionConnection,
  MeetingActionModel,
} from './meeting-action.model';
import {
  ACTIONS_CARRIED_FORWARD,
  ACTIONS_OF_MEETING,
  DECISIONS_OF_MEETING,
  MeetingActionsService,
} from './meeting-actions.service';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { AGENDA_OF_MEETING } from '../agenda/agenda.service';
import { MeetingModel } from '../schedule/meeting.model';
import { audienceOf } from '../schedule/meeting-audience';
import { MEETING_BY_ID } from '../schedule/meetings.service';
import { MINUTES_OF_MEETING } from '../minutes/minutes.service';
import { personView } from '../person-view';

/** The registers of decisions and of actions. */
@Resolver()
export class RecordRegistersResolver {
  constructor(private readonly service: MeetingActionsService) {}

  @Access('PUBLIC')
  @Query(() => DecisionConnection, {
    description:
      'The register of decisions, newest meeting first. Everyone sees the decisions of published minutes on public items (or the meeting as a whole); members of a meeting’s bodies on its day and staff also see those of circulated and approved minutes, private items included',
  })
  decisions(
    @Args() args: DecisionRegisterArgs,
    @Context() { viewer }: GraphqlContext,
  ): Promise<Connection<DecisionModel>> {
    return this.service.decisionRegister(
      { staff: isStaff(viewer), personId: viewer.kind === 'ACCOUNT' ? viewer.personId : null },
      args,
    );
  }

  @Access('SIGNED_IN')
  @Query(() => MeetingActionConnection, {
    description:
      'The register of actions, newest meeting first: staff see every action; members those of meetings of their bodies (on the meeting’s day), and their own',
  })
  actions(
    @Args() args: ActionRegisterArgs,
    @SignedIn() who: SignedInViewer,
  ): Promise<Connection<MeetingActionModel>> {
    return this.service.actionRegister({ staff: isStaff(who), personId: who.personId }, args);
  }
}

/** A meeting's decisions and actions, and recording them. */
@Resolver(() => MeetingModel)
export class MeetingRecordsResolver {
  constructor(private readonly service: MeetingActionsService) {}

  @ResolveField(() => [DecisionModel], {
    description:
      'Decisions recorded at the meeting: staff see all; members of its bodies once the minutes are circulated; the public once they are published, those on public items and the meeting as a whole',
  })
  async decisions(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<DecisionModel[]> {
    const [decisions, minutes, items, audience] = await Promise.all([
      context.loaders.get(DECISIONS_OF_MEETING).load(meeting.id),
      context.loaders.get(MINUTES_OF_MEETING).load(meeting.id),
      context.loaders.get(AGENDA_OF_MEETING).load(meeting.id),
      audienceOf(context, meeting),
    ]);
    const byId = new Map(items.map((item) => [item.id, item]));
    return visibleParts(decisions, minutesView(minutes?.status ?? null, audience), (decision) =>
      decision.agendaItemId === null
        ? null
        : { isPublic: byId.get(decision.agendaItemId)?.isPublic ?? false },
    );
  }

  @ResolveField(() => [MeetingActionModel], {
    nullable: true,
    description: 'Actions agreed at the meeting (members of its bodies and staff only)',
  })
  async actions(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<MeetingActionModel[]> {
    await assertMembersOrStaff(context, meeting, 'actions');
    const actions = await context.loaders.get(ACTIONS_OF_MEETING).load(meeting.id);
    return actions.map((action) => ({ ...action, listedAtMeetingId: meeting.id }));
  }

  @ResolveField(() => [MeetingActionModel], {
    nullable: true,
    description:
      'Actions from earlier meetings of the same bodies still open or in progress, soonest due first (members and staff only)',
  })
  async actionsCarriedForward(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<MeetingActionModel[]> {
    await assertMembersOrStaff(context, meeting, 'actions');
    const actions = await context.loaders.get(ACTIONS_CARRIED_FORWARD).load(meeting.id);
    return actions.map((action) => ({ ...action, listedAtMeetingId: meeting.id }));
  }

  @Access('STAFF')
  @Mutation(() => DecisionModel, {
    description: 'Records a decision, until the minutes are approved (secretariat only)',
  })
  recordDecision(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: DecisionInput,
    @AuditActor() actor: Actor,
  ): Promise<DecisionModel> {
    return this.service.recordDecision(meetingId, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description: 'Removes a decision, until the minutes are approved (secretariat only)',
  })
  removeDecision(
    @Args('id', { type: () => ID }) id: string,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.removeDecision(id, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingActionModel, {
    description:
      'Records an action agreed at a meeting, until the minutes are approved (secretariat only)',
  })
  recordAction(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: MeetingActionInput,
    @AuditActor() actor: Actor,
  ): Promise<MeetingActionModel> {
    return this.service.recordAction(meetingId, input, actor);
  }

  @Access('SIGNED_IN')
  @Mutation(() => MeetingActionModel, {
    description:
      'Changes an action’s status: the person it is for marks it in progress or done; the secretariat also drops and reopens. CONFLICT if it changed since expectedVersion',
  })
  updateActionStatus(
    @Args() { id, expectedVersion, status, note }: ActionStatusArgs,
    @SignedIn() who: SignedInViewer,
  ): Promise<MeetingActionModel> {
    return this.service.updateStatus(
      id,
      expectedVersion,
      { status, note },
      { personId: who.personId, staff: isStaff(who) },
      actorOf(who),
    );
  }
}

@Resolver(() => DecisionModel)
export class DecisionResolver {
  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting that decided' })
  meeting(@Parent() decision: DecisionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(MEETING_BY_ID).load(decision.meetingId);
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The agenda item; null for the meeting as a whole',
  })
  agendaItem(@Parent() decision: DecisionModel, @Context() context: GraphqlContext) {
    return agendaItemOf(context, decision.meetingId, decision.agendaItemId);
  }
}

function actorFor(context: GraphqlContext, action: MeetingActionModel): ActionActor {
  if (isStaff(context.viewer)) return 'SECRETARIAT';
  if (context.viewer.kind === 'ACCOUNT' && context.viewer.personId === action.ownerId) {
    return 'OWNER';
  }
  return 'OTHER';
}

@Resolver(() => MeetingActionModel)
export class MeetingActionResolver {
  constructor(
    private readonly views: PersonViewService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => PersonViewModel, {
    nullable: true,
    description: 'The person the action is for, as the one asking may see them today',
  })
  async owner(
    @Parent() action: MeetingActionModel,
    @Context() context: GraphqlContext,
  ): Promise<PersonViewModel | null> {
    if (!action.ownerId) return null;
    const today = this.clock.today();
    return personView(this.views, context, action.ownerId, today, today, action.listedAtMeetingId);
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting that agreed it' })
  meeting(@Parent() action: MeetingActionModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(MEETING_BY_ID).load(action.meetingId);
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The agenda item; null for the meeting as a whole',
  })
  agendaItem(@Parent() action: MeetingActionModel, @Context() context: GraphqlContext) {
    return agendaItemOf(context, action.meetingId, action.agendaItemId);
  }

  @ResolveField(() => Boolean, {
    description: 'Still open or in progress after its due date (Europe/London)',
  })
  overdue(@Parent() action: MeetingActionModel): boolean {
    return isOverdue(action, this.clock.today());
  }

  @ResolveField(() => [ActionStatusEnum], {
    description: 'The statuses the one asking may move it to now, for buttons',
  })
  allowedStatuses(
    @Parent() action: MeetingActionModel,
    @Context() context: GraphqlContext,
  ): ActionStatus[] {
    return allowedActionStatuses(action.status, actorFor(context, action));
  }
}
