import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { withSystemScope } from '@rapport/shared-database';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { ConsentConfirmationMailer, MailingPumpService, PageViewMaintenanceService } from '@rapport/marketing-api';

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

/**
 * Marketing's one-off mail on a queue of its own: a confirmation someone just asked for must not
 * wait behind four mailings whose pumps hold the `marketing` queue's slots for hours. Short jobs,
 * short locks; idempotent (ConsentConfirmationMailer claims under a row lock). The daily
 * `maintain-page-views` (a few DDL statements, seconds at most) runs here too, being short and
 * marketing's own (PageViewScheduleService declares it).
 */
@Processor(QUEUES.marketingMail, { concurrency: 4, lockDuration: 15_000, stalledInterval: 10_000 })
export class MarketingMailProcessor extends WorkerHost {
  private readonly logger = new Logger(MarketingMailProcessor.name);

  constructor(
    private readonly confirmations: ConsentConfirmationMailer,
    private readonly pageViews: PageViewMaintenanceService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'send-consent-confirmation':
        return this.confirmations.send((job.data as JobPayloads['send-consent-confirmation']).eventId);
      case 'maintain-page-views':
        return this.pageViews.maintain();
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.marketingMail}`);
        return null;
    }
  }
}
