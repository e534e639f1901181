import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { actorOf } from '@boards/api/audit';
import { Access, SignedIn, type SignedInViewer } from '@boards/api/graphql';
import { MeModel } from '@boards/api/identity';
import { NOTICE_TOPICS } from '@boards/shared/contracts';
import type { NoticeChoices } from '@boards/domain';
import { EmailChoicesInput, EmailChoicesModel, NoticeTopicEnum } from './notice-choices.model';
import { NoticeChoicesService } from './notice-choices.service';
import type { NoticeTopic } from '@boards/shared/contracts';

const toModel = (choices: NoticeChoices): EmailChoicesModel => ({
  topics: NOTICE_TOPICS.filter((topic) => !choices.off.includes(topic)),
  reminderDays: choices.reminderDays,
});

/** Your email choices, and the one-click unsubscribe that needs no sign-in. */
@Resolver(() => MeModel)
export class NoticeChoicesResolver {
  constructor(private readonly choices: NoticeChoicesService) {}

  @ResolveField('emailChoices', () => EmailChoicesModel, {
    description: 'Which emails you get about your meetings',
  })
  async emailChoices(@Parent() me: MeModel): Promise<EmailChoicesModel> {
    return toModel(await this.choices.of(me.personId));
  }

  @Access('SIGNED_IN')
  @Mutation(() => EmailChoicesModel, {
    description:
      'Chooses which emails you get about your meetings, and how many days ahead you are reminded of them. BAD_USER_INPUT for a number of days not offered',
  })
  async setMyEmailChoices(
    @Args('input') input: EmailChoicesInput,
    @SignedIn() me: SignedInViewer,
  ): Promise<EmailChoicesModel> {
    return toModel(await this.choices.set(me.personId, input, actorOf(me)));
  }

  @Access('PUBLIC')
  @Mutation(() => Boolean, {
    description:
      'Stops one kind of email for whoever the key in an email’s unsubscribe link belongs to; no sign-in needed. True, however often it is asked. NOT_FOUND for a key that is nobody’s',
  })
  async unsubscribe(
    @Args('key') key: string,
    @Args('topic', { type: () => NoticeTopicEnum }) topic: NoticeTopic,
  ): Promise<boolean> {
    await this.choices.unsubscribe(key, topic, { accountId: null, label: 'A link in an email' });
    return true;
  }
}
