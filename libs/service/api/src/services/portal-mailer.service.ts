import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@rapport/shared-config';
import { escapeHtml } from '@rapport/shared-util';
import { MailService, mailLocale } from '@rapport/shared-mail';
import type { MessageKey, MessageLocale } from '@rapport/shared-errors';
import { PORTAL_LINK_PURPOSES, type PortalLinkPurpose } from '@rapport/service-domain';
import { PortalAccessRepository } from '@rapport/service-data';
import { sayCsat as say } from './csat-mail';
import { portalLinks } from './portal-access.service';

export type PortalMailOutcome = 'sent' | 'superseded' | 'missing' | 'mail-off';

/** Where each link opens in the portal (the web app's /portal pages post the token back). */
const PATHS: Record<PortalLinkPurpose, string> = { invite: '/portal/welcome', verify: '/portal/verify', 'sign-in': '/portal/sign-in/link' };
const WORDS: Record<PortalLinkPurpose, { subject: MessageKey; intro: MessageKey; link: MessageKey }> = {
  invite: { subject: 'service.portalMailInviteSubject', intro: 'service.portalMailInviteIntro', link: 'service.portalMailInviteLink' },
  verify: { subject: 'service.portalMailVerifySubject', intro: 'service.portalMailVerifyIntro', link: 'service.portalMailVerifyLink' },
  'sign-in': { subject: 'service.portalMailSignInSubject', intro: 'service.portalMailSignInIntro', link: 'service.portalMailSignInLink' },
};

/** The mail with a portal link, in the customer's language. */
export function portalLinkMail(locale: MessageLocale, purpose: PortalLinkPurpose, name: string, url: string) {
  const words = WORDS[purpose];
  const subject = say(locale, words.subject);
  const intro = say(locale, words.intro, { name });
  const label = say(locale, words.link);
  return {
    subject,
    text: `${intro}\n\n${label}: ${url}\n`,
    html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>
</body></html>`,
  };
}

/**
 * Sends a portal link (job `send-portal-link`): only the login's current link (an older job finds
 * its nonce replaced and sends nothing), signed as the mail is written so no usable token is stored.
 * A failed send throws for BullMQ to retry; sending the same link twice is harmless (it stays one link).
 */
@Injectable()
export class PortalMailer {
  constructor(
    private readonly repo: PortalAccessRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(userId: string, nonce: string): Promise<PortalMailOutcome> {
    const login = await this.repo.lockLogin(this.repo.ds.manager, userId);
    if (!login) return 'missing';
    const purpose = PORTAL_LINK_PURPOSES.find((p) => p === login.link_purpose);
    if (!purpose || login.link_nonce !== nonce) return 'superseded';
    const url = `${this.config.publicOrigin}${PATHS[purpose]}?token=${encodeURIComponent(portalLinks.sign(userId, nonce, this.config.sessionSecret))}`;
    const { sent } = await this.mail.send({
      from: `Support <${this.config.supportMailAddress}>`,
      to: login.email,
      ...portalLinkMail(mailLocale(login.locale), purpose, login.name, url),
      messageId: `<portal-${userId}-${nonce}@${this.config.inboundMailDomain || 'rapport.local'}>`,
    });
    return sent ? 'sent' : 'mail-off';
  }
}
