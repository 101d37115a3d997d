import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { MailingPumpService } from '@rapport/marketing-api';

/**
 * Marketing jobs: mailing pumps (docs/adr/0016). A pump runs as long as its mailing has messages it
 * may send now, so the lock is renewed while it works; a worker that dies loses the lock, and its
 * pump is replaced within a minute by the watchdog (`resume-mailings`) or by BullMQ's stalled-job
 * check, whichever comes first; the PostgreSQL advisory lock keeps it to one pump per mailing.
 * Concurrency 4: four mailings send side by side; they share the relay's connections and rate.
 */
@Processor(QUEUES.marketing, { concurrency: 4, lockDuration: 30_000, stalledInterval: 15_000 })
export class MarketingProcessor extends WorkerHost {
  private readonly logger = new Logger(MarketingProcessor.name);

  constructor(private readonly pump: MailingPumpService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'send-mailing': {
        const { mailingId } = job.data as JobPayloads['send-mailing'];
        return withSystemScope('a mailing reads every recipient of its audience, whoever owns them', () => this.pump.run(mailingId, (sent) => job.updateProgress({ sent })));
      }
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.marketing}`);
        return null;
    }
  }
}
