import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import { MailService, mailLocale } from '@rapport/shared-mail';
import { transactionalDecision } from '@rapport/marketing-domain';
import QRCode from 'qrcode';
import { signCheckInCode, signRegistrationToken } from '@rapport/events-domain';
import { EventMailRepository } from '@rapport/events-data';
import { eventMail } from './event-mail';

export type EventMailOutcome = 'sent' | 'already-sent' | 'undeliverable' | 'missing' | 'mail-off';

/**
 * Sends one registrant one mail (job `send-event-mail`), exactly once in effect: the mail's row is
 * locked in the statement that reads it and marked sent in the same transaction, so two deliveries
 * of the job send once; a failed send rolls back and BullMQ retries; the fixed Message-ID lets a
 * client fold a copy sent twice after a crash. Transactional: marketing opt-outs do not stop it
 * (the person registered); only a hard bounce does.
 */
@Injectable()
export class EventMailer {
  constructor(
    private readonly mails: EventMailRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(mailId: string, now = new Date()): Promise<EventMailOutcome> {
    return this.mails.ds.transaction(async (m) => {
      const row = await this.mails.lockForSending(m, mailId);
      if (!row) return 'missing';
      if (row.sentAt) return 'already-sent';
      if (!transactionalDecision(row.suppression as never).send) return 'undeliverable';
      const manageUrl = `${this.config.publicOrigin}/api/public/registrations/${signRegistrationToken(row.registrationId, this.config.sessionSecret)}`;
      const code = signCheckInCode(row.registrationId, this.config.sessionSecret);
      const rendered = eventMail(row, mailLocale(row.locale), {
        checkIn: { code, png: await QRCode.toBuffer(code, { errorCorrectionLevel: 'M', margin: 2, width: 360 }) },
        domain: this.config.mailingDomain,
        organizer: { name: 'Rapport', email: `events@${this.config.mailingDomain}` },
        manageUrl,
        now,
      });
      const { sent } = await this.mail.send({ to: row.email, ...rendered, messageId: `<event-mail-${row.id}@${this.config.mailingDomain}>` });
      if (!sent) return 'mail-off';
      await this.mails.markSent(m, mailId);
      return 'sent';
    });
  }
}
