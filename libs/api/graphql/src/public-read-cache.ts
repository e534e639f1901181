import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  Global,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { Clock } from './clock';
import type { GraphqlContext } from './graphql-context';

export interface PublicReadCacheOptions {
  /** Off: every read runs (the plugin does nothing). */
  enabled: boolean;
  /** Where to LISTEN (a connection of its own, outside the pool). */
  databaseUrl: string;
  /** The channel PostgreSQL notifies on when public data changes (see the migration). */
  channel: string;
  /** How many answers are kept at most (the oldest go first). */
  maxEntries?: number;
}

/**
 * Root fields whose answer to someone signed out depends only on the data and on the day
 * (Europe/London): the public pages. Anything else (tokens that expire, `me`) is never cached.
 * `today` is the day itself, which is part of the key: a new day asks afresh.
 */
export const CACHEABLE_PUBLIC_FIELDS: ReadonlySet<string> = new Set([
  'body',
  'bodies',
  'crossSeatRules',
  'meeting',
  'decisions',
  'search',
  'today',
  '__typename',
]);

/**
 * Answers to anonymous read queries, kept until the data changes.
 *
 * - Only for a request with no session (the viewer is ANONYMOUS), an operation that is a query,
 *   whose root fields are all in CACHEABLE_PUBLIC_FIELDS, and an answer without errors. Every
 *   such answer is the same for every anonymous asker: authorisation is per viewer, and this
 *   viewer is nobody.
 * - The key is the day in London, the query text, the operation name and the variables: a
 *   new day is a new key ("today" moves members, terms and meetings).
 * - Invalidation: PostgreSQL notifies `channel` when a transaction that changed a watched table
 *   commits, from any process (other replicas, imports, `psql`); this process also empties the
 *   cache itself when it runs a mutation, so that its own writes are seen at once. An answer
 *   computed while a change arrived is not kept (a generation counter), so no stale answer can
 *   outlive the notice of the change.
 * - While the LISTEN connection is down, nothing is cached or served from the cache; it is
 *   emptied when the connection comes back (notices may have been missed), then used again.
 */
export class PublicReadCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('PublicReadCache');
  private readonly entries = new Map<string, unknown>();
  private generation = 0;
  private listening = false;
  private client: Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  hits = 0;
  misses = 0;

  constructor(
    private readonly options: PublicReadCacheOptions,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.options.enabled) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }

  /** Whether answers are being kept and served now. */
  get active(): boolean {
    return this.options.enabled && this.listening;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets every answer. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    this.client = client;
    const lost = (error?: Error) => {
      if (!this.listening && this.client !== client) return;
      this.listening = false;
      this.invalidate();
      if (error) this.logger.warn(`Stopped caching public reads: ${error.message}`);
      void client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.listen(), 1000);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.invalidate());
    try {
      await client.connect();
      await client.query(`LISTEN "${this.options.channel.replace(/"/g, '""')}"`);
      // Anything that changed while nobody listened is forgotten.
      this.invalidate();
      this.listening = true;
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The Apollo plugin that serves and keeps the answers. */
  plugin(): ApolloServerPlugin<GraphqlContext> {
    const maxEntries = this.options.maxEntries ?? 1000;
    return {
      requestDidStart: async () => {
        let key: string | undefined;
        let generation = 0;
        return {
          responseForOperation: async ({ contextValue, operation, request }) => {
            if (!this.active || contextValue.viewer.kind !== 'ANONYMOUS') return null;
            if (!request.query || !isCacheable(operation)) return null;
            key = JSON.stringify([
              this.clock.today(),
              request.query,
              request.operationName ?? null,
              request.variables ?? {},
            ]);
            generation = this.generation;
            const data = this.entries.get(key);
            if (data === undefined) {
              this.misses++;
              return null;
            }
            this.hits++;
            key = undefined;
            return {
              http: { headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } },
            };
          },
          willSendResponse: async ({ operation, response }) => {
            if (operation?.operation === 'mutation') {
              this.invalidate();
              return;
            }
            if (key === undefined || generation !== this.generation || !this.active) return;
            const body = response.body;
            if (body.kind !== 'single' || body.singleResult.errors?.length) return;
            if (!body.singleResult.data) return;
            if (this.entries.size >= maxEntries) {
              const oldest = this.entries.keys().next().value;
              if (oldest !== undefined) this.entries.delete(oldest);
            }
            this.entries.set(key, body.singleResult.data);
          },
        };
      },
    };
  }
}

function isCacheable(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && CACHEABLE_PUBLIC_FIELDS.has(selection.name.value),
  );
}

/** Provides one PublicReadCache to the whole application (the GraphQL module takes its plugin). */
@Global()
@Module({})
export class PublicReadCacheModule {
  static forRoot(options: PublicReadCacheOptions): DynamicModule {
    return {
      module: PublicReadCacheModule,
      providers: [
        {
          provide: PublicReadCache,
          // The API's clock decides which day an answer belongs to (the infrastructure module's).
          useFactory: (clock: Clock) => new PublicReadCache(options, clock),
          inject: [Clock],
        },
      ],
      exports: [PublicReadCache],
    };
  }
}
