import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { EventMailer } from '@rapport/events-api';

/**
 * Mail to registrants on a queue of its own: a confirmation must arrive at once, never behind a
 * mailing. Short jobs; idempotent (EventMailer claims each mail under a row lock).
 */
@Processor(QUEUES.eventsMail, { concurrency: 4, lockDuration: 15_000, stalledInterval: 10_000 })
export class EventsMailProcessor extends WorkerHost {
  private readonly logger = new Logger(EventsMailProcessor.name);

  constructor(private readonly mailer: EventMailer) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'send-event-mail':
        return this.mailer.send((job.data as JobPayloads['send-event-mail']).mailId);
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.eventsMail}`);
        return null;
    }
  }
}
