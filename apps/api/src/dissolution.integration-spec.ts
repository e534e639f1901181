import { BodyEntity, MembershipEntity, PersonEntity } from '@boards/api/database';
import { buildBody, buildMembership, buildPerson } from '@boards/api/database/testing';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const PREVIEW = `query ($id: ID!, $on: LocalDate!) {
  previewBodyDissolution(bodyId: $id, dissolvedOn: $on) {
    dissolvedOn lastDay
    ending { endsOn membership { id startsOn person { fullName } body { slug } } }
    cancelled { id startsOn person { fullName } }
    crossSeatsEnding { endsOn membership { id startsOn person { fullName } body { slug } } }
    crossSeatsCancelled { id startsOn person { fullName } body { slug } }
  }
}`;
const DISSOLVE = `mutation ($id: ID!, $on: LocalDate!) {
  dissolveBody(id: $id, dissolvedOn: $on, reason: "Its work is done") { dissolvedOn }
}`;

interface Row {
  id: string;
  body_id: string;
  ends_on: string | null;
}

/** What the preview says will change, in the shape of what the database shows afterwards. */
function promised(preview: Json) {
  const ends = (list: Json[]) =>
    Object.fromEntries(list.map((item) => [item.membership.id, item.endsOn]));
  const ids = (list: Json[]) => list.map((item) => item.id).sort();
  return {
    ending: ends(preview.ending),
    cancelled: ids(preview.cancelled),
    crossSeatsEnding: ends(preview.crossSeatsEnding),
    crossSeatsCancelled: ids(preview.crossSeatsCancelled),
  };
}

describe('the dissolution preview is what dissolving does (real PostgreSQL)', () => {
  let api: ApiHarness;
  let secretariat: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  beforeAll(async () => {
    api = await startApi();
    secretariat = await api.signIn('secretariat@example.org');
  });
  afterAll(() => api?.close());

  /** Previews, dissolves, and compares the preview with what changed in the database. */
  async function previewThenDissolve(slug: string, on: string) {
    const [{ id }] = await sql(`SELECT id FROM body WHERE slug = $1`, [slug]);
    const preview = dataOf(
      await api.graphql(PREVIEW, { id, on }, secretariat),
    ).previewBodyDissolution;
    const before: Row[] = await sql(`SELECT id, body_id, ends_on::text FROM membership`);
    expect(dataOf(await api.graphql(DISSOLVE, { id, on }, secretariat)).dissolveBody).toEqual({
      dissolvedOn: on,
    });
    const after = new Map(
      ((await sql(`SELECT id, body_id, ends_on::text FROM membership`)) as Row[]).map((row) => [
        row.id,
        row,
      ]),
    );
    const done = {
      ending: {} as Record<string, string | null>,
      cancelled: [] as string[],
      crossSeatsEnding: {} as Record<string, string | null>,
      crossSeatsCancelled: [] as string[],
    };
    for (const row of before) {
      const now = after.get(row.id);
      const ours = row.body_id === id;
      if (!now) (ours ? done.cancelled : done.crossSeatsCancelled).push(row.id);
      else if (now.ends_on !== row.ends_on) {
        (ours ? done.ending : done.crossSeatsEnding)[row.id] = now.ends_on;
      }
    }
    done.cancelled.sort();
    done.crossSeatsCancelled.sort();
    expect(promised(preview)).toEqual(done);
    return preview;
  }

  it('on the demo data: dissolving the Experts by Experience Board ends its members and their cross-seats', async () => {
    const preview = await previewThenDissolve('experts-by-experience-board', '2027-01-01');
    expect(preview.lastDay).toBe('2026-12-31');
    expect(preview.ending.length).toBeGreaterThan(0);
    // Its members' cross-seats on both groups end with their memberships.
    expect(
      new Set(preview.crossSeatsEnding.map((item: Json) => item.membership.body.slug)),
    ).toEqual(new Set(['evidence-group', 'design-group']));
    for (const item of [...preview.ending, ...preview.crossSeatsEnding]) {
      expect(item.endsOn).toBe('2026-12-31');
    }
    const names = preview.ending.map((item: Json) => item.membership.person.fullName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    // It can still meet up to its last day: the meeting forms offer it until then.
    const STILL = `query ($before: LocalDate, $on: LocalDate) {
      body(slug: "experts-by-experience-board") {
        before: stillExists(on: $before) on: stillExists(on: $on)
        existsBefore: existsOn(on: $before) existsOn: existsOn(on: $on)
        existedFirst: existsOn(on: "2021-03-15") notYet: existsOn(on: "2021-03-14")
      }
    }`;
    expect(
      dataOf(await api.graphql(STILL, { before: '2026-12-31', on: '2027-01-01' })).body,
    ).toEqual({
      before: true,
      on: false,
      existsBefore: true,
      existsOn: false,
      existedFirst: true,
      notYet: false,
    });
    // Once dissolved, there is nothing left to preview.
    const [board] = await sql(`SELECT id FROM body WHERE slug = 'experts-by-experience-board'`);
    const again = await api.graphql(PREVIEW, { id: board.id, on: '2027-06-01' }, secretariat);
    expect(outcomeOf(again)).toBe('INVALID_TRANSITION');
  });

  it('with a future membership, a role changed ahead and cross-seats resting on them', async () => {
    const manager = api.db.dataSource.manager;
    const panel = await manager.save(
      manager.create(
        BodyEntity,
        buildBody({ slug: 'care-panel', name: 'Care Panel', establishedOn: '2022-01-10' }),
      ),
    );
    const [design] = await sql(`SELECT id FROM body WHERE slug = 'design-group'`);
    const person = async (fullName: string) =>
      (await manager.save(manager.create(PersonEntity, buildPerson({ fullName })))).id as string;
    const [ada, ben, cat, dan, eve] = [
      await person('Ada Quist'),
      await person('Ben Rowe'),
      await person('Cat Soto'),
      await person('Dan Tull'),
      await person('Eve Vance'),
    ];
    const membership = async (fields: Parameters<typeof buildMembership>[0]) =>
      (await manager.save(manager.create(MembershipEntity, buildMembership(fields)))).id as string;
    const seat = (personId: string, startsOn: string, endsOn: string | null = null) =>
      membership({
        personId,
        bodyId: design.id,
        seat: 'CROSS_SEAT',
        fromBodyId: panel.id,
        startsOn,
        endsOn,
      });
    const ids = {
      ada: await membership({ personId: ada, bodyId: panel.id, startsOn: '2022-02-01' }),
      adaSeat: await seat(ada, '2022-03-01'),
      // Appointed to begin after the last day: removed, and the cross-seat with it.
      ben: await membership({ personId: ben, bodyId: panel.id, startsOn: '2027-06-01' }),
      benSeat: await seat(ben, '2027-06-01'),
      // Over long before: left alone.
      cat: await membership({
        personId: cat,
        bodyId: panel.id,
        startsOn: '2022-02-01',
        endsOn: '2023-12-31',
      }),
      // A chair until the end of 2027, a member after: the first ends, the second goes.
      danChair: await membership({
        personId: dan,
        bodyId: panel.id,
        role: 'CHAIR',
        startsOn: '2022-02-01',
        endsOn: '2027-12-31',
      }),
      danMember: await membership({ personId: dan, bodyId: panel.id, startsOn: '2028-01-01' }),
      danSeat: await seat(dan, '2024-01-01'),
      // A member throughout, with a cross-seat due to begin after the last day: removed.
      eve: await membership({ personId: eve, bodyId: panel.id, startsOn: '2022-02-01' }),
      eveSeat: await seat(eve, '2027-05-01', '2027-09-30'),
    };
    const tooEarly = await api.graphql(PREVIEW, { id: panel.id, on: '2022-01-10' }, secretariat);
    expect(outcomeOf(tooEarly)).toBe('BAD_USER_INPUT');
    expect(tooEarly.errors?.[0]?.extensions?.details).toEqual({ field: 'dissolvedOn' });

    const preview = await previewThenDissolve('care-panel', '2027-04-01');
    expect(promised(preview)).toEqual({
      ending: {
        [ids.ada]: '2027-03-31',
        [ids.danChair]: '2027-03-31',
        [ids.eve]: '2027-03-31',
      },
      cancelled: [ids.ben, ids.danMember].sort(),
      crossSeatsEnding: { [ids.adaSeat]: '2027-03-31', [ids.danSeat]: '2027-03-31' },
      crossSeatsCancelled: [ids.benSeat, ids.eveSeat].sort(),
    });
    expect(
      preview.crossSeatsCancelled.map((item: Json) => [item.person.fullName, item.startsOn]),
    ).toEqual([
      ['Ben Rowe', '2027-06-01'],
      ['Eve Vance', '2027-05-01'],
    ]);
  });

  it('refuses to dissolve a body on the day it was established: a body lasts a day at least', async () => {
    const manager = api.db.dataSource.manager;
    const body = await manager.save(
      manager.create(BodyEntity, buildBody({ slug: 'one-day', establishedOn: '2024-05-01' })),
    );
    const sameDay = await api.graphql(DISSOLVE, { id: body.id, on: '2024-05-01' }, secretariat);
    expect(outcomeOf(sameDay)).toBe('BAD_USER_INPUT');
    expect(sameDay.errors?.[0]?.extensions?.details).toEqual({ field: 'dissolvedOn' });
    const nextDay = await api.graphql(DISSOLVE, { id: body.id, on: '2024-05-02' }, secretariat);
    expect(dataOf(nextDay).dissolveBody).toEqual({ dissolvedOn: '2024-05-02' });
  });
});
