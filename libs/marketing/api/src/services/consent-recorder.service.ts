import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { publishToOutbox } from '@rapport/shared-database';
import { JobPayloads, QUEUES } from '@rapport/shared-queue';
import { ConsentConfirmationRepository, ConsentRepository, type ConsentAnswer, type ConsentEventEntity } from '@rapport/marketing-data';

/**
 * Records a consent answer (docs/adr/0015) and, when it is pending (an opt-in to a double opt-in
 * type), asks the person to confirm: the confirmation row and the `send-consent-confirmation` job
 * are written in the caller's transaction with the event, so an answer recorded as pending always
 * gets its mail and a rolled-back one never does. Every way an opt-in is recorded (staff, API, the
 * public forms) goes through here.
 */
@Injectable()
export class ConsentRecorder {
  constructor(
    private readonly consent: ConsentRepository,
    private readonly confirmations: ConsentConfirmationRepository,
  ) {}

  /**
   * `locale`: the language the person answered in (a form's page), used for the confirmation mail
   * before the contact's own language; leave it out for answers staff record.
   */
  async record(m: EntityManager, answer: ConsentAnswer, options: { locale?: string | null } = {}): Promise<ConsentEventEntity> {
    const event = await this.consent.record(m, answer);
    if (event.status === 'pending' && event.subscriptionTypeId) {
      await this.confirmations.request(m, event.id, options.locale ?? null);
      const payload: JobPayloads['send-consent-confirmation'] = { eventId: event.id };
      await publishToOutbox(m, { queue: QUEUES.marketingMail, jobName: 'send-consent-confirmation', payload, dedupKey: `consent-confirmation:${event.id}` });
    }
    return event;
  }
}
