import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BodyEntity,
  MeetingBodyEntity,
  MeetingEntity,
  TermsOfReferenceEntity,
  meetingDaySql,
  preparedQuery,
  membershipHeldOnSql,
  sitsOnMeetingSql,
} from '@boards/api/database';
import { AuditService, type Actor } from '@boards/api/audit';
import { JobQueue } from '@boards/api/notifications';
import {
  Clock,
  DataLoaderFactory,
  isUuid,
  loaderKey,
  parseInput,
  type RequestLoaders,
} from '@boards/api/graphql';
import {
  assertMeetingDetailsChangeable,
  bodyExistsOn,
  DomainError,
  formatMeetingTime,
  londonToUtc,
  meetingFrequencyShortfall,
  meetingTransition,
  schedulingConflicts,
  utcToLondon,
  validateMeetingTimes,
  versionInForce,
  type MeetingAction,
} from '@boards/domain';
import {
  meetingDetailsSchema,
  meetingStatusReasonSchema,
  type MeetingDetails,
  type MeetingStatus,
  type AuditAction,
} from '@boards/shared/contracts';
import type { MeetingModel, MeetingWarningsModel } from './meeting.model';
import { NO_SUCH_MEETING } from './meeting-lock';
import type { MeetingPagePart } from './meeting-page';

/** A meeting by id, with its bodies: one statement for any number of ids. */
export const MEETING_BY_ID = loaderKey<string, MeetingModel | null>('meetingById');
/** A body's meetings in a range of days, keyed `bodyId|from|to` (either end may be blank). */
export const MEETINGS_OF_BODY = loaderKey<string, MeetingModel[]>('meetingsOfBody');

export const meetingsOfBodyKey = (bodyId: string, from?: string | null, to?: string | null) =>
  `${bodyId}|${from ?? ''}|${to ?? ''}`;

type MeetingRow = MeetingEntity & { bodyIds: string[] };

/** A meeting as MEETING_COLUMNS read it: the table's columns, and its bodies in order. */
interface MeetingColumns {
  id: string;
  title: string;
  summary: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  online_link: string | null;
  support: string;
  status: MeetingStatus;
  status_reason: string | null;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
  updated_by: string | null;
  version: number;
  /** Null only for a meeting with no bodies (array_agg of no rows). */
  body_ids: string[] | null;
}

/** A meeting read with the parts of its page: `part_0`, `part_1`… as the parts' SQL gives them. */
type MeetingPageColumns = MeetingColumns & { [part: `part_${number}`]: unknown };

export function toMeetingModel(row: MeetingRow): MeetingModel {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    date: utcToLondon(row.startsAt).date,
    when: formatMeetingTime(row.startsAt, row.endsAt),
    location: row.location,
    onlineLink: row.onlineLink,
    support: row.support,
    status: row.status,
    statusReason: row.statusReason,
    version: row.version,
    bodyIds: row.bodyIds,
    updatedAt: row.updatedAt,
  };
}

/** How each change of status is named in the audit trail. */
const STATUS_AUDIT_ACTION: Record<'POSTPONE' | 'CANCEL' | 'MARK_HELD', AuditAction> = {
  POSTPONE: 'meeting.postpone',
  CANCEL: 'meeting.cancel',
  MARK_HELD: 'meeting.held',
};

/** A meeting's columns with its bodies, the leading body first. */
const MEETING_COLUMNS = `m.id, m.title, m.summary, m.starts_at, m.ends_at, m.location, m.online_link,
       m.support, m.status, m.status_reason, m.created_at, m.created_by, m.updated_at,
       m.updated_by, m.version,
       (SELECT array_agg(body_id ORDER BY position) FROM meeting_body
         WHERE meeting_id = m.id) AS body_ids`;
const MEETING_SELECT = `SELECT ${MEETING_COLUMNS} FROM meeting m`;

/** The audited picture of a meeting. */
function audited(row: MeetingRow): Record<string, unknown> {
  return {
    title: row.title,
    bodyIds: row.bodyIds,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    location: row.location,
    onlineLink: row.onlineLink,
    status: row.status,
    statusReason: row.statusReason,
  };
}

/**
 * Meetings: scheduling, editing, postponing, cancelling and marking held, reading them (by id,
 * by body, for a person) and a meeting's page, whose other parts (the agenda, papers, minutes,
 * decisions) their own services register. Every write is one transaction that locks the meeting
 * row, checks `expectedVersion` (optimistic concurrency), calls the domain rule, and records its
 * audit entry.
 */
@Injectable()
export class MeetingsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  private readonly pageParts: MeetingPagePart[] = [];

  /** Adds a part to what a meeting's page reads with the meeting, in one statement. */
  registerPagePart(part: MeetingPagePart): void {
    if (this.pageParts.some((existing) => existing.name === part.name)) {
      throw new Error(`A meeting page part named ${part.name} is already registered`);
    }
    this.pageParts.push(part);
  }

  onModuleInit(): void {
    this.loaders.register(MEETING_BY_ID, (ids) => this.byIds(ids));
    this.loaders.register(MEETINGS_OF_BODY, (keys) => this.ofBodies(keys));
  }

  private static fromRaw(raw: MeetingColumns): MeetingRow {
    return {
      id: raw.id,
      title: raw.title,
      summary: raw.summary,
      startsAt: raw.starts_at,
      endsAt: raw.ends_at,
      location: raw.location,
      onlineLink: raw.online_link,
      support: raw.support,
      status: raw.status,
      statusReason: raw.status_reason,
      createdAt: raw.created_at,
      createdBy: raw.created_by,
      updatedAt: raw.updated_at,
      updatedBy: raw.updated_by,
      version: raw.version,
      bodyIds: raw.body_ids ?? [],
    };
  }

  async byIds(ids: readonly string[]): Promise<(MeetingModel | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows: MeetingColumns[] = wanted.length
      ? await this.dataSource.query(`${MEETING_SELECT} WHERE m.id = ANY($1::uuid[])`, [wanted])
      : [];
    const byId = new Map(
      rows.map((raw) => {
        const model = toMeetingModel(MeetingsService.fromRaw(raw));
        return [model.id, model] as const;
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Meetings of each body in each range, soonest first: one statement for any number of keys
   * (the ranges are London days, so a meeting belongs to the day it starts in London).
   */
  async ofBodies(keys: readonly string[]): Promise<MeetingModel[][]> {
    const parsed = keys.map((key) => {
      const [bodyId = '', from = '', to = ''] = key.split('|');
      return { key, bodyId, from: from || null, to: to || null };
    });
    const bodyIds = [...new Set(parsed.map((p) => p.bodyId).filter(isUuid))];
    const rows: MeetingColumns[] = bodyIds.length
      ? await this.dataSource.query(
          `${MEETING_SELECT}
            WHERE m.id IN (SELECT meeting_id FROM meeting_body WHERE body_id = ANY($1::uuid[]))
            ORDER BY m.starts_at, m.id`,
          [bodyIds],
        )
      : [];
    const meetings = rows.map((raw) => toMeetingModel(MeetingsService.fromRaw(raw)));
    return parsed.map(({ bodyId, from, to }) =>
      meetings.filter(
        (meeting) =>
          meeting.bodyIds.includes(bodyId) &&
          (from === null || meeting.date >= from) &&
          (to === null || meeting.date <= to),
      ),
    );
  }

  /** Every body's meetings whose day (Europe/London) is `from` or later, soonest first. */
  async meetingsFrom(from: string): Promise<MeetingModel[]> {
    const rows: MeetingColumns[] = await this.dataSource.query(
      `${MEETING_SELECT}
        WHERE ${meetingDaySql('m')} >= $1::date
        ORDER BY m.starts_at, m.id`,
      [from],
    );
    return rows.map((raw) => toMeetingModel(MeetingsService.fromRaw(raw)));
  }

  /** Meetings of any of the bodies a person sits on (or sat on, on the meeting's day), in a range. */
  async meetingsForPerson(
    personId: string,
    from: string | null,
    to: string | null,
    pages?: { loaders: RequestLoaders; parts: ReadonlySet<string> },
  ): Promise<MeetingModel[]> {
    // The registered parts of the meetings' pages that were asked for, read with the meetings.
    const parts = pages ? this.pageParts.filter((part) => pages.parts.has(part.name)) : [];
    const columns = [
      MEETING_COLUMNS,
      ...parts.map((part, index) => `${part.sql} AS part_${index}`),
    ];
    // Found through the person's memberships (by index), so the cost follows how many meetings
    // their bodies hold, not how many meetings there are. The range is on the meeting's London
    // day, which no index serves: a bound on starts_at would let the planner scan every meeting
    // after `from` instead (it did, on the large data set). Only the bounds given are in the
    // text, so that each shape is one prepared statement with one plan.
    const bounds = [
      from === null ? null : `${meetingDaySql('m')} >= $2::date`,
      to === null ? null : `${meetingDaySql('m')} <= $${from === null ? 2 : 3}::date`,
    ].filter((bound): bound is string => bound !== null);
    const rows = await preparedQuery<MeetingPageColumns>(
      this.dataSource,
      `SELECT ${columns.join(',\n       ')} FROM meeting m
        WHERE m.id IN (
          SELECT own.meeting_id FROM membership ms JOIN meeting_body own ON own.body_id = ms.body_id
           WHERE ms.person_id = $1)
          AND ${[sitsOnMeetingSql('$1::uuid', 'm', 'own'), ...bounds].join('\n          AND ')}
        ORDER BY m.starts_at, m.id`,
      [personId, ...[from, to].filter((day) => day !== null)],
    );
    return rows.map((raw) => {
      const meeting = toMeetingModel(MeetingsService.fromRaw(raw));
      if (pages) {
        pages.loaders.get(MEETING_BY_ID).prime(meeting.id, meeting);
        parts.forEach((part, index) => part.prime(pages.loaders, meeting, raw[`part_${index}`]));
      }
      return meeting;
    });
  }

  /** Whether a person is a member (any seat) of any of a meeting's bodies on its day. */
  async isMemberAt(personId: string, meeting: MeetingModel): Promise<boolean> {
    const [row]: { member: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM membership ms WHERE ms.person_id = $1 AND ms.body_id = ANY($2::uuid[])
          AND ${membershipHeldOnSql('ms', '$3::date')}) AS member`,
      [personId, meeting.bodyIds, meeting.date],
    );
    return Boolean(row?.member);
  }

  // ---- Scheduling -------------------------------------------------------------------------

  private instants(details: MeetingDetails): { startsAt: Date; endsAt: Date } {
    const startsAt = londonToUtc(details.date, details.startTime, { time: 'startTime' });
    const endsAt = londonToUtc(details.date, details.endTime, { time: 'endTime' });
    validateMeetingTimes(startsAt, endsAt);
    return { startsAt, endsAt };
  }

  private async checkBodies(
    manager: EntityManager,
    bodyIds: readonly string[],
    date: string,
  ): Promise<void> {
    const bodies = await manager
      .getRepository(BodyEntity)
      .createQueryBuilder('b')
      .where('b.id = ANY(:ids)', { ids: bodyIds })
      .getMany();
    if (bodies.length !== bodyIds.length) {
      throw new DomainError('BAD_USER_INPUT', 'Choose a body from the list', { field: 'bodyIds' });
    }
    for (const body of bodies) {
      if (!bodyExistsOn(body, date)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `The ${body.name} does not exist on that date: choose a date while it exists`,
          { field: 'date' },
        );
      }
    }
  }

  private async lockMeeting(
    manager: EntityManager,
    id: string,
    expectedVersion?: number,
  ): Promise<MeetingRow> {
    if (!isUuid(id)) throw NO_SUCH_MEETING();
    const [raw]: MeetingColumns[] = await manager.query(
      `${MEETING_SELECT} WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    );
    if (!raw) throw NO_SUCH_MEETING();
    const row = MeetingsService.fromRaw(raw);
    if (expectedVersion !== undefined && row.version !== expectedVersion) {
      throw new DomainError(
        'CONFLICT',
        'Someone else changed this meeting while you were working on it. Nothing was changed: check the meeting and try again',
        { currentVersion: row.version },
      );
    }
    return row;
  }

  async schedule(input: unknown, actor: Actor): Promise<MeetingModel> {
    const details = parseInput(meetingDetailsSchema, input);
    const { startsAt, endsAt } = this.instants(details);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkBodies(manager, details.bodyIds, details.date);
      // Without support of its own, a meeting takes its (first) body's usual support text.
      const support = details.support || (await this.usualSupport(manager, details.bodyIds[0]));
      const saved = await manager.save(
        manager.create(MeetingEntity, {
          title: details.title,
          summary: details.summary,
          startsAt,
          endsAt,
          location: details.location,
          onlineLink: details.onlineLink,
          support,
          status: 'SCHEDULED',
          statusReason: null,
          createdBy: actor.accountId,
          updatedBy: actor.accountId,
        }),
      );
      await manager.insert(
        MeetingBodyEntity,
        details.bodyIds.map((bodyId, index) => ({
          meetingId: saved.id,
          bodyId,
          position: index + 1,
        })),
      );
      await this.audit.record(manager, actor, {
        action: 'meeting.schedule',
        objectType: 'Meeting',
        objectId: saved.id,
        after: audited({ ...saved, bodyIds: details.bodyIds }),
      });
      await this.jobs.add(manager, 'notice-meeting', { meetingId: saved.id });
      return saved.id;
    });
    return this.require(id);
  }

  /** A body's usual support text ('' for none); the body was checked by `checkBodies`. */
  private async usualSupport(manager: EntityManager, bodyId: string): Promise<string> {
    const [body]: { default_support: string }[] = await manager.query(
      `SELECT default_support FROM body WHERE id = $1`,
      [bodyId],
    );
    return body.default_support;
  }

  async update(
    id: string,
    expectedVersion: number,
    input: unknown,
    actor: Actor,
  ): Promise<MeetingModel> {
    const details = parseInput(meetingDetailsSchema, input);
    const { startsAt, endsAt } = this.instants(details);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockMeeting(manager, id, expectedVersion);
      const now = this.clock.now();
      const moved =
        before.startsAt.getTime() !== startsAt.getTime() ||
        before.endsAt.getTime() !== endsAt.getTime();
      // Editing a postponed meeting's time reschedules it; otherwise its status stays.
      assertMeetingDetailsChangeable(before.status);
      const status =
        before.status === 'POSTPONED' && moved
          ? meetingTransition(before.status, 'RESCHEDULE', {
              startsAt: before.startsAt,
              now,
              newStartsAt: startsAt,
              newEndsAt: endsAt,
            })
          : before.status;
      await this.checkBodies(manager, details.bodyIds, details.date);
      await manager.update(
        MeetingEntity,
        { id },
        {
          title: details.title,
          summary: details.summary,
          startsAt,
          endsAt,
          location: details.location,
          onlineLink: details.onlineLink,
          support: details.support,
          status,
          statusReason: status === before.status ? before.statusReason : null,
          updatedAt: now,
          updatedBy: actor.accountId,
          version: before.version + 1,
        },
      );
      await manager.delete(MeetingBodyEntity, { meetingId: id });
      await manager.insert(
        MeetingBodyEntity,
        details.bodyIds.map((bodyId, index) => ({ meetingId: id, bodyId, position: index + 1 })),
      );
      const after = await this.lockMeeting(manager, id);
      await this.audit.record(manager, actor, {
        action: 'meeting.update',
        objectType: 'Meeting',
        objectId: id,
        before: audited(before),
        after: audited(after),
      });
      await this.jobs.add(manager, 'notice-meeting', { meetingId: id });
    });
    return this.require(id);
  }

  /** Postpones, cancels or marks a meeting held, as the status rule allows. */
  async changeStatus(
    id: string,
    expectedVersion: number,
    action: Extract<MeetingAction, 'POSTPONE' | 'CANCEL' | 'MARK_HELD'>,
    reason: string | null,
    actor: Actor,
  ): Promise<MeetingModel> {
    const why = action === 'MARK_HELD' ? null : parseInput(meetingStatusReasonSchema, reason ?? '');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockMeeting(manager, id, expectedVersion);
      const now = this.clock.now();
      const status = meetingTransition(before.status, action, { now, startsAt: before.startsAt });
      await manager.update(
        MeetingEntity,
        { id },
        {
          status,
          statusReason: why,
          updatedAt: now,
          updatedBy: actor.accountId,
          version: before.version + 1,
        },
      );
      await this.audit.record(manager, actor, {
        action: STATUS_AUDIT_ACTION[action],
        objectType: 'Meeting',
        objectId: id,
        before: { status: before.status, statusReason: before.statusReason },
        after: { status, statusReason: why },
      });
      await this.jobs.add(manager, 'notice-meeting', { meetingId: id });
    });
    return this.require(id);
  }

  /**
   * What the secretariat should know before saving: people expected elsewhere at the same time
   * (cross-seated members first), and a gap longer than the terms of reference allow between
   * this meeting and the body's meeting before or after it. Nothing is written.
   */
  async warnings(input: unknown, meetingId: string | null): Promise<MeetingWarningsModel> {
    const details = parseInput(meetingDetailsSchema, input);
    const { startsAt, endsAt } = this.instants(details);
    const others: MeetingColumns[] = await this.dataSource.query(
      `${MEETING_SELECT}
        WHERE m.status = 'SCHEDULED' AND m.starts_at < $2 AND m.ends_at > $1
          AND ($3::uuid IS NULL OR m.id <> $3::uuid)`,
      [startsAt, endsAt, meetingId && isUuid(meetingId) ? meetingId : null],
    );
    const otherRows = others.map((raw) => MeetingsService.fromRaw(raw));
    const bodyIds = [...new Set([...details.bodyIds, ...otherRows.flatMap((m) => m.bodyIds)])];
    const memberships: {
      person_id: string;
      body_id: string;
      starts_on: string;
      ends_on: string | null;
      seat: string;
      full_name: string;
    }[] = await this.dataSource.query(
      `SELECT ms.person_id, ms.body_id, ms.starts_on::text, ms.ends_on::text, ms.seat, p.full_name
         FROM membership ms JOIN person p ON p.id = ms.person_id
        WHERE ms.body_id = ANY($1::uuid[]) AND ${membershipHeldOnSql('ms', '$2::date')}`,
      [bodyIds, details.date],
    );
    const names = new Map(memberships.map((ms) => [ms.person_id, ms.full_name]));
    const conflicts = schedulingConflicts(
      { id: meetingId ?? undefined, startsAt, endsAt, bodyIds: details.bodyIds },
      otherRows.map((m) => ({
        id: m.id,
        title: m.title,
        bodyIds: m.bodyIds,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        status: m.status,
      })),
      memberships.map((ms) => ({
        personId: ms.person_id,
        bodyId: ms.body_id,
        startsOn: ms.starts_on,
        endsOn: ms.ends_on,
        crossSeat: ms.seat === 'CROSS_SEAT',
      })),
    ).map((conflict) => ({ ...conflict, name: names.get(conflict.personId) ?? 'A member' }));

    // How often the leading body's terms of reference in force on the day (the domain's
    // versionInForce) say it meets, against what is scheduled.
    const [leadBodyId] = details.bodyIds;
    const versions = leadBodyId
      ? await this.dataSource.getRepository(TermsOfReferenceEntity).findBy({ bodyId: leadBodyId })
      : [];
    const tor = versionInForce(versions, details.date);
    // The gaps either side of this meeting: from the body's meeting before it (if any) to the
    // one after it (if any). Meetings not yet scheduled after the last are no shortfall.
    const sameBody = leadBodyId
      ? ((await this.ofBodies([meetingsOfBodyKey(leadBodyId)]))[0] ?? []).filter(
          (m) => (m.status === 'SCHEDULED' || m.status === 'HELD') && m.id !== meetingId,
        )
      : [];
    const before = sameBody.filter((m) => m.startsAt.getTime() < startsAt.getTime()).at(-1);
    const after = sameBody.find((m) => m.startsAt.getTime() >= startsAt.getTime());
    const range = { from: before?.date ?? details.date, to: after?.date ?? details.date };
    const starts = [before, { startsAt }, after].flatMap((m) =>
      m ? [{ startsAt: m.startsAt }] : [],
    );
    const shortfall = meetingFrequencyShortfall(tor?.meetingFrequency ?? null, starts, range);
    return {
      conflicts,
      meetingFrequency: tor?.meetingFrequency ?? null,
      frequencyGaps: shortfall.gaps.map((gap) => ({
        from: gap.firstDay,
        to: gap.lastDay,
        days: gap.days,
      })),
    };
  }

  /**
   * A meeting for its page: the meeting and every registered part (agenda, papers, minutes,
   * decisions…) in ONE statement, each part primed into the request's loaders so that the
   * fields that follow cost nothing more. Null when there is no such meeting.
   */
  async page(id: string, loaders: RequestLoaders): Promise<MeetingModel | null> {
    if (!isUuid(id)) return null;
    const columns = [
      MEETING_COLUMNS,
      ...this.pageParts.map((part, index) => `${part.sql} AS part_${index}`),
    ];
    const [raw]: MeetingPageColumns[] = await this.dataSource.query(
      `SELECT ${columns.join(',\n       ')} FROM meeting m WHERE m.id = $1`,
      [id],
    );
    if (!raw) return null;
    const meeting = toMeetingModel(MeetingsService.fromRaw(raw));
    loaders.get(MEETING_BY_ID).prime(id, meeting);
    this.pageParts.forEach((part, index) => part.prime(loaders, meeting, raw[`part_${index}`]));
    return meeting;
  }

  async require(id: string): Promise<MeetingModel> {
    const [meeting] = await this.byIds([id]);
    if (!meeting) throw NO_SUCH_MEETING();
    return meeting;
  }
}
