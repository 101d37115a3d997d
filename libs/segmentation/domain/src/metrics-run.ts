import { ChurnBand } from './enums';
import { churnBand, lifecycleStage } from './lifecycle';
import {
  bgnbdExpectedPurchases,
  bgnbdPAlive,
  type BgnbdParams,
  type BgnbdRow,
  customerLifetimeValue,
  fitBgnbd,
  fitGammaGamma,
  type GammaGammaParams,
  type GammaGammaRow,
  holdoutByFrequency,
  type HoldoutGroup,
  perStepDiscountRate,
  rfmCell,
  rfmScores,
} from './value';

/**
 * A metrics run's arithmetic (issue 17 items 4–6), between the SQL that summarises each customer's
 * purchase days and the SQL that writes the results: calibration rows for the fits (repeat purchase
 * days after the first, up to the calibration end; time unit weeks; spend = mean amount of the
 * repeat purchase days), the holdout comparison, and each customer's RFM, P(alive), expected
 * purchases, CLV, churn risk and lifecycle stage as of the run's date.
 */
export interface PurchaseSummary {
  contactId: string;
  /** UTC day numbers (days since 1970-01-01). */
  firstDay: number;
  daysCal: number;
  lastDayCal: number | null;
  repeatAmountCal: number;
  holdoutDays: number;
  daysAll: number;
  lastDayAll: number;
  repeatAmountAll: number;
  orders: number;
  total: number;
}

export interface ValueSettings {
  /** Forecast horizon for expected purchases and CLV, in weeks (default 52). */
  horizonWeeks: number;
  /** Annual discount rate for CLV (default 10%). */
  annualDiscount: number;
  /** Discounting step in weeks (default 4). */
  stepWeeks: number;
  /** At most this many customers go into a fit (every k-th by contact id order; default 200,000). */
  maxFitCustomers: number;
}

export const DEFAULT_VALUE_SETTINGS: ValueSettings = { horizonWeeks: 52, annualDiscount: 0.1, stepWeeks: 4, maxFitCustomers: 200_000 };

const WEEK = 7;

/** The customer's calibration summary in weeks, or null when their first purchase is after the calibration end. */
export function calibrationRow(s: PurchaseSummary, calDay: number): { x: number; tx: number; T: number; mx: number } | null {
  if (s.daysCal === 0 || s.lastDayCal === null) return null;
  const x = s.daysCal - 1;
  return { x, tx: (s.lastDayCal - s.firstDay) / WEEK, T: (calDay + 1 - s.firstDay) / WEEK, mx: x > 0 ? s.repeatAmountCal / x : 0 };
}

/** The same as of the run's date (what customers are scored on). */
export function currentRow(s: PurchaseSummary, asOfDay: number): { x: number; tx: number; T: number; mx: number } {
  const x = s.daysAll - 1;
  return { x, tx: (s.lastDayAll - s.firstDay) / WEEK, T: (asOfDay + 1 - s.firstDay) / WEEK, mx: x > 0 ? s.repeatAmountAll / x : 0 };
}

export interface ModelFit {
  bgnbd: BgnbdParams;
  gg: GammaGammaParams;
  logLikelihood: number;
  spendLogLikelihood: number;
  customers: number;
  converged: boolean;
}

/**
 * Fits BG/NBD on every calibration customer (identical rows merged, times rounded to days, which
 * they are) and Gamma-Gamma on those with repeat purchases, each on at most `maxFitCustomers`
 * (every k-th customer: deterministic, so a run is reproducible).
 */
export function fitModels(summaries: readonly PurchaseSummary[], calDay: number, settings: ValueSettings = DEFAULT_VALUE_SETTINGS): ModelFit | null {
  const rows = summaries.map((s) => calibrationRow(s, calDay)).filter((r): r is NonNullable<typeof r> => r !== null);
  if (rows.length < 10) return null;
  const every = Math.max(1, Math.ceil(rows.length / settings.maxFitCustomers));
  const sample = rows.filter((_, i) => i % every === 0);
  const merged = new Map<string, BgnbdRow>();
  for (const r of sample) {
    const key = `${r.x}:${r.tx}:${r.T}`;
    const m = merged.get(key);
    if (m) m.weight = (m.weight ?? 1) + 1;
    else merged.set(key, { x: r.x, tx: r.tx, T: r.T, weight: 1 });
  }
  const bg = fitBgnbd([...merged.values()]);
  const spenders: GammaGammaRow[] = sample.filter((r) => r.x > 0 && r.mx > 0).map((r) => ({ x: r.x, mx: r.mx }));
  if (spenders.length < 10) return null;
  const gg = fitGammaGamma(spenders);
  return { bgnbd: bg.params, gg: gg.params, logLikelihood: bg.logLikelihood, spendLogLikelihood: gg.logLikelihood, customers: sample.length, converged: bg.converged && gg.converged };
}

/** Predicted vs actual purchase days after the calibration end, per calibration frequency. */
export function holdoutCheck(summaries: readonly PurchaseSummary[], fit: ModelFit, calDay: number, asOfDay: number): HoldoutGroup[] {
  const t = (asOfDay - calDay) / WEEK;
  if (t <= 0) return [];
  const rows: { x: number; actual: number; predicted: number }[] = [];
  for (const s of summaries) {
    const row = calibrationRow(s, calDay);
    if (row) rows.push({ x: row.x, actual: s.holdoutDays, predicted: bgnbdExpectedPurchases(fit.bgnbd, t, row) });
  }
  return holdoutByFrequency(rows);
}

export interface CustomerValue {
  contactId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  cell: string;
  expectedPurchases: number | null;
  pAlive: number | null;
  clv: number | null;
  churnRisk: number | null;
  churnBand: ChurnBand | null;
  stage: string;
}

/** Every customer's value as of the run's date; without a fit (too few customers) RFM and stage only. */
export function scoreCustomers(summaries: readonly PurchaseSummary[], fit: ModelFit | null, asOfDay: number, settings: ValueSettings = DEFAULT_VALUE_SETTINGS): CustomerValue[] {
  const rfm = rfmScores(summaries.map((s) => ({ id: s.contactId, recencyDays: asOfDay - s.lastDayAll, frequency: s.orders, monetary: s.total })));
  const discount = perStepDiscountRate(settings.annualDiscount, settings.stepWeeks);
  return summaries.map((s) => {
    const score = rfm.get(s.contactId)!;
    const row = currentRow(s, asOfDay);
    const recencyDays = asOfDay - s.lastDayAll;
    let pAlive: number | null = null;
    let expected: number | null = null;
    let clv: number | null = null;
    if (fit) {
      pAlive = finiteOrNull(bgnbdPAlive(fit.bgnbd, row));
      expected = finiteOrNull(bgnbdExpectedPurchases(fit.bgnbd, settings.horizonWeeks, row));
      // With q ≤ 1 the Gamma-Gamma mean spend is infinite for light buyers: no value rather than an absurd one.
      clv = finiteOrNull(customerLifetimeValue({ bgnbd: fit.bgnbd, gg: fit.gg, row, horizon: settings.horizonWeeks, step: settings.stepWeeks, discountPerStep: discount }));
    }
    // One-time buyers are alive by the model's definition; their risk is left to recency (lifecycleStage).
    const churnRisk = pAlive === null || row.x === 0 ? null : 1 - pAlive;
    return {
      contactId: s.contactId,
      recencyDays,
      frequency: s.orders,
      monetary: s.total,
      ...score,
      cell: rfmCell(score.r, score.f, score.m),
      expectedPurchases: expected,
      pAlive,
      clv: clv === null ? null : Math.round(clv * 100) / 100,
      churnRisk,
      churnBand: churnRisk === null ? null : churnBand(churnRisk),
      stage: lifecycleStage({ purchaseDays: s.daysAll, recencyDays, churnRisk, hasOpenOpportunity: false, subscribed: false }),
    };
  });
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
