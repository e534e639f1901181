import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@boards/api/notifications';
import { NOTICES_OPTIONS, type NoticesOptions } from './notices.options';
import { NoticesService } from './notices.service';

/** Every five minutes, reminders are looked for (once across all replicas: pg-boss's cron). */
export const SWEEP_CRON = '*/5 * * * *';

/**
 * Works the notice queues in the background, when this API is a worker (`JOBS_WORKER`). Tests
 * leave it off and run the due jobs themselves (`runDue`).
 */
@Injectable()
export class NoticesWorker implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly notices: NoticesService,
    @Inject(NOTICES_OPTIONS) private readonly options: NoticesOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.worker) return;
    await this.jobs.work('notice-meeting', (job) => this.notices.meetingChanged(job));
    await this.jobs.work('notice-papers', (job) => this.notices.papersAdded(job));
    await this.jobs.work('notice-minutes', (job) => this.notices.minutesCirculated(job));
    await this.jobs.work('notice-action', (job) => this.notices.actionAssigned(job));
    await this.jobs.work('notice-sweep', (job) => this.notices.sweep(job));
    await this.jobs.schedule('notice-sweep', SWEEP_CRON);
  }

  /** Runs every notice job due now, queue by queue, and says how many ran. */
  async runDue(now?: Date): Promise<number> {
    return (
      (await this.jobs.runDue('notice-meeting', (job) => this.notices.meetingChanged(job))) +
      (await this.jobs.runDue('notice-papers', (job) => this.notices.papersAdded(job))) +
      (await this.jobs.runDue('notice-minutes', (job) => this.notices.minutesCirculated(job))) +
      (await this.jobs.runDue('notice-action', (job) => this.notices.actionAssigned(job))) +
      (await this.jobs.runDue('notice-sweep', (job) => this.notices.sweep(job, now)))
    );
  }
}
