import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Access,
  Clock,
  connectionType,
  isStaff,
  LocalDateScalar,
  requireSignedIn,
  SignedIn,
  type GraphqlContext,
  type RequestViewer,
  type SignedInViewer,
} from '@boards/api/graphql';
import { actorOf, AuditActor, type Actor } from '@boards/api/audit';
import type { AccountEntity } from '@boards/api/database';
import { AccountGrantEnum } from '@boards/api/identity';
import { consentOn, DomainError, publicView } from '@boards/domain';
import { PeopleArgs, PersonIdArgs, PersonInput, PublicDisplayInput } from './person.input';
import {
  AccountStatus,
  PersonAccountModel,
  PersonModel,
  PersonViewModel,
  PublicDisplayEventModel,
  PublicDisplayModel,
} from './person.model';
import {
  ACCOUNT_BY_PERSON,
  CONSENT_HISTORY,
  PERSON_BY_ID,
  PeopleService,
  toConsentEvents,
  toPersonModel,
} from './people.service';
import { toPersonViewModel } from './person-view.service';

export const PersonConnection = connectionType(PersonModel, 'Person');

function toAccountModel(account: AccountEntity): PersonAccountModel {
  return {
    id: account.id,
    status: account.disabledAt
      ? AccountStatus.DISABLED
      : account.passwordHash
        ? AccountStatus.ACTIVE
        : AccountStatus.INVITED,
    grants: account.grants.map((grant) => AccountGrantEnum[grant]),
    totpEnabled: account.totpEnabledAt !== null,
  };
}

/** Private details of a person: the secretariat, or the person themselves. */
export function assertMaySeePrivate(viewer: RequestViewer, personId: string): void {
  const signedIn = requireSignedIn(viewer);
  if (!isStaff(signedIn) && signedIn.personId !== personId) {
    throw new DomainError('FORBIDDEN', 'You do not have permission to see this person’s details');
  }
}

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly clock: Clock,
  ) {}

  @Access('STAFF')
  @Query(() => PersonConnection, {
    description: 'Everyone known to the portal, by name (secretariat only)',
  })
  people(@Args() args: PeopleArgs) {
    return this.service.list(args);
  }

  @Access('SIGNED_IN')
  @Query(() => PersonModel, {
    nullable: true,
    description: 'A person with private details: the secretariat, or the person themselves',
  })
  async person(
    @Args() { id }: PersonIdArgs,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PersonModel | null> {
    assertMaySeePrivate(viewer, id);
    const person = await loaders.get(PERSON_BY_ID).load(id);
    return person ? toPersonModel(person) : null;
  }

  @Access('STAFF')
  @Mutation(() => PersonModel, { description: 'Adds a person (secretariat only)' })
  createPerson(
    @Args('input') input: PersonInput,
    @AuditActor() actor: Actor,
  ): Promise<PersonModel> {
    return this.service.create(input, actor);
  }

  @Access('STAFF')
  @Mutation(() => PersonModel, {
    description:
      'Changes a person’s details (secretariat only). Pass the version you loaded: if someone else saved since, CONFLICT and nothing changes',
  })
  updatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PersonInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<PersonModel> {
    return this.service.update(id, input, expectedVersion, actor);
  }

  @Access('STAFF')
  @Mutation(() => PersonModel, {
    description:
      'Records consent to public display given by a person, for example on a paper form (secretariat only)',
  })
  async recordPublicDisplay(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('input') input: PublicDisplayInput,
    @Context() context: GraphqlContext,
  ): Promise<PersonModel> {
    await this.service.recordConsent(
      personId,
      {
        event: {
          kind: 'GIVEN',
          choice: input.choice,
          showLivedExperience: input.showLivedExperience,
        },
        effectiveOn: input.effectiveOn,
      },
      actorOf(requireSignedIn(context.viewer)),
    );
    return this.reload(personId, context);
  }

  @Access('STAFF')
  @Mutation(() => PersonModel, {
    description:
      'Records that a person withdrew consent: the protective default applies from that day (secretariat only)',
  })
  async withdrawPublicDisplay(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('effectiveOn', { type: () => LocalDateScalar, nullable: true })
    effectiveOn: string | null,
    @Context() context: GraphqlContext,
  ): Promise<PersonModel> {
    await this.service.recordConsent(
      personId,
      { event: { kind: 'WITHDRAWN' }, effectiveOn },
      actorOf(requireSignedIn(context.viewer)),
    );
    return this.reload(personId, context);
  }

  @Access('ADMIN')
  @Mutation(() => PersonAccountModel, {
    description:
      'Sets the SECRETARIAT and ADMIN grants of a person’s account (admins only); takes effect on their next request',
  })
  async setAccountGrants(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('grants', { type: () => [AccountGrantEnum] }) grants: AccountGrantEnum[],
    @SignedIn() signedIn: SignedInViewer,
  ): Promise<PersonAccountModel> {
    const account = await this.service.setGrants(personId, grants, {
      ...actorOf(signedIn),
      personId: signedIn.personId,
    });
    return toAccountModel(account);
  }

  @ResolveField(() => PublicDisplayModel, {
    description: 'The consent to public display in force today',
  })
  async publicDisplay(
    @Parent() person: PersonModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PublicDisplayModel> {
    assertMaySeePrivate(viewer, person.id);
    const history = await loaders.get(CONSENT_HISTORY).load(person.id);
    return consentOn(toConsentEvents(history), this.clock.today());
  }

  @ResolveField(() => [PublicDisplayEventModel], {
    description: 'Every consent given or withdrawn, oldest first',
  })
  async publicDisplayHistory(
    @Parent() person: PersonModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PublicDisplayEventModel[]> {
    assertMaySeePrivate(viewer, person.id);
    const [history, account] = await Promise.all([
      loaders.get(CONSENT_HISTORY).load(person.id),
      loaders.get(ACCOUNT_BY_PERSON).load(person.id),
    ]);
    return history.map((row) => ({
      id: row.id,
      kind: row.kind,
      effectiveOn: row.effectiveOn,
      choice: row.choice,
      showLivedExperience: row.showLivedExperience,
      recordedAt: row.recordedAt,
      recordedBySelf: account !== null && row.recordedBy === account.id,
    }));
  }

  @ResolveField(() => PersonViewModel, {
    description: 'Exactly what the public sees of this person today',
  })
  async publicView(
    @Parent() person: PersonModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PersonViewModel> {
    assertMaySeePrivate(viewer, person.id);
    const history = await loaders.get(CONSENT_HISTORY).load(person.id);
    const consent = consentOn(toConsentEvents(history), this.clock.today());
    return toPersonViewModel(person.id, publicView(person, { kind: 'PUBLIC' }, consent));
  }

  @ResolveField(() => PersonAccountModel, {
    nullable: true,
    description: 'The person’s sign-in; null when they have none (secretariat only)',
  })
  async account(
    @Parent() person: PersonModel,
    @Context() { viewer, loaders }: GraphqlContext,
  ): Promise<PersonAccountModel | null> {
    if (!isStaff(viewer)) {
      throw new DomainError('FORBIDDEN', 'Only the secretariat can see account details');
    }
    const account = await loaders.get(ACCOUNT_BY_PERSON).load(person.id);
    return account ? toAccountModel(account) : null;
  }

  private async reload(personId: string, { loaders }: GraphqlContext): Promise<PersonModel> {
    const loader = loaders.get(PERSON_BY_ID);
    loader.clear(personId);
    const person = await loader.load(personId);
    if (!person) throw new DomainError('NOT_FOUND', 'There is no such person');
    return toPersonModel(person);
  }
}
