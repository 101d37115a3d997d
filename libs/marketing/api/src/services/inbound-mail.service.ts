import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { notify } from '@rapport/shared-database';
import type { InboundMessage } from '@rapport/shared-mail';
import { ConsentRepository, InboundMessageRepository, MailingEventRepository, SendForEvents } from '@rapport/marketing-data';
import { classifyInbound, inboundMessageKey, InboundVerdict, parseInbound, readSendAddress, sendToken, signUnsubscribeToken, verifySendToken } from '@rapport/marketing-domain';
import { PublicConsentService } from './public-consent.service';
import { TrackingService } from './tracking.service';

/** Soft bounces of one address within this many days that suppress it. */
export const SOFT_BOUNCES_TO_SUPPRESS = 3;
const SOFT_BOUNCE_DAYS = 30;
/** ARF feedback types that are complaints; `not-spam` is the opposite and suppresses nothing. */
const COMPLAINT_TYPES = new Set(['abuse', 'fraud', 'virus', 'other']);

/** `duplicate`: a message whose effect is already stored (handed over again after a crash or a lost 250). */
export type InboundOutcome = 'hard-bounce' | 'soft-bounce' | 'complaint' | 'auto-reply' | 'reply' | 'unsubscribe' | 'unmatched' | 'ignored' | 'duplicate';

/**
 * What the SMTP receiver hands over (issue 15 item 8): bounces, complaints, auto-replies and
 * replies to mailings, and the mailto unsubscribe. The send is found by the signed address the
 * mail came to (bounce+, reply+, unsubscribe+; `send-address.ts`) or, for a feedback report, the
 * signed X-Rapport-Send header of the original; an address in a report must be the send's own.
 * Exactly once (docs/adr/0016): every stored effect claims the message's key (`inboundMessageKey`)
 * in its own transaction, so the same message handed over again — by a relay retrying after a lost
 * 250, or by the IMAP poller after a crash before it flagged the message done — is a `duplicate`.
 */
@Injectable()
export class InboundMailService {
  private readonly logger = new Logger(InboundMailService.name);

  constructor(
    private readonly events: MailingEventRepository,
    private readonly consent: ConsentRepository,
    private readonly received: InboundMessageRepository,
    private readonly publicConsent: PublicConsentService,
    private readonly tracking: TrackingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(message: InboundMessage): Promise<InboundOutcome> {
    const secret = this.config.sessionSecret;
    const ours = message.rcptTo.map((r) => readSendAddress(r, secret)).find(Boolean) ?? null;
    if (ours?.kind === 'unsubscribe') return this.unsubscribe(ours.sendId, message.raw, message.remoteAddress);
    const parsed = await parseInbound(message.raw, { rcptTo: message.rcptTo });
    const verdict = classifyInbound(parsed);
    // Only signed references count (the address it came to, or the header a feedback report
    // returns): a Message-ID anyone can quote would let a forged report suppress a stranger.
    const sendId = ours?.sendId ?? verifySendToken(parsed.originalHeaders?.['x-rapport-send'], secret);
    const send = sendId ? await this.events.send(sendId) : null;
    if (!send) {
      this.logger.warn(`inbound ${verdict.kind} from ${verdict.from ?? '<>'} names no send of ours; dropped`);
      return 'unmatched';
    }
    return this.apply(verdict, send, inboundMessageKey(send.id, message.raw));
  }

  /** Stores an effect with the message's key in one transaction; `duplicate` (and nothing stored) when the key is taken. */
  private once(key: string, outcome: InboundOutcome, store: (m: EntityManager) => Promise<void>): Promise<InboundOutcome> {
    return this.events.ds.transaction(async (m) => {
      if (!(await this.received.claim(m, key, outcome))) return 'duplicate';
      await store(m);
      return outcome;
    });
  }

  private async apply(verdict: InboundVerdict, send: SendForEvents, key: string): Promise<InboundOutcome> {
    const same = (address: string | null) => !address || address.toLowerCase() === send.address;
    switch (verdict.kind) {
      case 'dsn': {
        const mine = verdict.recipients.filter((r) => same(r.address) && r.bounce !== 'none');
        if (!mine.length) return 'ignored';
        const hard = mine.find((r) => r.bounce === 'hard');
        const detail = (r: (typeof mine)[number]) => [r.bounce, r.status, r.diagnostic].filter(Boolean).join(' ').slice(0, 500);
        const r = hard ?? mine[0]!;
        return this.once(key, hard ? 'hard-bounce' : 'soft-bounce', async (m) => {
          await this.events.add(m, { sendId: send.id, mailingId: send.mailingId, kind: 'bounce', detail: detail(r) });
          if (hard) await this.consent.suppress(m, [send.address], 'hard_bounce', detail(hard), null);
          else if ((await this.events.softBounces(m, send.address, SOFT_BOUNCE_DAYS)) >= SOFT_BOUNCES_TO_SUPPRESS) {
            await this.consent.suppress(m, [send.address], 'soft_bounce', `${SOFT_BOUNCES_TO_SUPPRESS} soft bounces within ${SOFT_BOUNCE_DAYS} days; last: ${detail(r)}`, null);
          }
        });
      }
      case 'complaint': {
        if (!same(verdict.address) || !COMPLAINT_TYPES.has(verdict.feedbackType.toLowerCase())) return 'ignored';
        return this.once(key, 'complaint', async (m) => {
          await this.events.add(m, { sendId: send.id, mailingId: send.mailingId, kind: 'complaint', detail: verdict.feedbackType });
          await this.consent.suppress(m, [send.address], 'complaint', `feedback report: ${verdict.feedbackType}`, null);
        });
      }
      case 'auto-reply':
        // An out-of-office says nothing about the address or the person's wishes.
        return 'auto-reply';
      case 'human-reply': {
        // The reply+ address is signed, so the reply is the person's even from another mailbox of theirs.
        return this.once(key, 'reply', async (m) => {
          await this.events.add(m, { sendId: send.id, mailingId: send.mailingId, kind: 'reply', detail: verdict.subject.slice(0, 300) });
          const activityId = await this.events.recordReply(m, send, verdict.subject, verdict.text);
          if (send.ownerId) {
            await notify(m, {
              userId: send.ownerId,
              kind: 'mailing.reply',
              title: `${send.address} replied to "${send.mailingName}"`,
              body: verdict.text.slice(0, 300),
              payload: { activityId, contactId: send.contactId, leadId: send.leadId, mailingId: send.mailingId },
              dedupKey: `mailing-reply:${send.id}:${activityId}`,
              email: true,
            });
          }
        });
      }
    }
  }

  /**
   * The List-Unsubscribe mailto: the send's type for its address, as the one-click link would.
   * Its two steps have transactions of their own (the link's), so the key is claimed after them:
   * both steps change nothing the second time, and the key keeps a replay from opting out again
   * someone who subscribed anew in between.
   */
  private async unsubscribe(sendId: string, raw: Buffer, remoteAddress: string): Promise<InboundOutcome> {
    const send = await this.events.send(sendId);
    if (!send) return 'unmatched';
    const key = inboundMessageKey(send.id, raw);
    if (await this.received.handled(key)) return 'duplicate';
    const token = signUnsubscribeToken({ address: send.address, subscriptionTypeId: send.subscriptionTypeId }, this.config.sessionSecret);
    await this.publicConsent.unsubscribe(token, { ip: remoteAddress, userAgent: 'mailto unsubscribe' });
    await this.tracking.unsubscribed(sendToken(send.id, this.config.sessionSecret), send.address);
    await this.received.claim(this.received.ds.manager, key, 'unsubscribe');
    return 'unsubscribe';
  }
}
