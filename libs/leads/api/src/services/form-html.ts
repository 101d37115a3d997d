import type { WebFormEntity } from '@rapport/leads-data';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const INPUT_TYPE: Record<string, string> = { email: 'email', phone: 'tel', employees: 'number', message: 'textarea' };

/**
 * The embeddable HTML of a web form: a plain `<form>` that posts form-encoded to the public
 * endpoint, so it works on any site without scripts. Hidden fields carry the form id and the UTM
 * parameters; the honeypot is off-screen for people and tempting for bots.
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
${utm}
  <div style="position:absolute;left:-10000px" aria-hidden="true"><input type="text" name="website" tabindex="-1" autocomplete="off"></div>
${fields}
${consent}  <p><button type="submit">${esc(submitLabel)}</button></p>
</form>
<script>(function(){var f=document.currentScript&&document.currentScript.previousElementSibling;if(!f)return;var q=new URLSearchParams(location.search);['utm_source','utm_medium','utm_campaign','utm_term','utm_content'].forEach(function(k){var i=f.querySelector('[name='+k+']');if(i&&q.get(k))i.value=q.get(k);});})();</script>`;
}

export function renderThanksHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Thank you · 谢谢 · 謝謝</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Thank you — we will be in touch soon.</h1><p>谢谢，我们会尽快与您联系。</p><p>謝謝，我們會盡快與您聯繫。</p></body></html>`;
}

export function renderErrorHtml(problems: { path: string; message: string }[], fallback: string): string {
  const items = problems.length ? problems.map((p) => `<li>${esc(p.message)}</li>`).join('') : `<li>${esc(fallback)}</li>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Please check the form</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Please check the form · 请检查表单 · 請檢查表單</h1><ul>${items}</ul><p><a href="javascript:history.back()">← Back</a></p></body></html>`;
}
