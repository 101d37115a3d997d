/**
 * BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2); equation numbers below are the paper's).
 * While alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they
 * drop out with probability p ~ Beta(a, b). Times are in the caller's unit; α carries that unit.
 */
import { minimize } from './optimize';
import { digamma, hyp2f1, interpolateAcrossSingularity, logGamma, logHyp2f1Positive } from './special';

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** x = repeat purchases, tx = time of the last purchase (0 when x = 0), T = time since the first purchase. */
export interface BgnbdRow {
  x: number;
  tx: number;
  T: number;
  /** How many customers share these (x, tx, T); default 1. */
  weight?: number;
}

export interface BgnbdFit {
  params: BgnbdParams;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

export interface FitOptions {
  maxIterations?: number;
  /** Largest gradient component of the mean log-likelihood (per customer, in log-parameters) to accept. */
  gradientTolerance?: number;
}

function checkRow(row: BgnbdRow): void {
  const { x, tx, T, weight = 1 } = row;
  if (!(Number.isInteger(x) && x >= 0)) throw new RangeError(`x must be a whole number ≥ 0, got ${x}`);
  if (!(T >= 0 && Number.isFinite(T))) throw new RangeError(`T must be finite and ≥ 0, got ${T}`);
  if (x > 0 && !(tx >= 0 && tx <= T)) throw new RangeError(`tx must lie in [0, T], got tx=${tx}, T=${T}`);
  if (!(weight >= 0 && Number.isFinite(weight))) throw new RangeError(`weight must be finite and ≥ 0, got ${weight}`);
}

function checkParams({ r, alpha, a, b }: BgnbdParams): void {
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) throw new RangeError('BG/NBD parameters must all be > 0');
}

/**
 * Rows as column arrays, identical (x, tx, T) merged, times divided by `scale`. Terms that depend only
 * on x are computed once per distinct x (xs), so an evaluation costs a couple of logs per row.
 */
interface Columns {
  xs: number[];
  xWeight: number[];
  xIndex: Int32Array;
  tx: Float64Array;
  T: Float64Array;
  w: Float64Array;
  totalWeight: number;
}

function toColumns(rows: readonly BgnbdRow[], scale: number): Columns {
  const merged = new Map<string, { x: number; tx: number; T: number; w: number }>();
  for (const row of rows) {
    checkRow(row);
    const w = row.weight ?? 1;
    if (w === 0) continue;
    const tx = row.x === 0 ? 0 : row.tx; // tx means nothing without a repeat purchase
    const key = `${row.x}|${tx}|${row.T}`;
    const hit = merged.get(key);
    if (hit) hit.w += w;
    else merged.set(key, { x: row.x, tx, T: row.T, w });
  }
  const n = merged.size;
  const xs: number[] = [];
  const slot = new Map<number, number>();
  const cols = { xIndex: new Int32Array(n), tx: new Float64Array(n), T: new Float64Array(n), w: new Float64Array(n) };
  const xWeight: number[] = [];
  let i = 0;
  let totalWeight = 0;
  for (const m of merged.values()) {
    let k = slot.get(m.x);
    if (k === undefined) {
      k = xs.length;
      slot.set(m.x, k);
      xs.push(m.x);
      xWeight.push(0);
    }
    xWeight[k] += m.w;
    totalWeight += m.w;
    cols.xIndex[i] = k;
    cols.tx[i] = m.tx / scale;
    cols.T[i] = m.T / scale;
    cols.w[i] = m.w;
    i++;
  }
  return { xs, xWeight, ...cols, totalWeight };
}

/** Summed log-likelihood and its gradient with respect to (ln r, ln α, ln a, ln b). */
function evaluate(p: BgnbdParams, c: Columns, wantGradient: boolean): { ll: number; grad: number[] } {
  const { r, alpha, a, b } = p;
  const K = c.xs.length;
  // Per distinct x: the factors of eq. 6 that do not involve the times, and their derivatives.
  const head = new Float64Array(K);
  const logA4 = new Float64Array(K);
  const db4 = new Float64Array(K);
  const lgR = logGamma(r);
  const lgAB = logGamma(a + b);
  const lgB = logGamma(b);
  const psiR = wantGradient ? digamma(r) : 0;
  const psiAB = wantGradient ? digamma(a + b) : 0;
  const psiB = wantGradient ? digamma(b) : 0;
  const logAlpha = Math.log(alpha);
  let ll = 0;
  let gr = 0;
  let galpha = 0;
  let ga = 0;
  let gb = 0;
  for (let k = 0; k < K; k++) {
    const x = c.xs[k];
    // ln[Γ(r+x) α^r / Γ(r)] + ln[B(a, b+x) / B(a, b)]
    head[k] = logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x);
    // ln[B(a+1, b+x−1) / B(a, b+x)] = ln[a / (b+x−1)]: the "dropped out at tx" branch of eq. 6.
    logA4[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
    db4[k] = x > 0 ? -1 / (b + x - 1) : 0;
    ll += c.xWeight[k] * head[k];
    if (wantGradient) {
      gr += c.xWeight[k] * (digamma(r + x) - psiR + logAlpha);
      galpha += (c.xWeight[k] * r) / alpha;
      const psiABX = digamma(a + b + x);
      ga += c.xWeight[k] * (psiAB - psiABX);
      gb += c.xWeight[k] * (psiAB + digamma(b + x) - psiB - psiABX);
    }
  }
  for (let i = 0; i < c.w.length; i++) {
    const k = c.xIndex[i];
    const x = c.xs[k];
    const w = c.w[i];
    const rx = r + x;
    const logT = Math.log(alpha + c.T[i]);
    const a3 = -rx * logT;
    if (x === 0) {
      ll += w * a3;
      if (wantGradient) {
        gr -= w * logT;
        galpha -= (w * rx) / (alpha + c.T[i]);
      }
      continue;
    }
    const logTx = Math.log(alpha + c.tx[i]);
    const a4 = logA4[k] - rx * logTx;
    // log-sum-exp of the two branches: heavy buyers make both terms underflow in linear space.
    const hi = Math.max(a3, a4);
    const e = Math.exp(Math.min(a3, a4) - hi);
    ll += w * (hi + Math.log1p(e));
    if (wantGradient) {
      // Softmax weights of the two branches.
      const w3 = a3 >= a4 ? 1 / (1 + e) : e / (1 + e);
      const w4 = 1 - w3;
      gr -= w * (w3 * logT + w4 * logTx);
      galpha -= w * rx * (w3 / (alpha + c.T[i]) + w4 / (alpha + c.tx[i]));
      ga += (w * w4) / a;
      gb += w * w4 * db4[k];
    }
  }
  return { ll, grad: [gr * r, galpha * alpha, ga * a, gb * b] };
}

/**
 * Summed, weighted log-likelihood, eq. 6 in log space (each row: ln L = head + logsumexp(A₃, A₄)).
 * Changing the time unit by a factor s (T' = T/s, α' = α/s) adds (Σ w·x)·ln s: the purchase-time
 * density carries a 1/time per purchase.
 */
export function bgnbdLogLikelihood(params: BgnbdParams, rows: readonly BgnbdRow[]): number {
  checkParams(params);
  return evaluate(params, toColumns(rows, 1), false).ll;
}

const fromLog = (t: readonly number[]): BgnbdParams => ({ r: Math.exp(t[0]), alpha: Math.exp(t[1]), a: Math.exp(t[2]), b: Math.exp(t[3]) });

/**
 * Maximum-likelihood fit. Times are first divided by the weighted mean T so α starts near its optimum's
 * order of magnitude whatever the unit (and the fit is the same in days or weeks); BFGS then runs on the
 * log-parameters from r = α = a = b = 1 with the analytic gradient. Deterministic: no random restarts.
 */
export function fitBgnbd(rows: readonly BgnbdRow[], options: FitOptions = {}): BgnbdFit {
  let sumT = 0;
  let sumW = 0;
  for (const row of rows) {
    sumT += (row.weight ?? 1) * row.T;
    sumW += row.weight ?? 1;
  }
  if (!(sumW > 0)) throw new RangeError('fitBgnbd needs at least one customer');
  const scale = sumT > 0 ? sumT / sumW : 1;
  const cols = toColumns(rows, scale);
  const W = cols.totalWeight;
  // The mean per customer keeps gradient tolerances meaningful for 50 or 500,000 customers.
  const result = minimize(
    (t) => {
      const { ll, grad } = evaluate(fromLog(t), cols, true);
      return { value: -ll / W, gradient: grad.map((g) => -g / W) };
    },
    [0, 0, 0, 0],
    { maxIterations: options.maxIterations ?? 500, gradientTolerance: options.gradientTolerance ?? 1e-7 },
  );
  const scaled = fromLog(result.x);
  const params = { ...scaled, alpha: scaled.alpha * scale };
  let sumX = 0;
  for (let i = 0; i < cols.w.length; i++) sumX += cols.w[i] * cols.xs[cols.xIndex[i]];
  // Back to the caller's unit: LL = LL_scaled − (Σ w·x)·ln(scale), see bgnbdLogLikelihood.
  const logLikelihood = -result.value * W - sumX * Math.log(scale);
  return { params, logLikelihood, iterations: result.iterations, converged: result.converged };
}

/**
 * P(alive | x, tx, T) from Fader, Hardie & Lee's note "Computing P(alive) Using the BG/NBD Model" (2008;
 * it is the ratio of eq. 6's first branch to the whole likelihood):
 *   1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)).
 */
export function bgnbdPAlive(params: BgnbdParams, row: BgnbdRow): number {
  checkParams(params);
  checkRow(row);
  const { r, alpha, a, b } = params;
  const { x, tx, T } = row;
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  // 1/(1 + e^L) written so neither branch overflows.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/** Below this |a − 1| the (a−1) in eq. 10's denominator cancels too much in the 1 − z branch; interpolate. */
const A_GAP = 1e-4;

/**
 * Expected purchases in (T, T+t] for a customer known to be alive at T (eq. 10 without its denominator):
 *   H = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)],  z = t/(α+T+t).
 * Euler's transformation 2F1(A,B;C;z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z) (A&S 15.3.3) turns the
 * bracket into 1 − (1−z)^(a−1) 2F1(a+b−1−r, a−1; a+b+x−1; z), whose series converges even for heavy
 * buyers (C−A−B = x+r+1−a > 0). Every series term beyond the first carries the factor (a−1), so for
 * z ≤ 0.9 we divide it out analytically and a = 1 (a removable singularity) is no special case.
 */
function aliveExpectationFast(p: BgnbdParams, x: number, alphaT: number, t: number): number {
  const { r, a, b } = p;
  const A = a + b - 1 - r;
  const C = a + b + x - 1;
  const z = t / (alphaT + t);
  const logW = -Math.log1p(t / alphaT); // ln(1 − z)
  if (z <= 0.9) {
    // S = Σ_{n≥1} (A)_n (a)_{n−1} / ((C)_n n!) zⁿ, i.e. (2F1 − 1)/(a − 1).
    let term = (A / C) * z;
    let sum = term;
    for (let n = 1; n < 100_000 && term !== 0; n++) {
      const ratio = (((A + n) * (a + n - 1)) / ((C + n) * (n + 1))) * z;
      term *= ratio;
      if (Math.abs(term) > 1e12) return Number.NaN; // huge a, b: the alternating terms would cancel away every digit
      sum += term;
      if (n > Math.abs(A) + a + C && Math.abs(ratio) < 1 && (Math.abs(term) * Math.abs(ratio)) / (1 - Math.abs(ratio)) <= 1e-16 * Math.abs(sum)) break;
    }
    const u = (a - 1) * logW;
    const expm1OverU = u === 0 ? 1 : Math.expm1(u) / u;
    // [1 − e^u (1 + (a−1) S)] / (a−1) = −ln(1−z)·expm1(u)/u − e^u S
    return C * (-logW * expm1OverU - Math.exp(u) * sum);
  }
  const direct = (aa: number) => {
    const f = hyp2f1(aa + b - 1 - r, aa - 1, aa + b + x - 1, z);
    // f < 0 happens when a + b < 1 (x = 0); then 1 − (…)·f has no cancellation to avoid.
    const bracket = f > 0 ? -Math.expm1((aa - 1) * logW + Math.log(f)) : 1 - Math.exp((aa - 1) * logW) * f;
    return ((aa + b + x - 1) / (aa - 1)) * bracket;
  };
  if (Math.abs(a - 1) >= A_GAP) return direct(a);
  return interpolateAcrossSingularity((offset) => direct(1 + offset), a - 1, A_GAP);
}

/**
 * H for any parameters. The fast forms above lose accuracy when a and b are huge (≳ 1e3: the series
 * terms swing past 1e12 before cancelling, or the gammas overflow); then we fall back to eq. 10's own
 * form, 1 − exp((r+x)·ln(1−z) + ln 2F1(r+x, b+x; a+b+x−1; z)), whose series terms are all positive and
 * which is summed in log space (valid while a + b + x > 1, true whenever a or b is large).
 */
function aliveExpectation(p: BgnbdParams, x: number, alphaT: number, t: number): number {
  if (t === 0) return 0;
  let fast = Number.NaN;
  try {
    fast = aliveExpectationFast(p, x, alphaT, t);
  } catch {
    // a series that did not converge: fall through to the slow form
  }
  const C = p.a + p.b + x - 1;
  if (Number.isFinite(fast) || !(C > 0)) return fast;
  const z = t / (alphaT + t);
  const logBracket = -(p.r + x) * Math.log1p(t / alphaT) + logHyp2f1Positive(p.r + x, p.b + x, C, z);
  return (C / (p.a - 1)) * -Math.expm1(logBracket);
}

/** E[Y(t) | x, tx, T]: expected purchases in the next t time units (eq. 10) = P(alive) × H. */
export function bgnbdExpectedPurchases(params: BgnbdParams, t: number, row: BgnbdRow): number {
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  const alive = bgnbdPAlive(params, row);
  return alive * aliveExpectation(params, row.x, params.alpha + row.T, t);
}

/** E[X(t)]: expected purchases by a new customer in their first t time units after the trial purchase (eq. 7). */
export function bgnbdExpectedPurchasesNew(params: BgnbdParams, t: number): number {
  checkParams(params);
  if (!(t >= 0)) throw new RangeError(`t must be ≥ 0, got ${t}`);
  return aliveExpectation(params, 0, params.alpha, t);
}
