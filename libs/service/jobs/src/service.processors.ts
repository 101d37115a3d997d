import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { withSystemScope } from '@rapport/shared-database';
import { CaseMailer, CaseRecomputeService, CsatMailer, PortalMailer, RoutingService, WorkOrderMailer } from '@rapport/service-api';

/**
 * Agents' replies to customers on a queue of their own: an answer must leave at once, never behind
 * a mailing. Short jobs; idempotent (CaseMailer claims each message under a row lock).
 */
@Processor(QUEUES.serviceMail, { concurrency: 4, lockDuration: 15_000, stalledInterval: 10_000 })
export class ServiceMailProcessor extends WorkerHost {
  private readonly logger = new Logger(ServiceMailProcessor.name);

  constructor(
    private readonly mailer: CaseMailer,
    private readonly visitMailer: WorkOrderMailer,
    private readonly surveyMailer: CsatMailer,
    private readonly portalMailer: PortalMailer,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'send-case-reply':
        return this.mailer.send((job.data as JobPayloads['send-case-reply']).messageId);
      case 'send-portal-link': {
        const data = job.data as JobPayloads['send-portal-link'];
        return this.portalMailer.send(data.userId, data.nonce);
      }
      case 'send-visit-mail': {
        const data = job.data as JobPayloads['send-visit-mail'];
        return this.visitMailer.send(data.messageId, data.workOrderId, data.kind);
      }
      case 'send-csat-survey': {
        const data = job.data as JobPayloads['send-csat-survey'];
        return this.surveyMailer.send(data.surveyId, data.invitation);
      }
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.serviceMail}`);
        return null;
    }
  }
}

/** Service's longer work (recomputing open cases' clocks after a calendar change), apart from mail and escalation. */
@Processor(QUEUES.service, { concurrency: 1, lockDuration: 120_000, stalledInterval: 60_000 })
export class ServiceProcessor extends WorkerHost {
  private readonly logger = new Logger(ServiceProcessor.name);

  constructor(private readonly recompute: CaseRecomputeService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'recompute-case-clocks':
        return withSystemScope('a calendar change moves every open case counting in it', () => this.recompute.run((job.data as JobPayloads['recompute-case-clocks']).calendarId));
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.service}`);
        return null;
    }
  }
}

/**
 * Routing rounds (issue 19) on a queue of their own: a waiting customer is given to an agent within
 * seconds, never behind mail or a recomputation. One at a time (rounds take a lock anyway).
 */
@Processor(QUEUES.routing, { concurrency: 1, lockDuration: 60_000, stalledInterval: 30_000 })
export class RoutingProcessor extends WorkerHost {
  private readonly logger = new Logger(RoutingProcessor.name);

  constructor(private readonly routing: RoutingService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'dispatch-cases':
        return withSystemScope('a routing round reads every waiting case, queue and agent', () => this.routing.dispatch());
      default:
        this.logger.warn(`unknown job ${job.name} on ${QUEUES.routing}`);
        return null;
    }
  }
}
