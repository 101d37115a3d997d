import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rapport/shared-config';
import { MailService, mailLocale } from '@rapport/shared-mail';
import { signConfirmToken, transactionalDecision } from '@rapport/marketing-domain';
import { ConsentConfirmationRepository } from '@rapport/marketing-data';
import { confirmationMail } from './consent-confirmation-mail';

/**
 * - `sent`: mailed now; `already-sent`: an earlier delivery of the job mailed it.
 * - `not-pending`: the answer is no longer the address's current pending one (confirmed, opted out,
 *   or asked again: the newer answer's own mail asks), or the type was retired.
 * - `undeliverable`: the address hard-bounced. `missing`: no such confirmation. `mail-off`: no SMTP.
 */
export type ConfirmationOutcome = 'sent' | 'already-sent' | 'not-pending' | 'undeliverable' | 'missing' | 'mail-off';

/**
 * Sends the double opt-in mail of one pending answer (job `send-consent-confirmation`). Idempotent
 * like notification mail (docs/adr/0009 §4): the confirmation row is locked in the statement that
 * reads it and marked sent in the same transaction, so two deliveries of the job send once; a
 * failed send rolls the transaction back and BullMQ retries. The fixed Message-ID lets a client
 * fold the copy an SMTP server may still get twice after a crash.
 *
 * Transactional, not marketing: the person asked for this mail, so marketing opt-outs (global or
 * another type's) and marketing suppressions do not stop it; only a hard bounce does
 * (`transactionalDecision`). The global opt-out still wins when mailings are decided, so
 * confirming a type sends nothing of it to someone who opted out of all marketing.
 */
@Injectable()
export class ConsentConfirmationMailer {
  constructor(
    private readonly confirmations: ConsentConfirmationRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(eventId: string): Promise<ConfirmationOutcome> {
    return this.confirmations.ds.transaction(async (m) => {
      const c = await this.confirmations.lockForSending(m, eventId);
      if (!c) return 'missing';
      if (c.sentAt) return 'already-sent';
      if (!c.stillPending || !c.typeActive) return 'not-pending';
      if (!transactionalDecision(c.suppression).send) return 'undeliverable';
      const token = signConfirmToken({ address: c.address, subscriptionTypeId: c.subscriptionTypeId }, this.config.sessionSecret);
      const rendered = confirmationMail(c, `${this.config.publicOrigin}/api/public/confirm/${token}`, mailLocale(c.locale));
      const { sent } = await this.mail.send({ to: c.address, ...rendered, messageId: `<confirm-${c.eventId}@${this.config.mailingDomain}>` });
      if (!sent) return 'mail-off';
      await this.confirmations.markSent(m, eventId);
      return 'sent';
    });
  }
}
