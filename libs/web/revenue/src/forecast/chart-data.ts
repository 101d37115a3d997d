import type { ForecastQuery } from '@rapport/web-data-access';

/**
 * Shapes the forecast the API returns into rows for the tables and the three charts. The API's
 * categories are disjoint (a deal is in exactly one); the charts stack them so "commit" reads as
 * the amount the team stands behind on top of what is already closed.
 */
export type Forecast = ForecastQuery['forecast'];
type Amounts = readonly { category: string; amount: number }[];

/** Categories a manager calls, in the order the table and charts show them. */
export const CALLED_CATEGORIES = ['closed', 'commit', 'best_case', 'pipeline'] as const;
export type CalledCategory = (typeof CALLED_CATEGORIES)[number];

export function amountOf(amounts: Amounts, category: string): number {
  return amounts.find((a) => a.category === category)?.amount ?? 0;
}

export interface CategoryRow {
  category: string;
  reps: number;
  adjusted: number;
  /** Adjusted minus the reps' number: the manager's judgement. */
  difference: number;
  /** The adjustment in force (the latest for the category), when there is one. */
  adjustment?: Forecast['adjustments'][number];
}

export function categoryRows(f: Pick<Forecast, 'categories' | 'adjusted' | 'adjustments'>): CategoryRow[] {
  return [...CALLED_CATEGORIES, 'omitted'].map((category) => {
    const reps = amountOf(f.categories, category);
    const adjusted = amountOf(f.adjusted, category);
    // The API lists adjustments newest first; the first of a category is the one applied.
    const adjustment = f.adjustments.find((a) => a.category === category);
    return { category, reps, adjusted, difference: adjusted - reps, ...(adjustment ? { adjustment } : {}) };
  });
}

export interface StackRow {
  key: 'reps' | 'adjusted' | 'quota';
  closed: number;
  commit: number;
  bestCase: number;
  quota: number;
}

/**
 * Forecast vs quota: the reps' call and the manager's call as stacked bars (closed, commit, best
 * case), beside the quota. One stack per row, so a changed adjustment visibly changes its bar.
 */
export function forecastVsQuota(f: Pick<Forecast, 'categories' | 'adjusted' | 'quota'>): StackRow[] {
  const stack = (key: 'reps' | 'adjusted', amounts: Amounts): StackRow => ({
    key,
    closed: amountOf(amounts, 'closed'),
    commit: amountOf(amounts, 'commit'),
    bestCase: amountOf(amounts, 'best_case'),
    quota: 0,
  });
  const rows = [stack('reps', f.categories), stack('adjusted', f.adjusted)];
  return f.quota === null ? rows : [...rows, { key: 'quota', closed: 0, commit: 0, bestCase: 0, quota: f.quota }];
}

export interface FunnelStep {
  category: CalledCategory;
  value: number;
}

/** Pipeline ⊇ best case ⊇ commit ⊇ closed: each step adds the categories more certain than it. */
export function funnelSteps(amounts: Amounts): FunnelStep[] {
  let running = 0;
  const steps = [...CALLED_CATEGORIES].map((category) => {
    running += amountOf(amounts, category);
    return { category, value: running };
  });
  return steps.reverse();
}

export interface TrendPoint {
  takenOn: string;
  commit: number;
  bestCase: number;
  closed: number;
  weighted: number;
}

/** The weekly snapshots (the reps' numbers as they stood each week), oldest first. */
export function trendPoints(f: Pick<Forecast, 'trend'>): TrendPoint[] {
  return [...f.trend].sort((a, b) => a.takenOn.localeCompare(b.takenOn)).map(({ takenOn, commit, bestCase, closed, weighted }) => ({ takenOn, commit, bestCase, closed, weighted }));
}

export interface RepRow {
  userId: string;
  name: string;
  closed: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  weighted: number;
  quota: number | null;
  attainment: number | null;
}

export function repRows(f: Pick<Forecast, 'byRep'>): RepRow[] {
  return f.byRep.map((r) => ({
    userId: r.userId,
    name: r.name,
    closed: amountOf(r.categories, 'closed'),
    commit: amountOf(r.categories, 'commit'),
    bestCase: amountOf(r.categories, 'best_case'),
    pipeline: amountOf(r.categories, 'pipeline'),
    weighted: r.weighted,
    quota: r.quota,
    attainment: r.attainment,
  }));
}

/** Axis ticks: 1.2M, 350K — short enough for a narrow chart, in any language. */
export function compactNumber(n: number, language?: string): string {
  return new Intl.NumberFormat(language || 'en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
