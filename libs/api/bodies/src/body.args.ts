import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class BodyArgs {
  /** Any string is accepted: one that is not a body's slug simply finds nothing. */
  @Field(() => String, { nullable: true })
  slug?: string | null;
}
