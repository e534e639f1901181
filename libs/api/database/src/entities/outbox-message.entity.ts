import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface OutboxMessageAttachment {
  filename: string;
  /** The whole Content-Type, parameters included, e.g. `text/calendar; method=REQUEST; charset=UTF-8`. */
  contentType: string;
  content: string;
}

/**
 * An email waiting to be sent. Written in the transaction of the change that causes it, so a
 * message exists exactly when its change committed; a sender delivers it afterwards.
 */
@Entity({ name: 'outbox_message' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  /** The HTML alternative of the text, if any. */
  @Column({ name: 'body_html', type: 'text', nullable: true })
  bodyHtml!: string | null;

  /** Files sent with the message, their content as text (e.g. a calendar invitation). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  attachments!: OutboxMessageAttachment[];

  /** Extra header fields, e.g. List-Unsubscribe; one line each. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  headers!: Record<string, string>;

  /** The person the message is for, when it is for a person the portal knows. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  /** Unique: queuing a message with a key already in the outbox does nothing. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'send_after', type: 'timestamptz', default: () => 'now()' })
  sendAfter!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  /** Set when the last attempt failed: the message is not tried again unless it is resent. */
  @Column({ name: 'gave_up_at', type: 'timestamptz', nullable: true })
  gaveUpAt!: Date | null;

  /** For a copy of a sent message queued again, the original. */
  @Column({ name: 'resent_from_id', type: 'uuid', nullable: true })
  resentFromId!: string | null;
}
