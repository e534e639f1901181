import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** The schema pg-boss keeps its jobs in; made by the migrations (see 1765700000000-notices). */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/** What each queue's jobs carry. */
export interface JobData {
  /** A meeting was scheduled or changed: its members may need telling. */
  'notice-meeting': { meetingId: string };
  /** A paper's file arrived: a digest of the meeting's new papers, a few minutes later. */
  'notice-papers': { meetingId: string };
  /** A meeting's minutes were circulated for comment. */
  'notice-minutes': { meetingId: string };
  /** An action was given to someone. */
  'notice-action': { actionId: string };
  /** Every few minutes: the reminders that have come due. */
  'notice-sweep': Record<string, never>;
}
export type JobQueueName = keyof JobData;

export const JOB_QUEUE_NAMES: readonly JobQueueName[] = [
  'notice-meeting',
  'notice-papers',
  'notice-minutes',
  'notice-action',
  'notice-sweep',
];

/** One job, as a handler gets it; the handler completes it in its own transaction. */
export interface QueuedJob<Q extends JobQueueName> {
  id: string;
  queue: Q;
  data: JobData[Q];
}

export type JobHandler<Q extends JobQueueName> = (job: QueuedJob<Q>) => Promise<void>;

export interface JobQueueOptions {
  /** The database the jobs are in: the API's own. */
  databaseUrl: string;
  /**
   * How long a queue's jobs wait before they run, in seconds: a meeting's change waits a little
   * so that a quick correction makes one email, not two; papers wait to come in one digest.
   */
  delaySeconds?: Partial<Record<JobQueueName, number>>;
}

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

/** A transaction's connection as pg-boss takes one. */
export function jobConnection(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: await manager.query(text, values) }),
  };
}

/**
 * The job queue: pg-boss on the API's PostgreSQL. A job is put in the queue inside the
 * transaction of the change that causes it (`add`), so it exists exactly when the change commits;
 * a handler completes its job inside its own transaction (`complete`), so its work and the job's
 * completion commit together, and a job whose handler died is simply run again. Any number of
 * API replicas may work the queues: pg-boss hands each job to one of them (SKIP LOCKED), and its
 * cron runs each schedule once across them.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private started: Promise<unknown> | undefined;

  constructor(@Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      application_name: 'boards-jobs',
      max: 4,
    });
    this.boss.on('error', (error: Error) =>
      this.logger.error(`Job queue: ${error.name}: ${error.message}`),
    );
  }

  /**
   * Puts a job in the queue with the caller's transaction, to run after the queue's delay. The
   * delay is given in seconds, so that pg-boss counts it from the database's clock, the one it
   * judges jobs due by.
   */
  async add<Q extends JobQueueName>(
    manager: EntityManager,
    queue: Q,
    data: JobData[Q],
  ): Promise<void> {
    const delay = this.options.delaySeconds?.[queue] ?? 0;
    await this.boss.send(queue, data, {
      db: jobConnection(manager),
      ...(delay > 0 ? { startAfter: delay } : {}),
    });
  }

  /** Marks a job done with the handler's transaction. */
  async complete(manager: EntityManager, job: QueuedJob<JobQueueName>): Promise<void> {
    await this.boss.complete(job.queue, job.id, { db: jobConnection(manager) });
  }

  private start(): Promise<unknown> {
    this.started ??= this.boss.start();
    return this.started;
  }

  /** Works the queue in the background until the API stops. */
  async work<Q extends JobQueueName>(
    queue: Q,
    handler: JobHandler<Q>,
    pollingIntervalSeconds = 2,
  ): Promise<void> {
    await this.start();
    await this.boss.work<JobData[Q]>(queue, { pollingIntervalSeconds, batchSize: 1 }, (jobs) =>
      Promise.all(jobs.map((job) => handler({ id: job.id, queue, data: job.data }))),
    );
  }

  /** Puts a job in the queue on a cron schedule (London time), once across all replicas. */
  async schedule(queue: JobQueueName, cron: string): Promise<void> {
    await this.start();
    await this.boss.schedule(queue, cron, {}, { tz: 'Europe/London' });
  }

  /**
   * Runs the queue's jobs that are due now, one after another, until none is left, and says how
   * many ran. A job whose handler throws is failed (it is tried again later, with a growing wait).
   */
  async runDue<Q extends JobQueueName>(queue: Q, handler: JobHandler<Q>): Promise<number> {
    await this.start();
    let ran = 0;
    for (;;) {
      const [job] = await this.boss.fetch<JobData[Q]>(queue, { batchSize: 1 });
      if (!job) return ran;
      try {
        await handler({ id: job.id, queue, data: job.data });
      } catch (error) {
        await this.boss.fail(queue, job.id, { message: String(error) });
        throw error;
      }
      // A handler completes its own job; this is a no-op then.
      await this.boss.complete(queue, job.id);
      ran += 1;
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
