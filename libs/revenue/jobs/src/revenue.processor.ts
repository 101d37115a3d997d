import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
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
        return { reps: await this.forecasts.snapshot() };
      case 'remind-commitments':
        return { reminded: await this.commitments.remindDue() };
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.revenue}`);
        return null;
    }
  }
}
