import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AgendaItemEntity,
  entityFromJson,
  meetingDaySql,
  membershipHeldOnSql,
  PersonDisplayConsentEntity,
  PersonEntity,
} from '@boards/api/database';
import { AuditService, type Actor } from '@boards/api/audit';
import { BODIES_ON, bodiesOnKey, CONSENT_HISTORY, PERSON_BY_ID } from '@boards/api/people';
import { DataLoaderFactory, isUuid, loaderKey, parseInput } from '@boards/api/graphql';
import {
  assertRecordOpen,
  comparableWords,
  DomainError,
  namesInText,
  type Presenter,
} from '@boards/domain';
import {
  agendaItemSchema,
  type AgendaItemDetails,
  type PresenterKind,
} from '@boards/shared/contracts';
import type { MeetingModel } from '../schedule/meeting.model';
import { lockMeeting } from '../schedule/meeting-lock';
import { revivedRows } from '../schedule/meeting-page';
import { MeetingsService } from '../schedule/meetings.service';
import type { AgendaItemModel } from './agenda-item.model';

/** A meeting's whole agenda in order (private items included: resolvers filter). */
export const AGENDA_OF_MEETING = loaderKey<string, AgendaItemModel[]>('agendaOfMeeting');

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

/** An agenda item's columns (from the driver, or from JSON: the same names and types). */
interface AgendaItemColumns {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  description: string;
  presenter_kind: PresenterKind | null;
  presenter_person_id: string | null;
  presenter_name: string | null;
  duration_minutes: number | null;
  is_public: boolean;
}

/**
 * A presenter of a meeting's items as the page's statement gives them: their person row and
 * consent history as JSON (each read as its entity by entityFromJson), and the bodies they sat
 * on on the meeting's day.
 */
interface PresenterPartRow {
  person: Record<string, unknown>;
  consents: Record<string, unknown>[];
  bodies: string[];
}

function agendaItemFromRaw(raw: AgendaItemColumns): AgendaItemEntity {
  return {
    id: raw.id,
    meetingId: raw.meeting_id,
    position: raw.position,
    title: raw.title,
    description: raw.description,
    presenterKind: raw.presenter_kind,
    presenterPersonId: raw.presenter_person_id,
    presenterName: raw.presenter_name,
    durationMinutes: raw.duration_minutes,
    isPublic: raw.is_public,
  };
}

const NO_SUCH_ITEM = () => new DomainError('NOT_FOUND', 'There is no such agenda item');

/**
 * A meeting's agenda: its items in order, who leads each, and which are private. The secretariat
 * adds, edits, moves and removes items while the meeting's record is open; each change is one
 * transaction that locks the meeting row, checks the rules and records its audit entry. The
 * agenda and its presenters are parts of the meeting's page, read in the page's one statement.
 */
@Injectable()
export class AgendaService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  onModuleInit(): void {
    this.meetings.registerPagePart({
      name: 'agenda',
      sql: `(SELECT coalesce(json_agg(a ORDER BY a.position), '[]') FROM agenda_item a
              WHERE a.meeting_id = m.id)`,
      prime: (loaders, meeting, value) =>
        loaders
          .get(AGENDA_OF_MEETING)
          .prime(
            meeting.id,
            withPlannedStarts(
              meeting.startsAt,
              revivedRows<AgendaItemColumns>(value).map(agendaItemFromRaw),
            ),
          ),
    });
    // The people leading its items, with their consent and the bodies they sat on that day: all
    // the display rule needs to show them, so a page with presenters is still one statement.
    this.meetings.registerPagePart({
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
        for (const row of revivedRows<PresenterPartRow>(value)) {
          const person = entityFromJson(this.dataSource, PersonEntity, row.person);
          loaders.get(PERSON_BY_ID).prime(person.id, person);
          loaders.get(CONSENT_HISTORY).prime(
            person.id,
            row.consents.map((consent) =>
              entityFromJson(this.dataSource, PersonDisplayConsentEntity, consent),
            ),
          );
          loaders.get(BODIES_ON).prime(bodiesOnKey(person.id, meeting.date), new Set(row.bodies));
        }
      },
    });
    this.loaders.register(AGENDA_OF_MEETING, (ids) => this.agendaOf(ids));
  }

  async agendaOf(meetingIds: readonly string[]): Promise<AgendaItemModel[][]> {
    const ids = [...new Set(meetingIds.filter(isUuid))];
    const rows: (AgendaItemColumns & { meeting_starts_at: Date })[] = ids.length
      ? await this.dataSource.query(
          `SELECT a.*, m.starts_at AS meeting_starts_at FROM agenda_item a
             JOIN meeting m ON m.id = a.meeting_id
            WHERE a.meeting_id = ANY($1::uuid[]) ORDER BY a.meeting_id, a.position`,
          [ids],
        )
      : [];
    const byMeeting = new Map<string, { startsAt: Date; items: AgendaItemEntity[] }>();
    for (const raw of rows) {
      const entry = byMeeting.get(raw.meeting_id) ?? { startsAt: raw.meeting_starts_at, items: [] };
      entry.items.push(agendaItemFromRaw(raw));
      byMeeting.set(raw.meeting_id, entry);
    }
    return meetingIds.map((id) => {
      const entry = byMeeting.get(id);
      return entry ? withPlannedStarts(entry.startsAt, entry.items) : [];
    });
  }

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
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1`,
        [meetingId],
      );
      const saved = await manager.save(
        manager.create(AgendaItemEntity, { ...details, meetingId, position: next }),
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
    const [paper]: { title: string }[] = await manager.query(
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
      const [{ recorded }]: { recorded: boolean }[] = await manager.query(
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
    return this.meetings.require(meetingId);
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
