import { Module } from '@nestjs/common';
import { WhatsNewItemResolver, WhatsNewResolver } from './whats-new.resolver';
import { WhatsNewService } from './whats-new.service';

/** "What's new since your last visit", for each signed-in person, as far as they may see. */
@Module({ providers: [WhatsNewService, WhatsNewResolver, WhatsNewItemResolver] })
export class WhatsNewModule {}
