import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Actor } from '@boards/api/audit';
import { parseInput } from '@boards/api/graphql';
import { DEFAULT_NOTICE_CHOICES, DomainError, type NoticeChoices } from '@boards/domain';
import { noticeChoicesSchema, NOTICE_TOPICS, type NoticeTopic } from '@boards/shared/contracts';

/** A person's choices, with the key of their unsubscribe links. */
export interface StoredNoticeChoices extends NoticeChoices {
  personId: string;
  unsubscribeKey: string;
}

interface ChoiceRow {
  person_id: string;
  topics_off: string[];
  reminder_days: number;
  unsubscribe_key: string;
}

const fromRow = (row: ChoiceRow): StoredNoticeChoices => ({
  personId: row.person_id,
  off: NOTICE_TOPICS.filter((topic) => row.topics_off.includes(topic)),
  reminderDays: row.reminder_days,
  unsubscribeKey: row.unsubscribe_key,
});

/** 256 random bits as 64 hex digits, from two version-4 UUIDs (122 random bits each). */
const NEW_KEY = `replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`;

const NO_SUCH_LINK = () =>
  new DomainError('NOT_FOUND', 'This link does not work. Sign in to choose which emails you get');

/**
 * Which emails each person gets. Everyone gets every topic until they turn it off, here or by
 * the one-click link in an email; the link's key opens these choices and nothing else.
 */
@Injectable()
export class NoticeChoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The people's choices, each with an unsubscribe key (made for those who had none). */
  async forPeople(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<Map<string, StoredNoticeChoices>> {
    if (personIds.length === 0) return new Map();
    await manager.query(
      `INSERT INTO notice_choice (person_id, unsubscribe_key)
       SELECT id, ${NEW_KEY} FROM unnest($1::uuid[]) AS id
       ON CONFLICT (person_id) DO NOTHING`,
      [personIds],
    );
    const rows = (await manager.query(
      `SELECT person_id, topics_off, reminder_days, unsubscribe_key
         FROM notice_choice WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    )) as ChoiceRow[];
    return new Map(rows.map((row) => [row.person_id, fromRow(row)]));
  }

  /** The person's choices (the defaults when they have made none). */
  async of(personId: string): Promise<NoticeChoices> {
    const [row] = (await this.dataSource.query(
      `SELECT person_id, topics_off, reminder_days, unsubscribe_key
         FROM notice_choice WHERE person_id = $1`,
      [personId],
    )) as ChoiceRow[];
    return row ? fromRow(row) : DEFAULT_NOTICE_CHOICES;
  }

  /** Sets the person's choices: the topics they want, and the days ahead they are reminded. */
  async set(personId: string, input: unknown, actor: Actor): Promise<NoticeChoices> {
    const { topics, reminderDays } = parseInput(noticeChoicesSchema, input);
    const off = NOTICE_TOPICS.filter((topic) => !topics.includes(topic));
    return this.dataSource.transaction(async (manager) => {
      const before = (await this.forPeople(manager, [personId])).get(personId);
      await manager.query(
        `UPDATE notice_choice SET topics_off = $2, reminder_days = $3, updated_at = now()
          WHERE person_id = $1`,
        [personId, off, reminderDays],
      );
      await this.audit.record(manager, actor, {
        action: 'emailChoices.set',
        objectType: 'Person',
        objectId: personId,
        before: { off: before?.off ?? [], reminderDays: before?.reminderDays },
        after: { off, reminderDays },
      });
      return { off, reminderDays };
    });
  }

  /**
   * Turns a topic off for whoever the key belongs to (the one-click link in an email, RFC 8058):
   * no sign-in, the same answer however often. NOT_FOUND for a key that is nobody's.
   */
  async unsubscribe(key: string, topic: NoticeTopic, actor: Actor): Promise<void> {
    if (!/^[0-9a-f]{64}$/.test(key)) throw NO_SUCH_LINK();
    await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT person_id, topics_off, reminder_days, unsubscribe_key
           FROM notice_choice WHERE unsubscribe_key = $1 FOR UPDATE`,
        [key],
      )) as ChoiceRow[];
      if (!row) throw NO_SUCH_LINK();
      if (row.topics_off.includes(topic)) return;
      await manager.query(
        `UPDATE notice_choice SET topics_off = array_append(topics_off, $2), updated_at = now()
          WHERE person_id = $1`,
        [row.person_id, topic],
      );
      await this.audit.record(manager, actor, {
        action: 'emailChoices.unsubscribe',
        objectType: 'Person',
        objectId: row.person_id,
        before: { off: row.topics_off },
        after: { off: [...row.topics_off, topic] },
      });
    });
  }
}
