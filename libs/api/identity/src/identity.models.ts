import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AccountGrantEnum {
  SECRETARIAT = 'SECRETARIAT',
  ADMIN = 'ADMIN',
}
registerEnumType(AccountGrantEnum, {
  name: 'AccountGrant',
  description: 'Rights beyond those that memberships give',
});

@ObjectType('Me', { description: 'The signed-in account, as its owner sees it' })
export class MeModel {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  personId!: string;

  @Field()
  fullName!: string;

  @Field(() => [AccountGrantEnum])
  grants!: AccountGrantEnum[];
}

@ObjectType('Session', { description: 'A new signed-in session' })
export class SessionModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; shown only once' })
  token!: string;

  @Field({ description: 'When the session ends at the latest, whatever the activity' })
  expiresAt!: Date;

  @Field(() => MeModel)
  me!: MeModel;
}
