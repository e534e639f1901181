import type { EntityManager } from 'typeorm';
import { isUuid } from '@boards/api/graphql';
import { DomainError, utcToLondon } from '@boards/domain';
import type { MeetingStatus, MinutesStatus } from '@boards/shared/contracts';

/**
 * A meeting as the writers of its records need it, with the status of its minutes: what the
 * domain's `assertRecordOpen` (meeting-record.rule.ts) asks before any part of the record changes.
 */
export interface LockedMeeting {
  id: string;
  title: string;
  bodyIds: string[];
  startsAt: Date;
  endsAt: Date;
  /** The London day of the meeting, `YYYY-MM-DD`. */
  date: string;
  status: MeetingStatus;
  /** Null when no minutes have been started. */
  minutesStatus: MinutesStatus | null;
}

/** A meeting's own columns and its bodies (in order), as the statements that check it read them. */
export interface MeetingCoreColumns {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: MeetingStatus;
  body_ids: string[] | null;
}

export const NO_SUCH_MEETING = () => new DomainError('NOT_FOUND', 'There is no such meeting');

/**
 * Locks a meeting's row (`SELECT … FOR UPDATE`) for the rest of the transaction, so that every
 * writer of its agenda, attendance, minutes, decisions and actions queues behind the others,
 * and reads its bodies and the status of its minutes. NOT_FOUND for no such meeting.
 */
export async function lockMeeting(manager: EntityManager, id: string): Promise<LockedMeeting> {
  if (!isUuid(id)) throw NO_SUCH_MEETING();
  const [raw]: (MeetingCoreColumns & { minutes_status: MinutesStatus | null })[] =
    await manager.query(
      `SELECT m.id, m.title, m.starts_at, m.ends_at, m.status,
            (SELECT array_agg(body_id ORDER BY position) FROM meeting_body
              WHERE meeting_id = m.id) AS body_ids,
            (SELECT status FROM minutes WHERE meeting_id = m.id) AS minutes_status
       FROM meeting m WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    );
  if (!raw) throw NO_SUCH_MEETING();
  return {
    id: raw.id,
    title: raw.title,
    bodyIds: raw.body_ids ?? [],
    startsAt: raw.starts_at,
    endsAt: raw.ends_at,
    date: utcToLondon(raw.starts_at).date,
    status: raw.status,
    minutesStatus: raw.minutes_status,
  };
}

/** An agenda item of this meeting, or BAD_USER_INPUT on `field`. */
export async function assertItemOfMeeting(
  manager: EntityManager,
  meetingId: string,
  agendaItemId: string | null,
  field = 'agendaItemId',
): Promise<void> {
  if (agendaItemId === null) return;
  const [row] = await manager.query(`SELECT 1 FROM agenda_item WHERE id = $1 AND meeting_id = $2`, [
    agendaItemId,
    meetingId,
  ]);
  if (!row) {
    throw new DomainError('BAD_USER_INPUT', 'Choose an item on this meeting’s agenda', { field });
  }
}
