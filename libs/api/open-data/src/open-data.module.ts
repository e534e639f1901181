import { Module, type DynamicModule } from '@nestjs/common';
import { BodiesModule } from '@boards/api/bodies';
import { MembershipsModule } from '@boards/api/memberships';
import { PeopleModule } from '@boards/api/people';
import { FeedsController } from './feeds.controller';
import { OpenDataController } from './open-data.controller';
import { OPEN_DATA_OPTIONS, OpenDataService, type OpenDataOptions } from './open-data.service';

/**
 * Open data: the public's view of bodies, members and records, as files for anyone to reuse,
 * and each body's Atom feed.
 */
@Module({})
export class OpenDataModule {
  static forRoot(options: OpenDataOptions): DynamicModule {
    return {
      module: OpenDataModule,
      imports: [BodiesModule, PeopleModule, MembershipsModule],
      controllers: [OpenDataController, FeedsController],
      providers: [{ provide: OPEN_DATA_OPTIONS, useValue: options }, OpenDataService],
    };
  }
}
