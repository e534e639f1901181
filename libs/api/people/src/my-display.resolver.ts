import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, requireSignedIn, type GraphqlContext } from '@boards/api/graphql';
import { actorOf } from '@boards/api/audit';
import { MeModel } from '@boards/api/identity';
import { DomainError } from '@boards/domain';
import { PublicDisplayInput } from './person.input';
import { PersonModel } from './person.model';
import { PERSON_BY_ID, PeopleService, toPersonModel } from './people.service';

/** The signed-in person's own record, and their own choice of how the public sees them. */
@Resolver(() => MeModel)
export class MyDisplayResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, {
    description: 'Your own details, with your public display and its preview',
  })
  async person(@Parent() me: MeModel, @Context() context: GraphqlContext): Promise<PersonModel> {
    return this.own(me.personId, context);
  }

  @Access('SIGNED_IN')
  @Mutation(() => PersonModel, {
    description:
      'Changes how the public sees you, from today. Your earlier choices stay in your history',
  })
  async setMyPublicDisplay(
    @Args('input') input: PublicDisplayInput,
    @Context() context: GraphqlContext,
  ): Promise<PersonModel> {
    const viewer = requireSignedIn(context.viewer);
    if (input.effectiveOn !== undefined && input.effectiveOn !== null) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Your choice takes effect today; only the secretariat can record one for another day',
        { field: 'effectiveOn' },
      );
    }
    await this.people.recordConsent(
      viewer.personId,
      {
        event: {
          kind: 'GIVEN',
          choice: input.choice,
          showLivedExperience: input.showLivedExperience,
        },
      },
      actorOf(viewer),
    );
    return this.own(viewer.personId, context, true);
  }

  @Access('SIGNED_IN')
  @Mutation(() => PersonModel, {
    description:
      'Withdraws your consent to be shown: from today the public sees only “A member”, never your name',
  })
  async withdrawMyPublicDisplay(@Context() context: GraphqlContext): Promise<PersonModel> {
    const viewer = requireSignedIn(context.viewer);
    await this.people.recordConsent(
      viewer.personId,
      { event: { kind: 'WITHDRAWN' } },
      actorOf(viewer),
    );
    return this.own(viewer.personId, context, true);
  }

  private async own(
    personId: string,
    { loaders }: GraphqlContext,
    fresh = false,
  ): Promise<PersonModel> {
    const loader = loaders.get(PERSON_BY_ID);
    if (fresh) loader.clear(personId);
    const person = await loader.load(personId);
    if (!person) throw new DomainError('NOT_FOUND', 'Your details could not be found');
    return toPersonModel(person);
  }
}
