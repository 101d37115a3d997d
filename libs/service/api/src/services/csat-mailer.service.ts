import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { MailService, mailLocale } from '@rapport/shared-mail';
import { signSurveyToken } from '@rapport/service-domain';
import { CsatRepository } from '@rapport/service-data';
import { customerName, surveyMail } from './csat-mail';

export type CsatMailOutcome = 'sent' | 'already-sent' | 'superseded' | 'answered' | 'missing' | 'no-address' | 'mail-off';

/** Where a survey link points: the public survey route (a page for browsers, JSON for programs). */
export const surveyUrl = (origin: string, token: string) => `${origin}/api/public/surveys/${token}`;

/**
 * Sends a survey invitation (job `send-csat-survey`), once in effect: the survey row is locked as it
 * is read and the invitation marked mailed in the same transaction, so two deliveries of the job send
 * once and a failed send rolls back for BullMQ to retry (as `CaseMailer` does for replies). Only the
 * latest invitation is sent: an older job finds itself superseded, an answered survey is not sent.
 * The link is signed as the mail is written, so no usable token is ever stored.
 */
@Injectable()
export class CsatMailer {
  constructor(
    private readonly repo: CsatRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(surveyId: string, invitation: number, now = new Date()): Promise<CsatMailOutcome> {
    return this.repo.ds.transaction(async (m) => {
      const v = await this.repo.view(m, surveyId, true);
      if (!v) return 'missing';
      const s = v.survey;
      if (s.answeredAt) return 'answered';
      if (invitation < s.invitations) return 'superseded';
      if (s.mailsSent >= invitation) return 'already-sent';
      if (!v.email) return 'no-address';
      const locale = mailLocale(s.language);
      const rendered = surveyMail({ locale, name: customerName(locale, v.firstName, v.lastName, v.email), number: v.number, subject: v.subject, url: surveyUrl(this.config.publicOrigin, signSurveyToken(s.id, s.nonce, this.config.sessionSecret)) });
      const { sent } = await this.mail.send({
        from: `Support <${this.config.supportMailAddress}>`,
        replyTo: this.config.supportMailAddress,
        to: v.email,
        ...rendered,
        // Stable per invitation: a copy resent after a crash is dropped by the receiver.
        messageId: `<csat-${s.id}-${invitation}@${this.config.inboundMailDomain || 'rapport.local'}>`,
      });
      if (!sent) return 'mail-off';
      await this.repo.markMailed(m, s.id, invitation, now);
      return 'sent';
    });
  }
}
