import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { AuditService, type Actor } from '@boards/api/audit';
import { createDataSource, BodyEntity, PersonEntity } from '@boards/api/database';
import {
  buildBody,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '@boards/api/database/testing';
import { Clock, DataLoaderFactory } from '@boards/api/graphql';
import { DEV_TOTP_ENCRYPTION_KEY, SessionsService } from '@boards/api/identity';
import {
  addDays,
  assertNoOverlap,
  DomainError,
  firstUncoveredDay,
  nonCompliantPeriods,
  type SeatHolding,
} from '@boards/domain';
import { MembershipsService } from './memberships.service';

const ACTOR: Actor = { accountId: null, label: 'Test secretariat' };

function serviceOn(dataSource: DataSource): MembershipsService {
  const sessions = new SessionsService(
    dataSource,
    {
      idleTimeoutMinutes: 60,
      absoluteTimeoutHours: 12,
      secureCookies: false,
      maxFailuresPerAccount: 5,
      maxFailuresPerAddress: 50,
      throttleWindowMinutes: 15,
      totpEncryptionKey: Buffer.from(DEV_TOTP_ENCRYPTION_KEY, 'base64'),
      requireStaffTotp: false,
    },
    new Clock(),
  );
  const service = new MembershipsService(
    dataSource,
    new DataLoaderFactory(),
    new AuditService(),
    sessions,
    new Clock(),
  );
  service.onModuleInit();
  return service;
}

/** The code a refusal carries, or OK. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('MembershipsService under concurrency and interleaving (real PostgreSQL)', () => {
  let db: TestDatabase;
  let service: MembershipsService;
  const sql = (text: string, params: unknown[] = []) => db.dataSource.query(text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    service = serviceOn(db.dataSource);
  });
  afterAll(() => db?.drop());

  async function body(kind: 'BOARD' | 'GROUP'): Promise<BodyEntity> {
    const bodies = db.dataSource.getRepository(BodyEntity);
    return bodies.save(bodies.create(buildBody({ kind, establishedOn: '2020-01-01' })));
  }

  async function people(count: number): Promise<PersonEntity[]> {
    const repository = db.dataSource.getRepository(PersonEntity);
    return repository.save(Array.from({ length: count }, () => repository.create(buildPerson())));
  }

  async function rule(target: BodyEntity, from: BodyEntity, minSeats: number, maxSeats: number) {
    const [{ id }] = await sql(
      `INSERT INTO cross_seat_rule (target_body_id, from_body_id) VALUES ($1, $2) RETURNING id`,
      [target.id, from.id],
    );
    await sql(
      `INSERT INTO cross_seat_rule_version (rule_id, effective_from, min_seats, max_seats)
       VALUES ($1, '2020-01-01', $2, $3)`,
      [id, minSeats, maxSeats],
    );
  }

  it('fills exactly the free cross-seats when twenty appointments race for them', async () => {
    const board = await body('BOARD');
    const group = await body('GROUP');
    await rule(group, board, 2, 4);
    const everyone = await people(21);
    for (const person of everyone) {
      await service.appoint(
        { personId: person.id, bodyId: board.id, role: 'MEMBER', startsOn: '2023-01-01' },
        ACTOR,
      );
    }
    // One seat held: three are free.
    await service.appoint(
      {
        personId: everyone[0].id,
        bodyId: group.id,
        role: 'MEMBER',
        startsOn: '2023-06-01',
        fromBodyId: board.id,
      },
      ACTOR,
    );
    const [{ count: auditBefore }] = await sql(`SELECT count(*)::int AS count FROM audit_event`);

    // Twenty connections, so that the twenty transactions really run at once.
    const wide = createDataSource({ url: db.url, poolSize: 20, logging: 'none' });
    await wide.initialize();
    try {
      const racing = serviceOn(wide);
      const outcomes = await Promise.all(
        everyone.slice(1).map((person) =>
          outcome(() =>
            racing.appoint(
              {
                personId: person.id,
                bodyId: group.id,
                role: 'MEMBER',
                startsOn: '2024-01-01',
                fromBodyId: board.id,
              },
              ACTOR,
            ),
          ),
        ),
      );
      expect(outcomes.filter((o) => o === 'OK')).toHaveLength(3);
      expect(outcomes.filter((o) => o === 'CROSS_SEAT_RULE')).toHaveLength(17);
    } finally {
      await wide.destroy();
    }
    const [{ held }] = await sql(
      `SELECT count(*)::int AS held FROM membership
        WHERE body_id = $1 AND seat = 'CROSS_SEAT' AND starts_on <= '2024-01-01'
          AND (ends_on IS NULL OR ends_on >= '2024-01-01')`,
      [group.id],
    );
    expect(held).toBe(4);
    const [{ count: auditAfter }] = await sql(`SELECT count(*)::int AS count FROM audit_event`);
    expect(auditAfter - auditBefore).toBe(3);
  });

  describe('interleaved membership operations against a model', () => {
    /** Days are numbered from 1 January 2024; no generated date is later than day 400. */
    const START = '2024-01-01';
    const HORIZON = 400;
    const MAX_SEATS = 2;
    const iso = (day: number) => addDays(START, day);
    const dayOf = (date: string) =>
      Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${START}T00:00:00Z`)) / 86_400_000);

    interface Held {
      id: string;
      person: number;
      body: 'FROM' | 'TARGET';
      cross: boolean;
      start: number;
      end: number | null;
    }
    interface Model {
      held: Held[];
    }

    let from: BodyEntity;
    let target: BodyEntity;
    let persons: PersonEntity[];

    beforeAll(async () => {
      from = await body('BOARD');
      target = await body('GROUP');
      await rule(target, from, 1, MAX_SEATS);
      persons = await people(4);
    });

    const active = (h: Held, day: number) => h.start <= day && (h.end === null || day <= h.end);
    const overlap = (a: { start: number; end: number | null }, b: Held) =>
      (b.end === null || a.start <= b.end) && (a.end === null || b.start <= a.end);
    /**
     * The last day worth checking of a term: its own end, or for an open-ended one the day after
     * every dated end in the model (extensions can reach past HORIZON); after that day nothing
     * changes, so an open-ended term covered until then is covered for good.
     */
    const lastDay = (model: Model, end: number | null) =>
      end !== null
        ? end
        : 1 + Math.max(HORIZON, ...model.held.flatMap((h) => (h.end === null ? [] : [h.end])));

    /** The first day of [start, end] the person is not on the from-body, or null. */
    function uncovered(model: Model, person: number, start: number, end: number | null) {
      const theirs = model.held.filter((h) => h.person === person && h.body === 'FROM');
      for (let day = start; day <= lastDay(model, end); day++) {
        if (!theirs.some((h) => active(h, day))) return day;
      }
      return null;
    }

    /** Whether some day of [start, end] already has every cross-seat taken (`except` aside). */
    function full(model: Model, start: number, end: number | null, except?: string) {
      const seats = model.held.filter((h) => h.cross && h.id !== except);
      for (let day = start; day <= lastDay(model, end); day++) {
        if (seats.filter((h) => active(h, day)).length >= MAX_SEATS) return true;
      }
      return false;
    }

    /** What the rules say of a term for a person on a body: OK or the refusal's code. */
    function judge(model: Model, candidate: Omit<Held, 'id'>, except?: string): string {
      const mine = model.held.filter(
        (h) => h.person === candidate.person && h.body === candidate.body && h.id !== except,
      );
      if (mine.some((h) => overlap(candidate, h))) return 'MEMBERSHIP_OVERLAP';
      if (candidate.cross) {
        if (uncovered(model, candidate.person, candidate.start, candidate.end) !== null) {
          return 'CROSS_SEAT_RULE';
        }
        if (full(model, candidate.start, candidate.end, except)) return 'CROSS_SEAT_RULE';
      }
      return 'OK';
    }

    /** After a from-body term changed: cross-seats no longer covered end, or go if never covered. */
    function cascade(model: Model, person: number): void {
      for (const seat of model.held.filter((h) => h.cross && h.person === person)) {
        const day = uncovered(model, person, seat.start, seat.end);
        if (day === null) continue;
        if (day <= seat.start) model.held = model.held.filter((h) => h !== seat);
        else seat.end = day - 1;
      }
    }

    async function version(id: string): Promise<number> {
      const [row] = await sql(`SELECT version FROM membership WHERE id = $1`, [id]);
      return row.version;
    }

    /** The database agrees with the model, and every rule holds in it. */
    async function checkAgainst(model: Model): Promise<void> {
      const rows: SeatHolding[] = await sql(
        `SELECT id AS "membershipId", person_id AS "personId", body_id AS "bodyId", seat,
                from_body_id AS "fromBodyId", starts_on AS "startsOn", ends_on AS "endsOn"
           FROM membership WHERE body_id = ANY($1)`,
        [[from.id, target.id]],
      );
      const actual = rows
        .map((r) => ({
          id: r.membershipId,
          person: persons.findIndex((p) => p.id === r.personId),
          body: r.bodyId === from.id ? 'FROM' : 'TARGET',
          cross: r.seat === 'CROSS_SEAT',
          start: dayOf(r.startsOn),
          end: r.endsOn === null ? null : dayOf(r.endsOn),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(actual).toEqual([...model.held].sort((a, b) => a.id.localeCompare(b.id)));

      for (const row of rows) {
        const same = rows.filter((r) => r.personId === row.personId && r.bodyId === row.bodyId);
        assertNoOverlap(
          { ...row, id: row.membershipId },
          same.map((r) => ({ ...r, id: r.membershipId })),
        );
        if (row.seat === 'CROSS_SEAT') {
          expect(row.fromBodyId).toBe(from.id);
          const fromTerms = rows.filter((r) => r.personId === row.personId && r.bodyId === from.id);
          expect(firstUncoveredDay(fromTerms, row)).toBeNull();
        }
      }
      const over = nonCompliantPeriods(
        { targetBodyId: target.id, fromBodyId: from.id, minSeats: 1, maxSeats: MAX_SEATS },
        rows,
        { from: target.establishedOn, to: null },
        { from: target.establishedOn, to: null },
      ).filter((period) => period.status === 'OVER');
      expect(over).toEqual([]);
    }

    type Command = fc.AsyncCommand<Model, MembershipsService>;

    class Appoint implements Command {
      constructor(
        readonly person: number,
        readonly body: 'FROM' | 'TARGET',
        readonly cross: boolean,
        readonly start: number,
        readonly length: number | null,
      ) {}
      check = () => true;
      async run(model: Model, real: MembershipsService): Promise<void> {
        const candidate = {
          person: this.person,
          body: this.cross ? ('TARGET' as const) : this.body,
          cross: this.cross,
          start: this.start,
          end: this.length === null ? null : this.start + this.length,
        };
        const expected = judge(model, candidate);
        let created: { id: string } | undefined;
        const got = await outcome(async () => {
          created = await real.appoint(
            {
              personId: persons[candidate.person].id,
              bodyId: candidate.body === 'FROM' ? from.id : target.id,
              role: 'MEMBER',
              startsOn: iso(candidate.start),
              endsOn: candidate.end === null ? null : iso(candidate.end),
              fromBodyId: candidate.cross ? from.id : null,
            },
            ACTOR,
          );
        });
        expect(got).toBe(expected);
        if (created) model.held.push({ id: created.id, ...candidate });
        await checkAgainst(model);
      }
      toString = () =>
        `appoint(p${this.person}, ${this.cross ? 'cross-seat' : this.body}, ${this.start}+${this.length})`;
    }

    class End implements Command {
      constructor(
        readonly pick: number,
        readonly day: number,
        readonly fromBodyOnly: boolean,
      ) {}
      private chosen(model: Model): Held | undefined {
        const choices = this.fromBodyOnly
          ? model.held.filter((h) => h.body === 'FROM')
          : model.held;
        return choices[this.pick % Math.max(1, choices.length)];
      }
      check = (model: Readonly<Model>) => this.chosen(model as Model) !== undefined;
      async run(model: Model, real: MembershipsService): Promise<void> {
        const held = this.chosen(model) as Held;
        const expected =
          this.day < held.start
            ? 'BAD_USER_INPUT'
            : held.end !== null && held.end <= this.day
              ? 'INVALID_TRANSITION'
              : 'OK';
        const got = await outcome(async () =>
          real.end(
            held.id,
            { endsOn: iso(this.day), reason: 'Stepped down' },
            await version(held.id),
            ACTOR,
          ),
        );
        expect(got).toBe(expected);
        if (got === 'OK') {
          held.end = this.day;
          if (held.body === 'FROM') cascade(model, held.person);
        }
        await checkAgainst(model);
      }
      toString = () => `end(${this.fromBodyOnly ? 'from-body ' : ''}#${this.pick}, ${this.day})`;
    }

    class Extend implements Command {
      constructor(
        readonly pick: number,
        readonly by: number | null,
      ) {}
      check = (model: Readonly<Model>) => model.held.length > 0;
      async run(model: Model, real: MembershipsService): Promise<void> {
        const held = model.held[this.pick % model.held.length];
        const newEnd = this.by === null || held.end === null ? null : held.end + this.by;
        const expected =
          held.end === null
            ? 'INVALID_TRANSITION'
            : newEnd !== null && newEnd <= held.end
              ? 'BAD_USER_INPUT'
              : judge(model, { ...held, end: newEnd }, held.id);
        const got = await outcome(async () =>
          real.extend(
            held.id,
            { endsOn: newEnd === null ? null : iso(newEnd) },
            await version(held.id),
            ACTOR,
          ),
        );
        expect(got).toBe(expected);
        if (got === 'OK') held.end = newEnd;
        await checkAgainst(model);
      }
      toString = () => `extend(#${this.pick}, ${this.by})`;
    }

    const day = fc.integer({ min: 0, max: 365 });
    const length = fc.option(fc.integer({ min: 0, max: 200 }), { freq: 3 });
    const person = fc.integer({ min: 0, max: 3 });
    const commands = [
      // Board memberships twice as often: cross-seats need them.
      fc.tuple(person, day, length).map(([p, s, l]) => new Appoint(p, 'FROM', false, s, l)),
      fc
        .tuple(person, fc.constantFrom('FROM' as const, 'TARGET' as const), day, length)
        .map(([p, b, s, l]) => new Appoint(p, b, false, s, l)),
      fc.tuple(person, day, length).map(([p, s, l]) => new Appoint(p, 'TARGET', true, s, l)),
      fc.tuple(fc.nat(), day).map(([pick, d]) => new End(pick, d, false)),
      fc.tuple(fc.nat(), day).map(([pick, d]) => new End(pick, d, true)),
      fc
        .tuple(fc.nat(), fc.option(fc.integer({ min: -20, max: 150 }), { freq: 4 }))
        .map(([pick, by]) => new Extend(pick, by)),
    ];

    it('keeps every rule, and does what the model says, after each step', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.commands(commands, { maxCommands: 30, size: 'large' }),
          async (steps) => {
            await sql(`DELETE FROM membership WHERE body_id = ANY($1)`, [[from.id, target.id]]);
            await fc.asyncModelRun(() => ({ model: { held: [] }, real: service }), steps);
          },
        ),
        { numRuns: 30 },
      );
    });
  });
});
