import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { QUEUES } from '@rapport/shared-queue';
import { CommitmentsService, ForecastService } from '@rapport/revenue-api';

/** Revenue jobs: forecast snapshots and commitment reminders. Both are idempotent (upsert; reminded_at). */
@Processor(QUEUES.revenue)
export class RevenueProcessor extends WorkerHost {
  private readonly logger = new Logger(RevenueProcessor.name);

  constructor(
    private readonly forecasts: ForecastService,
    private readonly commitments: CommitmentsService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'snapshot-forecast':
        return { reps: await withSystemScope('the weekly snapshot records every rep’s forecast', () => this.forecasts.snapshot()) };
      case 'remind-commitments':
        return { reminded: await withSystemScope('reminders go to every owner of a commitment coming due', () => this.commitments.remindDue()) };
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.revenue}`);
        return null;
    }
  }
}
