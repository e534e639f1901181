import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '@boards/api/database';
import { Clock } from '@boards/api/graphql';

/** A file sent with a message; its content is text (a calendar invitation, a CSV). */
export interface OutboxAttachment {
  filename: string;
  /** The whole Content-Type, parameters included: e.g. 'text/calendar; method=REQUEST; charset=UTF-8'. */
  contentType: string;
  content: string;
}

export interface OutboxEntry {
  /** What the message is about, for operators: e.g. `account.invitation`. */
  kind: string;
  to: string;
  subject: string;
  /** Plain text; always sent, as the first alternative. */
  text: string;
  /** An HTML alternative of the same content. */
  html?: string;
  attachments?: OutboxAttachment[];
  /** Extra header fields, e.g. List-Unsubscribe and List-Unsubscribe-Post; one line each. */
  headers?: Record<string, string>;
  /** The recipient person, for the secretariat's delivery view. */
  personId?: string | null;
  /** Unique across the outbox: queuing a message with a key already there does nothing. */
  dedupeKey?: string | null;
  /** Not sent before this time (defaults to now). */
  sendAfter?: Date;
}

const LIMITS = { kind: 40, to: 320, subject: 300 } as const;
const MAX_ATTACHMENTS = 10;
const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
const MAX_HEADERS = 20;
/** RFC 5322 allows 998 characters on a line; leave room for the name. */
const MAX_HEADER_VALUE = 900;
const MAX_DEDUPE_KEY = 200;

/** Header fields the transports write themselves; an entry may not set or repeat them. */
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'sender',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'return-path',
  'received',
]);

// A letter first, then letters, digits and hyphens: the names of real header fields.
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,75}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// type/subtype, then `; name=value` parameters, values plain tokens or quoted strings.
const CONTENT_TYPE =
  /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9!#$&^_.+-]+=("[^"\\]*"|[a-z0-9!#$&^_.+-]+))*$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an entry that cannot become a safe, well-formed message; a programming error, so it throws. */
export function validateOutboxEntry(entry: OutboxEntry): void {
  for (const field of ['kind', 'to', 'subject'] as const) {
    const value = entry[field];
    if (!value || value.length > LIMITS[field] || /[\r\n]/.test(value)) {
      throw new Error(`Outbox ${field} must be one line of 1 to ${LIMITS[field]} characters`);
    }
  }
  if (typeof entry.text !== 'string') throw new Error('Outbox text must be a string');
  if (entry.html !== undefined && (typeof entry.html !== 'string' || entry.html === '')) {
    throw new Error('Outbox html must be a non-empty string when given');
  }
  const attachments = entry.attachments ?? [];
  if (attachments.length > MAX_ATTACHMENTS) {
    throw new Error(`Outbox messages carry at most ${MAX_ATTACHMENTS} attachments`);
  }
  let bytes = 0;
  for (const attachment of attachments) {
    if (
      !attachment.filename ||
      attachment.filename.length > 200 ||
      CONTROL.test(attachment.filename) ||
      /[/\\]/.test(attachment.filename)
    ) {
      throw new Error(
        'Outbox attachment filename must be one line of 1 to 200 characters, no path',
      );
    }
    if (!CONTENT_TYPE.test(attachment.contentType) || attachment.contentType.length > 200) {
      throw new Error(`Outbox attachment content type is not valid: ${attachment.contentType}`);
    }
    if (typeof attachment.content !== 'string') {
      throw new Error('Outbox attachment content must be text');
    }
    bytes += Buffer.byteLength(attachment.content, 'utf8');
  }
  if (bytes > MAX_ATTACHMENT_BYTES) {
    throw new Error('Outbox attachments must come to at most 2 MiB');
  }
  const headers = Object.entries(entry.headers ?? {});
  if (headers.length > MAX_HEADERS) {
    throw new Error(`Outbox messages carry at most ${MAX_HEADERS} extra headers`);
  }
  const names = new Set<string>();
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(lower) || names.has(lower)) {
      throw new Error(`Outbox header name is not allowed: ${name}`);
    }
    names.add(lower);
    if (
      typeof value !== 'string' ||
      !value.trim() ||
      value.length > MAX_HEADER_VALUE ||
      CONTROL.test(value)
    ) {
      throw new Error(
        `Outbox header ${name} must be one line of 1 to ${MAX_HEADER_VALUE} characters`,
      );
    }
  }
  if (entry.personId != null && !UUID.test(entry.personId)) {
    throw new Error('Outbox personId must be a UUID');
  }
  if (
    entry.dedupeKey != null &&
    (!entry.dedupeKey || entry.dedupeKey.length > MAX_DEDUPE_KEY || CONTROL.test(entry.dedupeKey))
  ) {
    throw new Error(`Outbox dedupeKey must be one line of 1 to ${MAX_DEDUPE_KEY} characters`);
  }
  if (entry.sendAfter !== undefined && Number.isNaN(entry.sendAfter.getTime())) {
    throw new Error('Outbox sendAfter must be a valid date');
  }
}

/**
 * Puts an email in the outbox with the caller's transaction, so the message exists exactly when
 * the change that causes it commits. The OutboxSender delivers it afterwards.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

  /**
   * Queues `entry` and returns the new message's id, or null when an entry with the same
   * dedupeKey is already in the outbox (then nothing is written). Two transactions queuing one
   * key at once: the second waits for the first and, if it commits, writes nothing.
   */
  async enqueue(
    manager: EntityManager,
    entry: OutboxEntry,
    now = this.clock.now(),
  ): Promise<string | null> {
    validateOutboxEntry(entry);
    let insert = manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        kind: entry.kind,
        toAddress: entry.to,
        subject: entry.subject,
        bodyText: entry.text,
        bodyHtml: entry.html ?? null,
        attachments: (entry.attachments ?? []).map(({ filename, contentType, content }) => ({
          filename,
          contentType,
          content,
        })),
        headers: { ...(entry.headers ?? {}) },
        personId: entry.personId ?? null,
        dedupeKey: entry.dedupeKey ?? null,
        createdAt: now,
        sendAfter: entry.sendAfter ?? now,
      })
      .returning(['id']);
    if (entry.dedupeKey != null) insert = insert.orIgnore();
    const result = await insert.execute();
    const rows = result.raw as { id: string }[];
    return rows[0]?.id ?? null;
  }
}
