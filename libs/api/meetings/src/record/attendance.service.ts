import { membershipHeldOnSql } from '@boards/api/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Actor } from '@boards/api/audit';
import {
  rowsForIds,
  Clock,
  DataLoaderFactory,
  isUuid,
  loaderKey,
  parseInput,
  type RequestLoaders,
} from '@boards/api/graphql';
import { MEMBERS_ON, membersOnKey, type MemberRow } from '@boards/api/memberships';
import { MEMBERSHIPS_OF_PERSON } from '@boards/api/people';
import { TERMS_OF_REFERENCE_VERSIONS, type QuorumModel } from '@boards/api/terms-of-reference';
import {
  apologiesChoices,
  assertApologiesAllowed,
  describeQuorum,
  assertRecordOpen,
  DomainError,
  membershipsAtMeeting,
  evaluateQuorum,
  validateAttendance,
  versionInForce,
  type Quorum,
} from '@boards/domain';
import {
  apologiesSchema,
  attendanceRegisterSchema,
  declarationSchema,
  type AttendanceStatus,
} from '@boards/shared/contracts';
import type {
  AttendanceModel,
  DeclarationModel,
  MeetingQuorumModel,
  MyAttendanceModel,
} from './attendance.model';
import type { MeetingModel } from '../schedule/meeting.model';
import { assertItemOfMeeting, lockMeeting } from '../schedule/meeting-lock';
import { MeetingsService } from '../schedule/meetings.service';

/** A meeting's register, everyone on it (the resolver shows each person as the viewer may). */
export const ATTENDANCE_OF_MEETING = loaderKey<string, AttendanceModel[]>('attendanceOfMeeting');
/** A meeting's declarations of interest, in the order they were recorded. */
export const DECLARATIONS_OF_MEETING = loaderKey<string, DeclarationModel[]>(
  'declarationsOfMeeting',
);

/** Someone on one of a meeting's bodies on its day, with the body they sit on. */
export interface ExpectedMemberRow {
  bodyId: string;
  row: MemberRow;
}

function toQuorum(model: QuorumModel | null): Quorum | null {
  if (!model) return null;
  return model.kind === 'COUNT'
    ? { kind: 'COUNT', count: model.count ?? 0 }
    : { kind: 'FRACTION', numerator: model.numerator ?? 0, denominator: model.denominator ?? 0 };
}

/** A line of a meeting's register as read, with whether the person recorded it themselves. */
interface AttendanceColumns {
  meeting_id: string;
  person_id: string;
  status: AttendanceStatus;
  note: string | null;
  recorded_at: Date;
  sent_by_member: boolean;
}

/** A declaration of interest's columns, as read and as returned by its INSERT and DELETE. */
interface DeclarationColumns {
  id: string;
  meeting_id: string;
  person_id: string;
  agenda_item_id: string | null;
  description: string;
  recorded_at: Date;
}

const NO_SUCH_DECLARATION = () =>
  new DomainError('NOT_FOUND', 'There is no such declaration of interest');

/**
 * Attendance, quorum and declarations of interest. Reading goes through per-request loaders;
 * every write is one transaction that locks the meeting row, checks the attendance rule, writes
 * and records its audit entry.
 */
@Injectable()
export class AttendanceService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.loaders.register(ATTENDANCE_OF_MEETING, (ids) => this.attendanceOf(ids));
    this.loaders.register(DECLARATIONS_OF_MEETING, (ids) => this.declarationsOf(ids));
  }

  async attendanceOf(meetingIds: readonly string[]): Promise<AttendanceModel[][]> {
    return rowsForIds(
      meetingIds,
      async (ids) => {
        const rows: AttendanceColumns[] = await this.dataSource.query(
          `SELECT a.meeting_id, a.person_id, a.status, a.note, a.recorded_at,
                  coalesce(ac.person_id = a.person_id, false) AS sent_by_member
             FROM attendance a LEFT JOIN account ac ON ac.id = a.recorded_by
            WHERE a.meeting_id = ANY($1::uuid[])
            ORDER BY a.meeting_id, a.recorded_at, a.person_id`,
          [ids],
        );
        return rows.map((raw): AttendanceModel => ({
          meetingId: raw.meeting_id,
          personId: raw.person_id,
          status: raw.status,
          note: raw.note,
          recordedAt: raw.recorded_at,
          sentByMember: raw.sent_by_member,
        }));
      },
      (row) => row.meetingId,
    );
  }

  async declarationsOf(meetingIds: readonly string[]): Promise<DeclarationModel[][]> {
    return rowsForIds(
      meetingIds,
      async (ids) => {
        const rows: DeclarationColumns[] = await this.dataSource.query(
          `SELECT id, meeting_id, person_id, agenda_item_id, description, recorded_at
             FROM declaration_of_interest
            WHERE meeting_id = ANY($1::uuid[]) ORDER BY recorded_at, id`,
          [ids],
        );
        return rows.map(AttendanceService.toDeclaration);
      },
      (row) => row.meetingId,
    );
  }

  private static toDeclaration(raw: DeclarationColumns): DeclarationModel {
    return {
      id: raw.id,
      meetingId: raw.meeting_id,
      personId: raw.person_id,
      agendaItemId: raw.agenda_item_id,
      description: raw.description,
      recordedAt: raw.recorded_at,
    };
  }

  /** Who sits on each of the meeting's bodies on its day (one statement for the request). */
  async expectedMembers(
    meeting: MeetingModel,
    loaders: RequestLoaders,
  ): Promise<ExpectedMemberRow[]> {
    const perBody = await loaders
      .get(MEMBERS_ON)
      .loadMany(meeting.bodyIds.map((bodyId) => membersOnKey(bodyId, meeting.date)));
    return meeting.bodyIds.flatMap((bodyId, index) => {
      const rows = perBody[index];
      if (!rows || rows instanceof Error) return [];
      return rows.map((row) => ({ bodyId, row }));
    });
  }

  /**
   * The quorum of the leading body (the first of the meeting's bodies), by the terms of
   * reference in force on the meeting's day and the attendance recorded so far.
   */
  async quorum(meeting: MeetingModel, loaders: RequestLoaders): Promise<MeetingQuorumModel> {
    const [leadBodyId] = meeting.bodyIds;
    if (!leadBodyId) throw new DomainError('NOT_FOUND', 'This meeting has no body');
    const [versions, members, attendance] = await Promise.all([
      loaders.get(TERMS_OF_REFERENCE_VERSIONS).load(leadBodyId),
      loaders.get(MEMBERS_ON).load(membersOnKey(leadBodyId, meeting.date)),
      loaders.get(ATTENDANCE_OF_MEETING).load(meeting.id),
    ]);
    const inForce = versionInForce(versions, meeting.date);
    const quorum = toQuorum(inForce?.quorum ?? null);
    const result = evaluateQuorum({
      quorum,
      members: members.map(({ membership }) => ({
        personId: membership.personId,
        role: membership.role,
      })),
      attendance,
    });
    return {
      ...result,
      description: quorum
        ? describeQuorum(quorum)
        : 'The terms of reference in force on the day set no quorum',
      termsOfReferenceNumber: inForce?.number ?? null,
    };
  }

  /** Which of `personIds` sit on one of the meeting's bodies on its day. */
  private async membersAmong(
    manager: EntityManager,
    personIds: readonly string[],
    bodyIds: readonly string[],
    date: string,
  ): Promise<Set<string>> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT DISTINCT ms.person_id FROM membership ms
        WHERE ms.person_id = ANY($1::uuid[]) AND ms.body_id = ANY($2::uuid[])
          AND ${membershipHeldOnSql('ms', '$3::date')}`,
      [personIds, bodyIds, date],
    );
    return new Set(rows.map((row) => row.person_id));
  }

  private static async assertPeopleExist(
    manager: EntityManager,
    personIds: readonly string[],
    field: (index: number) => string,
  ): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM person WHERE id = ANY($1::uuid[])`,
      [personIds],
    );
    const known = new Set(rows.map((row) => row.id));
    const missing = personIds.findIndex((id) => !known.has(id));
    if (missing >= 0) {
      throw new DomainError('BAD_USER_INPUT', 'There is no such person', {
        field: field(missing),
      });
    }
  }

  /**
   * Records the register for the people given, replacing what was recorded for them before;
   * everyone else's lines stay as they were. Refused with nothing written: INVALID_TRANSITION
   * for a cancelled meeting, for anything but apologies before the meeting starts or while it
   * is postponed, and once the minutes are approved; BAD_USER_INPUT for someone who did not sit
   * on the body that day recorded as anything but an observer.
   */
  async record(meetingId: string, input: unknown, actor: Actor): Promise<MeetingModel> {
    const { entries } = parseInput(attendanceRegisterSchema, input);
    await this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      const personIds = entries.map((entry) => entry.personId);
      await AttendanceService.assertPeopleExist(manager, personIds, (i) => `entries.${i}.personId`);
      const members = await this.membersAmong(manager, personIds, meeting.bodyIds, meeting.date);
      validateAttendance(meeting, entries, members, this.clock.now());
      assertRecordOpen(meeting, 'the attendance');
      const before: { person_id: string; status: string; note: string | null }[] =
        await manager.query(
          `SELECT person_id, status, note FROM attendance
            WHERE meeting_id = $1 AND person_id = ANY($2::uuid[])`,
          [meeting.id, personIds],
        );
      await manager.query(
        `INSERT INTO attendance (meeting_id, person_id, status, note, recorded_at, recorded_by)
         SELECT $1, e.person_id, e.status::attendance_status, e.note, now(), $5
           FROM unnest($2::uuid[], $3::text[], $4::text[]) AS e(person_id, status, note)
         ON CONFLICT (meeting_id, person_id) DO UPDATE
           SET status = EXCLUDED.status, note = EXCLUDED.note,
               -- A line saved again as it was keeps who recorded it (a member's own apologies
               -- stay theirs, and their note stays for the secretariat).
               recorded_at = CASE WHEN (attendance.status, attendance.note)
                                       IS NOT DISTINCT FROM (EXCLUDED.status, EXCLUDED.note)
                                  THEN attendance.recorded_at ELSE EXCLUDED.recorded_at END,
               recorded_by = CASE WHEN (attendance.status, attendance.note)
                                       IS NOT DISTINCT FROM (EXCLUDED.status, EXCLUDED.note)
                                  THEN attendance.recorded_by ELSE EXCLUDED.recorded_by END`,
        [
          meeting.id,
          personIds,
          entries.map((entry) => entry.status),
          entries.map((entry) => entry.note),
          actor.accountId,
        ],
      );
      await this.audit.record(manager, actor, {
        action: 'attendance.record',
        objectType: 'Meeting',
        objectId: meeting.id,
        before: Object.fromEntries(
          before.map((row) => [row.person_id, { status: row.status, note: row.note }]),
        ),
        after: Object.fromEntries(
          entries.map((entry) => [entry.personId, { status: entry.status, note: entry.note }]),
        ),
      });
    });
    return this.meetings.require(meetingId);
  }

  /**
   * A person's own line of the register and what they may do about apologies now, or null when
   * they do not sit on one of the meeting's bodies on its day (through the request's loaders).
   */
  async myAttendance(
    meeting: MeetingModel,
    personId: string,
    loaders: RequestLoaders,
  ): Promise<MyAttendanceModel | null> {
    const [memberships, lines] = await Promise.all([
      loaders.get(MEMBERSHIPS_OF_PERSON).load(personId),
      loaders.get(ATTENDANCE_OF_MEETING).load(meeting.id),
    ]);
    const sitsOnBody =
      membershipsAtMeeting({ bodyIds: meeting.bodyIds, meetingDate: meeting.date }, memberships)
        .length > 0;
    if (!sitsOnBody) return null;
    const line = lines.find((l) => l.personId === personId) ?? null;
    const choices = apologiesChoices(
      meeting,
      { sitsOnBody, attendance: line?.status ?? null },
      this.clock.now(),
    );
    return {
      status: line?.status ?? null,
      note: line?.note ?? null,
      sentByMember: line?.sentByMember ?? false,
      canGiveApologies: choices.canGive,
      canWithdrawApologies: choices.canWithdraw,
    };
  }

  /**
   * Locks the meeting and reads the person's own line of its register, after the apologies rule
   * allows them to give (or withdraw) apologies: FORBIDDEN or INVALID_TRANSITION otherwise.
   */
  private async lockForApologies(
    manager: EntityManager,
    meetingId: string,
    personId: string,
    action: 'GIVE' | 'WITHDRAW',
  ) {
    const meeting = await lockMeeting(manager, meetingId);
    const before = await this.ownLine(manager, meeting.id, personId);
    const members = await this.membersAmong(manager, [personId], meeting.bodyIds, meeting.date);
    assertApologiesAllowed(
      meeting,
      { sitsOnBody: members.has(personId), attendance: before?.status ?? null },
      action,
      this.clock.now(),
    );
    return { meeting, before };
  }

  /**
   * A member sends their own apologies for a meeting, with an optional note to the secretariat:
   * their line of the register becomes APOLOGIES (sending again changes the note). Refused, with
   * nothing written, as the apologies rule says: FORBIDDEN for someone not on the body that day,
   * INVALID_TRANSITION for a cancelled or held meeting or once it has started.
   */
  async giveApologies(
    meetingId: string,
    input: unknown,
    personId: string,
    actor: Actor,
  ): Promise<MeetingModel> {
    const { note } = parseInput(apologiesSchema, input);
    await this.dataSource.transaction(async (manager) => {
      const { meeting, before } = await this.lockForApologies(manager, meetingId, personId, 'GIVE');
      await manager.query(
        `INSERT INTO attendance (meeting_id, person_id, status, note, recorded_at, recorded_by)
         VALUES ($1, $2, 'APOLOGIES', $3, now(), $4)
         ON CONFLICT (meeting_id, person_id) DO UPDATE
           SET status = EXCLUDED.status, note = EXCLUDED.note,
               recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
        [meeting.id, personId, note, actor.accountId],
      );
      await this.audit.record(manager, actor, {
        action: 'attendance.apologies',
        objectType: 'Meeting',
        objectId: meeting.id,
        before: before ? { [personId]: before } : null,
        after: { [personId]: { status: 'APOLOGIES', note } },
      });
    });
    return this.meetings.require(meetingId);
  }

  /**
   * A member withdraws the apologies on their line of the register (sent by them or recorded by
   * the secretariat), before the meeting starts: the line is removed.
   */
  async withdrawApologies(
    meetingId: string,
    personId: string,
    actor: Actor,
  ): Promise<MeetingModel> {
    await this.dataSource.transaction(async (manager) => {
      const { meeting, before } = await this.lockForApologies(
        manager,
        meetingId,
        personId,
        'WITHDRAW',
      );
      await manager.query(
        `DELETE FROM attendance WHERE meeting_id = $1 AND person_id = $2 AND status = 'APOLOGIES'`,
        [meeting.id, personId],
      );
      await this.audit.record(manager, actor, {
        action: 'attendance.withdrawApologies',
        objectType: 'Meeting',
        objectId: meeting.id,
        before: before ? { [personId]: before } : null,
        after: null,
      });
    });
    return this.meetings.require(meetingId);
  }

  private async ownLine(
    manager: EntityManager,
    meetingId: string,
    personId: string,
  ): Promise<{ status: AttendanceStatus; note: string | null } | null> {
    const [row]: { status: AttendanceStatus; note: string | null }[] = await manager.query(
      `SELECT status, note FROM attendance WHERE meeting_id = $1 AND person_id = $2`,
      [meetingId, personId],
    );
    return row ? { status: row.status, note: row.note } : null;
  }

  /**
   * Records a declaration of interest by someone at the meeting: a member of one of its bodies
   * on its day, or someone on its register (an observer, say).
   */
  async recordDeclaration(
    meetingId: string,
    input: unknown,
    actor: Actor,
  ): Promise<DeclarationModel> {
    const details = parseInput(declarationSchema, input);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      assertRecordOpen(meeting, 'declarations of interest');
      await AttendanceService.assertPeopleExist(manager, [details.personId], () => 'personId');
      const members = await this.membersAmong(
        manager,
        [details.personId],
        meeting.bodyIds,
        meeting.date,
      );
      if (!members.has(details.personId)) {
        const [registered] = await manager.query(
          `SELECT 1 FROM attendance WHERE meeting_id = $1 AND person_id = $2`,
          [meeting.id, details.personId],
        );
        if (!registered) {
          throw new DomainError(
            'BAD_USER_INPUT',
            'This person neither sat on the body on the day nor is on the meeting’s register: record their attendance first',
            { field: 'personId' },
          );
        }
      }
      await assertItemOfMeeting(manager, meeting.id, details.agendaItemId);
      const [raw]: DeclarationColumns[] = await manager.query(
        `INSERT INTO declaration_of_interest
           (meeting_id, person_id, agenda_item_id, description, recorded_by)
         VALUES ($1, $2, $3, $4, $5)
         RETURNING id, meeting_id, person_id, agenda_item_id, description, recorded_at`,
        [meeting.id, details.personId, details.agendaItemId, details.description, actor.accountId],
      );
      const declaration = AttendanceService.toDeclaration(raw);
      await this.audit.record(manager, actor, {
        action: 'declaration.record',
        objectType: 'DeclarationOfInterest',
        objectId: declaration.id,
        after: { meetingId: meeting.id, ...details },
      });
      return declaration;
    });
  }

  /**
   * Removes a declaration recorded in error, under the same rule as recording one: while the
   * meeting's record is open (not once it is cancelled or its minutes are approved).
   */
  async removeDeclaration(id: string, actor: Actor): Promise<MeetingModel> {
    if (!isUuid(id)) throw NO_SUCH_DECLARATION();
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const [found]: { meeting_id: string }[] = await manager.query(
        `SELECT meeting_id FROM declaration_of_interest WHERE id = $1`,
        [id],
      );
      if (!found) throw NO_SUCH_DECLARATION();
      const meeting = await lockMeeting(manager, found.meeting_id);
      assertRecordOpen(meeting, 'declarations of interest');
      // A DELETE answers [rows, count].
      const [[raw]]: [DeclarationColumns[], number] = await manager.query(
        `DELETE FROM declaration_of_interest WHERE id = $1
         RETURNING id, meeting_id, person_id, agenda_item_id, description, recorded_at`,
        [id],
      );
      if (!raw) throw NO_SUCH_DECLARATION();
      const { personId, agendaItemId, description } = AttendanceService.toDeclaration(raw);
      await this.audit.record(manager, actor, {
        action: 'declaration.remove',
        objectType: 'DeclarationOfInterest',
        objectId: id,
        before: { meetingId: meeting.id, personId, agendaItemId, description },
      });
      return meeting.id;
    });
    return this.meetings.require(meetingId);
  }
}
