/**
 * A small deterministic BFGS minimiser (Nocedal & Wright, Numerical Optimization, 2nd ed., Algorithm 6.1)
 * with a backtracking Armijo line search. The value models call it on log-parameters with analytic
 * gradients: four or three unknowns, smooth objectives, so a quasi-Newton method reaches the optimum in
 * a few dozen evaluations where Nelder–Mead would need hundreds (each evaluation touches every row).
 */

export interface MinimizeOptions {
  /** Stop when every component of the gradient is at most this (in the objective's units). */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Coordinates are kept inside [−bound, bound]; beyond it the objective counts as +∞. */
  bound?: number;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  gradient: number[];
  iterations: number;
  converged: boolean;
}

export type ValueAndGradient = (x: readonly number[]) => { value: number; gradient: number[] };

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((s, ui, i) => s + ui * v[i], 0);
const maxAbs = (u: readonly number[]) => u.reduce((m, ui) => Math.max(m, Math.abs(ui)), 0);
const identity = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/** One BFGS run from x0 with H₀ = I. */
function bfgs(fg: ValueAndGradient, x0: readonly number[], opts: Required<MinimizeOptions>): MinimizeResult {
  const n = x0.length;
  const evaluate = (x: readonly number[]) => {
    if (x.some((xi) => !(Math.abs(xi) <= opts.bound))) return { value: Infinity, gradient: x.map(() => Number.NaN) };
    return fg(x);
  };
  let x = [...x0];
  let { value, gradient } = evaluate(x);
  if (!Number.isFinite(value)) throw new RangeError('The objective is not finite at the starting point');
  let h = identity(n);
  let iterations = 0;
  for (; iterations < opts.maxIterations; iterations++) {
    if (maxAbs(gradient) <= opts.gradientTolerance) return { x, value, gradient, iterations, converged: true };
    let direction = h.map((row) => -dot(row, gradient));
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      // The inverse-Hessian estimate lost positive definiteness: fall back to steepest descent.
      h = identity(n);
      direction = gradient.map((gi) => -gi);
      slope = dot(direction, gradient);
    }
    // Long first steps in log space would overflow exp(); cap any coordinate move at 2 (a factor e²).
    let step = Math.min(1, 2 / maxAbs(direction));
    let next: { value: number; gradient: number[] } | null = null;
    let xNext = x;
    for (let tries = 0; tries < 30; tries++) {
      xNext = x.map((xi, i) => xi + step * direction[i]);
      const trial = evaluate(xNext);
      // Armijo, plus a strict decrease: near the optimum value + 1e-4·step·slope rounds to value itself,
      // and accepting "no worse" there would loop forever on rounding noise.
      if (trial.value < value && trial.value <= value + 1e-4 * step * slope) {
        next = trial;
        break;
      }
      step /= 2;
    }
    if (!next) {
      // No decrease even along a step 2⁻³⁰ as long: the objective is flat to rounding here, and the
      // gradient is as small as rounding in the sums allows (~1e-8 per customer on BG/NBD's flat a–b
      // ridge with 200k rows). Accept a gradient within 10× the tolerance as converged.
      return { x, value, gradient, iterations, converged: maxAbs(gradient) <= 10 * opts.gradientTolerance };
    }
    const s = xNext.map((xi, i) => xi - x[i]);
    const y = next.gradient.map((gi, i) => gi - gradient[i]);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      // Scale H₀ before the first update (N&W eq. 6.20) so the first step sizes are sensible.
      if (iterations === 0) h = identity(n).map((row) => row.map((v) => (v * sy) / dot(y, y)));
      const hy = h.map((row) => dot(row, y));
      const yhy = dot(y, hy);
      const rho = 1 / sy;
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded (N&W eq. 6.17).
      h = h.map((row, i) => row.map((hij, j) => hij - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]));
    }
    x = xNext;
    value = next.value;
    gradient = next.gradient;
  }
  return { x, value, gradient, iterations, converged: maxAbs(gradient) <= opts.gradientTolerance };
}

/**
 * Minimises fg from x0. After the first run it restarts once from the optimum with a fresh Hessian
 * estimate: a stale estimate can stop BFGS early on long curved valleys (BG/NBD's a–b ridge).
 */
export function minimize(fg: ValueAndGradient, x0: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const opts: Required<MinimizeOptions> = { gradientTolerance: 1e-7, maxIterations: 500, bound: 25, ...options };
  const first = bfgs(fg, x0, opts);
  const second = bfgs(fg, first.x, { ...opts, maxIterations: Math.max(1, opts.maxIterations - first.iterations) });
  const best = second.value <= first.value ? second : first;
  return { ...best, iterations: first.iterations + second.iterations, converged: second.converged };
}
