import { escapeHtml as esc } from '@rapport/shared-util';
import { localizedName } from '@rapport/shared-domain';
import { MessageKey, MessageLocale, renderMessage, translateMessage, type FieldError, type MessageParams } from '@rapport/shared-errors';
import { googleCalendarLink, storedAgenda, storedForm, type FormQuestion, type RegistrationForm } from '@rapport/events-domain';
import type { EventEntity, EventRegistrationEntity } from '@rapport/events-data';
import { whenText } from '../services/event-mail';

/**
 * The registrant's pages (issue 16 items 2–3): the hosted registration page, the embeddable form,
 * the answer a browser's form post gets, and the self-service page the mails link to. Plain HTML
 * that works without scripts on any phone, in the registrant's language; everything anyone typed
 * (staff or registrant) is escaped. Pure functions: the controller fetches, these render.
 */
export const PAGE_LOCALES: readonly MessageLocale[] = ['en', 'zh-CN', 'zh-TW'];
const LANGUAGE_NAMES: Record<MessageLocale, string> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };

const say = (locale: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(locale, key, params, renderMessage(key, params));

// Large targets, visible focus, readable contrast (axe-clean), comfortable on a 360 px screen.
const STYLE = `body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;line-height:1.55;color:#1f1f1f;max-width:38em;margin:0 auto;padding:1em}
label{display:block;font-weight:600;margin-top:.9em}input[type=text],input[type=email],input[type=tel],select,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.6em;border:1px solid #767676;border-radius:6px;margin-top:.25em}
textarea{min-height:6em}.check{display:flex;gap:.6em;align-items:flex-start;font-weight:400}.check input{width:1.4em;height:1.4em;margin-top:.15em;flex:none}
button{font:inherit;font-weight:600;padding:.75em 1.4em;margin-top:1.2em;border:0;border-radius:6px;background:#0b57d0;color:#fff;cursor:pointer;min-height:44px}
button.secondary{background:#fff;color:#a50e0e;border:1px solid #a50e0e}:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.meta{color:#3c3c3c}.note{background:#f1f4f9;border-radius:6px;padding:.8em 1em}nav a{margin-right:1em}a{color:#0b57d0}
.hidden{position:absolute;left:-10000px}`;

function page(locale: MessageLocale, title: string, body: string, languages = ''): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${languages}<main>${body}</main></body></html>`;
}

type PageEvent = Pick<EventEntity, 'id' | 'title' | 'titles' | 'description' | 'descriptions' | 'venue' | 'address' | 'onlineUrl' | 'timeZone' | 'startsAt' | 'endsAt' | 'capacity' | 'form' | 'agenda'>;

const titleOf = (e: PageEvent, locale: MessageLocale) => localizedName(e.title as string, e.titles as Record<string, string>, locale);
const placeOf = (e: PageEvent) => [e.venue, e.address].filter(Boolean).join(', ');

/** Title, when, where, description and agenda: what every page about the event starts with. */
function eventSummary(e: PageEvent, locale: MessageLocale, heading: string): string {
  const description = localizedName((e.description as string | null) ?? '', e.descriptions as Record<string, string>, locale);
  const sessions = storedAgenda(e.agenda).sessions;
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: e.timeZone as string });
  const agenda = sessions.length
    ? `<h2>${esc(say(locale, 'events.pageAgenda'))}</h2><ul>${sessions
        .map((s) => `<li><strong>${esc(time.format(new Date(s.startsAt)))}–${esc(time.format(new Date(s.endsAt)))}</strong> ${esc(localizedName(s.title, s.titles ?? {}, locale))}${s.speaker ? ` · ${esc(s.speaker)}` : ''}${s.room ? ` · ${esc(s.room)}` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return `<h1>${esc(heading)}</h1>
<p class="meta">${esc(say(locale, 'events.mailWhen', { when: whenText(e.startsAt as Date, e.endsAt as Date, e.timeZone as string, locale) }))}</p>
${placeOf(e) ? `<p class="meta">${esc(say(locale, 'events.mailWhere', { where: placeOf(e) }))}</p>` : ''}
${description ? description.split(/\n{2,}/).map((p) => `<p>${esc(p)}</p>`).join('\n') : ''}
${agenda}`;
}

function languageLinks(current: MessageLocale, href: (l: MessageLocale) => string): string {
  const links = PAGE_LOCALES.map((l) => (l === current ? `<a aria-current="page" href="${esc(href(l))}" lang="${l}">${LANGUAGE_NAMES[l]}</a>` : `<a href="${esc(href(l))}" lang="${l}">${LANGUAGE_NAMES[l]}</a>`));
  return `<nav aria-label="${esc(say(current, 'events.pageLanguage'))}">${links.join('')}</nav>`;
}

const questionLabel = (q: FormQuestion, locale: MessageLocale) => localizedName(q.label, q.labels ?? {}, locale);

function questionControl(q: FormQuestion, locale: MessageLocale, value: unknown, idPrefix: string): string {
  const id = `${idPrefix}q-${q.key}`;
  const name = `q.${q.key}`;
  const req = q.required ? ' required' : '';
  const mark = q.required ? ` <span aria-hidden="true">*</span>` : '';
  const label = esc(questionLabel(q, locale));
  if (q.type === 'checkbox') return `<label class="check"><input type="checkbox" id="${id}" name="${name}" value="true"${value === true ? ' checked' : ''}${req}> ${label}${mark}</label>`;
  const current = typeof value === 'string' ? value : '';
  if (q.type === 'choice') {
    const options = (q.options ?? []).map((o) => `<option value="${esc(o.value)}"${o.value === current ? ' selected' : ''}>${esc(localizedName(o.label, o.labels ?? {}, locale))}</option>`).join('');
    return `<label for="${id}">${label}${mark}</label><select id="${id}" name="${name}"${req}><option value="">${esc(say(locale, 'events.pageChoose'))}</option>${options}</select>`;
  }
  if (q.type === 'longText') return `<label for="${id}">${label}${mark}</label><textarea id="${id}" name="${name}" maxlength="5000"${req}>${esc(current)}</textarea>`;
  return `<label for="${id}">${label}${mark}</label><input type="text" id="${id}" name="${name}" maxlength="500" value="${esc(current)}"${req}>`;
}

const STANDARD: { name: string; key: MessageKey; type: string; required: boolean; autocomplete: string; max: number }[] = [
  { name: 'firstName', key: 'events.pageFirstName', type: 'text', required: false, autocomplete: 'given-name', max: 100 },
  { name: 'lastName', key: 'events.pageLastName', type: 'text', required: true, autocomplete: 'family-name', max: 100 },
  { name: 'email', key: 'events.pageEmail', type: 'email', required: true, autocomplete: 'email', max: 254 },
  { name: 'company', key: 'events.pageCompany', type: 'text', required: false, autocomplete: 'organization', max: 200 },
  { name: 'phone', key: 'events.pagePhone', type: 'tel', required: false, autocomplete: 'tel', max: 40 },
];

/**
 * The registration form itself, for the hosted page and for sites to embed (class `rapport-form`:
 * Rapport's tracking script fills `visitorId`, so earlier page views join the registrant). The
 * small script fills the browser's time zone (reminders at their local hour); without it the event's
 * zone is used.
 */
export function registrationFormHtml(e: Pick<PageEvent, 'id' | 'form'>, locale: MessageLocale, origin: string, idPrefix = 'rapport-'): string {
  const form: RegistrationForm = storedForm(e.form);
  // Chinese names are written family name first: so is the form.
  const fields = locale === 'en' ? STANDARD : [STANDARD[1]!, STANDARD[0]!, ...STANDARD.slice(2)];
  const standard = fields.map(
    (f) =>
      `<label for="${idPrefix}${f.name}">${esc(say(locale, f.key))}${f.required ? ' <span aria-hidden="true">*</span>' : ''}</label><input type="${f.type}" id="${idPrefix}${f.name}" name="${f.name}" autocomplete="${f.autocomplete}" maxlength="${f.max}"${f.required ? ' required' : ''}>`,
  ).join('\n');
  const questions = form.questions.map((q) => questionControl(q, locale, undefined, idPrefix)).join('\n');
  const consents = form.consents
    .map((c) => `<label class="check"><input type="checkbox" name="consent.${esc(c.subscriptionTypeId)}" value="true"${c.required ? ' required' : ''}> ${esc(localizedName(c.text, c.texts ?? {}, locale))}${c.required ? ' <span aria-hidden="true">*</span>' : ''}</label>`)
    .join('\n');
  return `<form method="post" action="${esc(origin)}/api/public/events/${e.id}/registrations" accept-charset="utf-8" class="rapport-form" data-event="${e.id}">
<input type="hidden" name="locale" value="${locale}"><input type="hidden" name="timeZone" value=""><input type="hidden" name="visitorId" value="">
<div class="hidden" aria-hidden="true"><input type="text" name="website" tabindex="-1" autocomplete="off"></div>
<p>${esc(say(locale, 'events.pageRequiredNote'))}</p>
${standard}
${questions}
${consents}
<button type="submit">${esc(say(locale, 'events.pageSubmit'))}</button>
</form>
<script>(function(){var f=document.currentScript&&document.currentScript.previousElementSibling;var z=f&&f.querySelector('[name=timeZone]');try{if(z)z.value=Intl.DateTimeFormat().resolvedOptions().timeZone||'';}catch(e){}})();</script>`;
}

/** The hosted registration page: the event, its seats, and the form (or why it is closed). */
export function hostedPageHtml(e: PageEvent, seatsTaken: number, closed: MessageKey | null, locale: MessageLocale, origin: string): string {
  const title = titleOf(e, locale);
  const seats = e.capacity == null ? null : Math.max(0, (e.capacity as number) - seatsTaken);
  const seatNote = seats == null ? '' : seats > 0 ? say(locale, 'events.pageSeatsLeft', { count: seats }) : say(locale, 'events.pageFull');
  const body = `${eventSummary(e, locale, title)}
<h2>${esc(say(locale, 'events.pageRegister'))}</h2>
${closed ? `<p class="note" role="status">${esc(say(locale, closed))}</p>` : `${seatNote ? `<p class="note">${esc(seatNote)}</p>` : ''}${registrationFormHtml(e, locale, origin)}`}`;
  return page(locale, title, body, languageLinks(locale, (l) => `${origin}/api/public/events/${e.id}?lang=${l}`));
}

/** What a browser's registration gets back: registered or waitlisted, where the mail went, what next. */
export function registeredPageHtml(e: PageEvent, r: Pick<EventRegistrationEntity, 'status' | 'email' | 'firstName' | 'lastName'>, created: boolean, manageUrl: string, locale: MessageLocale): string {
  const title = titleOf(e, locale);
  const waitlisted = r.status === 'waitlisted';
  const heading = say(locale, waitlisted ? 'events.pageWaitlistedTitle' : 'events.pageRegisteredTitle');
  const calendar = googleCalendarLink({ title, description: null, location: placeOf(e) || null, url: (e.onlineUrl as string | null) ?? null, startsAt: e.startsAt as Date, endsAt: e.endsAt as Date });
  const body = `<h1>${esc(heading)}</h1>
${created ? '' : `<p class="note" role="status">${esc(say(locale, 'events.pageAlready'))}</p>`}
<p>${esc(say(locale, waitlisted ? 'events.pageWaitlisted' : 'events.pageRegistered', { title, email: r.email }))}</p>
<p class="meta">${esc(say(locale, 'events.mailWhen', { when: whenText(e.startsAt as Date, e.endsAt as Date, e.timeZone as string, locale) }))}</p>
${waitlisted ? '' : `<p><a href="${esc(calendar)}">${esc(say(locale, 'events.mailAddToCalendar'))}</a></p>`}
<p><a href="${esc(manageUrl)}">${esc(say(locale, 'events.pageManageLink'))}</a></p>`;
  return page(locale, heading, body);
}

const STATUS_TEXT: Record<string, MessageKey> = {
  registered: 'events.pageStatusRegistered',
  waitlisted: 'events.pageStatusWaitlisted',
  cancelled: 'events.pageStatusCancelled',
  attended: 'events.pageStatusAttended',
  no_show: 'events.pageStatusNoShow',
};

/** The registrant's own page (the mails' self-service link): status, answers to change, cancel. */
export function managePageHtml(e: PageEvent, r: EventRegistrationEntity, token: string, origin: string, locale: MessageLocale, notice: MessageKey | null = null): string {
  const title = titleOf(e, locale);
  const open = r.status !== 'cancelled' && new Date() < (e.endsAt as Date);
  const form = storedForm(e.form);
  const base = `${origin}/api/public/registrations/${encodeURIComponent(token)}`;
  const answers =
    open && form.questions.length
      ? `<h2>${esc(say(locale, 'events.pageYourAnswers'))}</h2><form method="post" action="${esc(base)}" accept-charset="utf-8"><input type="hidden" name="locale" value="${locale}">
${form.questions.map((q) => questionControl(q, locale, r.answers?.[q.key], 'm-')).join('\n')}
<button type="submit">${esc(say(locale, 'events.pageSaveAnswers'))}</button></form>`
      : '';
  const cancel = open
    ? `<h2>${esc(say(locale, 'events.pageCantCome'))}</h2><form method="post" action="${esc(base)}/cancel" accept-charset="utf-8"><input type="hidden" name="locale" value="${locale}"><button type="submit" class="secondary">${esc(say(locale, 'events.pageCancel'))}</button></form>`
    : '';
  const body = `${notice ? `<p class="note" role="status">${esc(say(locale, notice))}</p>` : ''}
${eventSummary(e, locale, title)}
<p><strong>${esc(say(locale, 'events.pageYourStatus', { state: say(locale, STATUS_TEXT[r.status] ?? 'events.pageStatusRegistered') }))}</strong></p>
${answers}
${cancel}`;
  return page(locale, title, body, languageLinks(locale, (l) => `${base}?lang=${l}`));
}

/** What to fix, each problem named by the label the registrant saw. */
export function problemsPageHtml(e: Pick<PageEvent, 'form'> | null, problems: FieldError[], fallback: { message: string; messageKey?: string; params?: MessageParams }, locale: MessageLocale): string {
  const form = storedForm(e?.form);
  const labelOf = (path: string): string | null => {
    const std = STANDARD.find((f) => f.name === path);
    if (std) return say(locale, std.key);
    const q = path.startsWith('answers.') ? form.questions.find((x) => x.key === path.slice(8)) : null;
    if (q) return questionLabel(q, locale);
    const c = /^consents\.(\d+)$/.exec(path);
    const consent = c ? form.consents[Number(c[1])] : null;
    return consent ? localizedName(consent.text, consent.texts ?? {}, locale) : null;
  };
  const lines = problems.length
    ? problems.map((p) => {
        const text = translateMessage(locale, p.messageKey, p.params, p.message);
        const label = labelOf(p.path);
        return label ? `${label}${locale === 'en' ? ': ' : '：'}${text}` : text;
      })
    : [translateMessage(locale, fallback.messageKey, fallback.params, fallback.message)];
  const title = say(locale, 'events.pageCheckTitle');
  return page(locale, title, `<h1>${esc(title)}</h1><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul><p><a href="javascript:history.back()">← ${esc(say(locale, 'events.pageBack'))}</a></p>`);
}

/** A page for a link or event that is not (or no longer) there. */
export function notFoundPageHtml(locale: MessageLocale): string {
  const title = say(locale, 'events.pageNotFound');
  return page(locale, title, `<h1>${esc(title)}</h1>`);
}
