import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { PresenterKind } from '@boards/shared/contracts';
import { PresenterKindEnum } from './agenda-item.model';

@InputType('AgendaItemInput', { description: 'An agenda item as the secretariat adds or edits it' })
export class AgendaItemInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => PresenterKindEnum, {
    nullable: true,
    description: 'Who leads the item; leave out for nobody named',
  })
  presenterKind?: PresenterKind | null;

  @Field(() => ID, { nullable: true, description: 'The person leading it (PERSON)' })
  presenterPersonId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The guest’s name (GUEST). A name that names someone on the portal is refused unless presenterNameConfirmed says the guest is someone else',
  })
  presenterName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the guest’s name is like that of someone on the portal, but the guest is someone else',
  })
  presenterNameConfirmed?: boolean | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field({ description: 'False for a private item: members and staff only' })
  isPublic!: boolean;
}
