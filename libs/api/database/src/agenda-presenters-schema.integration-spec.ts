import { AgendaPresenters1764900000000 } from './migrations/1764900000000-agenda-presenters';
import { createTestDatabase, type TestDatabase } from './testing';

describe('agenda presenters (real PostgreSQL)', () => {
  let db: TestDatabase;
  let meetingId: string;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    [{ id: meetingId }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location)
       VALUES ('Presenters', '2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z', 'Room 1') RETURNING id`,
    );
    await sql(
      `INSERT INTO person (full_name) VALUES ('Jordan Ellis'), ('Mary Jane Smith'), ('Sam Adeyemi'),
                                             ('Alex Brown'), ('Alex Brown')`,
    );
  });
  afterAll(() => db.drop());

  const personId = async (fullName: string) =>
    (await sql(`SELECT id FROM person WHERE full_name = $1 LIMIT 1`, [fullName]))[0].id as string;

  it('turns free-text presenters into people, the secretariat or guests, by the display rule', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new AgendaPresenters1764900000000();
    try {
      await migration.down(runner);
      const texts = [
        'Jordan Ellis',
        '  jordan   ellis ',
        'Jordan E.',
        'Mary Smith',
        'The secretariat',
        'SECRETARIAT',
        'Dr Ana Silva, Centre for Child Welfare Statistics',
        'Jordan Ellis and Sam Adeyemi',
        'Alex Brown',
        '   ',
        null,
      ];
      await sql(
        `INSERT INTO agenda_item (meeting_id, position, title, presenter)
         SELECT $1, n, 'Item ' || n, t FROM unnest($2::text[]) WITH ORDINALITY AS x(t, n)`,
        [meetingId, texts],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { kind: string | null; person: string | null; name: string | null }[] = await sql(
      `SELECT a.presenter_kind AS kind, p.full_name AS person, a.presenter_name AS name
         FROM agenda_item a LEFT JOIN person p ON p.id = a.presenter_person_id
        WHERE a.meeting_id = $1 ORDER BY a.position`,
      [meetingId],
    );
    expect(rows).toEqual([
      { kind: 'PERSON', person: 'Jordan Ellis', name: null },
      { kind: 'PERSON', person: 'Jordan Ellis', name: null },
      { kind: 'PERSON', person: 'Jordan Ellis', name: null },
      { kind: 'PERSON', person: 'Mary Jane Smith', name: null },
      { kind: 'SECRETARIAT', person: null, name: null },
      { kind: 'SECRETARIAT', person: null, name: null },
      { kind: 'GUEST', person: null, name: 'Dr Ana Silva, Centre for Child Welfare Statistics' },
      // Two people, or two people of one name: it cannot be told who, so no name is kept.
      { kind: null, person: null, name: null },
      { kind: null, person: null, name: null },
      { kind: null, person: null, name: null },
      { kind: null, person: null, name: null },
    ]);
  });

  it.each([
    ['a person without an id', `'PERSON', NULL, NULL`],
    ['a person with a name as well', `'PERSON', $2::uuid, 'Jordan Ellis'`],
    ['a guest without a name', `'GUEST', NULL, NULL`],
    ['a guest with a blank name', `'GUEST', NULL, '  '`],
    ['a guest who is also a person', `'GUEST', $2::uuid, 'Jordan Ellis'`],
    ['the secretariat with a name', `'SECRETARIAT', NULL, 'Priya'`],
    ['nobody, with a name', `NULL, NULL, 'Jordan Ellis'`],
    ['nobody, with a person', `NULL, $2::uuid, NULL`],
  ])('refuses %s', async (_, values) => {
    const params = values.includes('$2')
      ? [meetingId, await personId('Jordan Ellis')]
      : [meetingId];
    await expect(
      sql(
        `INSERT INTO agenda_item (meeting_id, position, title, presenter_kind, presenter_person_id, presenter_name)
         VALUES ($1, 100, 'Refused', ${values})`,
        params,
      ),
    ).rejects.toThrow(/agenda_item_presenter/);
  });

  it('refuses a presenter who is nobody on the portal', async () => {
    await expect(
      sql(
        `INSERT INTO agenda_item (meeting_id, position, title, presenter_kind, presenter_person_id)
         VALUES ($1, 100, 'Refused', 'PERSON', gen_random_uuid())`,
        [meetingId],
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it('turns people and the secretariat back into text when migrated down', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new AgendaPresenters1764900000000();
    try {
      await migration.down(runner);
      const rows: { presenter: string | null }[] = await sql(
        `SELECT presenter FROM agenda_item WHERE meeting_id = $1 ORDER BY position LIMIT 7`,
        [meetingId],
      );
      expect(rows.map((row) => row.presenter)).toEqual([
        'Jordan Ellis',
        'Jordan Ellis',
        'Jordan Ellis',
        'Mary Jane Smith',
        'The secretariat',
        'The secretariat',
        'Dr Ana Silva, Centre for Child Welfare Statistics',
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
});
