import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionType, PageArgs } from '@boards/api/graphql';

@ObjectType('AuditChange', { description: 'One field changed by an audited action' })
export class AuditChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON; null if none' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null if none' })
  after!: string | null;
}

@ObjectType('AuditName', {
  description: 'What an id in an audit entry names today: a person, body, meeting, paper and so on',
})
export class AuditNameModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('AuditEvent', { description: 'One entry in the append-only audit trail' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'null for the system itself' })
  actorAccountId!: string | null;

  @Field({ description: 'Who did it, as named at the time' })
  actorLabel!: string;

  @Field({ description: 'What was done, such as person.update or session.start' })
  action!: string;

  @Field()
  objectType!: string;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field(() => [AuditChangeModel], { description: 'The fields it changed, before and after' })
  changes!: AuditChangeModel[];
}

export const AuditEventConnection = connectionType(AuditEventModel, 'AuditEvent');

@InputType('AuditEventFilter', { description: 'Narrows the audit trail; every part is optional' })
export class AuditEventFilter {
  @Field(() => String, {
    nullable: true,
    description: 'An action, or a family of actions ending in a dot (person.)',
  })
  action?: string | null;

  @Field(() => String, { nullable: true })
  objectType?: string | null;

  @Field(() => String, { nullable: true })
  objectId?: string | null;

  @Field(() => ID, { nullable: true })
  actorAccountId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive)' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this moment (exclusive)' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;
}
