import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('MinutesEntryInput', { description: 'The notes of one agenda item' })
export class MinutesEntryInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field({ description: 'In Markdown' })
  notes!: string;
}

@InputType('MinutesInput', {
  description: 'The draft minutes as a whole: items left out have no notes',
})
export class MinutesInput {
  @Field({ description: 'The opening part, in Markdown' })
  content!: string;

  @Field(() => [MinutesEntryInput])
  entries!: MinutesEntryInput[];
}

@InputType('MinutesCommentInput', { description: 'A comment on circulated minutes' })
export class MinutesCommentInput {
  @Field(() => ID, { nullable: true, description: 'The agenda item; none for the whole' })
  agendaItemId?: string | null;

  @Field()
  text!: string;
}

@ArgsType()
export class MinutesRefArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, {
    description:
      'The version of the minutes you loaded (0 when there are none yet): if they changed since, CONFLICT and nothing changes',
  })
  expectedVersion!: number;
}
