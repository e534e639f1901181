import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const WHATS_NEW_KINDS = [
  'MEETING_SCHEDULED',
  'MEETING_CHANGED',
  'MEETING_POSTPONED',
  'MEETING_CANCELLED',
  'PAPER_ADDED',
  'MINUTES_CIRCULATED',
  'MINUTES_PUBLISHED',
  'ACTION_ASSIGNED',
] as const;
export type WhatsNewKind = (typeof WHATS_NEW_KINDS)[number];

export const WhatsNewKindEnum = Object.fromEntries(WHATS_NEW_KINDS.map((k) => [k, k])) as {
  [K in WhatsNewKind]: K;
};
registerEnumType(WhatsNewKindEnum, {
  name: 'WhatsNewKind',
  description: 'What happened',
  valuesMap: {
    MEETING_SCHEDULED: { description: 'A meeting of one of your bodies was scheduled' },
    MEETING_CHANGED: { description: 'A meeting’s details (time, place, agenda) changed' },
    MEETING_POSTPONED: { description: 'A meeting was postponed' },
    MEETING_CANCELLED: { description: 'A meeting was cancelled' },
    PAPER_ADDED: { description: 'A paper you may open was added to a meeting' },
    MINUTES_CIRCULATED: { description: 'Minutes were circulated to members for comment' },
    MINUTES_PUBLISHED: { description: 'Minutes were published' },
    ACTION_ASSIGNED: { description: 'An action was given to you' },
  },
});

@ObjectType('WhatsNewItem', { description: 'One thing that changed since you last looked' })
export class WhatsNewItemModel {
  @Field(() => WhatsNewKindEnum)
  kind!: WhatsNewKind;

  @Field({ description: 'When it happened' })
  at!: Date;

  @Field({ description: 'What it is about: the meeting’s or paper’s title, or the action' })
  title!: string;

  @Field(() => ID, { description: 'The meeting it is about (every item is about one)' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The paper, for PAPER_ADDED' })
  paperId!: string | null;
}

@ObjectType('WhatsNew', {
  description:
    'What changed since you last marked everything as seen, on the bodies you sit on and as far as you may see it, newest first',
})
export class WhatsNewModel {
  @Field({
    description:
      'The start of the list: when you last marked everything as seen (or 30 days ago, the first time)',
  })
  since!: Date;

  @Field({ description: 'When the list was made: pass it to markWhatsNewSeen' })
  asOf!: Date;

  @Field({ description: 'True until you first mark everything as seen' })
  firstVisit!: boolean;

  @Field(() => [WhatsNewItemModel])
  items!: WhatsNewItemModel[];
}
