import { AgendaItemEntity, BodyEntity, MeetingEntity, PaperEntity } from './entities';
import { CreateMeetings1763900700000 } from './migrations/1763900700000-create-meetings';
import { MIGRATIONS } from './migrations';
import {
  buildAgendaItem,
  buildBody,
  buildMeeting,
  buildPaper,
  createTestDatabase,
  type TestDatabase,
} from './testing';

describe('meetings schema (real PostgreSQL)', () => {
  let db: TestDatabase;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  async function newMeeting(overrides: Partial<MeetingEntity> = {}): Promise<string> {
    const bodies = db.dataSource.getRepository(BodyEntity);
    const body = await bodies.save(bodies.create(buildBody()));
    const meetings = db.dataSource.getRepository(MeetingEntity);
    const meeting = await meetings.save(meetings.create(buildMeeting(overrides)));
    await sql(`INSERT INTO meeting_body (meeting_id, body_id, position) VALUES ($1, $2, 1)`, [
      meeting.id,
      body.id,
    ]);
    return meeting.id;
  }

  async function newItem(meetingId: string, position: number, isPublic = true): Promise<string> {
    const items = db.dataSource.getRepository(AgendaItemEntity);
    return (await items.save(items.create(buildAgendaItem({ meetingId, position, isPublic })))).id;
  }

  it('migrates down and up again', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      // Every later migration first (they change the meetings' tables), and again after.
      const from = MIGRATIONS.indexOf(CreateMeetings1763900700000);
      const migrations = MIGRATIONS.slice(from).map((Migration) => new Migration());
      for (const migration of [...migrations].reverse()) await migration.down(runner);
      expect(await runner.hasTable('meeting')).toBe(false);
      for (const migration of migrations) await migration.up(runner);
      expect(await runner.hasTable('meeting')).toBe(true);
      expect(await runner.hasColumn('agenda_item', 'presenter_person_id')).toBe(true);
      expect(await runner.hasColumn('paper', 'withdrawn_at')).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it.each([
    [
      'ends before it starts',
      { endsAt: new Date('2021-05-04T08:00:00Z') },
      'meeting_ends_after_start',
    ],
    ['ends as it starts', { endsAt: new Date('2021-05-04T09:00:00Z') }, 'meeting_ends_after_start'],
    [
      'lasts more than 12 hours',
      { endsAt: new Date('2021-05-04T21:01:00Z') },
      'meeting_at_most_12_hours',
    ],
    ['is nowhere', { location: ' ', onlineLink: null }, 'meeting_has_a_place'],
    [
      'has a link that is not https',
      { onlineLink: 'http://meet.example.org/x' },
      'meeting_online_link_https',
    ],
    ['has a blank title', { title: '  ' }, 'meeting_title_not_blank'],
  ])('refuses a meeting that %s', async (_, overrides, constraint) => {
    await expect(newMeeting(overrides as Partial<MeetingEntity>)).rejects.toMatchObject({
      constraint,
    });
  });

  it('keeps agenda positions unique, but lets a reorder swap them in one transaction', async () => {
    const meetingId = await newMeeting();
    const first = await newItem(meetingId, 1);
    const second = await newItem(meetingId, 2);
    await expect(newItem(meetingId, 2)).rejects.toMatchObject({
      constraint: 'agenda_item_position_unique',
    });
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`SET CONSTRAINTS agenda_item_position_unique DEFERRED`);
      await manager.query(`UPDATE agenda_item SET position = 2 WHERE id = $1`, [first]);
      await manager.query(`UPDATE agenda_item SET position = 1 WHERE id = $1`, [second]);
    });
    const rows = await sql(`SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [
      meetingId,
    ]);
    expect(rows.map((row: { id: string }) => row.id)).toEqual([second, first]);
  });

  it('keeps a paper’s file fields together and lets a paper be superseded only once', async () => {
    const meetingId = await newMeeting();
    const papers = db.dataSource.getRepository(PaperEntity);
    await expect(
      papers.insert(buildPaper({ meetingId, fileSha256: 'a'.repeat(64) }) as PaperEntity),
    ).rejects.toMatchObject({ constraint: 'paper_file_complete' });
    await expect(
      papers.insert(
        buildPaper({
          meetingId,
          fileSha256: 'A'.repeat(64),
          fileSize: '10',
          fileKind: 'PDF',
          mediaType: 'application/pdf',
          fileName: 'x.pdf',
          uploadedAt: new Date(),
        }) as PaperEntity,
      ),
    ).rejects.toMatchObject({ constraint: 'paper_file_sha256' });
    const original = await papers.save(papers.create(buildPaper({ meetingId })));
    await papers.save(papers.create(buildPaper({ meetingId, supersedes: original.id })));
    await expect(
      papers.insert(buildPaper({ meetingId, supersedes: original.id }) as PaperEntity),
    ).rejects.toMatchObject({ constraint: 'paper_supersedes_once' });
  });

  it('refuses every change to approved minutes, their entries and decisions, by any route', async () => {
    const meetingId = await newMeeting();
    const laterId = await newMeeting({
      startsAt: new Date('2021-06-04T09:00:00Z'),
      endsAt: new Date('2021-06-04T11:00:00Z'),
    });
    const itemId = await newItem(meetingId, 1);
    await sql(`INSERT INTO minutes (meeting_id, content) VALUES ($1, 'Draft')`, [meetingId]);
    await sql(
      `INSERT INTO minutes_entry (agenda_item_id, meeting_id, notes) VALUES ($1, $2, 'x')`,
      [itemId, meetingId],
    );
    await sql(`INSERT INTO decision (meeting_id, agenda_item_id, text) VALUES ($1, $2, 'Agreed')`, [
      meetingId,
      itemId,
    ]);
    await expect(
      sql(`UPDATE minutes SET status = 'APPROVED' WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toMatchObject({ constraint: 'minutes_approved_at_meeting' });
    await sql(
      `UPDATE minutes SET status = 'APPROVED', approved_at = now(), approved_at_meeting_id = $2
        WHERE meeting_id = $1`,
      [meetingId, laterId],
    );

    const refused = { message: 'approved minutes cannot be changed' };
    await expect(
      sql(`UPDATE minutes SET content = 'Rewritten' WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toMatchObject(refused);
    await expect(
      sql(`UPDATE minutes SET status = 'DRAFT' WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toMatchObject(refused);
    await expect(
      sql(`UPDATE minutes_entry SET notes = 'y' WHERE agenda_item_id = $1`, [itemId]),
    ).rejects.toMatchObject(refused);
    await expect(
      sql(`DELETE FROM decision WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toMatchObject(refused);
    await expect(
      sql(`INSERT INTO decision (meeting_id, text) VALUES ($1, 'Sneaked in')`, [meetingId]),
    ).rejects.toMatchObject(refused);
    await expect(
      sql(`DELETE FROM minutes WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toMatchObject({
      message: 'approved minutes cannot be deleted',
    });

    // Publishing is the one step left.
    await sql(
      `UPDATE minutes SET status = 'PUBLISHED', published_at = now() WHERE meeting_id = $1`,
      [meetingId],
    );
    const [row] = await sql(`SELECT status, content FROM minutes WHERE meeting_id = $1`, [
      meetingId,
    ]);
    expect(row).toEqual({ status: 'PUBLISHED', content: 'Draft' });
  });
});
