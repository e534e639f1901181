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
  isStaff,
  Loaders,
  LocalDateScalar,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { bodyExistsOn, bodyExistsOnOrAfter, DomainError } from '@boards/domain';
import { AuditActor, type Actor } from '@boards/api/audit';
import { BodyModel } from './body.model';
import { BODY_BY_SLUG, BodiesService } from './bodies.service';
import { BodyArgs, BodyInput, BodySupportInput } from './body.args';

@Resolver(() => BodyModel)
export class BodiesResolver {
  constructor(
    private readonly bodies: BodiesService,
    private readonly clock: Clock,
  ) {}

  @Access('PUBLIC')
  @Query(() => [BodyModel], {
    name: 'bodies',
    description: 'Every body, boards first, then by name',
  })
  bodiesList(): Promise<BodyModel[]> {
    return this.bodies.list();
  }

  @Access('PUBLIC')
  @Query(() => BodyModel, {
    name: 'body',
    nullable: true,
    description: 'One body by its slug; null when there is none',
  })
  body(@Args() { slug }: BodyArgs, @Loaders() loaders: RequestLoaders): Promise<BodyModel | null> {
    if (slug === undefined || slug === null) return Promise.resolve(null);
    return loaders.get(BODY_BY_SLUG).load(slug);
  }

  @Access('STAFF')
  @Mutation(() => BodyModel, { description: 'Adds a board or group (secretariat only)' })
  createBody(@Args('input') input: BodyInput, @AuditActor() actor: Actor): Promise<BodyModel> {
    return this.bodies.create(input, actor);
  }

  @Access('STAFF')
  @Mutation(() => BodyModel, {
    description:
      'Changes a body’s name, kind, purpose or establishment date; its slug stays (secretariat only). Pass the version you loaded: if someone else saved since, CONFLICT and nothing changes',
  })
  updateBody(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: BodyInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @AuditActor() actor: Actor,
  ): Promise<BodyModel> {
    return this.bodies.update(id, input, expectedVersion, actor);
  }

  @Access('STAFF')
  @Mutation(() => BodyModel, {
    description:
      'Sets who to contact about a body (a named person with an email address, a phone number or both) and its usual support text, which a meeting scheduled without support of its own takes (secretariat only)',
  })
  updateBodySupport(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: BodySupportInput,
    @AuditActor() actor: Actor,
  ): Promise<BodyModel> {
    return this.bodies.updateSupport(id, input, actor);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the body exists on the day (today, Europe/London, if left out): established by then and not yet dissolved (the day of dissolution is the first it no longer exists)',
  })
  existsOn(
    @Parent() body: BodyModel,
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on: string | null,
  ): boolean {
    return bodyExistsOn(body, on ?? this.clock.today());
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the body exists on the day (today, Europe/London, if left out) or on a later one: not dissolved by then. A meeting can be scheduled only on a day it exists, so the forms offer these bodies',
  })
  stillExists(
    @Parent() body: BodyModel,
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on: string | null,
  ): boolean {
    return bodyExistsOnOrAfter(body, on ?? this.clock.today());
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The support text a meeting scheduled without its own takes (secretariat only: members see it on their meetings)',
  })
  defaultSupport(@Parent() body: BodyModel, @Context() { viewer }: GraphqlContext): string {
    if (!isStaff(viewer)) {
      throw new DomainError(
        'FORBIDDEN',
        'Only the secretariat can see a body’s usual support text',
      );
    }
    return body.defaultSupport;
  }
}
