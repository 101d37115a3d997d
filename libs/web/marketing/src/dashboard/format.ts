import { formatMoney } from '@rapport/web-ui';

/** Whole units in the given currency: a dashboard glance does not need cents. */
export function wholeMoney(n: number, currency: string, language: string): string {
  const lng = language || 'en';
  try {
    return new Intl.NumberFormat(lng, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return formatMoney(n, currency) ?? String(n);
  }
}

export const compact = (n: number, language: string): string => new Intl.NumberFormat(language || 'en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
