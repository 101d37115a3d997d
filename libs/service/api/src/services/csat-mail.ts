import { escapeHtml } from '@rapport/shared-util';
import { MessageKey, MessageLocale, renderMessage, translateMessage, type MessageParams } from '@rapport/shared-errors';

export const sayCsat = (locale: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(locale, key, params, renderMessage(key, params));

/** How the customer is greeted: Chinese names family name first without a space, English given name first. */
export function customerName(locale: MessageLocale, first: string | null, last: string | null, fallback: string): string {
  const parts = (locale === 'en' ? [first, last] : [last, first]).filter((p): p is string => !!p?.trim());
  return parts.length ? parts.join(locale === 'en' ? ' ' : '') : fallback;
}

/** The survey invitation in the customer's language: why they are asked, and the one link that opens the survey. */
export function surveyMail(f: { locale: MessageLocale; name: string; number: string; subject: string; url: string }) {
  const subject = `[${f.number}] ${sayCsat(f.locale, 'service.csatMailSubject', { number: f.number })}`;
  const intro = sayCsat(f.locale, 'service.csatMailIntro', { name: f.name, number: f.number, subject: f.subject });
  const label = sayCsat(f.locale, 'service.csatMailLink');
  const text = `${intro}\n\n${label}: ${f.url}\n`;
  const html = `<!doctype html><html lang="${f.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(f.url)}">${escapeHtml(label)}</a></p>
</body></html>`;
  return { subject, text, html };
}
