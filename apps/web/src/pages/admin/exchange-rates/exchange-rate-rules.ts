import type { ExchangeRateFieldsFragment } from '@rapport/web-data-access';
import { CURRENCY_PATTERN } from '@rapport/web-core';

/** The base currency: a rate says what one unit of another currency is worth in it (the API's BASE_CURRENCY). */
export const BASE_CURRENCY = 'CNY';

// The API's own pattern: up to 10 digits before and after the point, no sign, no exponent.
const RATE_PATTERN = /^\d{1,10}(\.\d{1,10})?$/;

export type CurrencyProblem = 'format' | 'base';
export type RateProblem = 'format' | 'zero';

/** What the API would refuse about a currency code (it takes upper-case ISO codes, never the base). */
export function currencyProblem(code: string): CurrencyProblem | null {
  if (!CURRENCY_PATTERN.test(code)) return 'format';
  return code === BASE_CURRENCY ? 'base' : null;
}

/** What the API would refuse about a rate typed as text (exact decimal, more than zero). */
export function rateProblem(text: string): RateProblem | null {
  if (!RATE_PATTERN.test(text)) return 'format';
  return Number(text) > 0 ? null : 'zero';
}

export interface CurrencyRates {
  currency: string;
  /** Newest first, each with the last day it applies (the day before the next rate), null for the latest. */
  rates: (ExchangeRateFieldsFragment & { until: string | null })[];
  /** The rate in force on `today`: the latest from that day or before, else (all in the future) the first, as the API converts. */
  current: ExchangeRateFieldsFragment;
}

const dayBefore = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** The rates by currency (alphabetical), the base left out: it is always 1 and not a rate anyone keeps. */
export function groupRates(rates: readonly ExchangeRateFieldsFragment[], today: string): CurrencyRates[] {
  const byCurrency = new Map<string, ExchangeRateFieldsFragment[]>();
  for (const r of rates) {
    if (r.currency === BASE_CURRENCY) continue;
    byCurrency.set(r.currency, [...(byCurrency.get(r.currency) ?? []), r]);
  }
  return [...byCurrency.keys()].sort().map((currency) => {
    const newestFirst = [...byCurrency.get(currency)!].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    const withEnds = newestFirst.map((r, i) => ({ ...r, until: i === 0 ? null : dayBefore(newestFirst[i - 1]!.validFrom) }));
    const current = newestFirst.find((r) => r.validFrom <= today) ?? newestFirst[newestFirst.length - 1]!;
    return { currency, rates: withEnds, current };
  });
}
