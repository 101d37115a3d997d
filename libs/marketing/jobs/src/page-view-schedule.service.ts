import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QUEUES } from '@rapport/shared-queue';
import { PageViewMaintenanceService } from '@rapport/marketing-api';

/** The BullMQ job scheduler of page_view's partition care: daily at 02:17 UTC, on marketing's short-job queue. */
export const PAGE_VIEW_SCHEDULE = { id: 'maintain-page-views-daily', queue: QUEUES.marketingMail, pattern: '17 2 * * *', job: 'maintain-page-views' } as const;

/**
 * Declares the daily `maintain-page-views` job when the worker starts (an idempotent upsert, visible
 * in Bull Board) and runs the maintenance once right away, so a worker that was down over a month
 * end creates the month's partition at once. Should the scheduler ever be lost with the queue store,
 * the next worker start declares it again, and ingestion creates a missing month's partition
 * itself (PageViewIngestService) — no view is lost in between, only old months wait to be dropped.
 */
@Injectable()
export class PageViewScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PageViewScheduleService.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly maintenance: PageViewMaintenanceService,
  ) {}

  async onApplicationBootstrap() {
    try {
      const queue = this.moduleRef.get<Queue>(getQueueToken(PAGE_VIEW_SCHEDULE.queue), { strict: false });
      await queue.upsertJobScheduler(PAGE_VIEW_SCHEDULE.id, { pattern: PAGE_VIEW_SCHEDULE.pattern, tz: 'UTC' }, { name: PAGE_VIEW_SCHEDULE.job, data: {} });
      await this.maintenance.maintain();
    } catch (err) {
      // Never fails the worker's start: the schedule is re-declared at the next start and ingestion makes missing partitions.
      this.logger.warn(`page_view maintenance at start failed: ${String(err)}`);
    }
  }
}
