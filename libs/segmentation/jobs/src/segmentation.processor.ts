import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { CustomerMetricsService, OrderImportService, SegmentsService } from '@rapport/segmentation-api';

/**
 * Segmentation's queue: segment refreshes (and, with the metrics runs, the nightly value models).
 * One at a time — each run is set-based SQL over every contact — with a lock long enough for a
 * refresh at a million contacts; the handlers are idempotent (a refresh diffs under a row lock).
 */
@Processor(QUEUES.segmentation, { concurrency: 1, lockDuration: 120_000, stalledInterval: 60_000, maxStalledCount: 1 })
export class SegmentationProcessor extends WorkerHost {
  private readonly logger = new Logger(SegmentationProcessor.name);

  constructor(
    private readonly segments: SegmentsService,
    private readonly metrics: CustomerMetricsService,
    private readonly imports: OrderImportService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'refresh-segments': {
        const result = await withSystemScope('a segment’s membership is everyone its rule matches', () => this.segments.refreshDue());
        if (result.failed.length) this.logger.warn(`segments that failed to refresh: ${result.failed.join(', ')}`);
        return result;
      }
      case 'run-customer-metrics':
        return withSystemScope('customer metrics cover every contact', () => this.metrics.execute((job.data as JobPayloads['run-customer-metrics']).runId));
      case 'nightly-customer-metrics':
        return withSystemScope('the nightly run scores every contact', async () => this.metrics.execute((await this.metrics.request(null, {})).id));
      case 'import-orders': {
        const { importId } = job.data as JobPayloads['import-orders'];
        try {
          return await withSystemScope('an import writes orders for customers the importer named', () => this.imports.run(importId));
        } catch (e) {
          // The last attempt marks the import failed so the importer sees it; earlier ones retry.
          if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.imports.fail(importId, e);
          throw e;
        }
      }
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.segmentation}`);
        return null;
    }
  }
}
