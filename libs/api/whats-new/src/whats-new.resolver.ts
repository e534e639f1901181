import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Access,
  Loaders,
  requireSignedIn,
  type GraphqlContext,
  type RequestLoaders,
} from '@boards/api/graphql';
import { MEETING_BY_ID, MeetingModel } from '@boards/api/meetings';
import { PAPER_BY_ID, PaperModel } from '@boards/api/papers';
import { WhatsNewItemModel, WhatsNewModel } from './whats-new.model';
import { WhatsNewService } from './whats-new.service';

@Resolver()
export class WhatsNewResolver {
  constructor(private readonly service: WhatsNewService) {}

  @Access('SIGNED_IN')
  @Query(() => WhatsNewModel, {
    description:
      'What changed since you last marked everything as seen: meetings of the bodies you sit on scheduled, changed, postponed or cancelled, papers added that you may open, minutes circulated or published, and actions given to you, newest first',
  })
  whatsNew(@Context() context: GraphqlContext): Promise<WhatsNewModel> {
    return this.service.whatsNew(context, requireSignedIn(context.viewer));
  }

  @Access('SIGNED_IN')
  @Mutation(() => WhatsNewModel, {
    description:
      'Marks everything up to upTo (the asOf of the list you saw; now if left out) as seen, and answers with what is still new',
  })
  async markWhatsNewSeen(
    @Args('upTo', { type: () => Date, nullable: true }) upTo: Date | null,
    @Context() context: GraphqlContext,
  ): Promise<WhatsNewModel> {
    const who = requireSignedIn(context.viewer);
    await this.service.markSeen(who, upTo ?? null);
    return this.service.whatsNew(context, who);
  }
}

@Resolver(() => WhatsNewItemModel)
export class WhatsNewItemResolver {
  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting it is about' })
  meeting(@Parent() item: WhatsNewItemModel, @Loaders() loaders: RequestLoaders) {
    return loaders.get(MEETING_BY_ID).load(item.meetingId);
  }

  @ResolveField(() => PaperModel, { nullable: true, description: 'The paper, for PAPER_ADDED' })
  paper(@Parent() item: WhatsNewItemModel, @Loaders() loaders: RequestLoaders) {
    return item.paperId ? loaders.get(PAPER_BY_ID).load(item.paperId) : null;
  }
}
