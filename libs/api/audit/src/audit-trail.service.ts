import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEventEntity } from '@boards/api/database';
import {
  DataLoaderFactory,
  decodeCursor,
  isUuid,
  loaderKey,
  pageSize,
  toConnection,
  type Connection,
} from '@boards/api/graphql';
import { DomainError } from '@boards/domain';
import type { AuditChangeModel, AuditEventFilter, AuditEventModel } from './audit-event.model';

/** What an id names today (a person, body, meeting…); null for an id of nothing the portal keeps. */
export const AUDIT_NAME_BY_ID = loaderKey<string, string | null>('auditNameById');

/** The ids in an audit entry: its object's, and every id among its values (lists included). */
export function idsIn(event: Pick<AuditEventModel, 'objectId' | 'changes'>): string[] {
  const ids = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && isUuid(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(add);
  };
  add(event.objectId);
  for (const change of event.changes) {
    for (const side of [change.before, change.after]) {
      if (side !== null) add(JSON.parse(side));
    }
  }
  return [...ids];
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Field by field: every key in either side, in a stable order. */
export function changesOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChangeModel[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({
    field,
    before: json(before?.[field]),
    after: json(after?.[field]),
  }));
}

function toModel(row: AuditEventEntity): AuditEventModel {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorAccountId: row.actorAccountId,
    actorLabel: row.actorLabel,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    changes: changesOf(row.before, row.after),
  };
}

function checkText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (value.length > max) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be ${max} characters or fewer`, {
      field,
    });
  }
  return value.trim();
}

/** Reads the audit trail, newest first, a page at a time. */
@Injectable()
export class AuditTrailService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
  ) {}

  onModuleInit(): void {
    this.loaders.register(AUDIT_NAME_BY_ID, (ids) => this.namesOf(ids));
  }

  /**
   * What each id names today, in one statement for a page of entries: a person (or an account,
   * by its person) by full name, a body by name, a meeting, paper or agenda item by title, a
   * membership as "person, body". The trail is for staff alone, who see everyone's full name.
   */
  async namesOf(ids: readonly string[]): Promise<(string | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows: { id: string; name: string }[] = wanted.length
      ? await this.dataSource.query(
          `SELECT id, full_name AS name FROM person WHERE id = ANY($1::uuid[])
           UNION ALL SELECT a.id, p.full_name FROM account a JOIN person p ON p.id = a.person_id
                      WHERE a.id = ANY($1::uuid[])
           UNION ALL SELECT id, name FROM body WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id, title FROM meeting WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id, title FROM paper WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id, title FROM agenda_item WHERE id = ANY($1::uuid[])
           UNION ALL SELECT m.id, p.full_name || ', ' || b.name
                       FROM membership m JOIN person p ON p.id = m.person_id
                       JOIN body b ON b.id = m.body_id
                      WHERE m.id = ANY($1::uuid[])`,
          [wanted],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row.name]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(args: {
    filter?: AuditEventFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<AuditEventModel>> {
    const first = pageSize(args.first);
    const filter = args.filter ?? {};
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    const action = checkText(filter.action, 'action', 100);
    if (action?.endsWith('.')) {
      query.andWhere("event.action LIKE :prefix ESCAPE '\\'", {
        prefix: `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    } else if (action) {
      query.andWhere('event.action = :action', { action });
    }
    const objectType = checkText(filter.objectType, 'objectType', 60);
    if (objectType) query.andWhere('event.object_type = :objectType', { objectType });
    const objectId = checkText(filter.objectId, 'objectId', 100);
    if (objectId) query.andWhere('event.object_id = :objectId', { objectId });
    if (filter.actorAccountId) {
      if (!isUuid(filter.actorAccountId)) {
        throw new DomainError('BAD_USER_INPUT', 'actorAccountId is not an account id', {
          field: 'actorAccountId',
        });
      }
      query.andWhere('event.actor_account_id = :actor', { actor: filter.actorAccountId });
    }
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new DomainError('BAD_USER_INPUT', 'from must be before to', { field: 'from' });
    }
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurred_at < :to', { to: filter.to });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [id] = decodeCursor(args.after, 1);
      if (!/^\d{1,19}$/.test(String(id))) {
        throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', {
          field: 'after',
        });
      }
      query.andWhere('event.id < :id', { id: String(id) });
    }
    // Newest first in the order the entries were recorded: ids come from one sequence, so
    // they order entries exactly, where equal timestamps (one transaction) would not.
    const rows = await query
      .orderBy('event.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, toModel, (row) => [row.id]);
  }
}
