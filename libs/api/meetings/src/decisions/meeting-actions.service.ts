import { sitsOnMeetingSql } from '@boards/api/database';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type Actor } from '@boards/api/audit';
import { JobQueue } from '@boards/api/notifications';
import {
  rowsForIds,
  DataLoaderFactory,
  decodeCursor,
  isUuid,
  loaderKey,
  pageSize,
  parseInput,
  toConnection,
  type Connection,
} from '@boards/api/graphql';
import {
  actionsCarriedForward,
  actionTransition,
  assertRecordOpen,
  DomainError,
  type ActionActor,
} from '@boards/domain';
import {
  actionStatusChangeSchema,
  decisionSchema,
  meetingActionSchema,
  type ActionStatus,
} from '@boards/shared/contracts';
import { revivedRows } from '../schedule/meeting-page';
import type { DecisionModel, MeetingActionModel } from './meeting-action.model';
import type { MeetingModel } from '../schedule/meeting.model';
import { assertItemOfMeeting, lockMeeting } from '../schedule/meeting-lock';
import { MeetingsService } from '../schedule/meetings.service';

/** A meeting's decisions in the order they were recorded (every one: resolvers filter). */
export const DECISIONS_OF_MEETING = loaderKey<string, DecisionModel[]>('decisionsOfMeeting');
/** The actions agreed at a meeting, in the order they were recorded. */
export const ACTIONS_OF_MEETING = loaderKey<string, MeetingActionModel[]>('actionsOfMeeting');
/** The outstanding actions from earlier meetings of the same bodies, as the actions rule orders them. */
export const ACTIONS_CARRIED_FORWARD = loaderKey<string, MeetingActionModel[]>(
  'actionsCarriedForward',
);

/** Who is reading a register: staff see everything; otherwise their person (or nobody). */
export interface RegisterViewer {
  staff: boolean;
  personId: string | null;
}

/** Whoever is changing an action: their person and whether they are the secretariat. */
export interface ActionChanger {
  personId: string;
  staff: boolean;
}

/** A decision's columns (`SELECT *`, `RETURNING *`, or JSON revived). */
interface DecisionColumns {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  text: string;
  created_at: Date;
  created_by: string | null;
}

/** An action's columns (`SELECT *`, `RETURNING *`); `due_on` is a date, which the driver gives as text. */
interface MeetingActionColumns {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  description: string;
  owner_id: string | null;
  due_on: string | null;
  status: ActionStatus;
  status_note: string | null;
  created_at: Date;
  created_by: string | null;
  updated_at: Date;
  updated_by: string | null;
  version: number;
}

/** A register's row carries its cursor: the meeting's start and its own creation, as PostgreSQL's text. */
interface RegisterKeys {
  k_starts: string;
  k_created: string;
}

function toDecision(raw: DecisionColumns): DecisionModel {
  return {
    id: raw.id,
    meetingId: raw.meeting_id,
    agendaItemId: raw.agenda_item_id,
    text: raw.text,
    createdAt: raw.created_at,
  };
}

function toAction(raw: MeetingActionColumns): MeetingActionModel {
  return {
    id: raw.id,
    meetingId: raw.meeting_id,
    agendaItemId: raw.agenda_item_id,
    description: raw.description,
    ownerId: raw.owner_id,
    dueOn: raw.due_on,
    status: raw.status,
    statusNote: raw.status_note,
    version: raw.version,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

/** Whether the viewer sat on one of meeting `m`'s bodies on its London day (person `$n`). */
const MEMBER_OF_MEETING = (param: string) => sitsOnMeetingSql(`${param}::uuid`, 'm', 'v');

const OF_BODY = (param: string) => `(${param}::text IS NULL OR EXISTS (
  SELECT 1 FROM meeting_body smb JOIN body sb ON sb.id = smb.body_id
   WHERE smb.meeting_id = m.id AND sb.slug = ${param}::text))`;

/** Newest meeting first, then in the order recorded: the cursor is that key. */
const AFTER = (alias: string, first: number) =>
  `($${first}::timestamptz IS NULL OR m.starts_at < $${first}::timestamptz
     OR (m.starts_at = $${first}::timestamptz
         AND (${alias}.created_at, ${alias}.id) > ($${first + 1}::timestamptz, $${first + 2}::uuid)))`;

function cursorParams(
  after: string | null | undefined,
): [string | null, string | null, string | null] {
  if (!after) return [null, null, null];
  const [startsAt, createdAt, id] = decodeCursor(after, 3);
  // Keys are PostgreSQL's own text for a timestamptz: 2025-03-11 10:00:00.123456+00.
  const instant = (value: unknown) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(value);
  if (!instant(startsAt) || !instant(createdAt) || typeof id !== 'string' || !isUuid(id)) {
    throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', {
      field: 'after',
    });
  }
  return [startsAt as string, createdAt as string, id];
}

const NO_SUCH_DECISION = () => new DomainError('NOT_FOUND', 'There is no such decision');
const NO_SUCH_ACTION = () => new DomainError('NOT_FOUND', 'There is no such action');

/**
 * Decisions and actions: recorded by the secretariat while the minutes are open, read through
 * per-request loaders, and listed in registers that each viewer sees as much of as the minutes
 * visibility and membership rules allow. Actions move through `actionTransition`, by the
 * secretariat or the person the action is for.
 */
@Injectable()
export class MeetingActionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.meetings.registerPagePart({
      name: 'decisions',
      sql: `(SELECT coalesce(json_agg(d ORDER BY d.created_at, d.id), '[]') FROM decision d
              WHERE d.meeting_id = m.id)`,
      prime: (loaders, meeting, value) =>
        loaders
          .get(DECISIONS_OF_MEETING)
          .prime(meeting.id, revivedRows<DecisionColumns>(value, ['created_at']).map(toDecision)),
    });
    this.loaders.register(DECISIONS_OF_MEETING, (ids) => this.decisionsOf(ids));
    this.loaders.register(ACTIONS_OF_MEETING, (ids) => this.actionsOf(ids));
    this.loaders.register(ACTIONS_CARRIED_FORWARD, (ids) => this.carriedForwardTo(ids));
  }

  async decisionsOf(meetingIds: readonly string[]): Promise<DecisionModel[][]> {
    return rowsForIds(
      meetingIds,
      async (ids) => {
        const rows: DecisionColumns[] = await this.dataSource.query(
          `SELECT * FROM decision WHERE meeting_id = ANY($1::uuid[]) ORDER BY created_at, id`,
          [ids],
        );
        return rows.map(toDecision);
      },
      (row) => row.meetingId,
    );
  }

  async actionsOf(meetingIds: readonly string[]): Promise<MeetingActionModel[][]> {
    return rowsForIds(
      meetingIds,
      async (ids) => {
        const rows: MeetingActionColumns[] = await this.dataSource.query(
          `SELECT * FROM meeting_action WHERE meeting_id = ANY($1::uuid[])
            ORDER BY created_at, id`,
          [ids],
        );
        return rows.map(toAction);
      },
      (row) => row.meetingId,
    );
  }

  /** One statement for any number of meetings; the actions rule picks and orders each list. */
  async carriedForwardTo(meetingIds: readonly string[]): Promise<MeetingActionModel[][]> {
    const ids = [...new Set(meetingIds.filter(isUuid))];
    const rows: (MeetingActionColumns & {
      for_meeting: string;
      for_starts_at: Date;
      raised_at: Date;
    })[] = ids.length
      ? await this.dataSource.query(
          `SELECT DISTINCT ON (t.id, a.id) t.id AS for_meeting, t.starts_at AS for_starts_at,
                  am.starts_at AS raised_at, a.*
             FROM meeting t
             JOIN meeting_body tb ON tb.meeting_id = t.id
             JOIN meeting_body ab ON ab.body_id = tb.body_id
             JOIN meeting am ON am.id = ab.meeting_id AND am.starts_at < t.starts_at
             JOIN meeting_action a ON a.meeting_id = am.id
                                  AND a.status IN ('OPEN', 'IN_PROGRESS')
            WHERE t.id = ANY($1::uuid[])
            ORDER BY t.id, a.id`,
          [ids],
        )
      : [];
    const byMeeting = new Map<
      string,
      { startsAt: Date; actions: (MeetingActionModel & { raisedAtMeetingStartsAt: Date })[] }
    >();
    for (const raw of rows) {
      const entry = byMeeting.get(raw.for_meeting) ?? { startsAt: raw.for_starts_at, actions: [] };
      entry.actions.push({ ...toAction(raw), raisedAtMeetingStartsAt: raw.raised_at });
      byMeeting.set(raw.for_meeting, entry);
    }
    return meetingIds.map((id) => {
      const entry = byMeeting.get(id);
      if (!entry) return [];
      return actionsCarriedForward(entry.actions, entry.startsAt).map(
        ({ raisedAtMeetingStartsAt: _raised, ...action }) => action,
      );
    });
  }

  // ---- Registers -------------------------------------------------------------------------

  /**
   * The register of decisions, newest meeting first: decisions of minutes that are out of draft,
   * as the minutes visibility rule lets the viewer see them (members of a meeting's bodies on
   * its day and staff: from circulation, every item; everyone else: published minutes, public
   * items and the meeting as a whole).
   */
  async decisionRegister(
    viewer: RegisterViewer,
    args: { bodySlug?: string | null; first?: number | null; after?: string | null },
  ): Promise<Connection<DecisionModel>> {
    const first = pageSize(args.first);
    const cursor = cursorParams(args.after);
    const where = `
        FROM decision d
        JOIN meeting m ON m.id = d.meeting_id
        JOIN minutes mi ON mi.meeting_id = d.meeting_id AND mi.status <> 'DRAFT'
        LEFT JOIN agenda_item ai ON ai.id = d.agenda_item_id
       WHERE ${OF_BODY('$1')}
         AND ($2::boolean
              OR (mi.status = 'PUBLISHED' AND (d.agenda_item_id IS NULL OR ai.is_public))
              OR ($3::uuid IS NOT NULL AND ${MEMBER_OF_MEETING('$3')}))`;
    const params = [args.bodySlug ?? null, viewer.staff, viewer.personId];
    const [rows, [{ total }]]: [(DecisionColumns & RegisterKeys)[], { total: number }[]] =
      await Promise.all([
        this.dataSource.query(
          `SELECT d.*, m.starts_at::text AS k_starts, d.created_at::text AS k_created ${where}
             AND ${AFTER('d', 4)}
           ORDER BY m.starts_at DESC, d.created_at, d.id LIMIT $7`,
          [...params, ...cursor, first + 1],
        ),
        this.dataSource.query(`SELECT count(*)::int AS total ${where}`, params),
      ]);
    return toConnection(rows, first, total, toDecision, (raw) => [
      raw.k_starts,
      raw.k_created,
      raw.id,
    ]);
  }

  /**
   * The register of actions, newest meeting first: staff see every action; anyone else those of
   * meetings of bodies they sat on that day, and their own.
   */
  async actionRegister(
    viewer: RegisterViewer,
    args: {
      bodySlug?: string | null;
      status?: ActionStatus | null;
      mine?: boolean | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<MeetingActionModel>> {
    const first = pageSize(args.first);
    const cursor = cursorParams(args.after);
    const where = `
        FROM meeting_action a
        JOIN meeting m ON m.id = a.meeting_id
       WHERE ${OF_BODY('$1')}
         AND ($2::action_status IS NULL OR a.status = $2::action_status)
         AND ($3::boolean IS NOT TRUE OR a.owner_id = $5::uuid)
         AND ($4::boolean OR a.owner_id = $5::uuid
              OR ($5::uuid IS NOT NULL AND ${MEMBER_OF_MEETING('$5')}))`;
    const params = [
      args.bodySlug ?? null,
      args.status ?? null,
      args.mine ?? false,
      viewer.staff,
      viewer.personId,
    ];
    const [rows, [{ total }]]: [(MeetingActionColumns & RegisterKeys)[], { total: number }[]] =
      await Promise.all([
        this.dataSource.query(
          `SELECT a.*, m.starts_at::text AS k_starts, a.created_at::text AS k_created ${where}
             AND ${AFTER('a', 6)}
           ORDER BY m.starts_at DESC, a.created_at, a.id LIMIT $9`,
          [...params, ...cursor, first + 1],
        ),
        this.dataSource.query(`SELECT count(*)::int AS total ${where}`, params),
      ]);
    return toConnection(rows, first, total, toAction, (raw) => [
      raw.k_starts,
      raw.k_created,
      raw.id,
    ]);
  }

  // ---- Decisions -------------------------------------------------------------------------

  /** Records a decision, while the minutes are not yet approved. */
  async recordDecision(meetingId: string, input: unknown, actor: Actor): Promise<DecisionModel> {
    const details = parseInput(decisionSchema, input);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      assertRecordOpen(meeting, 'its decisions');
      await assertItemOfMeeting(manager, meeting.id, details.agendaItemId);
      const [raw]: DecisionColumns[] = await manager.query(
        `INSERT INTO decision (meeting_id, agenda_item_id, text, created_by)
         VALUES ($1, $2, $3, $4) RETURNING *`,
        [meeting.id, details.agendaItemId, details.text, actor.accountId],
      );
      const decision = toDecision(raw);
      await this.audit.record(manager, actor, {
        action: 'decision.record',
        objectType: 'Decision',
        objectId: decision.id,
        after: { meetingId: meeting.id, ...details },
      });
      return decision;
    });
  }

  /** Removes a decision recorded in error, while the minutes are not yet approved. */
  async removeDecision(id: string, actor: Actor): Promise<MeetingModel> {
    if (!isUuid(id)) throw NO_SUCH_DECISION();
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const [found]: { meeting_id: string }[] = await manager.query(
        `SELECT meeting_id FROM decision WHERE id = $1`,
        [id],
      );
      if (!found) throw NO_SUCH_DECISION();
      const meeting = await lockMeeting(manager, found.meeting_id);
      assertRecordOpen(meeting, 'its decisions');
      // A DELETE answers [rows, count].
      const [[raw]]: [DecisionColumns[], number] = await manager.query(
        `DELETE FROM decision WHERE id = $1 RETURNING *`,
        [id],
      );
      if (!raw) throw NO_SUCH_DECISION();
      const { agendaItemId, text } = toDecision(raw);
      await this.audit.record(manager, actor, {
        action: 'decision.remove',
        objectType: 'Decision',
        objectId: id,
        before: { meetingId: meeting.id, agendaItemId, text },
      });
      return meeting.id;
    });
    return this.meetings.require(meetingId);
  }

  // ---- Actions ---------------------------------------------------------------------------

  /** Records an action agreed at a meeting, while its minutes are not yet approved. */
  async recordAction(meetingId: string, input: unknown, actor: Actor): Promise<MeetingActionModel> {
    const details = parseInput(meetingActionSchema, input);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await lockMeeting(manager, meetingId);
      assertRecordOpen(meeting, 'its actions');
      await assertItemOfMeeting(manager, meeting.id, details.agendaItemId);
      if (details.ownerId !== null) {
        const [owner] = await manager.query(`SELECT 1 FROM person WHERE id = $1`, [
          details.ownerId,
        ]);
        if (!owner) {
          throw new DomainError('BAD_USER_INPUT', 'There is no such person', {
            field: 'ownerId',
          });
        }
      }
      const [raw]: MeetingActionColumns[] = await manager.query(
        `INSERT INTO meeting_action
           (meeting_id, agenda_item_id, description, owner_id, due_on, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`,
        [
          meeting.id,
          details.agendaItemId,
          details.description,
          details.ownerId,
          details.dueOn,
          actor.accountId,
        ],
      );
      const action = toAction(raw);
      await this.audit.record(manager, actor, {
        action: 'action.record',
        objectType: 'MeetingAction',
        objectId: action.id,
        after: { meetingId: meeting.id, ...details },
      });
      if (action.ownerId) await this.jobs.add(manager, 'notice-action', { actionId: action.id });
      return action;
    });
  }

  /**
   * Moves an action to `status`, as the actions rule allows the one changing it: the
   * secretariat, or the person the action is for. FORBIDDEN for anyone else (before anything
   * about the action is said); INVALID_TRANSITION or FORBIDDEN from the rule; CONFLICT when it
   * changed since `expectedVersion`. Nothing is written on refusal.
   */
  async updateStatus(
    id: string,
    expectedVersion: number,
    change: { status: unknown; note?: unknown },
    who: ActionChanger,
    actor: Actor,
  ): Promise<MeetingActionModel> {
    const { status, note } = parseInput(actionStatusChangeSchema, change);
    if (!isUuid(id)) throw NO_SUCH_ACTION();
    return this.dataSource.transaction(async (manager) => {
      const [found]: { meeting_id: string }[] = await manager.query(
        `SELECT meeting_id FROM meeting_action WHERE id = $1`,
        [id],
      );
      if (!found) throw NO_SUCH_ACTION();
      await lockMeeting(manager, found.meeting_id);
      const [raw]: MeetingActionColumns[] = await manager.query(
        `SELECT * FROM meeting_action WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!raw) throw NO_SUCH_ACTION();
      const before = toAction(raw);
      const role: ActionActor = who.staff
        ? 'SECRETARIAT'
        : before.ownerId === who.personId
          ? 'OWNER'
          : 'OTHER';
      if (role === 'OTHER') {
        throw new DomainError(
          'FORBIDDEN',
          'Only the secretariat or the person the action is for can update it',
        );
      }
      actionTransition(before.status, status, role);
      if (before.version !== expectedVersion) {
        throw new DomainError(
          'CONFLICT',
          'Someone else changed this action while you were working on it. Nothing was changed: check it and try again',
          { currentVersion: before.version },
        );
      }
      const [[updated], affected]: [MeetingActionColumns[], number] = await manager.query(
        `UPDATE meeting_action
            SET status = $3::action_status, status_note = $4, updated_at = now(),
                updated_by = $5, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, status, note, actor.accountId],
      );
      if (affected !== 1 || !updated) {
        throw new DomainError('CONFLICT', 'Someone else changed this action', {
          currentVersion: before.version,
        });
      }
      await this.audit.record(manager, actor, {
        action: 'action.status',
        objectType: 'MeetingAction',
        objectId: id,
        before: { status: before.status, statusNote: before.statusNote },
        after: { status, statusNote: note },
      });
      return toAction(updated);
    });
  }
}
