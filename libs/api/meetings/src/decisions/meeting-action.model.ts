import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType, LocalDateScalar } from '@boards/api/graphql';
import { ACTION_STATUSES, type ActionStatus } from '@boards/shared/contracts';

export const ActionStatusEnum = Object.fromEntries(ACTION_STATUSES.map((s) => [s, s])) as {
  [K in ActionStatus]: K;
};
registerEnumType(ActionStatusEnum, {
  name: 'ActionStatus',
  description: 'Where an action agreed at a meeting stands',
  valuesMap: {
    OPEN: { description: 'Not started; carried forward to later meetings' },
    IN_PROGRESS: { description: 'Under way; carried forward to later meetings' },
    DONE: { description: 'Done' },
    DROPPED: { description: 'No longer needed (the secretariat’s call)' },
  },
});

@ObjectType('Decision', {
  description:
    'A decision recorded in a meeting’s minutes. The public sees those of published minutes on public items (or the meeting as a whole)',
})
export class DecisionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;

  /** Resolved by the resolver. */
  meetingId!: string;
  agendaItemId!: string | null;
}

@ObjectType('MeetingAction', {
  description:
    'An action agreed at a meeting, carried forward to later meetings until done or dropped (members of the body and staff)',
})
export class MeetingActionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn!: string | null;

  @Field(() => ActionStatusEnum)
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'A note on progress, with the last change' })
  statusNote!: string | null;

  @Field(() => Int, {
    description: 'Send it back with a change of status: CONFLICT if it changed since',
  })
  version!: number;

  @Field()
  updatedAt!: Date;

  /** Resolved by the resolver. */
  meetingId!: string;
  agendaItemId!: string | null;
  ownerId!: string | null;
  createdAt!: Date;
  /** The meeting whose page lists it (its own, or a later one it is carried forward to). */
  listedAtMeetingId?: string | null;
}

export const DecisionConnection = connectionType(DecisionModel, 'Decision');
export const MeetingActionConnection = connectionType(MeetingActionModel, 'MeetingAction');
