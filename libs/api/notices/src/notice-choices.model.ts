import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTICE_TOPICS, type NoticeTopic } from '@boards/shared/contracts';

export const NoticeTopicEnum = Object.fromEntries(NOTICE_TOPICS.map((topic) => [topic, topic])) as {
  [K in NoticeTopic]: K;
};
registerEnumType(NoticeTopicEnum, {
  name: 'NoticeTopic',
  description: 'What a member may be told by email; each can be turned off on its own',
});

@ObjectType('EmailChoices', { description: 'Which emails you get about your meetings' })
export class EmailChoicesModel {
  @Field(() => [NoticeTopicEnum], { description: 'The topics you get emails about' })
  topics!: NoticeTopic[];

  @Field(() => Int, { description: 'How many days before a meeting you are reminded of it' })
  reminderDays!: number;
}

@InputType('EmailChoicesInput')
export class EmailChoicesInput {
  @Field(() => [NoticeTopicEnum], { description: 'The topics you want emails about' })
  topics!: NoticeTopic[];

  @Field(() => Int, { description: 'How many days before a meeting to be reminded: 1, 2, 3 or 7' })
  reminderDays!: number;
}
