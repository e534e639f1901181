import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum InvitationStatusEnum {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description:
    'PENDING: the link works; ACCEPTED: a password was set with it; EXPIRED: not used in time; REVOKED: withdrawn, or replaced by a newer invitation',
});

export enum AccountTokenPurposeEnum {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(AccountTokenPurposeEnum, {
  name: 'AccountTokenPurpose',
  description: 'What an emailed link is for',
});

export enum AccountTokenStatusEnum {
  VALID = 'VALID',
  INVALID = 'INVALID',
}
registerEnumType(AccountTokenStatusEnum, {
  name: 'AccountTokenStatus',
  description:
    'VALID: the link can still be used; INVALID: it cannot (used, expired, withdrawn or unknown, which are not told apart)',
});

@ObjectType('Invitation', {
  description: 'An email inviting a person to set a password and sign in',
})
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The person invited' })
  personId!: string;

  @Field({ description: 'The person’s name now' })
  fullName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The person’s email address now (the invitation went to the address at the time)',
  })
  email!: string | null;

  @Field({ description: 'When the invitation was issued (the email leaves within moments)' })
  sentAt!: Date;

  @Field({ description: 'When the link stops working' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the person set their password with it' })
  acceptedAt!: Date | null;

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatusEnum;
}
