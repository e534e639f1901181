import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { PaperVisibility } from '@boards/shared/contracts';
import { PaperVisibilityEnum } from './paper.model';

@InputType('PaperInput', {
  description:
    'A paper as the secretariat edits it. The agenda item, the original of an easy read version and the paper replaced must be of the same meeting',
})
export class PaperInput {
  @Field(() => ID, { nullable: true, description: 'The agenda item it is for, if any' })
  agendaItemId?: string | null;

  @Field()
  title!: string;

  @Field(() => PaperVisibilityEnum)
  visibility!: PaperVisibility;

  @Field(() => [ID], {
    nullable: true,
    description: 'The people who may open a NAMED paper (at least one); ignored otherwise',
  })
  namedPersonIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the paper discusses, shown before it is opened',
  })
  contentNote?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The paper this is an easy read version of: it must be open to everyone who may open that one',
  })
  easyReadOf?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The paper this replaces: that one stays, shown as superseded',
  })
  supersedes?: string | null;
}

@InputType('NewPaperInput', { description: 'A new paper for a meeting; its file is uploaded next' })
export class NewPaperInput extends PaperInput {
  @Field(() => ID)
  meetingId!: string;
}

@ArgsType()
export class PaperRefArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description:
      'The version you loaded: if someone else changed the paper since, CONFLICT and nothing changes',
  })
  expectedVersion!: number;
}

@InputType('PaperWithdrawalInput', { description: 'Why a paper is withdrawn' })
export class PaperWithdrawalInput {
  @Field({ description: 'Shown with the paper to everyone who can see it' })
  reason!: string;
}
