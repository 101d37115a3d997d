import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { MailService, mailLocale } from '@rapport/shared-mail';
import { signVisitToken } from '@rapport/service-domain';
import { CaseEntity, CaseRepository, WorkOrderEntity, WorkOrderRepository } from '@rapport/service-data';
import { visitMail } from './work-order-mail';

export type VisitMailOutcome = 'sent' | 'already-sent' | 'missing' | 'superseded' | 'mail-off';

/**
 * Sends a visit's mail to the customer (job `send-visit-mail`), once in effect: the thread's message
 * row is locked as it is read and marked sent in the same transaction (as `CaseMailer` does). The
 * links are signed when the mail is written, so no usable token is ever stored; a proposal already
 * replaced by newer times before it left is not sent at all (its links would not work).
 */
@Injectable()
export class WorkOrderMailer {
  constructor(
    private readonly caseRepo: CaseRepository,
    private readonly repo: WorkOrderRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(messageRowId: string, workOrderId: string, kind: 'proposal' | 'confirmed', now = new Date()): Promise<VisitMailOutcome> {
    return this.caseRepo.ds.transaction(async (m) => {
      const found = await this.caseRepo.replyForSending(m, messageRowId);
      const w = await m.findOneBy(WorkOrderEntity, { id: workOrderId });
      if (!found || !w) return 'missing';
      const { message, thread } = found;
      if (message.sentAt) return 'already-sent';
      if (kind === 'proposal' && (!w.confirmationNonce || !w.proposedAt || w.proposedAt > message.createdAt)) return 'superseded';
      const k = await m.findOneByOrFail(CaseEntity, { id: w.caseId });
      const contact = k.contactId ? await this.repo.contactForMail(m, k.contactId as string) : null;
      const to = message.toAddresses[0]!;
      const token = w.confirmationNonce ? signVisitToken(w.id, w.confirmationNonce, this.config.sessionSecret) : '';
      const rendered = visitMail({
        kind,
        locale: mailLocale(contact?.locale),
        name: contact?.name ?? to,
        number: k.number as string,
        subject: k.subject as string,
        timeZone: (await this.caseRepo.calendarZone(m, null)) ?? 'UTC',
        work: w,
        slotUrl: (i) => `${this.config.publicOrigin}/api/public/visits/${token}?slot=${i}`,
        domain: this.config.inboundMailDomain,
        organizer: { name: 'Support', email: this.config.supportMailAddress },
        attendee: { name: contact?.name ?? to, email: to },
        now,
      });
      const references = thread.slice(-20);
      const { sent } = await this.mail.send({
        from: `Support <${this.config.supportMailAddress}>`,
        replyTo: this.config.supportMailAddress,
        to,
        ...rendered,
        messageId: message.messageId!,
        inReplyTo: references.at(-1),
        references,
      });
      if (!sent) return 'mail-off';
      await this.caseRepo.markSent(m, message.id, now);
      return 'sent';
    });
  }
}
