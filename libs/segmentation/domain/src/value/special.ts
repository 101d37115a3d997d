/**
 * Special functions the customer-value models need (issue 17): log Γ, log B, digamma and the Gauss
 * hypergeometric function 2F1. Everything works in log space where the models multiply huge and tiny
 * factors (a buyer with 500 purchases has Γ(r + 500)), so callers never overflow.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients, as in Press et al., Numerical Recipes §6.1
// and the widely used reference implementation): ~1e-15 relative accuracy for Γ on x ≥ 0.5.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (NaN otherwise). Finite for large x (ln Γ(1e10) ≈ 2.2e11). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  // Below 0.5 the series loses accuracy; Γ(x) = Γ(x + 1) / x keeps full relative accuracy for tiny x.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** sin(πx) with the argument reduced first, so it is exact at integers and accurate for large |x|. */
function sinPi(x: number): number {
  const y = x - 2 * Math.floor(x / 2); // [0, 2)
  if (y === 0 || y === 1) return 0;
  return Math.sin(Math.PI * (y <= 1 ? y : y - 2));
}

/** Γ(x) as sign × exp(log) for any real x that is not 0 or a negative integer (there sign = 0, i.e. 1/Γ = 0). */
export function signedLogGamma(x: number): { sign: number; log: number } {
  if (x > 0) return { sign: 1, log: logGamma(x) };
  const s = sinPi(x);
  if (s === 0) return { sign: 0, log: Infinity };
  // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
  return { sign: Math.sign(s), log: Math.log(Math.PI) - Math.log(Math.abs(s)) - logGamma(1 - x) };
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Digamma ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to x ≥ 10, then the asymptotic (Bernoulli) series. */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x; // ψ(x) = ψ(x + 1) − 1/x
    x += 1;
  }
  const inv2 = 1 / (x * x);
  // Abramowitz & Stegun 6.3.18.
  const tail = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - (inv2 * 691) / 32760)))));
  return shift + Math.log(x) - 0.5 / x - tail;
}

/** log(e^u + e^v) without overflow; −Infinity terms are allowed. */
export function logSumExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

const MAX_TERMS = 200_000;
const EPS = 1e-16;

/**
 * Plain power series Σ (a)_n (b)_n / ((c)_n n!) zⁿ for |z| < 1 (A&S 15.1.1). Stops once the remaining
 * tail is below machine precision: after the term ratio has settled below 1 the tail is bounded by
 * |term| · ratio / (1 − ratio). Throws when it has not converged (never silently returns a wrong sum).
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    term *= ratio;
    sum += term;
    if (term === 0) return sum; // a or b a non-positive integer: a polynomial
    const absRatio = Math.abs(((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2)) * z);
    // The ratio tends to z from one side; once n passes the parameters it is monotone, so the bound holds.
    if (n > Math.abs(a) + Math.abs(b) + Math.abs(c) && absRatio < 1) {
      const tail = (Math.abs(term) * absRatio) / (1 - absRatio);
      if (tail <= EPS * Math.abs(sum)) return sum;
    }
  }
  throw new Error(`2F1(${a}, ${b}; ${c}; ${z}): series did not converge`);
}

/** Above this |z| the direct series is slow; the 1 − z transformation converges fast there. */
const Z_SWITCH = 0.9;
/** How close c − a − b may come to an integer before the 1 − z formula cancels too much (see hyp2f1). */
const INTEGER_GAP = 1e-4;

/**
 * Value at offset `at` (|at| < h) from a removable singularity of a smooth f, by cubic Lagrange
 * interpolation through f(−2h), f(−h), f(h), f(2h) (offsets relative to the singular point). The error
 * is O(h⁴ f⁗), and the nodes stay h away from the point where the formula cancels catastrophically.
 */
export function interpolateAcrossSingularity(f: (offset: number) => number, at: number, h: number): number {
  const nodes = [-2 * h, -h, h, 2 * h];
  const values = nodes.map(f);
  let sum = 0;
  nodes.forEach((xi, i) => {
    let weight = 1;
    nodes.forEach((xj, j) => {
      if (j !== i) weight *= (at - xj) / (xi - xj);
    });
    sum += weight * values[i];
  });
  return sum;
}

/**
 * 1 − z transformation (A&S 15.3.6), for c − a − b not an integer:
 *   F(a,b;c;z) = Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)) F(a,b;a+b−c+1;1−z)
 *              + (1−z)^(c−a−b) Γ(c)Γ(a+b−c)/(Γ(a)Γ(b)) F(c−a,c−b;c−a−b+1;1−z).
 */
function hyp2f1OneMinusZ(a: number, b: number, c: number, z: number): number {
  const m = c - a - b;
  const w = 1 - z;
  const gc = signedLogGamma(c);
  const part = (logs: [number, number, number], signs: [number, number, number], den: [number, number]) => {
    const d1 = signedLogGamma(den[0]);
    const d2 = signedLogGamma(den[1]);
    if (d1.sign === 0 || d2.sign === 0) return { sign: 0, log: -Infinity }; // 1/Γ(non-positive integer) = 0
    return { sign: signs[0] * signs[1] * signs[2] * d1.sign * d2.sign, log: logs[0] + logs[1] + logs[2] - d1.log - d2.log };
  };
  const gm = signedLogGamma(m);
  const gmm = signedLogGamma(-m);
  const p1 = part([gc.log, gm.log, 0], [gc.sign, gm.sign, 1], [c - a, c - b]);
  const p2 = part([gc.log, gmm.log, m * Math.log(w)], [gc.sign, gmm.sign, 1], [a, b]);
  const t1 = p1.sign === 0 ? 0 : p1.sign * Math.exp(p1.log) * hyp2f1Series(a, b, 1 - m, w);
  const t2 = p2.sign === 0 ? 0 : p2.sign * Math.exp(p2.log) * hyp2f1Series(c - a, c - b, 1 + m, w);
  return t1 + t2;
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real z < 1 (c not a non-positive integer).
 * - z < 0: Pfaff's transformation F = (1−z)^(−a) F(a, c−b; c; z/(z−1)) (A&S 15.3.4) maps it into [0, 1).
 * - 0 ≤ z ≤ 0.9: the power series.
 * - 0.9 < z < 1: the 1 − z transformation. When c − a − b is within 1e-4 of an integer that formula
 *   divides by nearly-zero gammas (the exact case needs the logarithmic A&S 15.3.10–12 forms), so we
 *   interpolate in a from points 1e-4 and 2e-4 either side: ~1e-11 relative (checked against mpmath),
 *   well inside what the models need, and far simpler than the digamma-sum formulas.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) throw new RangeError(`2F1 needs z < 1, got ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`2F1 is undefined for c = ${c}`);
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  if (z <= Z_SWITCH) return hyp2f1Series(a, b, c, z);
  const m = c - a - b;
  const gap = m - Math.round(m);
  if (Math.abs(gap) >= INTEGER_GAP) return hyp2f1OneMinusZ(a, b, c, z);
  // Move a, not c: c may itself sit near a pole (c ≈ −1 when a + b < 1 in the BG/NBD's E[X(t)]).
  return interpolateAcrossSingularity((offset) => hyp2f1OneMinusZ(a + gap - offset, b, c, z), gap, INTEGER_GAP);
}

/**
 * ln 2F1(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, where every series term is positive: the sum is kept
 * with a running scale factor, so it cannot overflow even when the terms peak around e^1000 (huge
 * parameters). Slow as z → 1 (about 40 / (1 − z) terms), so it is the fallback, not the default.
 */
export function logHyp2f1Positive(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) throw new RangeError('logHyp2f1Positive needs a, b, c > 0 and 0 ≤ z < 1');
  let logScale = 0;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 5 * MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (sum > 1e250) {
      logScale += Math.log(sum);
      term /= sum;
      sum = 1;
    }
    // Every later ratio is at most q: (a+k)/(k+1) and (b+k)/(c+k) each fall towards 1 when above it and
    // rise towards it when below, so the tail is at most term·q/(1−q). This holds whatever the size of
    // a, b and c (a bound waiting for n > a + b + c never came for parameters near 1e9).
    const q = z * Math.max(1, (a + n + 1) / (n + 2)) * Math.max(1, (b + n + 1) / (c + n + 1));
    if (q < 1 && (term * q) / (1 - q) <= EPS * sum) return logScale + Math.log(sum);
  }
  throw new Error(`2F1(${a}, ${b}; ${c}; ${z}): series did not converge`);
}
