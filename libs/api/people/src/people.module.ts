import { Module } from '@nestjs/common';
import { MyDisplayResolver } from './my-display.resolver';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonViewService } from './person-view.service';

/** People, their consent to public display, and how anyone may see them. */
@Module({
  providers: [PeopleService, PersonViewService, PeopleResolver, MyDisplayResolver],
  exports: [PeopleService, PersonViewService],
})
export class PeopleModule {}
