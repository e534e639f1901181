import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  entityFromJson,
  MembershipEntity,
  membershipHeldOnSql,
  preparedQuery,
  type PersonEntity,
} from '@boards/api/database';
import {
  DataLoaderFactory,
  rowsForIds,
  isStaff,
  loaderKey,
  type RequestLoaders,
  type RequestViewer,
} from '@boards/api/graphql';
import { consentForDisplay, publicView, type PersonView, type Viewer } from '@boards/domain';
import { PersonVisibility, type PersonViewModel } from './person.model';
import { CONSENT_HISTORY, toConsentEvents } from './people.service';

/** Key: `${personId}@${YYYY-MM-DD}`. Value: the bodies the person sits on that day (cross-seats too). */
export const BODIES_ON = loaderKey<string, ReadonlySet<string>>('bodiesOn');

export const bodiesOnKey = (personId: string, on: string) => `${personId}@${on}`;

/**
 * Every membership a person has held (cross-seats too), oldest first. Read once per request for
 * the one asking: what they may see of meetings, papers and other people all start from it.
 */
export const MEMBERSHIPS_OF_PERSON = loaderKey<string, MembershipEntity[]>('membershipsOfPerson');

const sitsOn = (membership: MembershipEntity, on: string) =>
  membership.startsOn <= on && (membership.endsOn === null || membership.endsOn >= on);

export function toPersonViewModel(personId: string, view: PersonView): PersonViewModel {
  return {
    // An id would let the same anonymous person be followed across bodies and dates.
    id: view.visibility === 'NAMED' ? personId : null,
    visibility: PersonVisibility[view.visibility],
    displayName: view.displayName,
    affiliation: view.affiliation,
    bio: view.bio,
    livedExperience: view.livedExperience,
  };
}

/**
 * Decides, for each request, who the viewer is to a person on a date, and applies the public
 * display rule. Every resolver that shows a person to anyone but the secretariat or the person
 * themselves goes through `view`.
 */
@Injectable()
export class PersonViewService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
  ) {}

  onModuleInit(): void {
    this.loaders.register(BODIES_ON, (keys) => this.bodiesOn(keys));
    this.loaders.register(MEMBERSHIPS_OF_PERSON, (ids) => this.membershipsOfPeople(ids));
  }

  async membershipsOfPeople(personIds: readonly string[]): Promise<MembershipEntity[][]> {
    // The viewer's own memberships are read by nearly every signed-in request: a prepared
    // statement, no query builder.
    return rowsForIds(
      personIds,
      async (ids) =>
        (
          await preparedQuery(
            this.dataSource,
            `SELECT id, person_id, body_id, role, seat, from_body_id, starts_on, ends_on,
                    end_reason, version, created_at, updated_at
               FROM membership WHERE person_id = ANY($1::uuid[]) ORDER BY starts_on, id`,
            [ids],
          )
        ).map((row) => entityFromJson(this.dataSource, MembershipEntity, row)),
      (row) => row.personId,
    );
  }

  /** One statement per distinct date among the keys (usually one or two). */
  async bodiesOn(keys: readonly string[]): Promise<ReadonlySet<string>[]> {
    const byDate = new Map<string, string[]>();
    for (const key of keys) {
      const at = key.lastIndexOf('@');
      const [personId, on] = [key.slice(0, at), key.slice(at + 1)];
      byDate.set(on, [...(byDate.get(on) ?? []), personId]);
    }
    const result = new Map<string, Set<string>>();
    for (const [on, personIds] of byDate) {
      const rows: { person_id: string; body_id: string }[] = await this.dataSource.query(
        `SELECT ms.person_id, ms.body_id FROM membership ms
          WHERE ms.person_id::text = ANY($1) AND ${membershipHeldOnSql('ms', '$2::date')}`,
        [[...new Set(personIds)], on],
      );
      for (const personId of personIds) result.set(bodiesOnKey(personId, on), new Set());
      for (const row of rows) result.get(bodiesOnKey(row.person_id, on))?.add(row.body_id);
    }
    return keys.map((key) => result.get(key) ?? new Set());
  }

  /**
   * Who `viewer` is to the person on `on`. A member counts as sharing a body only if they sit
   * on it with the person on that day AND still sit on it today: a former member keeps no
   * special view of anyone.
   */
  async relation(
    viewer: RequestViewer,
    personId: string,
    on: string,
    today: string,
    loaders: RequestLoaders,
  ): Promise<Viewer> {
    if (viewer.kind !== 'ACCOUNT') return { kind: 'PUBLIC' };
    if (viewer.personId === personId) return { kind: 'SELF' };
    if (isStaff(viewer)) return { kind: 'SECRETARIAT' };
    // The viewer's own memberships come from the request's one read of them, so asking about
    // any number of people, on any number of days, costs only the other side's bodies.
    const [mine, theirs] = await Promise.all([
      loaders.get(MEMBERSHIPS_OF_PERSON).load(viewer.personId),
      loaders.get(BODIES_ON).load(bodiesOnKey(personId, on)),
    ]);
    const sharesBody = [...theirs].some(
      (body) =>
        mine.some((m) => m.bodyId === body && sitsOn(m, on)) &&
        mine.some((m) => m.bodyId === body && sitsOn(m, today)),
    );
    return { kind: 'MEMBER', sharesBody };
  }

  /** What `viewer` may see of `person` as things stood on `on`, shown today. */
  async view(
    viewer: RequestViewer,
    person: PersonEntity,
    on: string,
    today: string,
    loaders: RequestLoaders,
  ): Promise<PersonViewModel> {
    const [relation, history] = await Promise.all([
      this.relation(viewer, person.id, on, today, loaders),
      loaders.get(CONSENT_HISTORY).load(person.id),
    ]);
    const consent = consentForDisplay(toConsentEvents(history), on, today);
    return toPersonViewModel(person.id, publicView(person, relation, consent));
  }
}
