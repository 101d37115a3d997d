import type { TFunction } from 'i18next';

/**
 * The period picker's state ↔ the API's PeriodInput ({ year } | { year, quarter } | { year, month })
 * ↔ the page URL. The picker keeps quarter and month in step, so switching between month and
 * quarter view stays in the same part of the year.
 */
export type Granularity = 'year' | 'quarter' | 'month';

export interface PeriodChoice {
  granularity: Granularity;
  year: number;
  /** 1–4 */
  quarter: number;
  /** 1–12 */
  month: number;
}

export interface PeriodInputShape {
  year: number;
  quarter?: number;
  month?: number;
}

const quarterOf = (month: number) => Math.ceil(month / 3);
const firstMonthOf = (quarter: number) => (quarter - 1) * 3 + 1;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Where the page opens: this quarter, the period forecasts are usually called for. */
export function currentPeriod(now = new Date()): PeriodChoice {
  const month = now.getMonth() + 1;
  return { granularity: 'quarter', year: now.getFullYear(), quarter: quarterOf(month), month };
}

export function toPeriodInput(p: PeriodChoice): PeriodInputShape {
  if (p.granularity === 'month') return { year: p.year, month: p.month };
  if (p.granularity === 'quarter') return { year: p.year, quarter: p.quarter };
  return { year: p.year };
}

export function fromPeriodInput(input: { year: number; quarter?: number | null; month?: number | null }): PeriodChoice {
  // Month wins over quarter, as on the server (periodRange).
  if (input.month) return { granularity: 'month', year: input.year, quarter: quarterOf(input.month), month: input.month };
  if (input.quarter) return { granularity: 'quarter', year: input.year, quarter: input.quarter, month: firstMonthOf(input.quarter) };
  return { granularity: 'year', year: input.year, quarter: 1, month: 1 };
}

/** Changing one part of the choice keeps the others consistent. */
export function withChange(p: PeriodChoice, change: Partial<PeriodChoice>): PeriodChoice {
  const next = { ...p, ...change };
  if (change.month !== undefined) next.quarter = quarterOf(next.month);
  else if (change.quarter !== undefined) next.month = firstMonthOf(next.quarter);
  return next;
}

/** The previous (-1) or next (+1) period of the same length. */
export function shiftPeriod(p: PeriodChoice, delta: number): PeriodChoice {
  if (p.granularity === 'year') return { ...p, year: p.year + delta };
  if (p.granularity === 'quarter') {
    const index = p.year * 4 + (p.quarter - 1) + delta;
    const quarter = (index % 4) + 1;
    return { ...p, year: Math.floor(index / 4), quarter, month: firstMonthOf(quarter) };
  }
  const index = p.year * 12 + (p.month - 1) + delta;
  const month = (index % 12) + 1;
  return { ...p, year: Math.floor(index / 12), month, quarter: quarterOf(month) };
}

/** Reads ?year=&quarter=&month= (what toSearch writes); anything missing or odd falls back to now. */
export function periodFromSearch(params: URLSearchParams, now = new Date()): PeriodChoice {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return currentPeriod(now);
  const month = Number(params.get('month'));
  const quarter = Number(params.get('quarter'));
  if (Number.isInteger(month) && month >= 1) return fromPeriodInput({ year, month: clamp(month, 1, 12) });
  if (Number.isInteger(quarter) && quarter >= 1) return fromPeriodInput({ year, quarter: clamp(quarter, 1, 4) });
  return fromPeriodInput({ year });
}

export function periodToSearch(p: PeriodChoice): Record<string, string> {
  return Object.fromEntries(Object.entries(toPeriodInput(p)).map(([k, v]) => [k, String(v)]));
}

/** "Q4 2026", "2026年第4季度", "November 2026", "2026年11月". */
export function periodLabel(t: TFunction, p: PeriodChoice, language: string): string {
  if (p.granularity === 'year') return String(p.year);
  if (p.granularity === 'quarter') return t('revenue.forecast.quarterLabel', { year: p.year, quarter: p.quarter });
  return new Intl.DateTimeFormat(language || 'en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(p.year, p.month - 1, 1));
}

/** Month names for the picker in the current language. */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language || 'en', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2026, i, 1)));
}

/** Years the picker offers: a few back for history, one ahead for planning quotas. */
export function yearChoices(now = new Date(), selected?: number): number[] {
  const year = now.getFullYear();
  const years = new Set([year - 3, year - 2, year - 1, year, year + 1, ...(selected ? [selected] : [])]);
  return [...years].sort((a, b) => b - a);
}
