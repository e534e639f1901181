import { Module } from '@nestjs/common';
import { BodiesModule } from '@boards/api/bodies';
import { MembershipsModule } from '@boards/api/memberships';
import { BodyMeetingsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

/** Meetings of bodies: scheduling, agendas, and who may see what of them. */
@Module({
  imports: [BodiesModule, MembershipsModule],
  providers: [MeetingsService, MeetingsResolver, BodyMeetingsResolver],
  exports: [MeetingsService],
})
export class MeetingsModule {}
