import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable id per logical message lets receivers drop a copy resent after a crash. */
  messageId?: string;
  /**
   * A calendar invitation (iTIP, RFC 5546): sent as a `text/calendar; method=…` alternative, which
   * mail clients show as an invitation with accept/decline, and as an .ics attachment for the rest.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** Another sender than MAIL_FROM (the service desk writes as its support address). */
  from?: string;
  /** Where replies should go when not to the sender. */
  replyTo?: string;
  /** Threading (RFC 5322): the Message-ID answered and the thread's Message-IDs, oldest first, so the reader's mail client keeps one conversation. */
  inReplyTo?: string;
  references?: string[];
  /** Images the HTML shows inline (`<img src="cid:…">`), e.g. an event's check-in QR code. */
  inlineImages?: { cid: string; filename: string; content: Buffer; contentType: string }[];
  /** Files the mail carries (an agent's reply with a manual or a photo). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/**
 * Sends mail over SMTP (nodemailer). Without `SMTP_URL` nothing is sent and the message is logged,
 * so a misconfigured production is loud rather than silently dropping mail.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom }) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<{ sent: boolean }> {
    if (!this.transport) {
      this.logger.warn(`SMTP_URL is not set; not sending "${mail.subject}" to ${mail.to}`);
      return { sent: false };
    }
    await this.transport.sendMail({
      from: mail.from ?? this.config.mailFrom,
      to: mail.to,
      replyTo: mail.replyTo,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      icalEvent: mail.calendar ? { method: mail.calendar.method, content: mail.calendar.content, filename: 'invite.ics' } : undefined,
      attachments: [
        ...(mail.inlineImages ?? []).map((i) => ({ cid: i.cid, filename: i.filename, content: i.content, contentType: i.contentType, contentDisposition: 'inline' as const })),
        ...(mail.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, contentDisposition: 'attachment' as const })),
      ],
    });
    return { sent: true };
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
