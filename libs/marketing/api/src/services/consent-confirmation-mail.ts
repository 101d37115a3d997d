import { escapeHtml } from '@rapport/shared-util';
import { localizedName } from '@rapport/shared-domain';
import { MessageKey, MessageLocale, renderMessage, translateMessage, type MessageParams } from '@rapport/shared-errors';

const say = (locale: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(locale, key, params, renderMessage(key, params));

/** What the confirmation mail says about the answer it asks about. */
export interface ConfirmationFacts {
  address: string;
  typeName: string;
  typeNames: Readonly<Record<string, unknown>> | null;
}

/**
 * The double opt-in mail (issue 15): which type, to which address, the confirm link, and that
 * ignoring it subscribes nobody. Short and plain, in the person's language, with a text part for
 * clients that show no HTML. The link opens a page with a button: following it confirms nothing.
 */
export function confirmationMail(c: ConfirmationFacts, confirmUrl: string, locale: MessageLocale): { subject: string; text: string; html: string } {
  const type = localizedName(c.typeName, c.typeNames, locale);
  const subject = say(locale, 'marketing.confirmMailSubject', { type });
  const intro = say(locale, 'marketing.confirmMailIntro', { type, address: c.address });
  const link = say(locale, 'marketing.confirmMailLink');
  const ignore = say(locale, 'marketing.confirmMailIgnore');
  const text = `${intro}\n\n${link}: ${confirmUrl}\n\n${ignore}\n`;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(confirmUrl)}" style="display:inline-block;padding:.6em 1.2em;background:#1677ff;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(link)}</a></p>
<p style="color:#666">${escapeHtml(ignore)}</p>
</body></html>`;
  return { subject, text, html };
}
