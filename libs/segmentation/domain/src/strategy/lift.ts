/**
 * Did a segment strategy work? (issue 17 item 7). The treated group and a random holdout that got
 * nothing are compared on an outcome per person (orders, revenue, bought at all, responded); the
 * lift is the difference of the means, with a 95% confidence interval by Welch's normal
 * approximation (groups of hundreds or more; below 30 per group the verdict is "too few"), and the
 * relative lift against the holdout's mean. Only the group sums travel from SQL: n, Σy, Σy².
 */
export interface GroupSums {
  n: number;
  sum: number;
  sumSquares: number;
}

export type Verdict = 'worked' | 'hurt' | 'inconclusive' | 'too_few';

export interface LiftResult {
  treatedMean: number;
  holdoutMean: number;
  /** treatedMean − holdoutMean. */
  difference: number;
  low: number;
  high: number;
  /** difference / holdoutMean; null when the holdout's mean is 0. */
  relative: number | null;
  relativeLow: number | null;
  relativeHigh: number | null;
  verdict: Verdict;
}

/** Fewer people than this in either group and the interval means little. */
export const MIN_GROUP = 30;
const Z95 = 1.959963984540054;

function meanAndVariance(g: GroupSums): { mean: number; variance: number } {
  if (g.n === 0) return { mean: 0, variance: 0 };
  const mean = g.sum / g.n;
  // Sample variance from the sums; clamped at 0 against rounding.
  const variance = g.n > 1 ? Math.max(0, (g.sumSquares - g.n * mean * mean) / (g.n - 1)) : 0;
  return { mean, variance };
}

export function lift(treated: GroupSums, holdout: GroupSums): LiftResult {
  const t = meanAndVariance(treated);
  const h = meanAndVariance(holdout);
  const difference = t.mean - h.mean;
  const se = Math.sqrt((treated.n ? t.variance / treated.n : 0) + (holdout.n ? h.variance / holdout.n : 0));
  const low = difference - Z95 * se;
  const high = difference + Z95 * se;
  const relative = h.mean !== 0 ? difference / h.mean : null;
  const verdict: Verdict = treated.n < MIN_GROUP || holdout.n < MIN_GROUP ? 'too_few' : low > 0 ? 'worked' : high < 0 ? 'hurt' : 'inconclusive';
  return {
    treatedMean: t.mean,
    holdoutMean: h.mean,
    difference,
    low,
    high,
    relative,
    relativeLow: relative === null ? null : low / h.mean,
    relativeHigh: relative === null ? null : high / h.mean,
    verdict,
  };
}

/** The holdout share a strategy may use: some must be held out, and most must be treated. */
export function checkHoldoutShare(share: unknown): string | null {
  return typeof share === 'number' && share >= 0.01 && share <= 0.5 ? null : 'must be between 0.01 and 0.5 (1% to 50%)';
}
