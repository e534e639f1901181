import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import type { PublicDisplayChoice } from '@boards/shared/contracts';
import { LocalDateScalar, PageArgs } from '@boards/api/graphql';
import { PublicDisplayChoiceEnum } from './person.model';

@InputType('PersonInput', { description: 'A person’s details, as the secretariat enters them' })
export class PersonInput {
  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation or role' })
  affiliation?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field()
  livedExperience!: boolean;
}

@InputType('PublicDisplayInput', { description: 'Consent to public display, given from a day' })
export class PublicDisplayInput {
  @Field(() => PublicDisplayChoiceEnum)
  choice!: PublicDisplayChoice;

  @Field({ description: 'Whether the public may see that the person has lived experience' })
  showLivedExperience!: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'From which day; today (Europe/London) if left out. Only the secretariat may set it',
  })
  effectiveOn?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Matches any part of the name or email address, ignoring case',
  })
  search?: string | null;
}

@ArgsType()
export class PersonIdArgs {
  @Field(() => ID)
  id!: string;
}
