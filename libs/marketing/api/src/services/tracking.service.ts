import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { appendTimeline } from '@rapport/shared-database';
import { MailingEventRepository } from '@rapport/marketing-data';
import { IDENTITY_PARAM, isResponse, judgeOpen, memberStatusProblem, signVisitorIdentity, statusAfterEngagement, verifySendToken, verifyTrackingToken, type CampaignType } from '@rapport/marketing-domain';
import { VisitorSettingsService } from '../visitors/visitor-settings.service';
import type { Evidence } from './public-consent.service';

/**
 * Opens and clicks of mailing messages (issue 15 item 7). The token is signed and carries the
 * destination, so the redirect can only go where the mail pointed (no open redirect). Every open
 * and click is kept with its evidence; the ones that look like machines (privacy proxies, link
 * scanners, prefetch) are flagged and left out of "engaged" counts and the person's timeline.
 * A person's click to one of the company's own sites (web_visitor_settings.site_hosts) carries a
 * short-lived signed `rapport_pid` for the tracking script there, which makes that browser's visits
 * the person's (issue 16 item 6); other destinations never see it.
 */
@Injectable()
export class TrackingService {
  constructor(
    private readonly events: MailingEventRepository,
    private readonly sites: VisitorSettingsService,
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
    const clicked = await this.record(target.sendId, 'click', target.url, evidence);
    return clicked && !clicked.machine ? this.withIdentity(target.url, clicked.person) : target.url;
  }

  /** The destination with the person's identity token when it is one of the company's own sites; as written otherwise. */
  private async withIdentity(url: string, person: { kind: 'contact' | 'lead'; id: string } | null): Promise<string> {
    if (!person || !(await this.sites.isOwnSite(url))) return url;
    const to = new URL(url);
    to.searchParams.set(IDENTITY_PARAM, signVisitorIdentity(person, this.config.sessionSecret));
    return to.href;
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

  /** Stores the event; says who the send's person is and whether it looked like a machine (null: no such send). */
  private async record(sendId: string, kind: 'open' | 'click', url: string | null, evidence: Evidence): Promise<{ machine: boolean; person: { kind: 'contact' | 'lead'; id: string } | null } | null> {
    const send = await this.events.send(sendId);
    if (!send) return null;
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
    const person = send.contactId ? { kind: 'contact' as const, id: send.contactId } : send.leadId ? { kind: 'lead' as const, id: send.leadId } : null;
    return { machine: judgement.machine, person };
  }
}
