import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { QuorumKind } from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';
import { QuorumKindEnum } from './terms-of-reference.model';

@InputType('QuorumInput', {
  description:
    'A quorum: kind COUNT with count, or kind FRACTION with numerator and denominator (the others are ignored)',
})
export class QuorumInput {
  @Field(() => QuorumKindEnum)
  kind!: QuorumKind;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => Int, { nullable: true })
  numerator?: number | null;

  @Field(() => Int, { nullable: true })
  denominator?: number | null;
}

@InputType('TermsOfReferenceDraftInput', {
  description:
    'A draft of terms of reference as the secretariat saves it: anything may still be blank; publishing asks for every part',
})
export class TermsOfReferenceDraftInput {
  @Field({ description: 'The text, in Markdown' })
  content!: string;

  @Field(() => QuorumInput, { nullable: true })
  quorum?: QuorumInput | null;

  @Field()
  meetingFrequency!: string;

  @Field({ description: 'Who sits on the body, including seats held by members of another body' })
  composition!: string;
}

@ArgsType()
export class TermsOfReferenceOnArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day asked about; today (Europe/London) if left out',
  })
  on?: string | null;
}

@ArgsType()
export class TermsOfReferenceComparisonArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'The number of the earlier version; with `to`, or neither',
  })
  from?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The number of the later version; with `from`, or neither',
  })
  to?: number | null;
}

@ArgsType()
export class DraftRefArgs {
  @Field(() => ID, { description: 'The draft' })
  id!: string;

  @Field(() => Int, {
    description:
      'The version of the draft you loaded: if someone saved it since, CONFLICT and nothing changes',
  })
  expectedVersion!: number;
}
