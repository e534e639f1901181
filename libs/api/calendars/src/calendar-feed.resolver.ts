import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, requireSignedIn, type GraphqlContext } from '@boards/api/graphql';
import { MeModel } from '@boards/api/identity';
import { CalendarFeedTokensService } from './calendar-feed-tokens.service';

/** A member's own calendar feed: whether its address works, making a new one, turning it off. */
@Resolver(() => MeModel)
export class CalendarFeedResolver {
  constructor(private readonly tokens: CalendarFeedTokensService) {}

  @ResolveField('hasCalendarFeed', () => Boolean, {
    description: 'Whether you have a calendar feed address that works',
  })
  async hasCalendarFeed(@Parent() me: MeModel): Promise<boolean> {
    const [open] = await this.tokens.haveOpen([me.accountId]);
    return open ?? false;
  }

  @Access('SIGNED_IN')
  @Mutation(() => String, {
    description:
      'Makes the secret for your calendar feed, whose address is /feeds/members/{token}.ics on the API (and the web app); any earlier address stops working. Shown only once: it is not kept',
  })
  createCalendarFeedToken(@Context() { viewer }: GraphqlContext): Promise<string> {
    return this.tokens.create(requireSignedIn(viewer));
  }

  @Access('SIGNED_IN')
  @Mutation(() => Boolean, {
    description: 'Turns off your calendar feed: its address stops working. False when you had none',
  })
  revokeCalendarFeedToken(@Context() { viewer }: GraphqlContext): Promise<boolean> {
    return this.tokens.revoke(requireSignedIn(viewer));
  }
}
