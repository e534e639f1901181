import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  AccountEntity,
  BodyEntity,
  MembershipEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
  membershipHeldOnSql,
  refusedBy,
} from '@boards/api/database';
import {
  Clock,
  rowsForIds,
  DataLoaderFactory,
  isUuid,
  loaderKey,
  parseInput,
} from '@boards/api/graphql';
import { AuditService, type Actor } from '@boards/api/audit';
import { SessionsService } from '@boards/api/identity';
import {
  bodyDays,
  bodyLastDay,
  assertCrossSeat,
  assertNoOverlap,
  checkCrossSeat,
  crossSeatCascade,
  DomainError,
  endTerm,
  extendTerm,
  formatLongDate,
  londonDate,
  splitTermAt,
  termStatus,
  planDissolution,
  validateTerm,
  ruleWindows,
  type DissolutionPlan,
  type MembershipEnding,
  type RuleInForce,
  type SeatHolding,
  type Term,
} from '@boards/domain';
import { loadRuleRecords, toHistory } from './cross-seat-rules';
import {
  appointmentSchema,
  changeRoleSchema,
  correctMembershipSchema,
  endMembershipSchema,
  extendMembershipSchema,
  MEMBERSHIP_ROLE_LABELS,
  removeMembershipSchema,
  type Appointment,
  type MembershipRole,
  type AuditAction,
} from '@boards/shared/contracts';
import { MembershipStatus, type MembershipModel } from './membership.model';

/** A membership with its person and the person's consent history, loaded in one statement. */
export interface MemberRow {
  membership: MembershipEntity;
  person: PersonEntity;
  consents: PersonDisplayConsentEntity[];
}

/** Key: `${bodyId}@${YYYY-MM-DD}`: who sits on the body that day. */
export const MEMBERS_ON = loaderKey<string, MemberRow[]>('membersOn');
/** Key: a body id: every membership of the body, past, current and future. */
export const MEMBERSHIPS_OF_BODY = loaderKey<string, MemberRow[]>('membershipsOfBody');
/** Key: a person id: every membership of the person, on any body. */
export const MEMBERSHIP_BY_ID = loaderKey<string, MembershipEntity | null>('membershipById');

export const membersOnKey = (bodyId: string, on: string) => `${bodyId}@${on}`;

export function toMembershipModel(entity: MembershipEntity, today: string): MembershipModel {
  return {
    id: entity.id,
    personId: entity.personId,
    bodyId: entity.bodyId,
    fromBodyId: entity.fromBodyId,
    role: entity.role,
    seat: entity.seat,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    endReason: entity.endReason,
    status: MembershipStatus[termStatus(entity, today)],
    version: entity.version,
  };
}

export function toHolding(entity: MembershipEntity): SeatHolding {
  return {
    membershipId: entity.id,
    personId: entity.personId,
    bodyId: entity.bodyId,
    seat: entity.seat,
    fromBodyId: entity.fromBodyId,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
  };
}

/** What the trail keeps of a membership. */
function snapshot(m: MembershipEntity): Record<string, unknown> {
  return {
    personId: m.personId,
    bodyId: m.bodyId,
    role: m.role,
    seat: m.seat,
    fromBodyId: m.fromBodyId,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    endReason: m.endReason,
  };
}

const notFound = (what: string) => new DomainError('NOT_FOUND', `There is no such ${what}`);

export interface Refusal {
  code: string;
  message: string;
  field: string | null;
  on: string | null;
}

export interface AppointmentPreview {
  allowed: boolean;
  refusals: Refusal[];
  seatsBefore: number;
  seatsAfter: number;
  /** the rule's terms in force on the first day of the cross-seat */
  rule: RuleInForce | null;
}

/** What dissolving a body would do (`previewDissolution`): the records as they are now. */
export interface DissolutionPreview {
  dissolvedOn: string;
  lastDay: string;
  ending: { membership: MembershipEntity; endsOn: string }[];
  cancelled: MembershipEntity[];
  crossSeatsEnding: { membership: MembershipEntity; endsOn: string }[];
  crossSeatsCancelled: MembershipEntity[];
}

export interface MembershipChange {
  membership: MembershipEntity | null;
  crossSeatsEnded: MembershipEntity[];
  crossSeatsCancelled: MembershipEntity[];
  sessionsEnded: number;
}

/**
 * Memberships: appointing, changing, ending and correcting them, each in one transaction with
 * its cross-seat consequences and its audit entries. Membership writes take one advisory lock,
 * so two secretariat users can never both fill the last cross-seat.
 */
@Injectable()
export class MembershipsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.loaders.register(MEMBERS_ON, (keys) => this.membersOn(keys));
    this.loaders.register(MEMBERSHIPS_OF_BODY, (ids) => this.membershipsOfBodies(ids));
    this.loaders.register(MEMBERSHIP_BY_ID, (ids) => this.findByIds(ids));
  }

  // ---- Reading --------------------------------------------------------------------------

  private memberRows(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.person', PersonEntity, 'p', 'p.id = m.person_id')
      .leftJoinAndMapMany(
        'm.consents',
        PersonDisplayConsentEntity,
        'c',
        'c.person_id = m.person_id',
      )
      .orderBy('m.starts_on', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .addOrderBy('c.effective_on', 'ASC')
      .addOrderBy('c.recorded_at', 'ASC')
      .addOrderBy('c.id', 'ASC');
  }

  private static toRow(entity: MembershipEntity): MemberRow {
    const joined = entity as MembershipEntity & {
      person: PersonEntity;
      consents?: PersonDisplayConsentEntity[];
    };
    const { person, consents, ...membership } = joined;
    return {
      membership: membership as MembershipEntity,
      person,
      consents: consents ?? [],
    };
  }

  /** One statement for any number of (body, date) keys of the same date; one per distinct date. */
  async membersOn(keys: readonly string[]): Promise<MemberRow[][]> {
    const byDate = new Map<string, string[]>();
    for (const key of keys) {
      const at = key.lastIndexOf('@');
      const [bodyId, on] = [key.slice(0, at), key.slice(at + 1)];
      if (isUuid(bodyId)) byDate.set(on, [...(byDate.get(on) ?? []), bodyId]);
    }
    const result = new Map<string, MemberRow[]>();
    for (const [on, bodyIds] of byDate) {
      const rows = await this.memberRows()
        .where('m.body_id = ANY(:bodyIds)', { bodyIds: [...new Set(bodyIds)] })
        .andWhere(membershipHeldOnSql('m', ':on'), { on })
        .getMany();
      for (const row of rows.map(MembershipsService.toRow)) {
        const key = membersOnKey(row.membership.bodyId, on);
        result.set(key, [...(result.get(key) ?? []), row]);
      }
    }
    return keys.map((key) => result.get(key) ?? []);
  }

  async membershipsOfBodies(bodyIds: readonly string[]): Promise<MemberRow[][]> {
    return rowsForIds(
      bodyIds,
      async (valid) =>
        (await this.memberRows().where('m.body_id = ANY(:valid)', { valid }).getMany()).map(
          MembershipsService.toRow,
        ),
      (row) => row.membership.bodyId,
    );
  }

  async findByIds(ids: readonly string[]): Promise<(MembershipEntity | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length
      ? await this.dataSource
          .getRepository(MembershipEntity)
          .createQueryBuilder('m')
          .where('m.id = ANY(:valid)', { valid })
          .getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  // ---- Checking -------------------------------------------------------------------------

  /** Everything the cross-seat rule needs to judge `candidate`, a seat on `body`. */
  private async crossSeatContext(
    manager: EntityManager,
    candidate: SeatHolding,
    body: BodyEntity,
  ): Promise<{ holdings: SeatHolding[]; rules: RuleInForce[] }> {
    const rows = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.body_id = :target', { target: candidate.bodyId })
      .orWhere('(m.person_id = :person AND m.body_id = :from)', {
        person: candidate.personId,
        from: candidate.fromBodyId,
      })
      .getMany();
    const records = await loadRuleRecords(manager, [body.id]);
    const rules = records.flatMap((record) => ruleWindows(toHistory(record), bodyDays(body)));
    return { holdings: rows.map(toHolding), rules };
  }

  /** The body exists on every day of the term. */
  private static assertWithinBody(body: BodyEntity, term: Term): void {
    if (term.startsOn < body.establishedOn) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The membership cannot start before ${body.name} was established on ${formatLongDate(body.establishedOn)}`,
        { field: 'startsOn' },
      );
    }
    const last = bodyLastDay(body);
    if (last !== null && (term.endsOn === null || term.endsOn > last)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `${body.name} was dissolved on ${formatLongDate(body.dissolvedOn as string)}: the membership must end by ${formatLongDate(last)}`,
        { field: 'endsOn' },
      );
    }
  }

  private async bodyOrThrow(manager: EntityManager, id: string): Promise<BodyEntity> {
    const body = isUuid(id) ? await manager.findOneBy(BodyEntity, { id }) : null;
    if (!body) throw notFound('body');
    return body;
  }

  /**
   * What appointing would do, without writing anything: every refusal that applies (overlap,
   * cross-seat rule, body dates) and the seats held before and after.
   */
  async previewAppointment(input: unknown): Promise<AppointmentPreview> {
    const appointment = parseInput(appointmentSchema, input);
    const manager = this.dataSource.manager;
    const body = await this.bodyOrThrow(manager, appointment.bodyId);
    const person = await manager.findOneBy(PersonEntity, { id: appointment.personId });
    if (!person) throw notFound('person');
    const refusals: Refusal[] = [];
    const collect = (check: () => void) => {
      try {
        check();
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refusals.push({
          code: error.code,
          message: error.message,
          field: (error.details?.['field'] as string | undefined) ?? null,
          on: null,
        });
      }
    };
    collect(() => MembershipsService.assertWithinBody(body, appointment));
    const candidate = this.candidateOf(appointment);
    if (appointment.fromBodyId === null) {
      const mine = await manager.findBy(MembershipEntity, {
        personId: appointment.personId,
        bodyId: appointment.bodyId,
      });
      collect(() => assertNoOverlap(candidate, mine));
      return {
        allowed: refusals.length === 0,
        refusals,
        seatsBefore: 0,
        seatsAfter: 0,
        rule: null,
      };
    }
    const { holdings, rules } = await this.crossSeatContext(manager, candidate, body);
    const check = checkCrossSeat(candidate, holdings, rules);
    for (const refusal of check.refusals) {
      refusals.push({
        code: refusal.code,
        message: refusal.message,
        field: refusal.field ?? null,
        on: refusal.on ?? null,
      });
    }
    return {
      allowed: refusals.length === 0,
      refusals,
      seatsBefore: check.seatsBefore,
      seatsAfter: check.seatsAfter,
      rule: check.rule,
    };
  }

  private candidateOf(appointment: Appointment): SeatHolding {
    return {
      membershipId: '',
      personId: appointment.personId,
      bodyId: appointment.bodyId,
      seat: appointment.fromBodyId ? 'CROSS_SEAT' : 'ORDINARY',
      fromBodyId: appointment.fromBodyId,
      startsOn: appointment.startsOn,
      endsOn: appointment.endsOn,
    };
  }

  // ---- Writing --------------------------------------------------------------------------

  /** One transaction holding the membership lock; overlaps the database catches become MEMBERSHIP_OVERLAP. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('membership-writes'))`);
        return work(manager);
      });
    } catch (error) {
      if (refusedBy(error, 'membership_no_overlap')) {
        throw new DomainError(
          'MEMBERSHIP_OVERLAP',
          'This person already has a membership of this body for some of those dates',
        );
      }
      throw error;
    }
  }

  /** Run `work` inside the membership lock (for imports that appoint many people at once). */
  inWriteTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.write(work);
  }

  async appoint(input: unknown, actor: Actor): Promise<MembershipEntity> {
    const appointment = parseInput(appointmentSchema, input);
    return this.write((manager) => this.appointIn(manager, appointment, actor));
  }

  /** Appoints within the caller's locked transaction: checks every rule, writes, audits. */
  async appointIn(
    manager: EntityManager,
    appointment: Appointment,
    actor: Actor,
  ): Promise<MembershipEntity> {
    const body = await this.bodyOrThrow(manager, appointment.bodyId);
    const person = await manager.findOneBy(PersonEntity, { id: appointment.personId });
    if (!person) throw notFound('person');
    validateTerm(appointment);
    MembershipsService.assertWithinBody(body, appointment);
    const candidate = this.candidateOf(appointment);
    const mine = await manager.findBy(MembershipEntity, {
      personId: appointment.personId,
      bodyId: appointment.bodyId,
    });
    assertNoOverlap(candidate, mine);
    if (appointment.fromBodyId !== null) {
      await this.bodyOrThrow(manager, appointment.fromBodyId);
      const { holdings, rules } = await this.crossSeatContext(manager, candidate, body);
      assertCrossSeat(candidate, holdings, rules);
    }
    const membership = await manager.save(
      manager.create(MembershipEntity, {
        personId: appointment.personId,
        bodyId: appointment.bodyId,
        role: appointment.role,
        seat: candidate.seat,
        fromBodyId: appointment.fromBodyId,
        startsOn: appointment.startsOn,
        endsOn: appointment.endsOn,
        endReason: null,
      }),
    );
    await this.record(
      manager,
      actor,
      'membership.appoint',
      membership.id,
      null,
      snapshot(membership),
    );
    return membership;
  }

  /** One entry in the trail for a membership: what it was (null when new) and what it became. */
  private record(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction,
    membershipId: string,
    before: MembershipEntity | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, actor, {
      action,
      objectType: 'Membership',
      objectId: membershipId,
      before: before ? snapshot(before) : null,
      after,
    });
  }

  /** The membership, locked, at the version the caller loaded; CONFLICT if it has moved on. */
  private async loadForChange(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
  ): Promise<MembershipEntity> {
    const membership = isUuid(id)
      ? await manager
          .getRepository(MembershipEntity)
          .createQueryBuilder('m')
          .setLock('pessimistic_write')
          .where('m.id = :id', { id })
          .getOne()
      : null;
    if (!membership) throw notFound('membership');
    if (membership.version !== expectedVersion) {
      throw new DomainError(
        'CONFLICT',
        'Someone else changed this membership while you were looking at it. Check it again and make your change',
      );
    }
    return membership;
  }

  /** Saves `next` over `before` with the version checked in the UPDATE itself. */
  private async saveChange(
    manager: EntityManager,
    before: MembershipEntity,
    next: Partial<Pick<MembershipEntity, 'role' | 'startsOn' | 'endsOn' | 'endReason'>>,
  ): Promise<MembershipEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ ...next, version: before.version + 1 })
      .where('id = :id AND version = :version', { id: before.id, version: before.version })
      .execute();
    if ((result.affected ?? 0) !== 1) {
      throw new DomainError('CONFLICT', 'Someone else changed this membership at the same time');
    }
    return manager.findOneByOrFail(MembershipEntity, { id: before.id });
  }

  /** Checks a changed cross-seat (or a changed ordinary membership's overlaps) before saving. */
  private async assertChangedTerm(
    manager: EntityManager,
    membership: MembershipEntity,
    term: Term,
  ): Promise<void> {
    validateTerm(term);
    const body = await this.bodyOrThrow(manager, membership.bodyId);
    MembershipsService.assertWithinBody(body, term);
    const candidate = { ...toHolding(membership), ...term };
    const mine = await manager.findBy(MembershipEntity, {
      personId: membership.personId,
      bodyId: membership.bodyId,
    });
    assertNoOverlap({ ...term, id: membership.id }, mine);
    if (membership.seat === 'CROSS_SEAT') {
      const { holdings, rules } = await this.crossSeatContext(manager, candidate, body);
      assertCrossSeat(candidate, holdings, rules);
    }
  }

  /**
   * After a person's memberships of `bodyId` changed: their cross-seats resting on that body
   * that are no longer covered end (or, never begun, are removed); and if they now sit on no
   * body from today on and hold no staff grant, their sessions end.
   */
  private async afterMembershipChange(
    manager: EntityManager,
    changed: Pick<MembershipEntity, 'personId' | 'bodyId'>,
    actor: Actor,
    cause: string,
    now: Date,
  ): Promise<Omit<MembershipChange, 'membership'>> {
    const { personId, bodyId } = changed;
    const theirs = await manager.findBy(MembershipEntity, { personId });
    const fromBodyTerms = theirs.filter((m) => m.bodyId === bodyId);
    const resting = theirs.filter((m) => m.seat === 'CROSS_SEAT' && m.fromBodyId === bodyId);
    const crossSeatsEnded: MembershipEntity[] = [];
    const crossSeatsCancelled: MembershipEntity[] = [];
    const fromBody = resting.length ? await this.bodyOrThrow(manager, bodyId) : null;
    for (const action of crossSeatCascade(fromBodyTerms, resting.map(toHolding))) {
      const seat = resting.find((m) => m.id === action.membershipId) as MembershipEntity;
      if (action.action === 'END') {
        const ended = await this.saveChange(manager, seat, {
          endsOn: action.endsOn,
          endReason: `Their membership of ${fromBody?.name} ended`,
        });
        await this.record(manager, actor, 'membership.end', seat.id, seat, {
          ...snapshot(ended),
          cause,
        });
        crossSeatsEnded.push(ended);
      } else {
        await manager.delete(MembershipEntity, { id: seat.id });
        await this.record(manager, actor, 'membership.cancel', seat.id, seat, { cause });
        crossSeatsCancelled.push(seat);
      }
    }
    const sessionsEnded = await this.endSessionsIfNoLongerMember(
      manager,
      personId,
      londonDate(now),
    );
    return { crossSeatsEnded, crossSeatsCancelled, sessionsEnded };
  }

  private async endSessionsIfNoLongerMember(
    manager: EntityManager,
    personId: string,
    today: string,
  ): Promise<number> {
    const account = await manager.findOneBy(AccountEntity, { personId });
    if (!account || account.grants.length > 0) return 0;
    const stillSits = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.person_id = :personId AND (m.ends_on IS NULL OR m.ends_on >= :today)', {
        personId,
        today,
      })
      .getExists();
    return stillSits ? 0 : this.sessions.endAllFor(manager, account.id, 'NO_MEMBERSHIP');
  }

  /** Ends a membership on `endsOn` (its last day), with the cross-seats that rested on it. */
  async end(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
    now = this.clock.now(),
  ): Promise<MembershipChange> {
    const { endsOn, reason } = parseInput(endMembershipSchema, input);
    return this.write(async (manager) => {
      const before = await this.loadForChange(manager, id, expectedVersion);
      const term = endTerm(before, endsOn);
      const after = await this.saveChange(manager, before, {
        endsOn: term.endsOn,
        endReason: reason,
      });
      await this.record(manager, actor, 'membership.end', before.id, before, snapshot(after));
      const cascade = await this.afterMembershipChange(
        manager,
        before,
        actor,
        `membership ${before.id} ended`,
        now,
      );
      return { membership: after, ...cascade };
    });
  }

  /** Moves the last day later, or makes the membership open-ended. */
  async extend(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
  ): Promise<MembershipEntity> {
    const { endsOn } = parseInput(extendMembershipSchema, input);
    return this.write(async (manager) => {
      const before = await this.loadForChange(manager, id, expectedVersion);
      const term = extendTerm(before, endsOn);
      await this.assertChangedTerm(manager, before, term);
      const after = await this.saveChange(manager, before, {
        endsOn: term.endsOn,
        endReason: null,
      });
      await this.record(manager, actor, 'membership.extend', before.id, before, snapshot(after));
      return after;
    });
  }

  /**
   * A new role from a date: the membership so far ends the day before, and a new one in the new
   * role (same seat) runs on to the old end. From the first day, the role is simply replaced.
   */
  async changeRole(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
  ): Promise<MembershipEntity> {
    const { role, from } = parseInput(changeRoleSchema, input);
    return this.write(async (manager) => {
      const before = await this.loadForChange(manager, id, expectedVersion);
      if (role === before.role) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `They are already ${MEMBERSHIP_ROLE_LABELS[role].toLowerCase()} in this membership`,
          { field: 'role' },
        );
      }
      if (from === before.startsOn) {
        const after = await this.saveChange(manager, before, { role });
        await this.record(
          manager,
          actor,
          'membership.change-role',
          before.id,
          before,
          snapshot(after),
        );
        return after;
      }
      const [first, second] = splitTermAt(before, from);
      const ended = await this.saveChange(manager, before, {
        endsOn: first.endsOn,
        endReason: `Role changed to ${MEMBERSHIP_ROLE_LABELS[role].toLowerCase()}`,
      });
      const next = await manager.save(
        manager.create(MembershipEntity, {
          personId: before.personId,
          bodyId: before.bodyId,
          role: role as MembershipRole,
          seat: before.seat,
          fromBodyId: before.fromBodyId,
          startsOn: second.startsOn,
          endsOn: second.endsOn,
          endReason: second.endsOn === null ? null : before.endReason,
        }),
      );
      await this.record(manager, actor, 'membership.change-role', before.id, before, {
        ...snapshot(ended),
        continuedAs: next.id,
      });
      await this.record(manager, actor, 'membership.appoint', next.id, null, {
        ...snapshot(next),
        continues: before.id,
      });
      return next;
    });
  }

  /** Puts a recording mistake right (role, dates, end reason), with why, and its consequences. */
  async correct(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
    now = this.clock.now(),
  ): Promise<MembershipChange> {
    const correction = parseInput(correctMembershipSchema, input);
    return this.write(async (manager) => {
      const before = await this.loadForChange(manager, id, expectedVersion);
      const term = { startsOn: correction.startsOn, endsOn: correction.endsOn };
      await this.assertChangedTerm(manager, before, term);
      const after = await this.saveChange(manager, before, {
        role: correction.role,
        ...term,
        endReason: term.endsOn === null ? null : correction.endReason,
      });
      await this.record(manager, actor, 'membership.correct', before.id, before, {
        ...snapshot(after),
        reason: correction.reason,
      });
      const cascade = await this.afterMembershipChange(
        manager,
        before,
        actor,
        `membership ${before.id} corrected`,
        now,
      );
      return { membership: after, ...cascade };
    });
  }

  /** Deletes a membership recorded in error (the trail keeps what it was, and why). */
  async remove(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
    now = this.clock.now(),
  ): Promise<MembershipChange> {
    const { reason } = parseInput(removeMembershipSchema, input);
    return this.write(async (manager) => {
      const before = await this.loadForChange(manager, id, expectedVersion);
      await manager.delete(MembershipEntity, { id: before.id });
      await this.record(manager, actor, 'membership.remove', before.id, before, { reason });
      const cascade = await this.afterMembershipChange(
        manager,
        before,
        actor,
        `membership ${before.id} removed`,
        now,
      );
      return { membership: null, ...cascade };
    });
  }

  /** Everything dissolving `body` touches: its memberships, and the cross-seats resting on them. */
  private async dissolutionHoldings(
    manager: EntityManager,
    body: BodyEntity,
  ): Promise<{ memberships: MembershipEntity[]; crossSeats: MembershipEntity[] }> {
    const rows = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.body_id = :id', { id: body.id })
      .orWhere(`(m.seat = 'CROSS_SEAT' AND m.from_body_id = :id)`, { id: body.id })
      .orderBy('m.starts_on', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
    return {
      memberships: rows.filter((m) => m.bodyId === body.id),
      crossSeats: rows.filter((m) => m.bodyId !== body.id),
    };
  }

  /** The domain's plan for dissolving `body` from `dissolvedOn` (INVALID_TRANSITION, BAD_USER_INPUT). */
  private async planFor(
    manager: EntityManager,
    body: BodyEntity,
    dissolvedOn: string,
  ): Promise<{ plan: DissolutionPlan; byId: Map<string, MembershipEntity> }> {
    const { memberships, crossSeats } = await this.dissolutionHoldings(manager, body);
    const plan = planDissolution(
      body,
      dissolvedOn,
      memberships.map(toHolding),
      crossSeats.map(toHolding),
    );
    return { plan, byId: new Map([...memberships, ...crossSeats].map((m) => [m.id, m])) };
  }

  /**
   * What dissolving the body from `dissolvedOn` would do, without doing it: the same plan
   * `dissolveBody` carries out, each list ordered by the person's name, then start.
   */
  async previewDissolution(bodyId: string, dissolvedOn: string): Promise<DissolutionPreview> {
    const manager = this.dataSource.manager;
    const body = await this.bodyOrThrow(manager, bodyId);
    const { plan, byId } = await this.planFor(manager, body, dissolvedOn);
    const people = await manager.findBy(PersonEntity, {
      id: In([...new Set([...byId.values()].map((m) => m.personId))]),
    });
    const names = new Map(people.map((person) => [person.id, person.fullName]));
    const order = (a: MembershipEntity, b: MembershipEntity) =>
      (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? '', 'en-GB') ||
      a.startsOn.localeCompare(b.startsOn);
    const ends = (list: readonly MembershipEnding[]) =>
      list
        .map((end) => ({ membership: byId.get(end.membershipId) as MembershipEntity, ...end }))
        .sort((a, b) => order(a.membership, b.membership))
        .map(({ membership, endsOn }) => ({ membership, endsOn }));
    const removed = (ids: readonly string[]) =>
      ids.map((id) => byId.get(id) as MembershipEntity).sort(order);
    return {
      dissolvedOn: plan.dissolvedOn,
      lastDay: plan.lastDay,
      ending: ends(plan.ending),
      cancelled: removed(plan.cancelled),
      crossSeatsEnding: ends(plan.crossSeatsEnding),
      crossSeatsCancelled: removed(plan.crossSeatsCancelled),
    };
  }

  /**
   * Dissolves a body: it exists until the day before `dissolvedOn`. Carries out the domain's
   * plan (the one `previewDissolution` shows) in one transaction: its memberships end on its
   * last day (those not yet begun are removed), the cross-seats resting on them follow, and
   * anyone left sitting on no body loses their sessions.
   */
  async dissolveBody(
    bodyId: string,
    dissolvedOn: string,
    reason: string,
    actor: Actor,
    now = this.clock.now(),
  ): Promise<{ body: BodyEntity; plan: DissolutionPlan; sessionsEnded: number }> {
    const why = reason.trim();
    if (!why) {
      throw new DomainError('BAD_USER_INPUT', 'Enter why the body is being dissolved', {
        field: 'reason',
      });
    }
    return this.write(async (manager) => {
      const body = await this.bodyOrThrow(manager, bodyId);
      const { plan, byId } = await this.planFor(manager, body, dissolvedOn);
      await manager.update(
        BodyEntity,
        { id: body.id },
        { dissolvedOn, version: () => 'version + 1' },
      );
      await this.audit.record(manager, actor, {
        action: 'body.dissolve',
        objectType: 'Body',
        objectId: body.id,
        before: { dissolvedOn: null },
        after: { dissolvedOn, reason: why },
      });
      const cause = `body ${body.id} dissolved`;
      const end = async (ending: MembershipEnding, endReason: string, withCause: boolean) => {
        const before = byId.get(ending.membershipId) as MembershipEntity;
        const after = await this.saveChange(manager, before, { endsOn: ending.endsOn, endReason });
        await this.record(manager, actor, 'membership.end', before.id, before, {
          ...snapshot(after),
          ...(withCause ? { cause } : {}),
        });
      };
      const cancel = async (id: string) => {
        const before = byId.get(id) as MembershipEntity;
        await manager.delete(MembershipEntity, { id });
        await this.record(manager, actor, 'membership.cancel', id, before, { cause });
      };
      for (const ending of plan.ending) await end(ending, `${body.name} was dissolved`, false);
      for (const id of plan.cancelled) await cancel(id);
      for (const ending of plan.crossSeatsEnding) {
        await end(ending, `Their membership of ${body.name} ended`, true);
      }
      for (const id of plan.crossSeatsCancelled) await cancel(id);
      const changed = [...plan.ending.map((e) => e.membershipId), ...plan.cancelled];
      let sessionsEnded = 0;
      for (const personId of new Set(changed.map((id) => byId.get(id)?.personId as string))) {
        sessionsEnded += await this.endSessionsIfNoLongerMember(manager, personId, londonDate(now));
      }
      return {
        body: await manager.findOneByOrFail(BodyEntity, { id: body.id }),
        plan,
        sessionsEnded,
      };
    });
  }
}
