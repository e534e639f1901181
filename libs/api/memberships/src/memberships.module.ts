import { Module } from '@nestjs/common';
import { PeopleModule } from '@boards/api/people';
import { BodiesModule } from '@boards/api/bodies';
import {
  BodyMembersResolver,
  CrossSeatRuleResolver,
  MemberResolver,
} from './body-members.resolver';
import { CrossSeatingService } from './cross-seating.service';
import { MembershipsResolver, PersonMembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

/** Memberships of bodies, cross-seating and its rules, and who the public sees on each body. */
@Module({
  imports: [PeopleModule, BodiesModule],
  providers: [
    MembershipsService,
    CrossSeatingService,
    MembershipsResolver,
    PersonMembershipsResolver,
    BodyMembersResolver,
    MemberResolver,
    CrossSeatRuleResolver,
  ],
  exports: [MembershipsService, CrossSeatingService],
})
export class MembershipsModule {}
