import { escapeHtml } from './escape-html';
import { fill, formatDay, formatMoney, formatNumber, MailLocale, missingValues } from './mail-format';
import { MAIL_STRINGS } from './mail-strings';
import { asRoutingDecision, routingExplanationText } from './routing-explanation';

/**
 * Turns an in-app notification into an email in the recipient's language, with money and dates
 * formatted for it. Pure, so every kind's wording is unit-tested; a kind without wording here, or
 * a notification without the values its wording needs, is mailed with its own title and body.
 */
export { mailLocale } from './mail-format';
export type { MailLocale } from './mail-format';
export { escapeHtml } from './escape-html';

export interface NotificationForMail {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  payload: Record<string, unknown>;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface DigestItem {
  name?: string;
  subject?: string;
  stage?: string;
  amount?: string | number | null;
  currency?: string | null;
  nextStep?: string | null;
  dueAt?: string | null;
  description?: string;
}

function digestLine(item: DigestItem, locale: MailLocale): string {
  const head = item.name ?? item.subject ?? item.description ?? '';
  const due = item.dueAt ? fill(MAIL_STRINGS[locale].due, { date: formatDay(item.dueAt, locale) }) : null;
  const parts = [item.stage, formatMoney(item.amount, item.currency, locale), item.nextStep, due];
  return [head, ...parts.filter((p): p is string => !!p)].join(' · ');
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** The values a kind's wording fills in: counts for lists, money and dates in the recipient's format. */
function valuesOf(p: Record<string, unknown>, locale: MailLocale): Record<string, unknown> {
  const count = (v: unknown) => (Array.isArray(v) ? v.length : v);
  const total = num(p.total);
  const discount = num(p.maxDiscountPercent);
  const spread = num(p.spreadPercent);
  return {
    ...p,
    deals: count(p.deals),
    tasks: count(p.tasks),
    total: total === undefined ? undefined : formatMoney(total, typeof p.currency === 'string' ? p.currency : null, locale),
    discount: discount === undefined ? undefined : formatNumber(discount, locale),
    spread: spread === undefined ? undefined : formatNumber(spread, locale),
    date: formatDay(typeof p.dueAt === 'string' ? p.dueAt : null, locale) ?? undefined,
  };
}

export function renderNotificationEmail(n: NotificationForMail, locale: MailLocale, origin: string): RenderedMail {
  const t = MAIL_STRINGS[locale];
  const link = `${origin}${typeof n.payload.path === 'string' ? n.payload.path : '/'}`;
  const values = valuesOf(n.payload, locale);
  const wording = t[n.kind];
  const subject = wording && missingValues(wording, values).length === 0 ? fill(wording, values) : n.title;
  const sections: { heading: string; lines: string[] }[] = [];
  if (n.kind === 'handover.digest') {
    const list = (key: string) => ((n.payload[key] as DigestItem[] | undefined) ?? []).map((item) => digestLine(item, locale));
    sections.push({ heading: t.deals, lines: list('deals') }, { heading: t.tasks, lines: list('tasks') });
    if (Array.isArray(n.payload.commitments)) sections.push({ heading: t.commitments, lines: list('commitments') });
    sections.push({ heading: t.recent, lines: list('recent') });
  } else if (n.kind === 'quote.approval_requested' && Array.isArray(n.payload.breaches) && n.payload.breaches.length) {
    const lines = (n.payload.breaches as { lineNo: number; discountPercent: number; allowedPercent: number }[]).map((b) =>
      fill(t.breach, { line: b.lineNo, discount: formatNumber(b.discountPercent, locale), allowed: formatNumber(b.allowedPercent, locale) }),
    );
    sections.push({ heading: t.breaches, lines });
  } else {
    // New-lead emails say why this person got the lead: in their language from the stored decision,
    // else (older notifications) the English sentence stored with it.
    const decision = asRoutingDecision(n.payload.routing);
    const why = decision ? routingExplanationText(decision, locale) : typeof n.payload.explanation === 'string' ? n.payload.explanation : null;
    if (why) sections.push({ heading: t.why, lines: [why] });
  }
  const body = n.body ? [n.body] : [];
  const text = [subject, '', ...body, ...sections.flatMap((s) => ['', `${s.heading}:`, ...(s.lines.length ? s.lines.map((l) => `- ${l}`) : [`- ${t.none}`])]), '', `${t.open}: ${link}`, '', t.footer].join('\n');
  const html = [
    `<h2 style="font-family:sans-serif">${escapeHtml(subject)}</h2>`,
    ...body.map((b) => `<p style="font-family:sans-serif">${escapeHtml(b)}</p>`),
    ...sections.map(
      (s) =>
        `<h3 style="font-family:sans-serif">${escapeHtml(s.heading)}</h3><ul style="font-family:sans-serif">${(s.lines.length ? s.lines : [t.none]).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    ),
    `<p style="font-family:sans-serif"><a href="${escapeHtml(link)}">${escapeHtml(t.open)}</a></p>`,
    `<p style="font-family:sans-serif;color:#888;font-size:12px">${escapeHtml(t.footer)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
