import { i18n } from '../i18n/i18n';

/**
 * Amounts with their ISO currency in the current language: "CN¥120,000.00" in English,
 * "¥120,000.00" in Chinese. Unknown currency codes fall back to "120,000.00 XYZ" instead of throwing.
 */
export function formatMoney(amount: number | null | undefined, currency: string, language = i18n.language): string | undefined {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return undefined;
  try {
    return new Intl.NumberFormat(language || 'en', { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language || 'en', { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** Per-currency sums as one line ("CN¥1,000.00 · US$20.00"); empty when there is nothing to sum. */
export function formatMoneyTotals(totals: ReadonlyMap<string, number> | Record<string, number>, language = i18n.language): string {
  const entries = totals instanceof Map ? [...totals] : Object.entries(totals);
  return entries
    .map(([currency, amount]) => formatMoney(amount, currency, language))
    .filter(Boolean)
    .join(' · ');
}

/**
 * A currency's name in the current language ("US dollar", "美元"), for pickers and headings next to
 * its code; undefined where the browser does not know the code.
 */
export function currencyName(currency: string, language = i18n.language): string | undefined {
  try {
    const name = new Intl.DisplayNames([language || 'en'], { type: 'currency' }).of(currency);
    return name && name !== currency ? name : undefined;
  } catch {
    return undefined;
  }
}
