import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  Clock,
  Loaders,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { AuditActor, type Actor } from '@boards/api/audit';
import { PersonViewModel, PersonViewService } from '@boards/api/people';
import { agendaItemVisibleTo, presenterName } from '@boards/domain';
import { MeetingModel } from '../schedule/meeting.model';
import { audienceOf } from '../schedule/meeting-audience';
import { MEETING_BY_ID } from '../schedule/meetings.service';
import { personView } from '../person-view';
import { AgendaItemInput } from './agenda-item.input';
import { AgendaItemModel, AgendaPresenterModel } from './agenda-item.model';
import { AGENDA_OF_MEETING, AgendaService, presenterOf } from './agenda.service';

/** A meeting's agenda, as much of it as the one asking may see. */
@Resolver(() => MeetingModel)
export class MeetingAgendaResolver {
  @ResolveField(() => [AgendaItemModel], {
    description: 'The agenda in order; private items only for members and the secretariat',
  })
  async agenda(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<AgendaItemModel[]> {
    const [items, audience] = await Promise.all([
      context.loaders.get(AGENDA_OF_MEETING).load(meeting.id),
      audienceOf(context, meeting),
    ]);
    return items.filter((item) => agendaItemVisibleTo(item, audience));
  }

  @ResolveField(() => Int, {
    description: 'How many agenda items are private (their titles are for members only)',
  })
  async privateItemCount(
    @Parent() meeting: MeetingModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    const items = await loaders.get(AGENDA_OF_MEETING).load(meeting.id);
    return items.filter((item) => !item.isPublic).length;
  }
}

/** The secretariat's changes to an agenda, and what the one asking may see of an item's presenter. */
@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly service: AgendaService,
    private readonly views: PersonViewService,
    private readonly clock: Clock,
  ) {}

  @Access('STAFF')
  @Mutation(() => AgendaItemModel, {
    description: 'Adds an item at the end of a meeting’s agenda (secretariat only)',
  })
  addAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: AgendaItemInput,
    @AuditActor() actor: Actor,
  ): Promise<AgendaItemModel> {
    return this.service.addAgendaItem(meetingId, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => AgendaItemModel, { description: 'Edits an agenda item (secretariat only)' })
  updateAgendaItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AgendaItemInput,
    @AuditActor() actor: Actor,
  ): Promise<AgendaItemModel> {
    return this.service.updateAgendaItem(id, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description: 'Removes an agenda item; the items after it move up (secretariat only)',
  })
  removeAgendaItem(
    @Args('id', { type: () => ID }) id: string,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.removeAgendaItem(id, actor);
  }

  @Access('STAFF')
  @Mutation(() => [AgendaItemModel], {
    description:
      'Moves an agenda item to a position, 1 for first; returns the agenda in its new order (secretariat only)',
  })
  moveAgendaItem(
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
    @AuditActor() actor: Actor,
  ): Promise<AgendaItemModel[]> {
    return this.service.moveAgendaItem(id, position, actor);
  }

  @ResolveField(() => AgendaPresenterModel, {
    nullable: true,
    description:
      'Who leads the item, as the one asking may see them; null when nobody is named, or when the person leading it is hidden to them',
  })
  async presenter(
    @Parent() item: AgendaItemModel,
    @Context() context: GraphqlContext,
  ): Promise<AgendaPresenterModel | null> {
    const presenter = presenterOf(item);
    if (!presenter) return null;
    let person: PersonViewModel | null = null;
    if (presenter.kind === 'PERSON') {
      const meeting = await context.loaders.get(MEETING_BY_ID).load(item.meetingId);
      if (!meeting) return null;
      // The presenters, their consent and the bodies they sat on that day come with the page's
      // statement; a member's own memberships are read once per request.
      person = await personView(
        this.views,
        context,
        presenter.personId,
        meeting.date,
        this.clock.today(),
      );
    }
    const name = presenterName(presenter, person);
    return name === null ? null : { kind: presenter.kind, name, person };
  }
}
