import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '@rapport/shared-config';

/** One marketing message as the relay gets it. */
export interface BulkMessage {
  from: string;
  to: string;
  /** The SMTP envelope sender (Return-Path): a per-message bounce address, so a bounce names its send. */
  envelopeFrom: string;
  /** Where replies go: an address of the inbound receiver that names the send. */
  replyTo: string;
  subject: string;
  html: string;
  text: string;
  /** Fixed per send, so a message re-sent after a crash carries the same id (docs/adr/0016 §4). */
  messageId: string;
  /** Written as given (ASCII, already formatted): List-* headers must not be MIME-encoded (RFC 2369, RFC 2919). */
  headers: Record<string, string>;
}

/** What the relay answered; never an exception, so every answer becomes a state of the send. */
export type BulkOutcome = { ok: true } | { ok: false; code: number | null; enhanced: string | null; message: string };

/**
 * Hands mailings' messages to the SMTP relay: a pool of `MAILING_SMTP_CONNECTIONS` connections at
 * most `MAILING_RATE_PER_SECOND` messages per second (nodemailer's pool throttles per second), and
 * DKIM-signed when DKIM is configured. Transactional mail keeps MailService's single connection,
 * so a large mailing never queues a password reset behind it.
 */
export class BulkMailTransport {
  private readonly transport: Transporter;

  constructor(config: Pick<AppConfig, 'smtpUrl' | 'mailingConnections' | 'mailingRatePerSecond' | 'dkim'>) {
    if (!config.smtpUrl) throw new Error('SMTP_URL is not set: mailings cannot be sent');
    this.transport = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: config.mailingConnections,
      maxMessages: Infinity,
      rateDelta: 1000,
      rateLimit: config.mailingRatePerSecond,
      ...(config.dkim ? { dkim: config.dkim } : {}),
    } as never);
  }

  async send(m: BulkMessage): Promise<BulkOutcome> {
    try {
      await this.transport.sendMail({
        from: m.from,
        to: m.to,
        replyTo: m.replyTo,
        envelope: { from: m.envelopeFrom, to: [m.to] },
        subject: m.subject,
        html: m.html,
        text: m.text,
        messageId: m.messageId,
        // Base64 is Buffer's native encoder; quoted-printable is encoded in JavaScript and cost a
        // fifth of the worker's CPU per message in the mailing bench. Both are 7-bit safe.
        textEncoding: 'base64',
        headers: Object.fromEntries(Object.entries(m.headers).map(([k, value]) => [k, { prepared: true, value }])),
      });
      return { ok: true };
    } catch (err) {
      return outcomeOf(err);
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** A nodemailer error as the relay's answer: its reply code and enhanced status (RFC 3463), or none for a connection that failed. */
export function outcomeOf(err: unknown): BulkOutcome {
  const e = err as { responseCode?: number; response?: string; message?: string };
  const text = (e.response ?? e.message ?? String(err)).slice(0, 500);
  const enhanced = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? null;
  return { ok: false, code: typeof e.responseCode === 'number' ? e.responseCode : null, enhanced, message: text };
}
