import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, PageArgs } from '@boards/api/graphql';
import type { ActionStatus } from '@boards/shared/contracts';
import { ActionStatusEnum } from './meeting-action.model';

@InputType('DecisionInput', { description: 'A decision to record in the minutes' })
export class DecisionInput {
  @Field(() => ID, { nullable: true, description: 'The agenda item; none for the whole meeting' })
  agendaItemId?: string | null;

  @Field()
  text!: string;
}

@InputType('MeetingActionInput', { description: 'An action agreed at a meeting' })
export class MeetingActionInput {
  @Field(() => ID, { nullable: true, description: 'The agenda item; none for the whole meeting' })
  agendaItemId?: string | null;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The person who is to do it' })
  ownerId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn?: string | null;
}

@ArgsType()
export class DecisionRegisterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this body’s meetings' })
  bodySlug?: string | null;
}

@ArgsType()
export class ActionRegisterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this body’s meetings' })
  bodySlug?: string | null;

  @Field(() => ActionStatusEnum, { nullable: true, description: 'Only actions in this status' })
  status?: ActionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the actions that are yours' })
  mine?: boolean | null;
}

@ArgsType()
export class ActionStatusArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded: CONFLICT if it changed since' })
  expectedVersion!: number;

  @Field(() => ActionStatusEnum)
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'A note on progress' })
  note?: string | null;
}
