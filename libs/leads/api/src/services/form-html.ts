import { escapeHtml } from '@rapport/shared-util';
import type { WebFormEntity } from '@rapport/leads-data';
import { negotiateLocale } from '@rapport/shared-domain';
import { FieldError, LocalizedText, MessageKey, MessageLocale, SERVER_MESSAGES, translateMessage } from '@rapport/shared-errors';

const esc = escapeHtml;

const INPUT_TYPE: Record<string, string> = { email: 'email', phone: 'tel', employees: 'number', message: 'textarea' };

/**
 * The embeddable HTML of a web form: a plain `<form>` that posts form-encoded to the public
 * endpoint, so it works on any site without scripts. Hidden fields carry the form id and the UTM
 * parameters; the honeypot is off-screen for people and tempting for bots. `visitorId` stays empty
 * unless Rapport's tracking script runs on the page (and may track): it fills it, so the lead gets
 * the pages its person viewed before (issue 16).
 */
export function renderFormHtml(form: Pick<WebFormEntity, 'id' | 'name' | 'fields' | 'consentText' | 'consentRequired'>, origin: string, submitLabel = 'Send'): string {
  const fields = form.fields
    .map((f) => {
      const id = `rapport-${f.key}`;
      const req = f.required ? ' required' : '';
      const label = `<label for="${id}">${esc(f.label)}${f.required ? ' *' : ''}</label>`;
      const control =
        INPUT_TYPE[f.key] === 'textarea'
          ? `<textarea id="${id}" name="${f.key}" maxlength="5000"${req}></textarea>`
          : `<input id="${id}" name="${f.key}" type="${INPUT_TYPE[f.key] ?? 'text'}"${req}>`;
      return `  <p>${label}<br>${control}</p>`;
    })
    .join('\n');
  const consent = form.consentText
    ? `  <p><label><input type="checkbox" name="consent" value="true"${form.consentRequired ? ' required' : ''}> ${esc(form.consentText)}</label></p>\n`
    : '';
  const utm = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'].map((k) => `  <input type="hidden" name="${k}" value="">`).join('\n');
  return `<form method="post" action="${esc(origin)}/api/public/leads" accept-charset="utf-8" class="rapport-form" data-form="${form.id}">
  <input type="hidden" name="formId" value="${form.id}">
  <input type="hidden" name="locale" value="">
  <input type="hidden" name="timeZone" value="">
  <input type="hidden" name="visitorId" value="">
${utm}
  <div style="position:absolute;left:-10000px" aria-hidden="true"><input type="text" name="website" tabindex="-1" autocomplete="off"></div>
${fields}
${consent}  <p><button type="submit">${esc(submitLabel)}</button></p>
</form>
<script>(function(){var f=document.currentScript&&document.currentScript.previousElementSibling;if(!f)return;var q=new URLSearchParams(location.search);['utm_source','utm_medium','utm_campaign','utm_term','utm_content'].forEach(function(k){var i=f.querySelector('[name='+k+']');if(i&&q.get(k))i.value=q.get(k);});var l=f.closest('[lang]'),n=f.querySelector('[name=locale]');if(l&&n)n.value=l.getAttribute('lang').slice(0,100);var z=f.querySelector('[name=timeZone]');try{if(z)z.value=Intl.DateTimeFormat().resolvedOptions().timeZone||'';}catch(e){}})();</script>`;
}

/**
 * The language of the page a browser gets back: the form's page's own (`locale`, which the
 * embedded form's script copies from the nearest `lang` attribute), else the visitor's browser
 * (`Accept-Language`), else English. Anything else in `locale` — a language we don't write, a
 * list, junk — is ignored, never echoed.
 */
export function formPageLocale(body: unknown, acceptLanguage: string | string[] | undefined): MessageLocale {
  const explicit = body && typeof body === 'object' ? (body as Record<string, unknown>)['locale'] : undefined;
  return (typeof explicit === 'string' ? negotiateLocale(explicit.slice(0, 100)) : null) ?? negotiateLocale(acceptLanguage) ?? 'en';
}

const say = (key: MessageKey, locale: MessageLocale) => translateMessage(locale, key, {}, SERVER_MESSAGES[key]);

function page(locale: MessageLocale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto"><main>${body}</main></body></html>`;
}

export function renderThanksHtml(locale: MessageLocale): string {
  return page(locale, say('leads.formThanksTitle', locale), `<h1>${esc(say('leads.formThanks', locale))}</h1>`);
}

/**
 * One problem as the visitor reads it. A catalogue message that is only the end of a sentence about
 * a field ("must be at most 100 characters") gets the field's label in front once it is translated:
 * the English names the field itself ("lastName must be …"), the translation does not.
 */
function problemLine(p: FieldError, locale: MessageLocale, labels: Readonly<Record<string, string>>): string {
  const text = translateMessage(locale, p.messageKey, p.params, p.message);
  const template = p.messageKey ? (SERVER_MESSAGES as Record<string, string>)[p.messageKey] : undefined;
  const fragment = text !== p.message && template !== undefined && /^[a-z]/.test(template);
  if (!fragment) return text;
  const field = p.path.split('.').pop() ?? p.path;
  return `${labels[field] ?? field}：${text}`;
}

/**
 * What to fix, in `locale`: each field's problem, or the error's own message when it names no field
 * (rate limit, spam trap). `labels` are the form's own names for its fields. Everything the
 * visitor or the admin typed is escaped.
 */
export function renderErrorHtml(problems: FieldError[], error: LocalizedText, locale: MessageLocale, labels: Readonly<Record<string, string>> = {}): string {
  const lines = problems.length ? problems.map((p) => problemLine(p, locale, labels)) : [translateMessage(locale, error.messageKey, error.params, error.message)];
  const title = say('leads.formCheckTitle', locale);
  return page(
    locale,
    title,
    `<h1>${esc(title)}</h1><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul><p><a href="javascript:history.back()">← ${esc(say('leads.formBack', locale))}</a></p>`,
  );
}
