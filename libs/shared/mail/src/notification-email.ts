/**
 * Turns an in-app notification into an email in the recipient's language. Pure, so every kind's
 * wording is unit-tested; unknown kinds fall back to the notification's own title and body.
 */
export type MailLocale = 'en' | 'zh-CN' | 'zh-TW';

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

const STRINGS: Record<MailLocale, Record<string, string>> = {
  en: {
    open: 'Open in Rapport',
    deals: 'Open deals',
    tasks: 'Open tasks',
    recent: 'Recent activities',
    commitments: 'Open commitments',
    none: 'None',
    'handover.digest': 'Handover: {from} passed {deals} open deals and {tasks} open tasks to you',
    'lead.assigned': 'New lead for you: {name}',
    'lead.sla.reminder': 'Reminder: {name} is waiting for a first response',
    'lead.sla.overdue': 'Overdue: {name} has had no response from {owner}',
    'lead.sla.reassigned': '{name} was reassigned to you: no first response in time',
    why: 'Why you',
    footer: 'You receive this because of your work in Rapport.',
  },
  'zh-CN': {
    open: '在 Rapport 中打开',
    deals: '未结商机',
    tasks: '未完成任务',
    recent: '近期活动',
    commitments: '未兑现承诺',
    none: '无',
    'handover.digest': '工作交接：{from} 向您移交了 {deals} 个未结商机和 {tasks} 个未完成任务',
    'lead.assigned': '您有新线索：{name}',
    'lead.sla.reminder': '提醒：{name} 仍在等待首次回复',
    'lead.sla.overdue': '已超时：{owner} 尚未回复 {name}',
    'lead.sla.reassigned': '{name} 已改派给您：未在时限内首次回复',
    why: '分配原因',
    footer: '您收到此邮件是因为您在 Rapport 中的工作。',
  },
  'zh-TW': {
    open: '在 Rapport 中開啟',
    deals: '未結商機',
    tasks: '未完成任務',
    recent: '近期活動',
    commitments: '未兌現承諾',
    none: '無',
    'handover.digest': '工作交接：{from} 向您移交了 {deals} 個未結商機和 {tasks} 個未完成任務',
    'lead.assigned': '您有新名單：{name}',
    'lead.sla.reminder': '提醒：{name} 仍在等待首次回覆',
    'lead.sla.overdue': '已逾時：{owner} 尚未回覆 {name}',
    'lead.sla.reassigned': '{name} 已改派給您：未在時限內首次回覆',
    why: '分派原因',
    footer: '您收到此郵件是因為您在 Rapport 中的工作。',
  },
};

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'zh-CN' || locale === 'zh-TW' ? locale : 'en';
}

function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
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

function digestLine(item: DigestItem): string {
  const head = item.name ?? item.subject ?? item.description ?? '';
  const parts = [item.stage, item.amount != null ? `${item.amount} ${item.currency ?? ''}`.trim() : null, item.nextStep, item.dueAt ? item.dueAt.slice(0, 10) : null];
  return [head, ...parts.filter((p): p is string => !!p)].join(' · ');
}

export function renderNotificationEmail(n: NotificationForMail, locale: MailLocale, origin: string): RenderedMail {
  const t = STRINGS[locale];
  const link = `${origin}${typeof n.payload.path === 'string' ? n.payload.path : '/'}`;
  const count = (v: unknown) => (Array.isArray(v) ? v.length : v);
  const values = { ...n.payload, deals: count(n.payload.deals), tasks: count(n.payload.tasks) };
  const subject = t[n.kind] ? fill(t[n.kind], values) : n.title;
  const sections: { heading: string; lines: string[] }[] = [];
  if (n.kind === 'handover.digest') {
    const list = (key: string) => ((n.payload[key] as DigestItem[] | undefined) ?? []).map(digestLine);
    sections.push({ heading: t.deals, lines: list('deals') }, { heading: t.tasks, lines: list('tasks') });
    if (Array.isArray(n.payload.commitments)) sections.push({ heading: t.commitments, lines: list('commitments') });
    sections.push({ heading: t.recent, lines: list('recent') });
  } else if (typeof n.payload.explanation === 'string') {
    sections.push({ heading: t.why, lines: [n.payload.explanation] });
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
