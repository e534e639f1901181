import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType, PageArgs } from '@boards/api/graphql';
import type { EmailDeliveryStatus } from '@boards/shared/contracts';

export enum EmailDeliveryStatusEnum {
  QUEUED = 'QUEUED',
  RETRYING = 'RETRYING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(EmailDeliveryStatusEnum, {
  name: 'EmailDeliveryStatus',
  description:
    'QUEUED: waiting for its first attempt; RETRYING: an attempt failed and it will be tried again; SENT: the mail server accepted it; FAILED: given up after its last attempt (sent only if resent)',
});

@ObjectType('EmailDelivery', {
  description:
    'An email the portal sent or will send, as the secretariat follows its delivery. Never its body: emails carry links that sign people in',
})
export class EmailDeliveryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What it is about, such as account.invitation or account.password-reset' })
  kind!: string;

  @Field({ description: 'The address it is sent to' })
  to!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The person it is for, if the portal knows them',
  })
  personId!: string | null;

  @Field(() => String, { nullable: true, description: 'That person’s full name today' })
  personName!: string | null;

  @Field()
  subject!: string;

  @Field(() => EmailDeliveryStatusEnum)
  status!: EmailDeliveryStatus;

  @Field({ description: 'When it was queued' })
  createdAt!: Date;

  @Field({ description: 'Not sent before this time: the next attempt, while it is queued' })
  sendAfter!: Date;

  @Field(() => Int, { description: 'How many times sending it was tried' })
  attempts!: number;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the latest attempt failed, as the mail server or the network said',
  })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it' })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was given up' })
  gaveUpAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a copy of a sent email queued again by the secretariat, the original',
  })
  resentFromId!: string | null;
}

export const EmailDeliveryConnection = connectionType(EmailDeliveryModel, 'EmailDelivery');

@ArgsType()
export class EmailDeliveriesArgs extends PageArgs {
  @Field(() => EmailDeliveryStatusEnum, {
    nullable: true,
    description: 'Only emails with this status',
  })
  status?: EmailDeliveryStatusEnum | null;

  @Field(() => ID, { nullable: true, description: 'Only emails for this person' })
  personId?: string | null;
}
