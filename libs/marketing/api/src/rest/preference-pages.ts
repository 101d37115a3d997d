import { escapeHtml } from '@rapport/shared-util';
import { localizedName, type NameLocale } from '@rapport/shared-domain';
import { MessageKey, MessageLocale, renderMessage, translateMessage, type MessageParams } from '@rapport/shared-errors';
import type { Confirmation, Preferences } from '../services/public-consent.service';

/**
 * The pages behind an unsubscribe link: plain HTML forms that work without scripts, in any mail
 * client's browser, in the recipient's language (Accept-Language). A GET only shows; every change
 * is a POST (link scanners follow GETs).
 */
const esc = escapeHtml;
const say = (locale: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(locale, key, params, renderMessage(key, params));

function page(locale: MessageLocale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.5"><main>${body}</main></body></html>`;
}

const typeName = (p: Preferences, locale: MessageLocale) => (p.type ? localizedName(p.type.name, p.type.names, locale as NameLocale) : '');

/** "Stop sending X to you?" with the one button that posts the RFC 8058 body, and the way to the preference centre. */
/** `send`: the signed send token of the mail the link came in (`?s=`), carried so the unsubscribe is counted on that mailing. */
export function confirmPage(p: Preferences, token: string, locale: MessageLocale, send: string | null = null): string {
  const address = p.target.address;
  const question = p.type ? say(locale, 'marketing.unsubscribeConfirmType', { type: typeName(p, locale), address }) : say(locale, 'marketing.unsubscribeConfirmAll', { address });
  const t = encodeURIComponent(token);
  return page(
    locale,
    say(locale, 'marketing.unsubscribeTitle'),
    `<h1>${esc(say(locale, 'marketing.unsubscribeTitle'))}</h1>
<form method="post" action="/api/public/unsubscribe/${t}${send ? `?s=${encodeURIComponent(send)}` : ''}"><p>${esc(question)}</p><input type="hidden" name="List-Unsubscribe" value="One-Click"><p><button type="submit">${esc(say(locale, 'marketing.unsubscribeTitle'))}</button></p></form>
<p><a href="/api/public/preferences/${t}">${esc(say(locale, 'marketing.preferencesLink'))}</a></p>`,
  );
}

export function unsubscribedPage(p: Preferences, token: string, locale: MessageLocale): string {
  const address = p.target.address;
  const done = p.type ? say(locale, 'marketing.unsubscribedType', { type: typeName(p, locale), address }) : say(locale, 'marketing.unsubscribedAll', { address });
  return page(locale, say(locale, 'marketing.unsubscribeTitle'), `<h1>${esc(done)}</h1><p><a href="/api/public/preferences/${encodeURIComponent(token)}">${esc(say(locale, 'marketing.preferencesLink'))}</a></p>`);
}

/** The preference centre: a checkbox per offered type, "no marketing at all", one Save. */
export function preferencesPage(p: Preferences, token: string, locale: MessageLocale, saved = false): string {
  const boxes = p.types
    .map(({ type, status }, i) => {
      const checked = status === 'opted_in' || (status === null && !type.requiresOptIn) ? ' checked' : '';
      const description = type.description ? `<br><small>${esc(type.description)}</small>` : '';
      return `<p><input type="checkbox" id="t${i}" name="type" value="${esc(type.id)}"${checked}> <label for="t${i}">${esc(localizedName(type.name, type.names, locale as NameLocale))}</label>${description}</p>`;
    })
    .join('\n');
  const none = `<p><input type="checkbox" id="none" name="noMarketing" value="true"${p.global === 'opted_out' ? ' checked' : ''}> <label for="none">${esc(say(locale, 'marketing.preferencesNone'))}</label></p>`;
  const status = saved ? `<p role="status">${esc(say(locale, 'marketing.preferencesSaved'))}</p>` : '';
  return page(
    locale,
    say(locale, 'marketing.preferencesTitle'),
    `<h1>${esc(say(locale, 'marketing.preferencesTitle'))}</h1>${status}
<p>${esc(say(locale, 'marketing.preferencesIntro', { address: p.target.address }))}</p>
<form method="post" action="/api/public/preferences/${encodeURIComponent(token)}"><fieldset style="border:0;padding:0">${boxes}
${none}</fieldset><p><button type="submit">${esc(say(locale, 'marketing.preferencesSave'))}</button></p></form>`,
  );
}

/**
 * A double opt-in's confirm link: while the answer is pending, the question and one button that
 * posts (a GET never confirms: mail scanners follow links); once confirmed, or when the answer is
 * no longer pending, the answer as it is now, and the way to the preference centre.
 */
export function confirmSubscriptionPage(c: Confirmation, token: string, locale: MessageLocale): string {
  const params = { type: localizedName(c.type.name, c.type.names, locale as NameLocale), address: c.target.address };
  const title = say(locale, 'marketing.confirmTitle');
  const preferences = `<p><a href="/api/public/preferences/${encodeURIComponent(c.preferencesToken)}">${esc(say(locale, 'marketing.preferencesLink'))}</a></p>`;
  if (c.confirmed) return page(locale, title, `<h1>${esc(say(locale, 'marketing.confirmedType', params))}</h1>${preferences}`);
  if (!c.type.active) return page(locale, title, `<h1>${esc(title)}</h1><p>${esc(say(locale, 'marketing.subscriptionTypeRetired'))}</p>${preferences}`);
  if (c.status === 'pending') {
    return page(
      locale,
      title,
      `<h1>${esc(title)}</h1>
<form method="post" action="/api/public/confirm/${encodeURIComponent(token)}"><p>${esc(say(locale, 'marketing.confirmQuestion', params))}</p><p><button type="submit">${esc(say(locale, 'marketing.confirmButton'))}</button></p></form>`,
    );
  }
  const now = c.status === 'opted_in' ? say(locale, 'marketing.confirmAlready', params) : say(locale, 'marketing.confirmNotPending', params);
  return page(locale, title, `<h1>${esc(title)}</h1><p role="status">${esc(now)}</p>${preferences}`);
}

export function invalidLinkPage(locale: MessageLocale, titleKey: MessageKey = 'marketing.unsubscribeTitle'): string {
  return page(locale, say(locale, titleKey), `<h1>${esc(say(locale, 'marketing.unsubscribeLinkInvalid'))}</h1>`);
}
