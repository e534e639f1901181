import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PRESENTER_KINDS, type PresenterKind } from '@boards/shared/contracts';
import { PersonViewModel } from '@boards/api/people';

export const PresenterKindEnum = Object.fromEntries(PRESENTER_KINDS.map((k) => [k, k])) as {
  [K in PresenterKind]: K;
};
registerEnumType(PresenterKindEnum, {
  name: 'PresenterKind',
  description:
    'Who leads an agenda item: a PERSON on the portal (shown as they chose), the SECRETARIAT, or a GUEST from outside',
});

@ObjectType('AgendaPresenter', {
  description:
    'Who leads an agenda item, as the one asking may see them: a person through the public-display rule (a person hidden to them is no presenter at all)',
})
export class AgendaPresenterModel {
  @Field(() => PresenterKindEnum)
  kind!: PresenterKind;

  @Field({
    description:
      'The name to show: the person as they chose to be shown (or “A member”), “The secretariat”, or the guest’s name',
  })
  name!: string;

  @Field(() => PersonViewModel, {
    nullable: true,
    description: 'The person, through the public-display rule (PERSON only)',
  })
  person!: PersonViewModel | null;
}

@ObjectType('AgendaItem', {
  description: 'An item on a meeting’s agenda. Private items are shown only to members and staff',
})
export class AgendaItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: '1 for the first item' })
  position!: number;

  @Field()
  title!: string;

  @Field()
  description!: string;

  /** Resolved through the public-display rule (see AgendaItemResolver.presenter). */
  presenterKind!: PresenterKind | null;
  presenterPersonId!: string | null;
  presenterName!: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field({ description: 'False for a private item (members and staff only)' })
  isPublic!: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the item is planned to start, from the meeting’s start and the items before it',
  })
  plannedStart!: Date | null;
}
