import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, SignedIn, type SignedInViewer } from '@boards/api/graphql';
import { EmailDeliveriesService } from './email-deliveries.service';
import {
  EmailDeliveriesArgs,
  EmailDeliveryConnection,
  EmailDeliveryModel,
} from './email-delivery.model';

@Resolver(() => EmailDeliveryModel)
export class EmailDeliveriesResolver {
  constructor(private readonly deliveries: EmailDeliveriesService) {}

  @Access('STAFF')
  @Query(() => EmailDeliveryConnection, {
    description:
      'Emails the portal sent or will send, newest first, and how their delivery went (secretariat and admins)',
  })
  emailDeliveries(@Args() args: EmailDeliveriesArgs) {
    return this.deliveries.list(args);
  }

  @Access('STAFF')
  @Mutation(() => EmailDeliveryModel, {
    description:
      'Sends an email again: a failed one goes back in the queue; a sent one is copied into the queue, linked to the original. Returns the email now queued. INVALID_TRANSITION while it is still queued',
  })
  resendEmail(
    @Args('id', { type: () => ID }) id: string,
    @SignedIn() who: SignedInViewer,
  ): Promise<EmailDeliveryModel> {
    return this.deliveries.resend(who, id);
  }
}
