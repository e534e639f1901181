import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Access, type GraphqlContext } from '@boards/api/graphql';
import { BodyModel } from './body.model';
import { BODY_BY_SLUG, BodiesService } from './bodies.service';
import { BodyArgs } from './body.args';

@Resolver(() => BodyModel)
export class BodiesResolver {
  constructor(private readonly bodies: BodiesService) {}

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
  body(@Args() { slug }: BodyArgs, @Context() context: GraphqlContext): Promise<BodyModel | null> {
    if (slug === undefined || slug === null) return Promise.resolve(null);
    return context.loaders.get(BODY_BY_SLUG).load(slug);
  }
}
