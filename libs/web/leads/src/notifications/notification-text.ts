import { localizeServerMessage } from '@rapport/web-data-access';
import { formatDate, formatMoney } from '@rapport/web-ui';
import type { TFunction } from 'i18next';

/**
 * A notification's title in the reader's language, from its kind and the values its payload
 * carries (the server stores an English title too, for integrators and for rows written before
 * the values were). Amounts in the reader's money format, dates in the app's.
 */
interface NoticeLike {
  kind: string;
  title: string;
  body?: string | null;
  payloadJson: string | null | undefined;
}

/** The payload as an object; an empty one when it is missing or not an object. */
export function payloadOf(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const count = (v: unknown): number | undefined => (Array.isArray(v) ? v.length : num(v));
const percent = (v: unknown, language: string) => (num(v) === undefined ? undefined : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(v as number));

type Values = Record<string, string | number | undefined>;

interface KindWording {
  /** The values its title needs, or undefined ones where the payload lacks them. */
  values: (p: Record<string, unknown>, language: string) => Values;
  title: (t: TFunction, values: Values) => string;
  /** "12 new leads for you"; kinds without one read "12 similar notifications". */
  group?: (t: TFunction, count: number) => string;
}

// Keys stay literal (one function per kind) so the key check in apps/web/src/i18n-keys.test.ts sees them.
const KINDS: Record<string, KindWording> = {
  'lead.assigned': {
    values: (p) => ({ name: text(p['name']) }),
    title: (t, v) => t('notice.title.leadAssigned', v),
    group: (t, count) => t('notice.group.leadAssigned', { count }),
  },
  'lead.sla.reassigned': {
    values: (p) => ({ name: text(p['name']) }),
    title: (t, v) => t('notice.title.leadReassigned', v),
    group: (t, count) => t('notice.group.leadReassigned', { count }),
  },
  'lead.sla.reminder': {
    values: (p) => ({ name: text(p['name']) }),
    title: (t, v) => t('notice.title.leadReminder', v),
    group: (t, count) => t('notice.group.leadReminder', { count }),
  },
  'lead.sla.overdue': {
    values: (p) => ({ name: text(p['name']), owner: text(p['owner']) }),
    title: (t, v) => t('notice.title.leadOverdue', v),
    group: (t, count) => t('notice.group.leadOverdue', { count }),
  },
  'handover.digest': {
    values: (p) => ({ from: text(p['from']), deals: count(p['deals']), tasks: count(p['tasks']) }),
    title: (t, v) => t('notice.title.handoverDigest', v),
  },
  'quote.approval_requested': {
    values: (p, language) => ({
      name: text(p['name']),
      total: text(p['currency']) ? formatMoney(num(p['total']), p['currency'] as string, language) : undefined,
      discount: percent(p['maxDiscountPercent'], language),
    }),
    title: (t, v) => t('notice.title.approvalRequested', v),
    group: (t, count) => t('notice.group.approvalRequested', { count }),
  },
  'quote.approved': {
    values: (p) => ({ name: text(p['name']) }),
    title: (t, v) => t('notice.title.quoteApproved', v),
    group: (t, count) => t('notice.group.quoteApproved', { count }),
  },
  'quote.rejected': {
    values: (p) => ({ name: text(p['name']) }),
    title: (t, v) => t('notice.title.quoteRejected', v),
    group: (t, count) => t('notice.group.quoteRejected', { count }),
  },
  'quote.price_conflict': {
    values: (p, language) => ({ sku: text(p['sku']), spread: percent(p['spreadPercent'], language) }),
    title: (t, v) => t('notice.title.priceConflict', v),
    group: (t, count) => t('notice.group.priceConflict', { count }),
  },
  'commitment.due': {
    values: (p) => ({ date: formatDate(text(p['dueAt'])), description: text(p['description']) }),
    title: (t, v) => t('notice.title.commitmentDue', v),
    group: (t, count) => t('notice.group.commitmentDue', { count }),
  },
  'lead-import.failed': {
    values: (p) => ({ file: text(p['fileName']) }),
    title: (t, v) => t('notice.title.importFailed', v),
  },
  'lead-import.done': {
    values: (p) => ({ file: text(p['fileName']), created: num(p['created']), duplicates: num(p['duplicates']), errors: num(p['errors']) }),
    title: (t, v) => t('notice.title.importDone', v),
  },
  // A routing queue gave the reader a case (issue 19); the queue's name is the set-up's own word.
  'case.routed': {
    values: (p) => ({ number: text(p['number']), subject: text(p['subject']), queue: text(p['queue']) }),
    title: (t, v) => t('notice.title.caseRouted', v),
    group: (t, count) => t('notice.group.caseRouted', { count }),
  },
};

export function noticeTitle(n: NoticeLike, t: TFunction, language: string): string {
  const kind = KINDS[n.kind];
  if (!kind) return n.title;
  const values = kind.values(payloadOf(n.payloadJson), language);
  if (Object.values(values).some((v) => v === undefined)) return n.title;
  return kind.title(t, values);
}

/**
 * A notice's body in the reader's language where the server wrote a sentence of its own (why an
 * import failed, with its catalogue key in the payload); other bodies are people's words (a note,
 * a company) and stay as they are.
 */
export function noticeBody(n: NoticeLike): string | null {
  if (!n.body) return null;
  if (n.kind !== 'lead-import.failed') return n.body;
  const p = payloadOf(n.payloadJson);
  return localizeServerMessage(n.body, p['errorKey'], p['errorParams']);
}

/** The line of a run of same-kind notices, with the count in the reader's plural rules. */
export function noticeGroupTitle(kind: string, size: number, t: TFunction): string {
  const group = KINDS[kind]?.group;
  return group ? group(t, size) : t('notice.group.other', { count: size });
}
