import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BODY_KINDS, type BodyKind } from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';

export const BodyKindEnum = Object.fromEntries(BODY_KINDS.map((kind) => [kind, kind])) as {
  [K in BodyKind]: K;
};
registerEnumType(BodyKindEnum, {
  name: 'BodyKind',
  description: 'Whether a body is a board or a group',
});

@ObjectType('BodyContact', {
  description: 'Who to contact about a body: a person in the secretariat',
})
export class BodyContactModel {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'As the secretariat wrote it' })
  phone!: string | null;
}

@ObjectType('Body', { description: 'A board or group of the review' })
export class BodyModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Used in addresses: /bodies/{slug}' })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => BodyKindEnum)
  kind!: BodyKind;

  @Field({ description: 'What the body is for, in plain English' })
  purpose!: string;

  @Field(() => LocalDateScalar)
  establishedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dissolvedOn!: string | null;

  @Field(() => BodyContactModel, {
    nullable: true,
    description: 'Who to contact about the body (null until the secretariat names someone)',
  })
  supportContact!: BodyContactModel | null;

  /** Resolved for the secretariat only (the resolver refuses everyone else). */
  defaultSupport!: string;

  @Field({ description: 'When its details last changed' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Changes on every edit; send it back with updateBody' })
  version!: number;
}
