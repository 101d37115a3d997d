/**
 * Customer lifetime value over a finite horizon from a fitted BG/NBD (how many purchases) and
 * Gamma-Gamma (how much each), as in Fader, Hardie & Lee 2005b ("RFM and CLV"), but with discrete
 * discounting per step instead of their continuous-time DERT, so the horizon and rate are explicit.
 */
import { bgnbdExpectedPurchases, type BgnbdParams } from './bgnbd';
import { gammaGammaExpectedSpend, type GammaGammaParams } from './gamma-gamma';

export interface ClvInput {
  bgnbd: BgnbdParams;
  gg: GammaGammaParams;
  /** The customer's calibration summary: the BG/NBD's (x, tx, T) and the mean spend mx (any value when x = 0). */
  row: { x: number; tx: number; T: number; mx: number };
  /** Length of the forecast, in the BG/NBD's time unit. */
  horizon: number;
  /** Length of a discounting step, same unit; the last step may be shorter if it does not divide the horizon. */
  step: number;
  /** Discount rate per step (e.g. from perStepDiscountRate); 0 = no discounting. */
  discountPerStep: number;
}

/**
 * Σᵢ (E[Y(tᵢ)] − E[Y(tᵢ₋₁)]) · E[M] / (1 + d)^i, tᵢ = min(i·step, horizon).
 * Convention: purchases expected during step i are discounted by i whole steps, i.e. as if paid at the
 * step's end (the same convention as the `lifetimes` package's customer_lifetime_value). Spend per
 * purchase is the Gamma-Gamma conditional mean; the models assume it is independent of the count.
 */
export function customerLifetimeValue({ bgnbd, gg, row, horizon, step, discountPerStep }: ClvInput): number {
  if (!(horizon >= 0 && Number.isFinite(horizon))) throw new RangeError(`horizon must be finite and ≥ 0, got ${horizon}`);
  if (!(step > 0)) throw new RangeError(`step must be > 0, got ${step}`);
  if (!(discountPerStep > -1)) throw new RangeError(`discountPerStep must be > −1, got ${discountPerStep}`);
  const steps = Math.ceil(horizon / step - 1e-9); // tolerate 52 × (1/52) rounding to 1.0000000000000002
  if (steps > 100_000) throw new RangeError('Too many discounting steps; use a longer step');
  const spend = gammaGammaExpectedSpend(gg, row);
  const customer = { x: row.x, tx: row.tx, T: row.T };
  let value = 0;
  let previous = 0;
  for (let i = 1; i <= steps; i++) {
    const cumulative = bgnbdExpectedPurchases(bgnbd, Math.min(i * step, horizon), customer);
    value += (cumulative - previous) / Math.pow(1 + discountPerStep, i);
    previous = cumulative;
  }
  return value * spend;
}

/** Weeks in a Julian year: 365.25 / 7. */
export const WEEKS_PER_YEAR = 365.25 / 7;

/** The per-step rate equivalent to an annual rate, compounding: (1 + annual)^(stepWeeks / 52.18) − 1. */
export function perStepDiscountRate(annualRate: number, stepWeeks: number): number {
  if (!(annualRate > -1)) throw new RangeError(`annualRate must be > −1, got ${annualRate}`);
  if (!(stepWeeks > 0)) throw new RangeError(`stepWeeks must be > 0, got ${stepWeeks}`);
  return Math.expm1((stepWeeks / WEEKS_PER_YEAR) * Math.log1p(annualRate));
}
