import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SecondFactorStepEnum } from './second-factor.models';

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

@ObjectType('Session', {
  description:
    'A new session: signed in, or (when secondFactor is set) waiting for a second factor',
})
export class SessionModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; shown only once' })
  token!: string;

  @Field({ description: 'When the session ends at the latest, whatever the activity' })
  expiresAt!: Date;

  @Field(() => SecondFactorStepEnum, {
    nullable: true,
    description:
      'The second factor this session still owes before it is signed in; null when it is signed in',
  })
  secondFactor!: SecondFactorStepEnum | null;

  @Field(() => MeModel, {
    nullable: true,
    description: 'The signed-in account; null while a second factor is owed',
  })
  me!: MeModel | null;
}
