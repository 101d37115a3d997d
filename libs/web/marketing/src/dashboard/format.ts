import { formatMoney } from '@rapport/web-ui';

/** What the dashboard shows for a figure that does not exist (ROI without cost, share of no budget). */
export const DASH = '—';

/** Whole units in the given currency: a dashboard glance does not need cents. */
export function wholeMoney(n: number, currency: string, language: string): string {
  const lng = language || 'en';
  try {
    return new Intl.NumberFormat(lng, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return formatMoney(n, currency) ?? String(n);
  }
}

export const percent = (ratio: number | null | undefined, language: string): string =>
  ratio === null || ratio === undefined ? DASH : new Intl.NumberFormat(language || 'en', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

export const compact = (n: number, language: string): string => new Intl.NumberFormat(language || 'en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
