import { AuditService, type Actor } from '@boards/api/audit';
import { createDataSource, BodyEntity, MeetingEntity } from '@boards/api/database';
import {
  buildAgendaItem,
  buildBody,
  buildMeeting,
  createTestDatabase,
  type TestDatabase,
} from '@boards/api/database/testing';
import { Clock, DataLoaderFactory } from '@boards/api/graphql';
import { JobQueue } from '@boards/api/notifications';
import { DomainError } from '@boards/domain';
import type { DataSource } from 'typeorm';
import { MeetingsService } from '../schedule/meetings.service';
import { MinutesService } from './minutes.service';

const ACTOR: Actor = { accountId: null, label: 'Test secretariat' };

function minutesServiceOn(dataSource: DataSource, databaseUrl: string): MinutesService {
  const loaders = new DataLoaderFactory();
  const audit = new AuditService();
  const jobs = new JobQueue({ databaseUrl });
  const clock = new Clock();
  const meetings = new MeetingsService(dataSource, loaders, audit, jobs, clock);
  return new MinutesService(dataSource, loaders, audit, meetings, jobs, clock);
}

describe('MinutesService: two saves of one draft at once (real PostgreSQL)', () => {
  let db: TestDatabase;
  /** Two connections or more, so that the two saves really overlap. */
  let wide: DataSource;
  let service: MinutesService;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    wide = createDataSource({ url: db.url, poolSize: 4, logging: 'none' });
    await wide.initialize();
    service = minutesServiceOn(wide, db.url);
  });
  afterAll(async () => {
    if (wide?.isInitialized) await wide.destroy();
    await db?.drop();
  });

  async function heldMeeting(): Promise<{ meetingId: string; itemId: string }> {
    const body = await db.dataSource
      .getRepository(BodyEntity)
      .save(db.dataSource.getRepository(BodyEntity).create(buildBody()));
    const meeting = await db.dataSource
      .getRepository(MeetingEntity)
      .save(db.dataSource.getRepository(MeetingEntity).create(buildMeeting({ status: 'HELD' })));
    await sql(`INSERT INTO meeting_body (meeting_id, body_id, position) VALUES ($1, $2, 1)`, [
      meeting.id,
      body.id,
    ]);
    const item = buildAgendaItem({ meetingId: meeting.id, position: 1 });
    const [{ id: itemId }] = await sql(
      `INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, $2, $3) RETURNING id`,
      [item.meetingId, item.position, item.title],
    );
    return { meetingId: meeting.id, itemId };
  }

  const draft = (content: string, itemId: string) => ({
    content,
    entries: [{ agendaItemId: itemId, notes: `Notes by ${content}` }],
  });

  async function race(meetingId: string, expectedVersion: number, itemId: string) {
    const outcomes = await Promise.allSettled([
      service.save(meetingId, expectedVersion, draft('Alice', itemId), ACTOR),
      service.save(meetingId, expectedVersion, draft('Bob', itemId), ACTOR),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const error = (refused[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CONFLICT');
    return { winner: outcomes[0].status === 'fulfilled' ? 'Alice' : 'Bob', error };
  }

  /** The minutes, their entries and their audit entries: the loser must have written none. */
  async function stored(meetingId: string) {
    const [minutes] = await sql(`SELECT content, version FROM minutes WHERE meeting_id = $1`, [
      meetingId,
    ]);
    const entries = await sql(`SELECT notes FROM minutes_entry WHERE meeting_id = $1`, [meetingId]);
    const [{ saves }] = await sql(
      `SELECT count(*)::int AS saves FROM audit_event
        WHERE action = 'minutes.save' AND object_id = $1`,
      [meetingId],
    );
    return { minutes, entries: entries.map((e: { notes: string }) => e.notes), saves };
  }

  it('lets exactly one of two first saves (both from version 0) create the minutes', async () => {
    const { meetingId, itemId } = await heldMeeting();
    const { winner, error } = await race(meetingId, 0, itemId);
    expect(error.details).toEqual({ currentVersion: 1 });
    expect(await stored(meetingId)).toEqual({
      minutes: { content: winner, version: 1 },
      entries: [`Notes by ${winner}`],
      saves: 1,
    });
  });

  it('lets exactly one of two saves made from the same version through; the other changes nothing', async () => {
    const { meetingId, itemId } = await heldMeeting();
    await service.save(meetingId, 0, draft('First draft', itemId), ACTOR);
    const { winner, error } = await race(meetingId, 1, itemId);
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(await stored(meetingId)).toEqual({
      minutes: { content: winner, version: 2 },
      entries: [`Notes by ${winner}`],
      saves: 2,
    });
  });
});
