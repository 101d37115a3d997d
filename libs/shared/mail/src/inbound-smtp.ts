import { Logger } from '@nestjs/common';
import { SMTPServer, SMTPServerAddress, SMTPServerDataStream, SMTPServerError, SMTPServerSession } from 'smtp-server';

/**
 * Receives bounces, complaints and replies to marketing mail over SMTP (issue 15) and hands each
 * message, raw, to `onMessage`. It is meant to sit behind the organisation's MX (a relay such as
 * Postfix forwarding the bounce and reply domain) or to be the MX of a dedicated subdomain; it is
 * not a general mail server. What it does not do is as deliberate as what it does; see each rule.
 */

export interface InboundMessage {
  /** The message exactly as received (dot-unstuffed), headers and all. */
  raw: Buffer;
  /** The envelope sender; '' for the null sender `<>` that every bounce uses. */
  mailFrom: string;
  /** The accepted envelope recipients (only addresses of `acceptDomains`). */
  rcptTo: string[];
  remoteAddress: string;
}

export interface InboundSmtpLog {
  warn(message: string): void;
  error(message: string): void;
}

export interface InboundSmtpOptions {
  host: string;
  /** 0 takes a free port (tests); `start()` says which. */
  port: number;
  /** Largest message accepted, in bytes. */
  maxBytes: number;
  /** Domains whose addresses may be RCPT TO (case-insensitive, exact: no subdomains). */
  acceptDomains: string[];
  /** Stores the message. The sender is told 250 only once it resolves; a rejection makes it retry. */
  onMessage: (message: InboundMessage) => Promise<void>;
  log?: InboundSmtpLog;
}

// Bounded so that a flood of connections or of RCPTs costs memory in proportion to real use:
// a bounce or reply has one recipient, a relay batching a few is still far below these.
const MAX_CLIENTS = 100;
const MAX_RECIPIENTS = 50;
// stop() waits this long for a transaction in progress before cutting it (the sender then retries).
const CLOSE_TIMEOUT_MS = 10_000;

const smtpError = (responseCode: number, message: string): SMTPServerError => Object.assign(new Error(message), { responseCode });

export class InboundSmtpReceiver {
  private server: SMTPServer | null = null;
  private readonly domains: Set<string>;
  private readonly log: InboundSmtpLog;

  constructor(private readonly options: InboundSmtpOptions) {
    this.domains = new Set(options.acceptDomains.map((d) => d.trim().toLowerCase()).filter(Boolean));
    this.log = options.log ?? new Logger(InboundSmtpReceiver.name);
  }

  async start(): Promise<{ port: number }> {
    if (this.server) throw new Error('The inbound SMTP receiver is already started');
    const server = new SMTPServer({
      // No AUTH: senders of bounces and replies are other people's servers with no account here;
      // what protects us is that only our own domains are accepted (an open relay it is not, since
      // it never sends anything on).
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      // No TLS: smtp-server's built-in certificate has a published private key, so offering it
      // would only pretend. TLS is the job of the relay in front, or of a later option with a real
      // certificate; nothing here requires it, so no sender is refused for lacking it.
      secure: false,
      // Refused with 552 (5.3.4) whatever the handler would say, and never buffered past the limit.
      size: this.options.maxBytes,
      rejectOversized: true,
      // "550 5.1.1", "451 4.3.0": senders and their bounce reports carry the exact reason.
      hideENHANCEDSTATUSCODES: false,
      // A reverse DNS lookup per connection buys nothing here and lets a hostile resolver stall us.
      disableReverseLookup: true,
      maxClients: MAX_CLIENTS,
      maxRecipients: MAX_RECIPIENTS,
      closeTimeout: CLOSE_TIMEOUT_MS,
      logger: false,
      onRcptTo: (address, _session, callback) => this.onRcptTo(address, callback),
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    // Socket errors of a client (reset mid-transaction, garbage TLS) arrive here. Unhandled, an
    // 'error' event would end the process; one bad client must never take the receiver down.
    server.on('error', (err) => this.log.warn(`Inbound SMTP: ${err.message}`));
    await new Promise<void>((resolve, reject) => {
      const failed = (err: Error) => reject(err);
      server.server.once('error', failed);
      server.listen(this.options.port, this.options.host, () => {
        server.server.off('error', failed);
        resolve();
      });
    });
    this.server = server;
    const address = server.server.address();
    return { port: typeof address === 'object' && address ? address.port : this.options.port };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private onRcptTo(address: SMTPServerAddress, callback: (err?: Error | null) => void): void {
    const at = address.address.lastIndexOf('@');
    const domain = at > 0 ? address.address.slice(at + 1).toLowerCase() : '';
    // Only our domains: anything else would make us a sink for mail that is not ours (and a 550
    // tells an honest sender at once, instead of a bounce later). 5.1.1: no such mailbox here.
    if (this.domains.has(domain)) callback();
    else callback(smtpError(550, 'Recipient address rejected: not a domain served here'));
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    let kept = 0;
    let answered = false;
    const answer = (err: Error | null, message?: string) => {
      if (answered) return;
      answered = true;
      callback(err, message);
    };
    stream.on('data', (chunk: Buffer) => {
      // Past the limit the rest is read and dropped: the client must be able to finish DATA to
      // hear the 552, and memory stays bounded by maxBytes.
      if (kept + chunk.length <= this.options.maxBytes) {
        chunks.push(chunk);
        kept += chunk.length;
      }
    });
    // The client went away mid-message: nobody is left to answer and nothing is stored.
    stream.on('error', () => answer(smtpError(451, 'Message incomplete')));
    stream.on('end', () => {
      if (stream.sizeExceeded) return answer(smtpError(552, 'Message exceeds fixed maximum message size'));
      const message: InboundMessage = {
        raw: Buffer.concat(chunks, kept),
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        rcptTo: session.envelope.rcptTo.map((r) => r.address),
        remoteAddress: session.remoteAddress,
      };
      // 250 only after the handler stored the message: "accepted means stored", so a crash
      // between here and the database loses nothing (the sender still holds the message). Any
      // failure, synchronous or not, answers 451 4.3.0 so the sender retries later, and the
      // reason stays in our log rather than going to a stranger.
      Promise.resolve()
        .then(() => this.options.onMessage(message))
        .then(
          () => answer(null, 'OK: message stored'),
          (err: unknown) => {
            this.log.error(`Inbound SMTP: storing a message from ${message.remoteAddress} failed: ${err instanceof Error ? err.message : String(err)}`);
            answer(smtpError(451, 'Local error in processing, try again later'));
          },
        );
    });
  }
}
