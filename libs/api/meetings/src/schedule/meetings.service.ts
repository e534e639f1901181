import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AgendaItemEntity,
  BodyEntity,
  entityFromJson,
  MeetingBodyEntity,
  MeetingEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
  TermsOfReferenceEntity,
  meetingDaySql,
  preparedQuery,
  membershipHeldOnSql,
  sitsOnMeetingSql,
} from '@boards/api/database';
import { AuditService, type Actor } from '@boards/api/audit';
import { JobQueue } from '@boards/api/notifications';
import { BODIES_ON, bodiesOnKey, CONSENT_HISTORY, PERSON_BY_ID } from '@boards/api/people';
import {
  DataLoaderFactory,
  isUuid,
  loaderKey,
  parseInput,
  type RequestLoaders,
} from '@boards/api/graphql';
import {
  assertMeetingDetailsChangeable,
  assertRecordOpen,
  bodyExistsOn,
  comparableWords,
  DomainError,
  formatMeetingTime,
  londonToUtc,
  meetingFrequencyShortfall,
  meetingTransition,
  namesInText,
  schedulingConflicts,
  utcToLondon,
  validateMeetingTimes,
  versionInForce,
  type MeetingAction,
  type Presenter,
} from '@boards/domain';
import {
  agendaItemSchema,
  meetingDetailsSchema,
  meetingStatusReasonSchema,
  type AgendaItemDetails,
  type MeetingDetails,
  type AuditAction,
} from '@boards/shared/contracts';
import type { AgendaItemModel, MeetingModel, MeetingWarningsModel } from './meeting.model';
import { lockMeeting, NO_SUCH_MEETING } from './meeting-lock';
import { revivedRows, type MeetingPagePart } from './meeting-page';

/** A meeting by id, with its bodies: one statement for any number of ids. */
export const MEETING_BY_ID = loaderKey<string, MeetingModel | null>('meetingById');
/** A body's meetings in a range of days, keyed `bodyId|from|to` (either end may be blank). */
export const MEETINGS_OF_BODY = loaderKey<string, MeetingModel[]>('meetingsOfBody');
/** A meeting's whole agenda in order (private items included: resolvers filter). */
export const AGENDA_OF_MEETING = loaderKey<string, AgendaItemModel[]>('agendaOfMeeting');

export const meetingsOfBodyKey = (bodyId: string, from?: string | null, to?: string | null) =>
  `${bodyId}|${from ?? ''}|${to ?? ''}`;

type MeetingRow = MeetingEntity & { bodyIds: string[] };

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

/** Items in order, each with its planned start from the meeting's start and the items before. */
export function withPlannedStarts(
  startsAt: Date,
  items: readonly AgendaItemEntity[],
): AgendaItemModel[] {
  let offset: number | null = 0;
  return items.map((item) => {
    const plannedStart = offset === null ? null : new Date(startsAt.getTime() + offset * 60_000);
    offset =
      offset === null || item.durationMinutes === null ? null : offset + item.durationMinutes;
    return {
      id: item.id,
      meetingId: item.meetingId,
      position: item.position,
      title: item.title,
      description: item.description,
      presenterKind: item.presenterKind,
      presenterPersonId: item.presenterPersonId,
      presenterName: item.presenterName,
      durationMinutes: item.durationMinutes,
      isPublic: item.isPublic,
      plannedStart,
    };
  });
}

/** An item's presenter as the domain knows it; null when nobody is named. */
export function presenterOf(
  item: Pick<AgendaItemModel, 'presenterKind' | 'presenterPersonId' | 'presenterName'>,
): Presenter | null {
  switch (item.presenterKind) {
    case 'PERSON':
      return item.presenterPersonId ? { kind: 'PERSON', personId: item.presenterPersonId } : null;
    case 'SECRETARIAT':
      return { kind: 'SECRETARIAT' };
    case 'GUEST':
      return item.presenterName ? { kind: 'GUEST', name: item.presenterName } : null;
    default:
      return null;
  }
}

/** An agenda item as a row (from the driver, or from JSON: the same names and types). */
function agendaItemFromRaw(raw: Record<string, unknown>): AgendaItemEntity {
  return {
    id: raw['id'] as string,
    meetingId: raw['meeting_id'] as string,
    position: raw['position'] as number,
    title: raw['title'] as string,
    description: raw['description'] as string,
    presenterKind: raw['presenter_kind'] as AgendaItemEntity['presenterKind'],
    presenterPersonId: raw['presenter_person_id'] as string | null,
    presenterName: raw['presenter_name'] as string | null,
    durationMinutes: raw['duration_minutes'] as number | null,
    isPublic: raw['is_public'] as boolean,
  };
}

/** How each change of status is named in the audit trail. */
const STATUS_AUDIT_ACTION: Record<'POSTPONE' | 'CANCEL' | 'MARK_HELD', AuditAction> = {
  POSTPONE: 'meeting.postpone',
  CANCEL: 'meeting.cancel',
  MARK_HELD: 'meeting.held',
};

const NO_SUCH_ITEM = () => new DomainError('NOT_FOUND', 'There is no such agenda item');

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
 * Meetings: scheduling, editing, postponing, cancelling and marking held, and the agenda. Every
 * write is one transaction that locks the meeting row, checks `expectedVersion` (optimistic
 * concurrency), calls the domain rule, and records its audit entry.
 */
@Injectable()
export class MeetingsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
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
    this.registerPagePart({
      name: 'agenda',
      sql: `(SELECT coalesce(json_agg(a ORDER BY a.position), '[]') FROM agenda_item a
              WHERE a.meeting_id = m.id)`,
      prime: (loaders, meeting, value) =>
        loaders
          .get(AGENDA_OF_MEETING)
          .prime(
            meeting.id,
            withPlannedStarts(meeting.startsAt, revivedRows(value).map(agendaItemFromRaw)),
          ),
    });
    // The people leading its items, with their consent and the bodies they sat on that day: all
    // the display rule needs to show them, so a page with presenters is still one statement.
    this.registerPagePart({
      name: 'presenters',
      sql: `(SELECT coalesce(json_agg(json_build_object(
                'person', p,
                'consents', (SELECT coalesce(json_agg(c ORDER BY c.effective_on, c.recorded_at, c.id), '[]')
                               FROM person_display_consent c WHERE c.person_id = p.id),
                'bodies', (SELECT coalesce(json_agg(ms.body_id), '[]') FROM membership ms
                            WHERE ms.person_id = p.id
                              AND ${membershipHeldOnSql('ms', meetingDaySql('m'))}))), '[]')
               FROM person p
              WHERE p.id IN (SELECT a.presenter_person_id FROM agenda_item a WHERE a.meeting_id = m.id))`,
      prime: (loaders, meeting, value) => {
        for (const row of revivedRows(value)) {
          const person = entityFromJson(
            this.dataSource,
            PersonEntity,
            row['person'] as Record<string, unknown>,
          );
          loaders.get(PERSON_BY_ID).prime(person.id, person);
          loaders.get(CONSENT_HISTORY).prime(
            person.id,
            (row['consents'] as Record<string, unknown>[]).map((consent) =>
              entityFromJson(this.dataSource, PersonDisplayConsentEntity, consent),
            ),
          );
          loaders
            .get(BODIES_ON)
            .prime(bodiesOnKey(person.id, meeting.date), new Set(row['bodies'] as string[]));
        }
      },
    });
    this.loaders.register(MEETING_BY_ID, (ids) => this.byIds(ids));
    this.loaders.register(MEETINGS_OF_BODY, (keys) => this.ofBodies(keys));
    this.loaders.register(AGENDA_OF_MEETING, (ids) => this.agendaOf(ids));
  }

  private static fromRaw(raw: Record<string, unknown>): MeetingRow {
    return {
      id: raw['id'] as string,
      title: raw['title'] as string,
      summary: raw['summary'] as string,
      startsAt: raw['starts_at'] as Date,
      endsAt: raw['ends_at'] as Date,
      location: raw['location'] as string | null,
      onlineLink: raw['online_link'] as string | null,
      support: raw['support'] as string,
      status: raw['status'] as MeetingRow['status'],
      statusReason: raw['status_reason'] as string | null,
      createdAt: raw['created_at'] as Date,
      createdBy: raw['created_by'] as string | null,
      updatedAt: raw['updated_at'] as Date,
      updatedBy: raw['updated_by'] as string | null,
      version: raw['version'] as number,
      bodyIds: raw['body_ids'] as string[],
    };
  }

  async byIds(ids: readonly string[]): Promise<(MeetingModel | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows: Record<string, unknown>[] = wanted.length
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
    const rows: Record<string, unknown>[] = bodyIds.length
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

  async agendaOf(meetingIds: readonly string[]): Promise<AgendaItemModel[][]> {
    const ids = [...new Set(meetingIds.filter(isUuid))];
    const rows: Record<string, unknown>[] = ids.length
      ? await this.dataSource.query(
          `SELECT a.*, m.starts_at AS meeting_starts_at FROM agenda_item a
             JOIN meeting m ON m.id = a.meeting_id
            WHERE a.meeting_id = ANY($1::uuid[]) ORDER BY a.meeting_id, a.position`,
          [ids],
        )
      : [];
    const byMeeting = new Map<string, { startsAt: Date; items: AgendaItemEntity[] }>();
    for (const raw of rows) {
      const meetingId = raw['meeting_id'] as string;
      const entry = byMeeting.get(meetingId) ?? {
        startsAt: raw['meeting_starts_at'] as Date,
        items: [],
      };
      entry.items.push(agendaItemFromRaw(raw));
      byMeeting.set(meetingId, entry);
    }
    return meetingIds.map((id) => {
      const entry = byMeeting.get(id);
      return entry ? withPlannedStarts(entry.startsAt, entry.items) : [];
    });
  }

  /** Every body's meetings whose day (Europe/London) is `from` or later, soonest first. */
  async meetingsFrom(from: string): Promise<MeetingModel[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
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
    const rows = await preparedQuery(
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
    const [row] = await this.dataSource.query(
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
    const [raw] = await manager.query(`${MEETING_SELECT} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
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
    const [body] = await manager.query(`SELECT default_support FROM body WHERE id = $1`, [bodyId]);
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
      const moved =
        before.startsAt.getTime() !== startsAt.getTime() ||
        before.endsAt.getTime() !== endsAt.getTime();
      // Editing a postponed meeting's time reschedules it; otherwise its status stays.
      assertMeetingDetailsChangeable(before.status);
      const status =
        before.status === 'POSTPONED' && moved
          ? meetingTransition(before.status, 'RESCHEDULE', {
              startsAt: before.startsAt,
              now: new Date(),
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
          updatedAt: new Date(),
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
      const status = meetingTransition(before.status, action, {
        now: new Date(),
        startsAt: before.startsAt,
      });
      await manager.update(
        MeetingEntity,
        { id },
        {
          status,
          statusReason: why,
          updatedAt: new Date(),
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
    const others: Record<string, unknown>[] = await this.dataSource.query(
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
    const [raw]: Record<string, unknown>[] = await this.dataSource.query(
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

  // ---- Agenda -----------------------------------------------------------------------------

  /**
   * An item, with its meeting locked. The item is read again once the lock is held: a change that
   * committed while this waited (another item removed or moved, this one removed) is then seen,
   * so positions are never worked out from a row read before the wait.
   */
  private async lockItem(manager: EntityManager, id: string): Promise<AgendaItemEntity> {
    if (!isUuid(id)) throw NO_SUCH_ITEM();
    const found = await manager.findOneBy(AgendaItemEntity, { id });
    if (!found) throw NO_SUCH_ITEM();
    await this.lockEditableMeeting(manager, found.meetingId);
    const item = await manager.findOneBy(AgendaItemEntity, { id });
    if (!item) throw NO_SUCH_ITEM();
    return item;
  }

  /**
   * Locks a meeting whose agenda may still change: not cancelled, and its minutes not approved
   * (approved minutes are the record, headed by the agenda's items).
   */
  private async lockEditableMeeting(manager: EntityManager, meetingId: string): Promise<void> {
    assertRecordOpen(await lockMeeting(manager, meetingId), 'its agenda');
  }

  /**
   * An agenda item's details as they are stored: a PERSON presenter must be someone on the
   * portal, and a GUEST's name must not name someone on the portal (free text bypasses the
   * public-display rule) unless the secretariat confirms the guest is someone else.
   */
  private async agendaDetails(
    manager: EntityManager,
    input: unknown,
  ): Promise<Omit<AgendaItemDetails, 'presenterNameConfirmed'>> {
    const { presenterNameConfirmed, ...details } = parseInput(agendaItemSchema, input);
    if (details.presenterPersonId !== null) {
      const [found] = await manager.query(`SELECT 1 FROM person WHERE id = $1`, [
        details.presenterPersonId,
      ]);
      if (!found) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Choose the person who leads the item from the list',
          {
            field: 'presenterPersonId',
          },
        );
      }
    }
    if (details.presenterName !== null && !presenterNameConfirmed) {
      const named = namesInText(
        details.presenterName,
        await this.peopleNamedIn(manager, details.presenterName),
      );
      if (named.length > 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `“${details.presenterName}” names ${named.map((person) => person.fullName).join(' and ')}, who ${named.length === 1 ? 'is' : 'are'} on the portal. Choose them as someone on the portal, so that how they chose to be shown applies, or confirm that the guest is someone else`,
          { field: 'presenterName' },
        );
      }
    }
    return details;
  }

  /** The people whose first name is a word of `text`: those `namesInText` may find in it. */
  private async peopleNamedIn(
    manager: EntityManager,
    text: string,
  ): Promise<{ id: string; fullName: string }[]> {
    return manager.query(
      `SELECT id, full_name AS "fullName" FROM person
        WHERE lower(split_part(regexp_replace(btrim(full_name), '[.,[:space:]]+', ' ', 'g'), ' ', 1))
              = ANY($1::text[])`,
      [comparableWords(text)],
    );
  }

  async addAgendaItem(meetingId: string, input: unknown, actor: Actor): Promise<AgendaItemModel> {
    const id = await this.dataSource.transaction(async (manager) => {
      const details = await this.agendaDetails(manager, input);
      await this.lockEditableMeeting(manager, meetingId);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1`,
        [meetingId],
      );
      const saved = await manager.save(
        manager.create(AgendaItemEntity, { ...details, meetingId, position: Number(next) }),
      );
      await this.audit.record(manager, actor, {
        action: 'agenda.add',
        objectType: 'AgendaItem',
        objectId: saved.id,
        after: { meetingId, position: saved.position, ...details },
      });
      return saved.id;
    });
    return this.requireItem(id);
  }

  async updateAgendaItem(id: string, input: unknown, actor: Actor): Promise<AgendaItemModel> {
    await this.dataSource.transaction(async (manager) => {
      const details = await this.agendaDetails(manager, input);
      const before = await this.lockItem(manager, id);
      if (!details.isPublic) await this.assertNoPublicPapers(manager, id);
      await manager.update(AgendaItemEntity, { id }, details);
      await this.audit.record(manager, actor, {
        action: 'agenda.update',
        objectType: 'AgendaItem',
        objectId: id,
        before: {
          title: before.title,
          description: before.description,
          presenterKind: before.presenterKind,
          presenterPersonId: before.presenterPersonId,
          presenterName: before.presenterName,
          durationMinutes: before.durationMinutes,
          isPublic: before.isPublic,
        },
        after: { ...details },
      });
    });
    return this.requireItem(id);
  }

  /**
   * A private item cannot have public papers (the paper-access rule): the public would be given
   * the paper of an item they may not know is there. The item's row is locked first, so a paper
   * being made public under it at the same moment waits, then sees the item private.
   */
  private async assertNoPublicPapers(manager: EntityManager, itemId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM agenda_item WHERE id = $1 FOR UPDATE`, [itemId]);
    const [paper] = await manager.query(
      `SELECT title FROM paper WHERE agenda_item_id = $1 AND visibility = 'PUBLIC'
        ORDER BY created_at LIMIT 1`,
      [itemId],
    );
    if (paper) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The paper “${paper.title}” under this item is public: make it a paper for members or named people, or move it to a public item, before making the item private`,
        { field: 'isPublic' },
      );
    }
  }

  /**
   * Removes an item; the ones after it move up. Its papers stay with the meeting. An item the
   * record already speaks of (minutes notes, decisions, actions, declarations, comments) is not
   * removed: its notes would be lost, and a private item's decisions would become the whole
   * meeting's, and so public.
   */
  async removeAgendaItem(id: string, actor: Actor): Promise<MeetingModel> {
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, id);
      const [{ recorded }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM minutes_entry WHERE agenda_item_id = $1 AND btrim(notes) <> '')
             OR EXISTS (SELECT 1 FROM decision WHERE agenda_item_id = $1)
             OR EXISTS (SELECT 1 FROM meeting_action WHERE agenda_item_id = $1)
             OR EXISTS (SELECT 1 FROM declaration_of_interest WHERE agenda_item_id = $1)
             OR EXISTS (SELECT 1 FROM minutes_comment WHERE agenda_item_id = $1) AS recorded`,
        [id],
      );
      if (recorded) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `“${item.title}” has minutes, decisions, actions or declarations recorded against it, so it cannot be removed. Remove those first`,
          { field: 'agenda' },
        );
      }
      await manager.delete(AgendaItemEntity, { id });
      await manager.query(`SET CONSTRAINTS agenda_item_position_unique DEFERRED`);
      await manager.query(
        `UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2`,
        [item.meetingId, item.position],
      );
      await this.audit.record(manager, actor, {
        action: 'agenda.remove',
        objectType: 'AgendaItem',
        objectId: id,
        before: { meetingId: item.meetingId, position: item.position, title: item.title },
      });
      return item.meetingId;
    });
    return this.require(meetingId);
  }

  /** Moves an item to a position (1 = first); the others keep their order around it. */
  async moveAgendaItem(id: string, position: number, actor: Actor): Promise<AgendaItemModel[]> {
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, id);
      const items = await manager.find(AgendaItemEntity, {
        where: { meetingId: item.meetingId },
        order: { position: 'ASC' },
      });
      if (!Number.isSafeInteger(position) || position < 1 || position > items.length) {
        throw new DomainError('BAD_USER_INPUT', `Choose a position from 1 to ${items.length}`, {
          field: 'position',
        });
      }
      const order = items.filter((other) => other.id !== id);
      order.splice(position - 1, 0, item);
      await manager.query(`SET CONSTRAINTS agenda_item_position_unique DEFERRED`);
      await manager.query(
        `UPDATE agenda_item a SET position = o.position
           FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE a.id = o.id`,
        [order.map((other) => other.id)],
      );
      await this.audit.record(manager, actor, {
        action: 'agenda.move',
        objectType: 'AgendaItem',
        objectId: id,
        before: { position: item.position },
        after: { position },
      });
      return item.meetingId;
    });
    return (await this.agendaOf([meetingId]))[0] ?? [];
  }

  private async requireItem(id: string): Promise<AgendaItemModel> {
    const item = await this.dataSource.getRepository(AgendaItemEntity).findOneBy({ id });
    if (!item) throw NO_SUCH_ITEM();
    const agenda = (await this.agendaOf([item.meetingId]))[0] ?? [];
    const found = agenda.find((entry) => entry.id === id);
    if (!found) throw NO_SUCH_ITEM();
    return found;
  }
}
