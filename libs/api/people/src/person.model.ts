import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PUBLIC_DISPLAY_CHOICES, type PublicDisplayChoice } from '@boards/shared/contracts';
import { LocalDateScalar } from '@boards/api/graphql';
import { AccountGrantEnum } from '@boards/api/identity';

export const PublicDisplayChoiceEnum = Object.fromEntries(
  PUBLIC_DISPLAY_CHOICES.map((choice) => [choice, choice]),
) as { [K in PublicDisplayChoice]: K };
registerEnumType(PublicDisplayChoiceEnum, {
  name: 'PublicDisplayChoice',
  description: 'How a person agrees to be shown to the public',
  valuesMap: {
    FULL_NAME: { description: 'Full name, organisation and bio' },
    FIRST_NAME_INITIAL: { description: 'First name and the initial of the surname' },
    ANONYMOUS: { description: '“A member”, or “A member with lived experience” if agreed' },
    HIDDEN: { description: 'Left out of public lists altogether' },
  },
});

export enum PersonVisibility {
  NAMED = 'NAMED',
  ANONYMOUS = 'ANONYMOUS',
  HIDDEN = 'HIDDEN',
}
registerEnumType(PersonVisibility, {
  name: 'PersonVisibility',
  description: 'How a person appears to the one asking',
});

export enum AccountStatus {
  NONE = 'NONE',
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description:
    'NONE: no sign-in; INVITED: invited, no password yet; ACTIVE: can sign in; DISABLED: switched off',
});

@ObjectType('PublicDisplay', { description: 'The consent to public display in force on a day' })
export class PublicDisplayModel {
  @Field(() => PublicDisplayChoiceEnum)
  choice!: PublicDisplayChoice;

  @Field({ description: 'Whether the public may see that the person has lived experience' })
  showLivedExperience!: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Since when; null when nothing was ever given (the protective default applies)',
  })
  since!: string | null;
}

@ObjectType('PublicDisplayEvent', {
  description: 'One entry in a person’s history of consent to public display',
})
export class PublicDisplayEventModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'GIVEN or WITHDRAWN' })
  kind!: 'GIVEN' | 'WITHDRAWN';

  @Field(() => LocalDateScalar, { description: 'The day it takes effect' })
  effectiveOn!: string;

  @Field(() => PublicDisplayChoiceEnum, { nullable: true, description: 'null when withdrawn' })
  choice!: PublicDisplayChoice | null;

  @Field(() => Boolean, { nullable: true, description: 'null when withdrawn' })
  showLivedExperience!: boolean | null;

  @Field({ description: 'When it was recorded' })
  recordedAt!: Date;

  @Field({ description: 'Whether the person recorded it themselves (not the secretariat)' })
  recordedBySelf!: boolean;
}

@ObjectType('PersonAccount', { description: 'A person’s sign-in, as the secretariat sees it' })
export class PersonAccountModel {
  @Field(() => ID, { description: 'The objectId of the account’s entries in the audit trail' })
  id!: string;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => [AccountGrantEnum], { description: 'SECRETARIAT and ADMIN grants' })
  grants!: AccountGrantEnum[];

  @Field({ description: 'Whether two-step verification (TOTP) is set up' })
  totpEnabled!: boolean;
}

/**
 * A person with every detail: only the secretariat, and the person themselves, ever get one.
 * Everyone else meets people only as a PersonView.
 */
@ObjectType('Person', { description: 'A person with private details (secretariat, or self)' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation or role' })
  affiliation!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field({ description: 'Special-category data: lived experience of care' })
  livedExperience!: boolean;

  @Field({ description: 'When their details last changed' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Changes on every edit; send it back with updatePerson' })
  version!: number;
}

/** What the one asking may see of a person, decided by the public-display rule. */
@ObjectType('PersonView', {
  description:
    'A person as the one asking may see them: consent and role applied. Never carries private details.',
})
export class PersonViewModel {
  @Field(() => ID, {
    nullable: true,
    description: 'Only when the person is named to the one asking; never for anonymous people',
  })
  id!: string | null;

  @Field(() => PersonVisibility)
  visibility!: PersonVisibility;

  @Field(() => String, {
    nullable: true,
    description: 'The name to show (or “A member…” when anonymous); null when hidden',
  })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  affiliation!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true when shown; null when not disclosed to the one asking. Never false to the public',
  })
  livedExperience!: boolean | null;
}
