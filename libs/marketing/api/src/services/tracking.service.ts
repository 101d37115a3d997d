import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { appendTimeline } from '@rapport/shared-database';
import { MailingEventRepository } from '@rapport/marketing-data';
import { isResponse, judgeOpen, memberStatusProblem, statusAfterEngagement, verifySendToken, verifyTrackingToken, type CampaignType } from '@rapport/marketing-domain';
import type { Evidence } from './public-consent.service';

/**
 * Opens and clicks of mailing messages (issue 15 item 7). The token is signed and carries the
 * destination, so the redirect can only go where the mail pointed (no open redirect). Every open
 * and click is kept with its evidence; the ones that look like machines (privacy proxies, link
 * scanners, prefetch) are flagged and left out of "engaged" counts and the person's timeline.
 */
@Injectable()
export class TrackingService {
  constructor(
    private readonly events: MailingEventRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records an open; never fails the pixel (a bad token is simply not recorded). */
  async open(token: string, evidence: Evidence): Promise<void> {
    const target = verifyTrackingToken(token, this.config.sessionSecret);
    if (target?.kind !== 'open') return;
    await this.record(target.sendId, 'open', null, evidence);
  }

  /** Records a click and returns where to go; null for a link that is not ours. */
  async click(token: string, evidence: Evidence): Promise<string | null> {
    const target = verifyTrackingToken(token, this.config.sessionSecret);
    if (target?.kind !== 'click') return null;
    await this.record(target.sendId, 'click', target.url, evidence);
    return target.url;
  }

  /**
   * An unsubscribe through a mailing's link (`?s=` names the send, signed): counted on that mailing
   * once, and the person's membership of its campaign becomes `unsubscribed` where the type has it.
   * The consent itself was recorded before (PublicConsentService); this is only the report's part.
   */
  async unsubscribed(sendTokenValue: string | null, address: string): Promise<void> {
    const sendId = verifySendToken(sendTokenValue, this.config.sessionSecret);
    const send = sendId ? await this.events.send(sendId) : null;
    if (!send || send.address !== address) return;
    await this.events.ds.transaction(async (m) => {
      if (await this.events.has(m, send.id, 'unsubscribe')) return;
      await this.events.add(m, { sendId: send.id, mailingId: send.mailingId, kind: 'unsubscribe', detail: 'link' });
      const member = await this.events.membership(m, send);
      if (member && member.status !== 'unsubscribed' && memberStatusProblem(member.type as CampaignType, 'unsubscribed') === null) await this.events.setMembershipStatus(m, member.id, 'unsubscribed', false);
    });
  }

  private async record(sendId: string, kind: 'open' | 'click', url: string | null, evidence: Evidence): Promise<void> {
    const send = await this.events.send(sendId);
    if (!send) return;
    const seen = await this.events.engagement(sendId);
    const judgement = judgeOpen({
      kind,
      userAgent: evidence.userAgent,
      secondsSinceSent: seen.sentAt ? (Date.now() - seen.sentAt.getTime()) / 1000 : Number.POSITIVE_INFINITY,
      openedBefore: seen.opened,
      clicksInSameSecond: seen.clicksLastSecond + (kind === 'click' ? 1 : 0),
      distinctLinksClickedInSameSecond: seen.linksLastSecond + (kind === 'click' ? 1 : 0),
    });
    await this.events.ds.transaction(async (m) => {
      await this.events.add(m, { sendId, mailingId: send.mailingId, kind, detail: url, machine: judgement.machine, machineReason: judgement.reason, userAgent: evidence.userAgent, ip: evidence.ip });
      const subject = send.contactId ? { subjectType: 'contact', subjectId: send.contactId } : send.leadId ? { subjectType: 'lead', subjectId: send.leadId } : null;
      // The person's timeline shows what they did, once per send and kind, never a scanner's doing.
      if (judgement.machine) return;
      if (subject && !(kind === 'open' && seen.opened)) {
        await appendTimeline(m, null, { ...subject, eventType: kind === 'open' ? 'mailing.opened' : 'mailing.clicked', payload: { mailingId: send.mailingId, mailing: send.mailingName, ...(url ? { url } : {}) } });
      }
      // The campaign membership moves forward (sent → opened → clicked) where the campaign's type has those statuses.
      const member = await this.events.membership(m, send);
      const next = member && statusAfterEngagement(member.type as CampaignType, member.status, kind);
      if (member && next) await this.events.setMembershipStatus(m, member.id, next, isResponse(member.type as CampaignType, next));
    });
  }
}
