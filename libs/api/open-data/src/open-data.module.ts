import { Module } from '@nestjs/common';
import { BodiesModule } from '@boards/api/bodies';
import { MembershipsModule } from '@boards/api/memberships';
import { PeopleModule } from '@boards/api/people';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** Open data: the public's view of bodies, members and records, as files for anyone to reuse. */
@Module({
  imports: [BodiesModule, PeopleModule, MembershipsModule],
  controllers: [OpenDataController],
  providers: [OpenDataService],
})
export class OpenDataModule {}
