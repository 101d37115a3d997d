/**
 * Seeded simulation of the value models' own generative stories, for parameter-recovery tests and the
 * fit benchmark, plus the calibration/holdout summary the model-check chart plots (Fader, Hardie & Lee
 * 2005, fig. 4: mean holdout purchases by calibration-period frequency, actual vs predicted).
 */
import type { BgnbdParams } from './bgnbd';
import type { GammaGammaParams } from './gamma-gamma';

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for simulation (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    // In (0, 1): never exactly 0, so logs of it stay finite.
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** Standard normal by Box–Muller (one of the pair; simplicity over speed). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000); shape < 1 via Gamma(shape + 1) · U^(1/shape). */
export function sampleGamma(rand: () => number, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(rand, shape + 1, rate) * Math.pow(rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let v: number;
    let z: number;
    do {
      z = normal(rand);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export function sampleBeta(rand: () => number, a: number, b: number): number {
  const x = sampleGamma(rand, a, 1);
  return x / (x + sampleGamma(rand, b, 1));
}

export interface SimulatedCustomer {
  x: number;
  tx: number;
  T: number;
  /** Purchases in (T, T + holdout]; 0 without a holdout period. */
  holdout: number;
  /** Whether the customer had not dropped out by T (what P(alive) estimates). */
  aliveAtT: boolean;
  lambda: number;
  p: number;
}

export interface BgnbdSimulation {
  customers: number;
  seed: number;
  /** Age of each customer at the end of calibration: a number, or [min, max] drawn uniformly. */
  T: number | readonly [number, number];
  holdout?: number;
}

/**
 * Draws customers from the BG/NBD story: λ ~ Gamma(r, α), p ~ Beta(a, b); a trial purchase at 0, then
 * Poisson(λ) repeat purchases, after each of which the customer drops out with probability p.
 */
export function simulateBgnbd(params: BgnbdParams, sim: BgnbdSimulation): SimulatedCustomer[] {
  const rand = mulberry32(sim.seed);
  const out: SimulatedCustomer[] = [];
  const end = sim.holdout ?? 0;
  for (let i = 0; i < sim.customers; i++) {
    const T = typeof sim.T === 'number' ? sim.T : sim.T[0] + (sim.T[1] - sim.T[0]) * rand();
    const lambda = sampleGamma(rand, params.r, params.alpha);
    const p = sampleBeta(rand, params.a, params.b);
    let t = 0;
    let x = 0;
    let tx = 0;
    let holdout = 0;
    let aliveAtT = true;
    for (;;) {
      t += -Math.log(rand()) / lambda;
      if (t > T + end) break;
      if (t <= T) {
        x++;
        tx = t;
      } else holdout++;
      if (rand() < p) {
        aliveAtT = t > T;
        break;
      }
    }
    out.push({ x, tx, T, holdout, aliveAtT, lambda, p });
  }
  return out;
}

/**
 * Gamma-Gamma spend for each customer with x ≥ 1: ν ~ Gamma(q, γ), each of the x repeat purchases
 * ~ Gamma(p, ν); mx is their mean. Customers with x = 0 get mx = 0.
 */
export function simulateGammaGamma(params: GammaGammaParams, xs: readonly number[], seed: number): { x: number; mx: number }[] {
  const rand = mulberry32(seed);
  return xs.map((x) => {
    if (x === 0) return { x, mx: 0 };
    const nu = sampleGamma(rand, params.q, params.gamma);
    let total = 0;
    for (let j = 0; j < x; j++) total += sampleGamma(rand, params.p, nu);
    return { x, mx: total / x };
  });
}

export interface HoldoutGroup {
  /** Calibration repeat purchases; the last group is "cap or more". */
  frequency: number;
  label: string;
  customers: number;
  /** 0 for an empty group (the chart then has nothing to draw there). */
  meanActual: number;
  meanPredicted: number;
}

/** Mean actual vs predicted holdout purchases by calibration frequency 0, 1, …, cap−1 and cap+. */
export function holdoutByFrequency(rows: readonly { x: number; actual: number; predicted: number }[], cap = 7): HoldoutGroup[] {
  if (!(Number.isInteger(cap) && cap >= 1)) throw new RangeError(`cap must be a whole number ≥ 1, got ${cap}`);
  const groups = Array.from({ length: cap + 1 }, (_, k) => ({ frequency: k, label: k === cap ? `${cap}+` : String(k), customers: 0, actual: 0, predicted: 0 }));
  for (const row of rows) {
    const g = groups[Math.min(Math.max(0, Math.floor(row.x)), cap)];
    g.customers++;
    g.actual += row.actual;
    g.predicted += row.predicted;
  }
  return groups.map(({ frequency, label, customers, actual, predicted }) => ({
    frequency,
    label,
    customers,
    meanActual: customers ? actual / customers : 0,
    meanPredicted: customers ? predicted / customers : 0,
  }));
}
