/**
 * Forecast arithmetic (issue 5 §4). Categories come from the deal's stage; "closed" counts won
 * deals only; weighted pipeline is amount × stage probability over open deals.
 */
export const FORECAST_CATEGORIES = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'] as const;
export type ForecastCategoryName = (typeof FORECAST_CATEGORIES)[number];

export interface Period {
  year: number;
  quarter?: number | null;
  month?: number | null;
}

/** [start, end) as ISO dates. Month wins over quarter; neither = the whole year. */
export function periodRange(p: Period): { start: string; end: string; label: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.month) {
    if (p.month < 1 || p.month > 12) throw new RangeError('month must be 1–12');
    const next = p.month === 12 ? { y: p.year + 1, m: 1 } : { y: p.year, m: p.month + 1 };
    return { start: `${p.year}-${pad(p.month)}-01`, end: `${next.y}-${pad(next.m)}-01`, label: `${p.year}-${pad(p.month)}` };
  }
  if (p.quarter) {
    if (p.quarter < 1 || p.quarter > 4) throw new RangeError('quarter must be 1–4');
    const m = (p.quarter - 1) * 3 + 1;
    const next = p.quarter === 4 ? { y: p.year + 1, m: 1 } : { y: p.year, m: m + 3 };
    return { start: `${p.year}-${pad(m)}-01`, end: `${next.y}-${pad(next.m)}-01`, label: `${p.year} Q${p.quarter}` };
  }
  return { start: `${p.year}-01-01`, end: `${p.year + 1}-01-01`, label: String(p.year) };
}

export interface DealForForecast {
  amountCents: number;
  category: ForecastCategoryName;
  probability: number;
  won: boolean;
  lost: boolean;
}

export interface ForecastRollup {
  categories: Record<ForecastCategoryName, number>;
  weightedCents: number;
  /** Commit + closed: what the rep stands behind. */
  committedCents: number;
  bestCaseCents: number;
}

export function rollUp(deals: DealForForecast[]): ForecastRollup {
  const categories = Object.fromEntries(FORECAST_CATEGORIES.map((c) => [c, 0])) as Record<ForecastCategoryName, number>;
  let weighted = 0;
  for (const d of deals) {
    if (d.lost) continue;
    const category = d.won ? 'closed' : d.category === 'closed' ? 'commit' : d.category;
    categories[category] += d.amountCents;
    if (!d.won) weighted += Math.round((d.amountCents * d.probability) / 100);
  }
  return {
    categories,
    weightedCents: weighted,
    committedCents: categories.commit + categories.closed,
    bestCaseCents: categories.commit + categories.closed + categories.best_case,
  };
}

export function attainmentPercent(closedCents: number, quotaCents: number | null): number | null {
  return quotaCents ? Math.round((closedCents / quotaCents) * 10000) / 100 : null;
}
