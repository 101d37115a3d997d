import { ChurnBand, LifecycleStage } from './enums';

/**
 * Churn risk and lifecycle stage (issue 17 item 6) from what a metrics run knows about a person.
 *
 * Churn risk is 1 − P(alive) under BG/NBD, banded: low below 0.4, medium below 0.7, high from 0.7.
 * BG/NBD says a one-time buyer is certainly alive (nobody can have dropped out before a first
 * repeat), so for them recency decides instead: a year without buying is at risk, two are lapsed.
 */
export const CHURN_BANDS = { medium: 0.4, high: 0.7 } as const;
/** A risk this high counts as gone rather than at risk. */
export const LAPSED_RISK = 0.9;
export const ONE_TIME_AT_RISK_DAYS = 365;
export const ONE_TIME_LAPSED_DAYS = 730;

export function churnBand(risk: number): ChurnBand {
  return risk >= CHURN_BANDS.high ? ChurnBand.High : risk >= CHURN_BANDS.medium ? ChurnBand.Medium : ChurnBand.Low;
}

export interface LifecycleFacts {
  /** Distinct days with a completed order up to the run's date. */
  purchaseDays: number;
  /** Days since the last completed order (null: never ordered). */
  recencyDays: number | null;
  /** 1 − P(alive) for repeat buyers; null when the model says nothing (no orders, one-time buyers). */
  churnRisk: number | null;
  hasOpenOpportunity: boolean;
  /** Opted in to some mail (global or a subscription type) with one of their addresses. */
  subscribed: boolean;
}

/** Subscriber → lead → opportunity → customer → repeat customer → at risk → lapsed. */
export function lifecycleStage(f: LifecycleFacts): LifecycleStage {
  if (f.purchaseDays === 0) return f.hasOpenOpportunity ? LifecycleStage.Opportunity : f.subscribed ? LifecycleStage.Subscriber : LifecycleStage.Lead;
  if (f.purchaseDays === 1) {
    const days = f.recencyDays ?? 0;
    return days >= ONE_TIME_LAPSED_DAYS ? LifecycleStage.Lapsed : days >= ONE_TIME_AT_RISK_DAYS ? LifecycleStage.AtRisk : LifecycleStage.Customer;
  }
  const risk = f.churnRisk ?? 0;
  return risk >= LAPSED_RISK ? LifecycleStage.Lapsed : risk >= CHURN_BANDS.high ? LifecycleStage.AtRisk : LifecycleStage.RepeatCustomer;
}
