/**
 * Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value
 * Curves for Customer Base Analysis", Journal of Marketing Research 42(4); and Fader & Hardie's note
 * "The Gamma-Gamma Model of Monetary Value", 2013). Each purchase ~ Gamma(p, ν), the customer's ν ~
 * Gamma(q, γ). The model assumes spend is independent of the purchase process.
 */
import { minimize } from './optimize';
import type { FitOptions } from './bgnbd';
import { digamma, logGamma } from './special';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** x = repeat purchases (≥ 1 to fit), mx = their mean spend. */
export interface GammaGammaRow {
  x: number;
  mx: number;
  weight?: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

function checkParams({ p, q, gamma }: GammaGammaParams): void {
  if (!(p > 0 && q > 0 && gamma > 0)) throw new RangeError('Gamma-Gamma parameters must all be > 0');
}

interface Columns {
  xs: number[];
  xWeight: number[];
  x: Float64Array;
  mx: Float64Array;
  w: Float64Array;
  totalWeight: number;
  /** Σ w·ln mx and Σ w·x·ln mx and Σ w·x·ln x: the parameter-free parts of the likelihood. */
  sumLogM: number;
  sumXLogM: number;
  sumXLogX: number;
}

function toColumns(rows: readonly GammaGammaRow[], scale: number): Columns {
  const kept = rows.filter((row) => {
    const w = row.weight ?? 1;
    if (!(Number.isInteger(row.x) && row.x >= 1)) throw new RangeError(`Gamma-Gamma rows need x ≥ 1 repeat purchases, got ${row.x}`);
    if (!(row.mx > 0 && Number.isFinite(row.mx))) throw new RangeError(`mx must be finite and > 0, got ${row.mx}`);
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`weight must be finite and ≥ 0, got ${w}`);
    return w > 0;
  });
  const slot = new Map<number, number>();
  const xs: number[] = [];
  const xWeight: number[] = [];
  const c = { x: new Float64Array(kept.length), mx: new Float64Array(kept.length), w: new Float64Array(kept.length) };
  let totalWeight = 0;
  let sumLogM = 0;
  let sumXLogM = 0;
  let sumXLogX = 0;
  kept.forEach((row, i) => {
    const w = row.weight ?? 1;
    let k = slot.get(row.x);
    if (k === undefined) {
      k = xs.length;
      slot.set(row.x, k);
      xs.push(row.x);
      xWeight.push(0);
    }
    xWeight[k] += w;
    const m = row.mx / scale;
    c.x[i] = row.x;
    c.mx[i] = m;
    c.w[i] = w;
    totalWeight += w;
    sumLogM += w * Math.log(m);
    sumXLogM += w * row.x * Math.log(m);
    sumXLogX += w * row.x * Math.log(row.x);
  });
  return { xs, xWeight, ...c, totalWeight, sumLogM, sumXLogM, sumXLogX };
}

/**
 * Density of the mean of x purchases (as derived in the note: the mean of x Gamma(p, ν) spends is
 * Gamma(px, νx), mixed over ν ~ Gamma(q, γ)):
 *   f(mx) = Γ(px+q) / (Γ(px)Γ(q)) · γ^q · x^(px) · mx^(px−1) / (γ + x·mx)^(px+q).
 * Returns the summed log and its gradient with respect to (ln p, ln q, ln γ).
 */
function evaluate(params: GammaGammaParams, c: Columns, wantGradient: boolean): { ll: number; grad: number[] } {
  const { p, q, gamma } = params;
  const lgQ = logGamma(q);
  const psiQ = wantGradient ? digamma(q) : 0;
  const logGammaParam = Math.log(gamma);
  let ll = p * c.sumXLogM - c.sumLogM + p * c.sumXLogX + c.totalWeight * (q * logGammaParam - lgQ);
  let gp = c.sumXLogM + c.sumXLogX;
  let gq = c.totalWeight * (logGammaParam - psiQ);
  let gg = (c.totalWeight * q) / gamma;
  for (let k = 0; k < c.xs.length; k++) {
    const x = c.xs[k];
    ll += c.xWeight[k] * (logGamma(p * x + q) - logGamma(p * x));
    if (wantGradient) {
      const psiPXQ = digamma(p * x + q);
      gp += c.xWeight[k] * x * (psiPXQ - digamma(p * x));
      gq += c.xWeight[k] * psiPXQ;
    }
  }
  for (let i = 0; i < c.w.length; i++) {
    const x = c.x[i];
    const w = c.w[i];
    const denom = gamma + x * c.mx[i];
    const logDenom = Math.log(denom);
    ll -= w * (p * x + q) * logDenom;
    if (wantGradient) {
      gp -= w * x * logDenom;
      gq -= w * logDenom;
      gg -= (w * (p * x + q)) / denom;
    }
  }
  return { ll, grad: [gp * p, gq * q, gg * gamma] };
}

/**
 * Summed, weighted log-likelihood of the mean spends. Measuring money in a unit k times smaller
 * (cents for yuan) multiplies γ by k and subtracts (Σ w)·ln k: each row is a density in mx.
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, rows: readonly GammaGammaRow[]): number {
  checkParams(params);
  return evaluate(params, toColumns(rows, 1), false).ll;
}

/**
 * Maximum-likelihood fit by BFGS on (ln p, ln q, ln γ) from p = q = γ = 1, with spends first divided by
 * their weighted mean so γ's scale does not depend on the currency unit.
 */
export function fitGammaGamma(rows: readonly GammaGammaRow[], options: FitOptions = {}): GammaGammaFit {
  let sum = 0;
  let weight = 0;
  for (const row of rows) {
    sum += (row.weight ?? 1) * row.mx;
    weight += row.weight ?? 1;
  }
  if (!(weight > 0 && sum > 0)) throw new RangeError('fitGammaGamma needs at least one customer with spend');
  const scale = sum / weight;
  const cols = toColumns(rows, scale);
  const W = cols.totalWeight;
  const result = minimize(
    (t) => {
      const { ll, grad } = evaluate({ p: Math.exp(t[0]), q: Math.exp(t[1]), gamma: Math.exp(t[2]) }, cols, true);
      return { value: -ll / W, gradient: grad.map((g) => -g / W) };
    },
    [0, 0, 0],
    { maxIterations: options.maxIterations ?? 500, gradientTolerance: options.gradientTolerance ?? 1e-7 },
  );
  const params = { p: Math.exp(result.x[0]), q: Math.exp(result.x[1]), gamma: Math.exp(result.x[2]) * scale };
  // Back to the caller's unit, as in gammaGammaLogLikelihood.
  const logLikelihood = -result.value * W - W * Math.log(scale);
  return { params, logLikelihood, iterations: result.iterations, converged: result.converged };
}

/**
 * E[M | p, q, γ, mx, x]: the customer's expected spend per purchase (the conditional expectation in the
 * note and in FHL 2005b's monetary-value section).
 * It weights the population mean pγ/(q−1) against the customer's own mean mx:
 *   (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · mx  =  p(γ + x·mx) / (px+q−1).
 * With x = 0 it is the population mean, which is infinite when q ≤ 1 (then this returns Infinity).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, row: { x: number; mx: number }): number {
  checkParams(params);
  const { p, q, gamma } = params;
  const x = row.x > 0 ? row.x : 0;
  const denom = p * x + q - 1;
  if (!(denom > 0)) return Infinity;
  return (p * (gamma + x * (x > 0 ? row.mx : 0))) / denom;
}
