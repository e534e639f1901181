import { ArgsType, Field, InputType } from '@nestjs/graphql';
import type { BodyKind } from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';
import { BodyKindEnum } from './body.model';

@ArgsType()
export class BodyArgs {
  /** Any string is accepted: one that is not a body's slug simply finds nothing. */
  @Field(() => String, { nullable: true })
  slug?: string | null;
}

@InputType('BodyInput', { description: 'A body as the secretariat creates or edits it' })
export class BodyInput {
  @Field(() => String, {
    nullable: true,
    description: 'Its address, /bodies/{slug}: set when it is created, and never changed',
  })
  slug?: string | null;

  @Field()
  name!: string;

  @Field(() => BodyKindEnum)
  kind!: BodyKind;

  @Field({ description: 'What the body is for, in plain English' })
  purpose!: string;

  @Field(() => LocalDateScalar)
  establishedOn!: string;
}

@InputType('BodySupportInput', {
  description: 'Who to contact about a body, and its usual support text; blanks mean none',
})
export class BodySupportInput {
  @Field(() => String, { nullable: true, description: 'A person in the secretariat' })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Taken by a meeting scheduled without support of its own',
  })
  defaultSupport?: string | null;
}
