import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { HandoverService } from '@rapport/sales-api';

/** Sales jobs: unpack the payload, call the service. Handlers are idempotent (at-least-once delivery). */
@Processor(QUEUES.sales)
export class SalesProcessor extends WorkerHost {
  private readonly logger = new Logger(SalesProcessor.name);

  constructor(private readonly handovers: HandoverService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'transfer-ownership': {
        const { handoverId } = job.data as JobPayloads['transfer-ownership'];
        try {
          const h = await withSystemScope('a handover moves every open record the leaver owns', () => this.handovers.run(handoverId, (p) => job.updateProgress(p)));
          return { moved: h.moved };
        } catch (err) {
          // Retries may still succeed; the row says "failed" only once attempts are used up.
          if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.handovers.fail(handoverId, String(err));
          throw err;
        }
      }
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.sales}`);
        return null;
    }
  }
}
