/**
 * Numbers, money and dates as the recipient's language writes them (Intl, full ICU in Node):
 * 16800 CNY is "¥16,800.00" to a zh-CN reader and "CN¥16,800.00" to an English one.
 */
export type MailLocale = 'en' | 'zh-CN' | 'zh-TW';

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale === 'zh-CN' || locale === 'zh-TW' ? locale : 'en';
}

/** `{name}` placeholders; a missing value leaves nothing rather than "undefined". */
export function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** The placeholders of a template that `values` has no value for. */
export function missingValues(template: string, values: Record<string, unknown>): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((k) => values[k] === undefined || values[k] === null || values[k] === '');
}

/** An amount in its currency; an unknown currency code still shows the number and the code. */
export function formatMoney(amount: number | string | null | undefined, currency: string | null | undefined, locale: MailLocale): string | null {
  const n = typeof amount === 'string' ? Number(amount) : amount;
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  if (!currency) return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)} ${currency}`;
  }
}

export function formatNumber(n: number, locale: MailLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/**
 * A calendar day ("Dec 30, 2026", "2026年12月30日"). Due dates are stored as UTC instants of a day,
 * so the day is read in UTC, as the screens that set them do.
 */
export function formatDay(value: string | Date | null | undefined, locale: MailLocale): string | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** "a, b and c" / "a、b和c". */
export function formatList(items: string[], locale: MailLocale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
