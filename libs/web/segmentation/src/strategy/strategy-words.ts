import type { StrategyOutcomeFieldsFragment } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

// A strategy's results in plain words (tested in strategy-words.test.ts): each outcome's values in
// its own unit and one sentence per outcome saying whether the strategy worked, hurt, showed no
// clear effect, or whether it is too early to tell.

export const OUTCOMES = ['orders', 'revenue', 'bought', 'responded'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Verdict = 'worked' | 'hurt' | 'inconclusive' | 'too_few';

export const isOutcome = (v: string): v is Outcome => (OUTCOMES as readonly string[]).includes(v);

/** Shares (bought, responded) read as percentages; orders and revenue as amounts per person. */
export const isShare = (outcome: string): boolean => outcome === 'bought' || outcome === 'responded';

const OUTCOME_LABELS: Record<Outcome, (t: TFunction) => string> = {
  orders: (t) => t('strategies.outcome.orders'),
  revenue: (t) => t('strategies.outcome.revenue'),
  bought: (t) => t('strategies.outcome.bought'),
  responded: (t) => t('strategies.outcome.responded'),
};

export function outcomeLabel(t: TFunction, outcome: string): string {
  return isOutcome(outcome) ? OUTCOME_LABELS[outcome](t) : outcome;
}

const VERDICT_LABELS: Record<Verdict, (t: TFunction) => string> = {
  worked: (t) => t('strategies.verdictLabel.worked'),
  hurt: (t) => t('strategies.verdictLabel.hurt'),
  inconclusive: (t) => t('strategies.verdictLabel.inconclusive'),
  too_few: (t) => t('strategies.verdictLabel.tooFew'),
};

export function verdictLabel(t: TFunction, verdict: string): string {
  return VERDICT_LABELS[verdict as Verdict]?.(t) ?? verdict;
}

export const VERDICT_COLORS: Record<string, string> = { worked: 'green', hurt: 'red', inconclusive: 'default', too_few: 'default' };

/** The formatters a language needs for results. */
export interface ResultFormat {
  /** 0.12 → "12%", signed when asked ("+12%", "−4%"). */
  percent: (share: number, signed?: boolean) => string;
  /** Per-person amounts (orders, revenue): two decimals at most. */
  amount: (n: number, signed?: boolean) => string;
}

export function resultFormat(language: string): ResultFormat {
  const pct = (signed: boolean) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' });
  const num = (signed: boolean) => new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' });
  const cache = { pct: [pct(false), pct(true)], num: [num(false), num(true)] };
  return {
    percent: (share, signed = false) => cache.pct[signed ? 1 : 0]!.format(share),
    amount: (n, signed = false) => cache.num[signed ? 1 : 0]!.format(n),
  };
}

/** A mean of the outcome as people read it: "34%" of people bought, "0.42" orders per person. */
export function formatMean(outcome: string, value: number, f: ResultFormat): string {
  return isShare(outcome) ? f.percent(value) : f.amount(value);
}

/** A difference in the outcome's unit: percentage points for shares ("+4 pts"), amounts otherwise. */
export function formatDifference(t: TFunction, outcome: string, value: number, f: ResultFormat): string {
  return isShare(outcome) ? t('strategies.points', { n: f.amount(value * 100, true) }) : f.amount(value, true);
}

type Direction = 'More' | 'Less';

// "people who got it … bought 12% more often"; one literal key per outcome and direction.
const EFFECTS: Record<`${Outcome}${Direction}`, (t: TFunction, lift: string) => string> = {
  ordersMore: (t, lift) => t('strategies.effect.ordersMore', { lift }),
  ordersLess: (t, lift) => t('strategies.effect.ordersLess', { lift }),
  revenueMore: (t, lift) => t('strategies.effect.revenueMore', { lift }),
  revenueLess: (t, lift) => t('strategies.effect.revenueLess', { lift }),
  boughtMore: (t, lift) => t('strategies.effect.boughtMore', { lift }),
  boughtLess: (t, lift) => t('strategies.effect.boughtLess', { lift }),
  respondedMore: (t, lift) => t('strategies.effect.respondedMore', { lift }),
  respondedLess: (t, lift) => t('strategies.effect.respondedLess', { lift }),
};

type Result = Pick<StrategyOutcomeFieldsFragment, 'outcome' | 'verdict' | 'treated' | 'holdout' | 'difference' | 'low' | 'high' | 'relative' | 'relativeLow' | 'relativeHigh'>;

/**
 * The effect and its interval as people say it: relative to the holdout ("12% more often",
 * interval "5% to 19%") when the holdout did anything at all; otherwise (nobody held out bought,
 * so a relative lift is undefined) in the outcome's own unit ("0.3 more orders", "+4 pts").
 */
function effectParts(t: TFunction, r: Result, f: ResultFormat): { effect: string; low: string; high: string } {
  const outcome: Outcome = isOutcome(r.outcome) ? r.outcome : 'orders';
  if (r.difference === 0) return { effect: t('strategies.effect.same'), ...intervalParts(t, r, f) };
  const direction: Direction = r.difference > 0 ? 'More' : 'Less';
  const relative = r.relative !== null && r.relativeLow !== null && r.relativeHigh !== null;
  const size = relative ? f.percent(Math.abs(r.relative!)) : isShare(outcome) ? t('strategies.points', { n: f.amount(Math.abs(r.difference) * 100) }) : f.amount(Math.abs(r.difference));
  return { effect: EFFECTS[`${outcome}${direction}`](t, size), ...intervalParts(t, r, f) };
}

function intervalParts(t: TFunction, r: Result, f: ResultFormat): { low: string; high: string } {
  if (r.relativeLow !== null && r.relativeHigh !== null && r.relative !== null) return { low: f.percent(r.relativeLow, true), high: f.percent(r.relativeHigh, true) };
  return { low: formatDifference(t, r.outcome, r.low, f), high: formatDifference(t, r.outcome, r.high, f) };
}

/**
 * One outcome's verdict as a sentence: "Worked: people who got it bought 12% more often (95%
 * interval +5% to +19%)." Too few people in a group says so, with the group sizes.
 */
export function verdictSentence(t: TFunction, r: Result, f: ResultFormat): string {
  if (r.verdict === 'too_few') return t('strategies.verdict.tooFew', { treated: f.amount(r.treated), holdout: f.amount(r.holdout) });
  const parts = effectParts(t, r, f);
  if (r.verdict === 'worked') return t('strategies.verdict.worked', parts);
  if (r.verdict === 'hurt') return t('strategies.verdict.hurt', parts);
  return t('strategies.verdict.inconclusive', parts);
}

/** The results in the fixed outcome order (orders, revenue, bought, responded); unknown outcomes last. */
export function orderedResults<T extends { outcome: string }>(results: readonly T[]): T[] {
  const rank = (o: string) => (isOutcome(o) ? OUTCOMES.indexOf(o) : OUTCOMES.length);
  return [...results].sort((a, b) => rank(a.outcome) - rank(b.outcome));
}

/**
 * Where the interval sits on a symmetric scale around zero, as shares of the width (0 … 1): the
 * lift chart's geometry. The scale reaches a little past the farthest end so nothing touches the edge.
 */
export function intervalGeometry(r: Pick<Result, 'difference' | 'low' | 'high'>): { zero: number; low: number; high: number; point: number } {
  const reach = Math.max(Math.abs(r.low), Math.abs(r.high), Math.abs(r.difference)) * 1.15 || 1;
  const at = (v: number) => Math.min(1, Math.max(0, 0.5 + v / (2 * reach)));
  return { zero: 0.5, low: at(r.low), high: at(r.high), point: at(r.difference) };
}
