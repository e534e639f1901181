import { membershipHeldOnSql } from '@boards/api/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Actor } from '@boards/api/audit';
import { JobQueue } from '@boards/api/notifications';
import {
  Clock,
  rowsForIds,
  DataLoaderFactory,
  isUuid,
  loaderKey,
  parseInput,
} from '@boards/api/graphql';
import {
  assertApprovalMeeting,
  assertMinutesEditable,
  DomainError,
  minutesTransition,
  type MinutesAction,
  type MinutesRole,
} from '@boards/domain';
import {
  minutesCommentSchema,
  minutesSchema,
  type MeetingStatus,
  type MinutesStatus,
  type AuditAction,
} from '@boards/shared/contracts';
import {
  assertItemOfMeeting,
  lockMeeting,
  type LockedMeeting,
  type MeetingCoreColumns,
} from '../schedule/meeting-lock';
import { reviveRow, revivedRows } from '../schedule/meeting-page';
import { MeetingsService } from '../schedule/meetings.service';
import type { MinutesCommentModel, MinutesEntryModel, MinutesModel } from './minutes.model';

/** A meeting's minutes as stored (null when none have been started). */
export interface MinutesRow {
  meetingId: string;
  status: MinutesStatus;
  content: string;
  circulatedAt: Date | null;
  approvedAt: Date | null;
  approvedAtMeetingId: string | null;
  publishedAt: Date | null;
  version: number;
}

/** A meeting's minutes, or null: one statement for any number of meetings. */
export const MINUTES_OF_MEETING = loaderKey<string, MinutesRow | null>('minutesOfMeeting');
/** The notes of each agenda item of a meeting's minutes (private items included: resolvers filter). */
export const MINUTES_ENTRIES_OF_MEETING = loaderKey<string, MinutesEntryModel[]>(
  'minutesEntriesOfMeeting',
);
/** Every comment on a meeting's minutes, oldest first (resolvers decide who sees which). */
export const MINUTES_COMMENTS_OF_MEETING = loaderKey<string, MinutesCommentModel[]>(
  'minutesCommentsOfMeeting',
);

/** Who is commenting: the signed-in person and their grants. */
export interface Commenter {
  personId: string;
  grants: readonly string[];
}

export function toMinutesModel(row: MinutesRow, isPublicVersion: boolean): MinutesModel {
  return { ...row, isPublicVersion };
}

/** The minutes table's columns as read (`SELECT *`, or `to_json` revived). */
interface MinutesColumns {
  meeting_id: string;
  status: MinutesStatus;
  content: string;
  circulated_at: Date | null;
  approved_at: Date | null;
  approved_at_meeting_id: string | null;
  published_at: Date | null;
  updated_at: Date;
  updated_by: string | null;
  version: number;
}

/** An item's notes in a meeting's minutes. */
interface MinutesEntryColumns {
  agenda_item_id: string;
  meeting_id: string;
  notes: string;
}

/** A comment on a meeting's minutes. */
interface MinutesCommentColumns {
  id: string;
  meeting_id: string;
  person_id: string;
  agenda_item_id: string | null;
  text: string;
  created_at: Date;
}

function fromRaw(raw: MinutesColumns): MinutesRow {
  return {
    meetingId: raw.meeting_id,
    status: raw.status,
    content: raw.content,
    circulatedAt: raw.circulated_at,
    approvedAt: raw.approved_at,
    approvedAtMeetingId: raw.approved_at_meeting_id,
    publishedAt: raw.published_at,
    version: raw.version,
  };
}

const MINUTES_INSTANTS = ['circulated_at', 'approved_at', 'published_at', 'updated_at'];

function toEntry(raw: MinutesEntryColumns): MinutesEntryModel {
  return { agendaItemId: raw.agenda_item_id, meetingId: raw.meeting_id, notes: raw.notes };
}

function toComment(raw: MinutesCommentColumns): MinutesCommentModel {
  return {
    id: raw.id,
    meetingId: raw.meeting_id,
    personId: raw.person_id,
    agendaItemId: raw.agenda_item_id,
    text: raw.text,
    createdAt: raw.created_at,
  };
}

const STALE = (current: number) =>
  new DomainError(
    'CONFLICT',
    'Someone else changed these minutes while you were working on them. Nothing was changed: check their version and try again',
    { currentVersion: current },
  );

const NO_MINUTES = () =>
  new DomainError('NOT_FOUND', 'This meeting has no minutes yet: save a draft first');

function assertExpectedVersion(expectedVersion: number, minimum: number): void {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < minimum) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `expectedVersion must be a whole number from ${minimum}`,
      { field: 'expectedVersion' },
    );
  }
}

const AUDIT_ACTION: Record<'CIRCULATE' | 'WITHDRAW' | 'PUBLISH', AuditAction> = {
  CIRCULATE: 'minutes.circulate',
  WITHDRAW: 'minutes.withdraw',
  PUBLISH: 'minutes.publish',
};

/**
 * Minutes: the secretariat drafts, circulates (or withdraws), records approval at a later
 * meeting and publishes; members comment while they are circulated. Each step is one
 * transaction that locks the meeting row, asks the workflow table (`minutesTransition`), checks
 * `expectedVersion` in the UPDATE's WHERE clause, and records its audit entry. Once approved,
 * the service refuses every change with INVALID_TRANSITION before the database trigger would.
 */
@Injectable()
export class MinutesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.meetings.registerPagePart({
      name: 'minutes',
      sql: `(SELECT to_json(mi) FROM minutes mi WHERE mi.meeting_id = m.id)`,
      prime: (loaders, meeting, value) =>
        loaders
          .get(MINUTES_OF_MEETING)
          .prime(
            meeting.id,
            value && typeof value === 'object'
              ? fromRaw(reviveRow<MinutesColumns>(value, MINUTES_INSTANTS))
              : null,
          ),
    });
    this.meetings.registerPagePart({
      name: 'minutesEntries',
      sql: `(SELECT coalesce(json_agg(e ORDER BY a.position), '[]') FROM minutes_entry e
               JOIN agenda_item a ON a.id = e.agenda_item_id WHERE e.meeting_id = m.id)`,
      prime: (loaders, meeting, value) =>
        loaders
          .get(MINUTES_ENTRIES_OF_MEETING)
          .prime(meeting.id, revivedRows<MinutesEntryColumns>(value).map(toEntry)),
    });
    this.loaders.register(MINUTES_OF_MEETING, (ids) => this.minutesOf(ids));
    this.loaders.register(MINUTES_ENTRIES_OF_MEETING, (ids) => this.entriesOf(ids));
    this.loaders.register(MINUTES_COMMENTS_OF_MEETING, (ids) => this.commentsOf(ids));
  }

  async minutesOf(meetingIds: readonly string[]): Promise<(MinutesRow | null)[]> {
    const ids = [...new Set(meetingIds.filter(isUuid))];
    const rows: MinutesColumns[] = ids.length
      ? await this.dataSource.query(`SELECT * FROM minutes WHERE meeting_id = ANY($1::uuid[])`, [
          ids,
        ])
      : [];
    const byMeeting = new Map(rows.map((raw) => [raw.meeting_id, fromRaw(raw)]));
    return meetingIds.map((id) => byMeeting.get(id) ?? null);
  }

  async entriesOf(meetingIds: readonly string[]): Promise<MinutesEntryModel[][]> {
    return rowsForIds(
      meetingIds,
      async (ids) => {
        const rows: MinutesEntryColumns[] = await this.dataSource.query(
          `SELECT e.agenda_item_id, e.meeting_id, e.notes FROM minutes_entry e
             JOIN agenda_item a ON a.id = e.agenda_item_id
            WHERE e.meeting_id = ANY($1::uuid[]) ORDER BY e.meeting_id, a.position`,
          [ids],
        );
        return rows.map(toEntry);
      },
      (row) => row.meetingId,
    );
  }

  async commentsOf(meetingIds: readonly string[]): Promise<MinutesCommentModel[][]> {
    return rowsForIds(
      meetingIds,
      async (ids) => {
        const rows: MinutesCommentColumns[] = await this.dataSource.query(
          `SELECT * FROM minutes_comment WHERE meeting_id = ANY($1::uuid[])
            ORDER BY created_at, id`,
          [ids],
        );
        return rows.map(toComment);
      },
      (row) => row.meetingId,
    );
  }

  private static async lockMinutes(
    manager: EntityManager,
    meetingId: string,
  ): Promise<MinutesRow | null> {
    const [raw]: MinutesColumns[] = await manager.query(
      `SELECT * FROM minutes WHERE meeting_id = $1 FOR UPDATE`,
      [meetingId],
    );
    return raw ? fromRaw(raw) : null;
  }

  private static async current(manager: EntityManager, meetingId: string): Promise<MinutesRow> {
    const [raw]: MinutesColumns[] = await manager.query(
      `SELECT * FROM minutes WHERE meeting_id = $1`,
      [meetingId],
    );
    if (!raw) throw NO_MINUTES();
    return fromRaw(raw);
  }

  /**
   * Saves the draft: the opening part and the notes of each item (items left out, or given
   * blank notes, have none). Creates the minutes on the first save (`expectedVersion` 0).
   * Refused with nothing written: INVALID_TRANSITION unless the minutes are a draft (or the
   * meeting was cancelled); CONFLICT for a stale `expectedVersion`; BAD_USER_INPUT for input
   * the shared schema refuses or an item of another meeting.
   */
  async save(
    meetingId: string,
    expectedVersion: number,
    input: unknown,
    actor: Actor,
  ): Promise<MinutesModel> {
    const details = parseInput(minutesSchema, input);
    assertExpectedVersion(expectedVersion, 0);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      const row = await MinutesService.lockMinutes(manager, meeting.id);
      assertMinutesEditable(meeting.status, row?.status ?? null);
      if ((row?.version ?? 0) !== expectedVersion) throw STALE(row?.version ?? 0);
      for (const [index, entry] of details.entries.entries()) {
        await assertItemOfMeeting(
          manager,
          meeting.id,
          entry.agendaItemId,
          `entries.${index}.agendaItemId`,
        );
      }
      const wanted = new Map(
        details.entries
          .filter((entry) => entry.notes !== '')
          .map((entry) => [entry.agendaItemId, entry.notes]),
      );
      const stored: { agenda_item_id: string; notes: string }[] = await manager.query(
        `SELECT agenda_item_id, notes FROM minutes_entry WHERE meeting_id = $1`,
        [meeting.id],
      );
      const had = new Map(stored.map((entry) => [entry.agenda_item_id, entry.notes]));
      const changedItems = [...new Set([...had.keys(), ...wanted.keys()])].filter(
        (id) => had.get(id) !== wanted.get(id),
      );
      const contentChanged = (row?.content ?? '') !== details.content;
      if (row && !contentChanged && changedItems.length === 0) {
        return toMinutesModel(row, false);
      }
      if (!row) {
        await manager.query(
          `INSERT INTO minutes (meeting_id, status, content, updated_by, version)
           VALUES ($1, 'DRAFT', $2, $3, 1)`,
          [meeting.id, details.content, actor.accountId],
        );
      } else {
        const [, affected] = await manager.query(
          `UPDATE minutes SET content = $3, updated_at = now(), updated_by = $4,
                  version = version + 1
            WHERE meeting_id = $1 AND version = $2 AND status = 'DRAFT'`,
          [meeting.id, expectedVersion, details.content, actor.accountId],
        );
        if (affected !== 1) throw STALE(row.version);
      }
      await manager.query(
        `DELETE FROM minutes_entry WHERE meeting_id = $1 AND NOT (agenda_item_id = ANY($2::uuid[]))`,
        [meeting.id, [...wanted.keys()]],
      );
      if (wanted.size > 0) {
        await manager.query(
          `INSERT INTO minutes_entry (agenda_item_id, meeting_id, notes)
           SELECT e.item, $1, e.notes FROM unnest($2::uuid[], $3::text[]) AS e(item, notes)
           ON CONFLICT (agenda_item_id) DO UPDATE SET notes = EXCLUDED.notes
             WHERE minutes_entry.notes IS DISTINCT FROM EXCLUDED.notes`,
          [meeting.id, [...wanted.keys()], [...wanted.values()]],
        );
      }
      await this.audit.record(manager, actor, {
        action: 'minutes.save',
        objectType: 'Minutes',
        objectId: meeting.id,
        before: {
          ...(contentChanged ? { content: row?.content ?? null } : {}),
          ...Object.fromEntries(changedItems.map((id) => [`entry:${id}`, had.get(id) ?? null])),
        },
        after: {
          ...(contentChanged ? { content: details.content } : {}),
          ...Object.fromEntries(changedItems.map((id) => [`entry:${id}`, wanted.get(id) ?? null])),
        },
      });
      return toMinutesModel(await MinutesService.current(manager, meeting.id), false);
    });
  }

  /** Circulates, withdraws or publishes the minutes, as the workflow table allows. */
  async transition(
    meetingId: string,
    expectedVersion: number,
    action: Extract<MinutesAction, 'CIRCULATE' | 'WITHDRAW' | 'PUBLISH'>,
    actor: Actor,
  ): Promise<MinutesModel> {
    assertExpectedVersion(expectedVersion, 1);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      const row = await MinutesService.lockMinutes(manager, meeting.id);
      if (!row) throw NO_MINUTES();
      const to = minutesTransition(row.status, action, 'SECRETARIAT', meeting.status);
      if (row.version !== expectedVersion) throw STALE(row.version);
      const [, affected] = await manager.query(
        `UPDATE minutes
            SET status = $3::minutes_status,
                circulated_at = CASE $4::text WHEN 'CIRCULATE' THEN now()
                                             WHEN 'WITHDRAW' THEN NULL ELSE circulated_at END,
                published_at = CASE $4::text WHEN 'PUBLISH' THEN now() ELSE published_at END,
                updated_at = now(), updated_by = $5, version = version + 1
          WHERE meeting_id = $1 AND version = $2 AND status = $6::minutes_status`,
        [meeting.id, expectedVersion, to, action, actor.accountId, row.status],
      );
      if (affected !== 1) throw STALE(row.version);
      await this.audit.record(manager, actor, {
        action: AUDIT_ACTION[action],
        objectType: 'Minutes',
        objectId: meeting.id,
        before: { status: row.status },
        after: { status: to },
      });
      if (action === 'CIRCULATE') {
        await this.jobs.add(manager, 'notice-minutes', { meetingId: meeting.id });
      }
      return toMinutesModel(await MinutesService.current(manager, meeting.id), false);
    });
  }

  /**
   * Records that the minutes were approved at `approvedAtMeetingId`: a later meeting of the same
   * body that has started and was neither cancelled nor postponed (BAD_USER_INPUT otherwise).
   */
  async approve(
    meetingId: string,
    expectedVersion: number,
    approvedAtMeetingId: string,
    actor: Actor,
  ): Promise<MinutesModel> {
    assertExpectedVersion(expectedVersion, 1);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      const row = await MinutesService.lockMinutes(manager, meeting.id);
      if (!row) throw NO_MINUTES();
      const to = minutesTransition(row.status, 'APPROVE', 'SECRETARIAT', meeting.status);
      if (row.version !== expectedVersion) throw STALE(row.version);
      const approving = await MinutesService.approvingMeeting(manager, approvedAtMeetingId);
      const now = this.clock.now();
      assertApprovalMeeting(meeting, approving, now);
      const approvedAt = approving.endsAt.getTime() < now.getTime() ? approving.endsAt : now;
      const [, affected] = await manager.query(
        `UPDATE minutes
            SET status = $3::minutes_status, approved_at = $4, approved_at_meeting_id = $5,
                updated_at = now(), updated_by = $6, version = version + 1
          WHERE meeting_id = $1 AND version = $2 AND status = 'CIRCULATED'`,
        [meeting.id, expectedVersion, to, approvedAt, approving.id, actor.accountId],
      );
      if (affected !== 1) throw STALE(row.version);
      await this.audit.record(manager, actor, {
        action: 'minutes.approve',
        objectType: 'Minutes',
        objectId: meeting.id,
        before: { status: row.status },
        after: {
          status: to,
          approvedAtMeetingId: approving.id,
          approvedAtMeeting: approving.title,
        },
      });
      return toMinutesModel(await MinutesService.current(manager, meeting.id), false);
    });
  }

  private static async approvingMeeting(
    manager: EntityManager,
    id: string,
  ): Promise<{
    id: string;
    title: string;
    bodyIds: string[];
    startsAt: Date;
    endsAt: Date;
    status: MeetingStatus;
  }> {
    const refuse = () =>
      new DomainError('BAD_USER_INPUT', 'Choose the meeting at which the minutes were approved', {
        field: 'approvedAtMeetingId',
      });
    if (!isUuid(id)) throw refuse();
    const [raw]: MeetingCoreColumns[] = await manager.query(
      `SELECT m.id, m.title, m.starts_at, m.ends_at, m.status,
              (SELECT array_agg(body_id ORDER BY position) FROM meeting_body
                WHERE meeting_id = m.id) AS body_ids
         FROM meeting m WHERE m.id = $1`,
      [id],
    );
    if (!raw) throw refuse();
    return {
      id: raw.id,
      title: raw.title,
      bodyIds: raw.body_ids ?? [],
      startsAt: raw.starts_at,
      endsAt: raw.ends_at,
      status: raw.status,
    };
  }

  /** The commenter's role in the meeting's minutes workflow, from their memberships on its day. */
  private static async roleOf(
    manager: EntityManager,
    who: Commenter,
    meeting: LockedMeeting,
  ): Promise<MinutesRole> {
    if (who.grants.includes('SECRETARIAT') || who.grants.includes('ADMIN')) return 'SECRETARIAT';
    const roles: { role: string }[] = await manager.query(
      `SELECT ms.role FROM membership ms
        WHERE ms.person_id = $1 AND ms.body_id = ANY($2::uuid[])
          AND ${membershipHeldOnSql('ms', '$3::date')}`,
      [who.personId, meeting.bodyIds, meeting.date],
    );
    if (roles.some((r) => r.role === 'CHAIR')) return 'CHAIR';
    return roles.length > 0 ? 'MEMBER' : 'PUBLIC';
  }

  /**
   * A member's comment on circulated minutes. FORBIDDEN for anyone who did not sit on one of the
   * meeting's bodies on its day (before anything about the minutes is said to them);
   * INVALID_TRANSITION unless the minutes are circulated.
   */
  async comment(
    meetingId: string,
    input: unknown,
    who: Commenter,
    actor: Actor,
  ): Promise<MinutesCommentModel> {
    const details = parseInput(minutesCommentSchema, input);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      const role = await MinutesService.roleOf(manager, who, meeting);
      if (role === 'PUBLIC') {
        throw new DomainError(
          'FORBIDDEN',
          'Only members of the body can comment on circulated minutes',
        );
      }
      const row = await MinutesService.lockMinutes(manager, meeting.id);
      minutesTransition(row?.status ?? 'DRAFT', 'COMMENT', role, meeting.status);
      await assertItemOfMeeting(manager, meeting.id, details.agendaItemId);
      const [raw]: MinutesCommentColumns[] = await manager.query(
        `INSERT INTO minutes_comment (meeting_id, person_id, agenda_item_id, text)
         VALUES ($1, $2, $3, $4) RETURNING *`,
        [meeting.id, who.personId, details.agendaItemId, details.text],
      );
      const comment = toComment(raw);
      await this.audit.record(manager, actor, {
        action: 'minutes.comment',
        objectType: 'MinutesComment',
        objectId: comment.id,
        after: { meetingId: meeting.id, agendaItemId: details.agendaItemId, text: details.text },
      });
      return comment;
    });
  }
}
