import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  Clock,
  isStaff,
  Loaders,
  SignedIn,
  type GraphqlContext,
  type RequestLoaders,
  type SignedInViewer,
} from '@boards/api/graphql';
import { actorOf, AuditActor, type Actor } from '@boards/api/audit';
import { BODY_BY_ID, BodyModel } from '@boards/api/bodies';
import { PersonViewModel, PersonViewService, PersonVisibility } from '@boards/api/people';
import { DomainError, meetingStarted } from '@boards/domain';
import {
  ATTENDANCE_STATUSES,
  MEMBERSHIP_ROLES,
  type AttendanceStatus,
} from '@boards/shared/contracts';
import { AttendanceEntryInput, DeclarationInput } from './attendance.input';
import {
  AttendanceModel,
  DeclarationModel,
  ExpectedMemberModel,
  MeetingQuorumModel,
  MyAttendanceModel,
} from './attendance.model';
import {
  ATTENDANCE_OF_MEETING,
  AttendanceService,
  DECLARATIONS_OF_MEETING,
} from './attendance.service';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { AGENDA_OF_MEETING } from '../agenda/agenda.service';
import { MeetingModel } from '../schedule/meeting.model';
import { audienceOf } from '../schedule/meeting-audience';
import { MEETING_BY_ID } from '../schedule/meetings.service';
import { prefetchMeetingPeople } from '../meeting-people';
import { personView } from '../person-view';

export const MEMBERS_AND_STAFF_ONLY = (what: string) =>
  new DomainError('FORBIDDEN', `Only members of the body and the secretariat can see ${what}`);

/** Throws FORBIDDEN unless the one asking is a member of one of the meeting's bodies on its day, or staff. */
export async function assertMembersOrStaff(
  context: GraphqlContext,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
  what: string,
): Promise<void> {
  if ((await audienceOf(context, meeting)) === 'PUBLIC') throw MEMBERS_AND_STAFF_ONLY(what);
}

const STATUS_ORDER = new Map<string, number>(ATTENDANCE_STATUSES.map((s, i) => [s, i]));
const ROLE_ORDER = new Map<string, number>(MEMBERSHIP_ROLES.map((r, i) => [r, i]));
const byName = (a: PersonViewModel, b: PersonViewModel) =>
  (a.displayName ?? '').localeCompare(b.displayName ?? '', 'en-GB');

/** A meeting's register, quorum, expected members and declarations, and recording them. */
@Resolver(() => MeetingModel)
export class MeetingAttendanceResolver {
  constructor(
    private readonly service: AttendanceService,
    private readonly views: PersonViewService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [AttendanceModel], {
    nullable: true,
    description:
      'The register: present (first), apologies, absent and observers (members of the meeting’s bodies on its day and staff only)',
  })
  async attendance(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<AttendanceModel[]> {
    await assertMembersOrStaff(context, meeting, 'the attendance');
    const lines = await context.loaders.get(ATTENDANCE_OF_MEETING).load(meeting.id);
    const shown = await Promise.all(
      lines.map(async (line) => ({
        line,
        person: await personView(
          this.views,
          context,
          line.personId,
          meeting.date,
          this.clock.today(),
          meeting.id,
        ),
      })),
    );
    return shown
      .sort(
        (a, b) =>
          (STATUS_ORDER.get(a.line.status) ?? 0) - (STATUS_ORDER.get(b.line.status) ?? 0) ||
          byName(a.person, b.person),
      )
      .map(({ line }) => line);
  }

  @ResolveField(() => [ExpectedMemberModel], {
    nullable: true,
    description:
      'Who sits on the meeting’s bodies on its day, body by body, chair first, cross-seats marked, with their attendance once recorded (members and staff only)',
  })
  async expectedMembers(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<ExpectedMemberModel[]> {
    await assertMembersOrStaff(context, meeting, 'who is expected');
    const [rows, attendance] = await Promise.all([
      this.service.expectedMembers(meeting, context.loaders),
      context.loaders.get(ATTENDANCE_OF_MEETING).load(meeting.id),
    ]);
    await prefetchMeetingPeople(context, meeting.id);
    const statusOf = new Map<string, AttendanceStatus>(
      attendance.map((line) => [line.personId, line.status]),
    );
    const members = await Promise.all(
      rows.map(async ({ bodyId, row }) => ({
        person: await this.views.view(
          context.viewer,
          row.person,
          meeting.date,
          this.clock.today(),
          context.loaders,
        ),
        role: row.membership.role,
        seat: row.membership.seat,
        crossSeat: row.membership.seat === 'CROSS_SEAT',
        attendance: statusOf.get(row.person.id) ?? null,
        bodyId,
        fromBodyId: row.membership.fromBodyId,
      })),
    );
    const bodyOrder = new Map(meeting.bodyIds.map((id, index) => [id, index]));
    return members.sort(
      (a, b) =>
        (bodyOrder.get(a.bodyId) ?? 0) - (bodyOrder.get(b.bodyId) ?? 0) ||
        (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) ||
        Number(b.person.visibility === PersonVisibility.NAMED) -
          Number(a.person.visibility === PersonVisibility.NAMED) ||
        byName(a.person, b.person),
    );
  }

  // Members and staff only, like the register it steers: an anonymous answer is kept for the
  // day by the public read cache, and this one changes at the meeting's start time.
  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the meeting has started as the register counts it: from its start time, unless it is postponed. Until then only apologies can be recorded and nobody can have been present (members and staff only)',
  })
  async started(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<boolean> {
    await assertMembersOrStaff(context, meeting, 'whether the meeting has started');
    return meetingStarted(meeting, this.clock.now());
  }

  @ResolveField(() => MeetingQuorumModel, {
    nullable: true,
    description:
      'Whether the leading body is quorate, by the terms of reference in force on the meeting’s day and the attendance recorded so far (members and staff only)',
  })
  async quorum(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<MeetingQuorumModel> {
    await assertMembersOrStaff(context, meeting, 'the quorum');
    return this.service.quorum(meeting, context.loaders);
  }

  @ResolveField(() => [DeclarationModel], {
    nullable: true,
    description: 'Declarations of interest at the meeting (members and staff only)',
  })
  async declarations(
    @Parent() meeting: MeetingModel,
    @Context() context: GraphqlContext,
  ): Promise<DeclarationModel[]> {
    await assertMembersOrStaff(context, meeting, 'declarations of interest');
    return context.loaders.get(DECLARATIONS_OF_MEETING).load(meeting.id);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description:
      'Records the register for the people given, replacing what was recorded for them (secretariat only). Apologies any time; who was there once the meeting has started. People who do not sit on the body that day only as observers',
  })
  recordAttendance(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('entries', { type: () => [AttendanceEntryInput] }) entries: AttendanceEntryInput[],
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.record(meetingId, { entries }, actor);
  }

  @ResolveField(() => MyAttendanceModel, {
    nullable: true,
    description:
      'Your own line of the register, and whether you may send or withdraw apologies now; null unless you sit on one of the meeting’s bodies on its day',
  })
  myAttendance(
    @Parent() meeting: MeetingModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<MyAttendanceModel | null> | null {
    if (viewer.kind !== 'ACCOUNT') return null;
    return this.service.myAttendance(meeting, viewer.personId, loaders);
  }

  @Access('SIGNED_IN')
  @Mutation(() => MeetingModel, {
    description:
      'Sends your apologies for a meeting of a body you sit on that day (cross-seats included), with an optional note to the secretariat; again to change the note. Only before it starts, never for a cancelled meeting. The secretariat sees them on the register and can still change them',
  })
  giveApologies(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @SignedIn() who: SignedInViewer,
  ): Promise<MeetingModel> {
    return this.service.giveApologies(meetingId, { note }, who.personId, actorOf(who));
  }

  @Access('SIGNED_IN')
  @Mutation(() => MeetingModel, {
    description: 'Withdraws your apologies for a meeting, before it starts',
  })
  withdrawApologies(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @SignedIn() who: SignedInViewer,
  ): Promise<MeetingModel> {
    return this.service.withdrawApologies(meetingId, who.personId, actorOf(who));
  }

  @Access('STAFF')
  @Mutation(() => DeclarationModel, {
    description: 'Records a declaration of interest at a meeting (secretariat only)',
  })
  recordDeclaration(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: DeclarationInput,
    @AuditActor() actor: Actor,
  ): Promise<DeclarationModel> {
    return this.service.recordDeclaration(meetingId, input, actor);
  }

  @Access('STAFF')
  @Mutation(() => MeetingModel, {
    description:
      'Removes a declaration of interest recorded in error, until the minutes are approved (secretariat only)',
  })
  removeDeclaration(
    @Args('id', { type: () => ID }) id: string,
    @AuditActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.service.removeDeclaration(id, actor);
  }
}

@Resolver(() => AttendanceModel)
export class AttendanceResolver {
  constructor(
    private readonly views: PersonViewService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'A note, such as why apologies were sent. A note a member sent with their own apologies is for the secretariat: only staff and that member see it',
  })
  note(@Parent() line: AttendanceModel, @Context() { viewer }: GraphqlContext): string | null {
    if (!line.sentByMember || isStaff(viewer)) return line.note;
    return viewer.kind === 'ACCOUNT' && viewer.personId === line.personId ? line.note : null;
  }

  @ResolveField(() => PersonViewModel, {
    description: 'The person, as the one asking may see them (consent applied)',
  })
  async person(
    @Parent() line: AttendanceModel,
    @Context() context: GraphqlContext,
  ): Promise<PersonViewModel> {
    const date = await meetingDate(context, line.meetingId);
    return personView(this.views, context, line.personId, date, this.clock.today(), line.meetingId);
  }
}

@Resolver(() => ExpectedMemberModel)
export class ExpectedMemberResolver {
  @ResolveField(() => BodyModel, { nullable: true, description: 'The body they sit on' })
  body(@Parent() member: ExpectedMemberModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(BODY_BY_ID).load(member.bodyId);
  }

  @ResolveField(() => BodyModel, {
    nullable: true,
    description: 'For a cross-seat: the body the member comes from',
  })
  fromBody(@Parent() member: ExpectedMemberModel, @Loaders() loaders: RequestLoaders) {
    return member.fromBodyId ? loaders.get(BODY_BY_ID).load(member.fromBodyId) : null;
  }
}

/** The London day of a meeting, through the per-request loader. */
export async function meetingDate(
  { loaders }: Pick<GraphqlContext, 'loaders'>,
  meetingId: string,
): Promise<string> {
  const meeting = await loaders.get(MEETING_BY_ID).load(meetingId);
  if (!meeting) throw new DomainError('NOT_FOUND', 'There is no such meeting');
  return meeting.date;
}

/** An agenda item of the meeting, by id, through the meeting's agenda loader. */
export async function agendaItemOf(
  { loaders }: Pick<GraphqlContext, 'loaders'>,
  meetingId: string,
  agendaItemId: string | null,
): Promise<AgendaItemModel | null> {
  if (agendaItemId === null) return null;
  const items = await loaders.get(AGENDA_OF_MEETING).load(meetingId);
  return items.find((item) => item.id === agendaItemId) ?? null;
}

@Resolver(() => DeclarationModel)
export class DeclarationResolver {
  constructor(
    private readonly views: PersonViewService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => PersonViewModel, { description: 'Who declared the interest' })
  async person(
    @Parent() declaration: DeclarationModel,
    @Context() context: GraphqlContext,
  ): Promise<PersonViewModel> {
    const date = await meetingDate(context, declaration.meetingId);
    return personView(
      this.views,
      context,
      declaration.personId,
      date,
      this.clock.today(),
      declaration.meetingId,
    );
  }

  @ResolveField(() => AgendaItemModel, {
    nullable: true,
    description: 'The agenda item; null for the whole meeting',
  })
  agendaItem(@Parent() declaration: DeclarationModel, @Context() context: GraphqlContext) {
    return agendaItemOf(context, declaration.meetingId, declaration.agendaItemId);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemDeclarationsResolver {
  @ResolveField(() => [DeclarationModel], {
    nullable: true,
    description: 'Declarations of interest on this item (members and staff only)',
  })
  async declarations(
    @Parent() item: AgendaItemModel,
    @Context() context: GraphqlContext,
  ): Promise<DeclarationModel[]> {
    const meeting = await context.loaders.get(MEETING_BY_ID).load(item.meetingId);
    if (!meeting) return [];
    await assertMembersOrStaff(context, meeting, 'declarations of interest');
    const declarations = await context.loaders.get(DECLARATIONS_OF_MEETING).load(item.meetingId);
    return declarations.filter((declaration) => declaration.agendaItemId === item.id);
  }
}
