import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { CaseMailer } from '@rapport/service-api';

/**
 * Agents' replies to customers on a queue of their own: an answer must leave at once, never behind
 * a mailing. Short jobs; idempotent (CaseMailer claims each message under a row lock).
 */
@Processor(QUEUES.serviceMail, { concurrency: 4, lockDuration: 15_000, stalledInterval: 10_000 })
export class ServiceMailProcessor extends WorkerHost {
  private readonly logger = new Logger(ServiceMailProcessor.name);

  constructor(private readonly mailer: CaseMailer) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'send-case-reply':
        return this.mailer.send((job.data as JobPayloads['send-case-reply']).messageId);
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.serviceMail}`);
        return null;
    }
  }
}
