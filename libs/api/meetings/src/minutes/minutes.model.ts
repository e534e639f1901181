import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MINUTES_ACTIONS, type MinutesAction } from '@boards/domain';
import { MINUTES_STATUSES, type MinutesStatus } from '@boards/shared/contracts';

export const MinutesStatusEnum = Object.fromEntries(MINUTES_STATUSES.map((s) => [s, s])) as {
  [K in MinutesStatus]: K;
};
registerEnumType(MinutesStatusEnum, {
  name: 'MinutesStatus',
  description: 'Where a meeting’s minutes are in their workflow',
  valuesMap: {
    DRAFT: { description: 'Being written by the secretariat; only staff see it' },
    CIRCULATED: { description: 'Sent to the members of the body for comment' },
    APPROVED: { description: 'Approved at a later meeting: the record, never changed again' },
    PUBLISHED: { description: 'Approved and published: the public sees the public version' },
  },
});

export const MinutesActionEnum = Object.fromEntries(MINUTES_ACTIONS.map((a) => [a, a])) as {
  [K in MinutesAction]: K;
};
registerEnumType(MinutesActionEnum, {
  name: 'MinutesAction',
  description: 'A step of the minutes workflow',
});

@ObjectType('Minutes', {
  description:
    'A meeting’s minutes. The public sees published minutes only, and only their public version (private items left out); members of the body see them in full once circulated; staff see every stage',
})
export class MinutesModel {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MinutesStatusEnum)
  status!: MinutesStatus;

  @Field({ description: 'The opening part (attendance, apologies, matters arising), in Markdown' })
  content!: string;

  @Field(() => Date, { nullable: true })
  circulatedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, {
    description:
      'Goes up with every change: send it back as expectedVersion, and a change over a newer one is refused with CONFLICT',
  })
  version!: number;

  @Field({
    description:
      'True when this is the public version: the notes and decisions of private items are left out',
  })
  isPublicVersion!: boolean;

  /** Resolved by the resolver. */
  approvedAtMeetingId!: string | null;
}

@ObjectType('MinutesEntry', { description: 'The minutes of one agenda item' })
export class MinutesEntryModel {
  @Field({ description: 'In Markdown' })
  notes!: string;

  /** Resolved to the AgendaItem by the resolver. */
  agendaItemId!: string;
  meetingId!: string;
}

@ObjectType('MinutesComment', {
  description: 'A member’s comment on circulated minutes, for the secretariat to act on',
})
export class MinutesCommentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;

  /** Resolved by the resolver. */
  meetingId!: string;
  personId!: string;
  agendaItemId!: string | null;
}
