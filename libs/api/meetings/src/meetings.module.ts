import { Module } from '@nestjs/common';
import { BodiesModule } from '@boards/api/bodies';
import { MembershipsModule } from '@boards/api/memberships';
import { PeopleModule } from '@boards/api/people';
import { TermsOfReferenceModule } from '@boards/api/terms-of-reference';
import {
  AgendaItemDeclarationsResolver,
  AttendanceResolver,
  DeclarationResolver,
  ExpectedMemberResolver,
  MeetingAttendanceResolver,
} from './record/attendance.resolver';
import { AttendanceService } from './record/attendance.service';
import {
  DecisionResolver,
  MeetingActionResolver,
  MeetingRecordsResolver,
  RecordRegistersResolver,
} from './decisions/meeting-actions.resolver';
import { MeetingActionsService } from './decisions/meeting-actions.service';
import { BodyMeetingsResolver, MeetingsResolver } from './schedule/meetings.resolver';
import { AgendaItemResolver, MeetingAgendaResolver } from './agenda/agenda.resolver';
import { AgendaService } from './agenda/agenda.service';
import { MeetingsService } from './schedule/meetings.service';
import {
  MeetingMinutesResolver,
  MinutesCommentResolver,
  MinutesEntryResolver,
  MinutesResolver,
} from './minutes/minutes.resolver';
import { MinutesService } from './minutes/minutes.service';

/**
 * Meetings of bodies: scheduling, agendas, and who may see what of them; attendance, quorum and
 * declarations of interest; minutes and their workflow; decisions and actions.
 */
@Module({
  imports: [BodiesModule, MembershipsModule, PeopleModule, TermsOfReferenceModule],
  providers: [
    MeetingsService,
    MeetingsResolver,
    BodyMeetingsResolver,
    AgendaService,
    MeetingAgendaResolver,
    AgendaItemResolver,
    AttendanceService,
    MeetingAttendanceResolver,
    AttendanceResolver,
    ExpectedMemberResolver,
    DeclarationResolver,
    AgendaItemDeclarationsResolver,
    MinutesService,
    MeetingMinutesResolver,
    MinutesResolver,
    MinutesEntryResolver,
    MinutesCommentResolver,
    MeetingActionsService,
    RecordRegistersResolver,
    MeetingRecordsResolver,
    DecisionResolver,
    MeetingActionResolver,
  ],
  exports: [
    MeetingsService,
    AgendaService,
    AttendanceService,
    MinutesService,
    MeetingActionsService,
  ],
})
export class MeetingsModule {}
