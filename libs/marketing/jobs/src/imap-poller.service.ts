import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import type { InboundMessage } from '@rapport/shared-mail';
import { InboundMailRouter } from '@rapport/shared-api';
import { rawHeaderValues } from '@rapport/marketing-domain';
import { ImapPollResult, MailboxPoller } from './mailbox-poller';

export { IMAP_DONE_KEYWORD, type ImapPollResult } from './mailbox-poller';

// Where a mail host writes the address a message was delivered to, most reliable first.
const RCPT_HEADERS = ['delivered-to', 'x-original-to', 'envelope-to', 'to', 'cc'];
const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+/g;

/** The mailboxes the worker may poll: marketing's (IMAP_URL) and the service desk's (SUPPORT_IMAP_URL). */
export type PolledMailbox = 'marketing' | 'support';

/**
 * What the SMTP receiver would have been told about a message that a mail host delivered into a
 * mailbox: the envelope sender from Return-Path, and the recipients of our inbound domain from the
 * headers the host wrote (Delivered-To, X-Original-To, Envelope-To) and then To and Cc, in that
 * order, lower-cased and once each. The signed bounce+/reply+ address among them names the send.
 */
export function imapInboundMessage(raw: Buffer, inboundDomain: string, host: string): InboundMessage {
  const values = rawHeaderValues(raw);
  const domain = inboundDomain.toLowerCase();
  const rcptTo = new Set<string>();
  for (const name of RCPT_HEADERS) {
    for (const value of values(name)) {
      for (const a of value.match(ADDRESS) ?? []) {
        const address = a.toLowerCase().replace(/\.+$/, '');
        if (address.slice(address.lastIndexOf('@') + 1) === domain) rcptTo.add(address);
      }
    }
  }
  return { raw, mailFrom: envelopeSender(values), rcptTo: [...rcptTo], remoteAddress: `imap:${host}` };
}

/**
 * A message in the service desk's own mailbox: it was delivered there, so it is mail to the desk
 * whatever its headers say (a forward, a Bcc, an alias of another domain), and the support address
 * is its one recipient. The headers are not trusted to name the route.
 */
export function supportInboundMessage(raw: Buffer, supportAddress: string, host: string): InboundMessage {
  return { raw, mailFrom: envelopeSender(rawHeaderValues(raw)), rcptTo: [supportAddress.toLowerCase()], remoteAddress: `imap:${host}` };
}

// The topmost Return-Path is the one the final delivery wrote; `<>` is a bounce's null sender.
function envelopeSender(values: (name: string) => string[]): string {
  const returnPath = values('return-path')[0] ?? '';
  return (/<([^<>]*)>/.exec(returnPath)?.[1] ?? returnPath).trim();
}

/**
 * The production path for mail that arrives at an ordinary mail host: every IMAP_POLL_SECONDS the
 * worker opens each configured mailbox, hands each message not yet done to the InboundMailRouter as
 * the SMTP receiver would, and only then flags it done on the server (MailboxPoller). Marketing's
 * mailbox (IMAP_URL, issue 15) holds bounces and replies, routed by the signed address in the
 * headers; the service desk's (SUPPORT_IMAP_URL, issue 18) holds customers' mail, all of it for the
 * support address. Each mailbox has its own timer and backoff: one failing server delays only itself.
 */
@Injectable()
export class ImapPollerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImapPollerService.name);
  private readonly pollers: Record<PolledMailbox, MailboxPoller | null>;

  constructor(
    private readonly inbound: InboundMailRouter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const poller = (imap: AppConfig['imap'], envelope: (raw: Buffer, host: string) => InboundMessage) =>
      imap && new MailboxPoller({ imap, pollSeconds: config.imapPollSeconds, logger: this.logger, envelope, route: (m) => this.inbound.route(m) });
    this.pollers = {
      marketing: poller(config.imap, (raw, host) => imapInboundMessage(raw, config.inboundMailDomain, host)),
      support: poller(config.supportImap, (raw, host) => supportInboundMessage(raw, config.supportMailAddress, host)),
    };
  }

  onApplicationBootstrap() {
    const { marketing, support } = this.pollers;
    if (marketing) this.logger.log(`polling ${marketing.where} every ${this.config.imapPollSeconds} s for bounces and replies to @${this.config.inboundMailDomain}`);
    if (support) this.logger.log(`polling ${support.where} every ${this.config.imapPollSeconds} s for mail to the service desk (${this.config.supportMailAddress})`);
    marketing?.start();
    support?.start();
  }

  async onModuleDestroy() {
    await Promise.all(Object.values(this.pollers).map((p) => p?.stop()));
  }

  /** One poll of that mailbox now (tests; the timers otherwise): polls of one mailbox never overlap. Never rejects. */
  pollOnce(mailbox: PolledMailbox = 'marketing'): Promise<ImapPollResult> {
    const poller = this.pollers[mailbox];
    if (!poller) return Promise.resolve({ taken: 0, outcomes: [], failed: 0, error: `${mailbox === 'marketing' ? 'IMAP_URL' : 'SUPPORT_IMAP_URL'} is not set` });
    return poller.pollOnce();
  }
}
