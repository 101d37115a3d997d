import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { MailService } from '@rapport/shared-mail';
import { escapeHtml } from '@rapport/shared-util';
import { CaseAttachmentRepository, CaseRepository } from '@rapport/service-data';

export type CaseMailerOutcome = 'sent' | 'already-sent' | 'missing' | 'not-mail' | 'mail-off';

/**
 * Sends an agent's reply (job `send-case-reply`), exactly once in effect: the message row is locked
 * as it is read and marked sent in the same transaction, so two deliveries of the job send once, and
 * a failed send rolls back for BullMQ to retry. The headers make it one conversation in the
 * customer's mail client (RFC 5322: In-Reply-To the message answered, References the thread), the
 * subject carries the case number for clients that drop headers, and Reply-To is the support address
 * so the answer comes back to the case. The files the agent attached go with it.
 */
@Injectable()
export class CaseMailer {
  constructor(
    private readonly repo: CaseRepository,
    private readonly files: CaseAttachmentRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send(messageRowId: string, now = new Date()): Promise<CaseMailerOutcome> {
    return this.repo.ds.transaction(async (m) => {
      const found = await this.repo.replyForSending(m, messageRowId);
      if (!found) return 'missing';
      const { message, thread } = found;
      if (message.sentAt) return 'already-sent';
      if (message.direction !== 'outbound' || message.channel !== 'email' || !message.toAddresses.length || !message.messageId) return 'not-mail';
      const references = thread.slice(-20);
      const files = await this.files.filesOfMessage(m, message.id);
      const { sent } = await this.mail.send({
        from: `Support <${this.config.supportMailAddress}>`,
        replyTo: this.config.supportMailAddress,
        to: message.toAddresses[0]!,
        subject: message.subject,
        text: message.body,
        html: `<div style="white-space:pre-wrap;font-family:sans-serif">${escapeHtml(message.body)}</div>`,
        messageId: message.messageId,
        inReplyTo: references.at(-1),
        references,
        attachments: files.map((f) => ({ filename: f.filename, contentType: f.contentType, content: f.content })),
      });
      if (!sent) return 'mail-off';
      await this.repo.markSent(m, message.id, now);
      return 'sent';
    });
  }
}
