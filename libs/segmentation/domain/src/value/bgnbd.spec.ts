import { bgnbdExpectedPurchases, bgnbdExpectedPurchasesNew, bgnbdLogLikelihood, bgnbdPAlive, BgnbdParams, fitBgnbd } from './bgnbd';
import { simulateBgnbd } from './simulate';

// The paper's CDNOW estimates (Fader, Hardie & Lee 2005, table 1), time unit = weeks.
const CDNOW: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

describe('BG/NBD formulas', () => {
  it('reproduces the paper worked example and mpmath values of eq. 6, 7 and 10', () => {
    // FHL 2005 §5: x = 2, tx = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks.
    const example = { x: 2, tx: 30.43, T: 38.86 };
    expect(bgnbdExpectedPurchases(CDNOW, 39, example)).toBeCloseTo(1.226, 3);
    // The rest: eq. 6 / 7 / 10 evaluated with mpmath's hyp2f1 and loggamma at 50 digits.
    expect(rel(bgnbdExpectedPurchases(CDNOW, 39, example), 1.2260281747671444)).toBeLessThan(1e-12);
    expect(rel(bgnbdPAlive(CDNOW, example), 0.726578570080673)).toBeLessThan(1e-13);
    expect(rel(bgnbdExpectedPurchases(CDNOW, 39, { x: 0, tx: 0, T: 38.86 }), 0.19509805201126265)).toBeLessThan(1e-12);
    expect(rel(bgnbdExpectedPurchases(CDNOW, 1000, { x: 5, tx: 10, T: 40 }), 0.6044933967783575)).toBeLessThan(1e-11);
    expect(rel(bgnbdExpectedPurchases(CDNOW, 1e4, { x: 500, tx: 990, T: 1000 }), 1256.601897025785)).toBeLessThan(1e-11);
    expect(rel(bgnbdExpectedPurchasesNew(CDNOW, 39), 1.196723193320817)).toBeLessThan(1e-12);
    expect(rel(bgnbdExpectedPurchasesNew(CDNOW, 5000), 11.987053076811554)).toBeLessThan(1e-11);
    expect(rel(bgnbdLogLikelihood(CDNOW, [{ x: 0, tx: 0, T: 38.86 }]), -0.5547132764381585)).toBeLessThan(1e-13);
    expect(rel(bgnbdLogLikelihood(CDNOW, [{ x: 2, tx: 30.43, T: 38.86 }]), -9.45860630706627)).toBeLessThan(1e-13);
    expect(rel(bgnbdLogLikelihood(CDNOW, [{ x: 500, tx: 300, T: 400 }]), -265.62610924127273)).toBeLessThan(1e-13);
  });

  it('has no trouble at a = 1, where eq. 10 divides by a − 1', () => {
    const p = { r: 0.5, alpha: 3, a: 1.00000001, b: 2 };
    // mpmath at 50 digits
    expect(rel(bgnbdExpectedPurchases(p, 39, { x: 3, tx: 0.5, T: 1 }), 7.234969432350886)).toBeLessThan(1e-10);
    expect(rel(bgnbdExpectedPurchases(p, 1e4, { x: 3, tx: 0.5, T: 1 }), 26.526169031220089)).toBeLessThan(1e-10);
    const exact = bgnbdExpectedPurchases({ ...p, a: 1 }, 39, { x: 3, tx: 0.5, T: 1 });
    expect(rel(exact, 7.234969432350886)).toBeLessThan(1e-7);
  });

  it('weights rows and merges nothing it should not', () => {
    const rows = [
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 0, tx: 0, T: 38.86 },
    ];
    const single = bgnbdLogLikelihood(CDNOW, rows);
    expect(bgnbdLogLikelihood(CDNOW, [{ ...rows[0], weight: 3 }, rows[1]])).toBeCloseTo(single + 2 * bgnbdLogLikelihood(CDNOW, [rows[0]]), 10);
    expect(() => bgnbdLogLikelihood(CDNOW, [{ x: 1, tx: 5, T: 4 }])).toThrow(RangeError);
    expect(() => bgnbdLogLikelihood(CDNOW, [{ x: 1.5, tx: 1, T: 4 }])).toThrow(RangeError);
    expect(() => bgnbdLogLikelihood({ ...CDNOW, a: 0 }, rows)).toThrow(RangeError);
  });

  it('P(alive) is 1 with no repeat purchase, and falls the longer a buyer stays silent', () => {
    expect(bgnbdPAlive(CDNOW, { x: 0, tx: 0, T: 500 })).toBe(1);
    const p = [10, 20, 40, 80].map((T) => bgnbdPAlive(CDNOW, { x: 4, tx: 10, T }));
    p.slice(1).forEach((v, i) => expect(v).toBeLessThan(p[i]));
    // A purchase right at T means alive for sure only if p is 0; here it is 1/(1 + a/(b+x−1)).
    expect(bgnbdPAlive(CDNOW, { x: 4, tx: 10, T: 10 })).toBeCloseTo(1 / (1 + 0.793 / (2.426 + 3)), 12);
  });

  it('expectations grow with the horizon and with past frequency (recent buyers)', () => {
    const row = { x: 3, tx: 35, T: 39 };
    const ts = [1, 5, 20, 39, 100, 1000, 1e5];
    const e = ts.map((t) => bgnbdExpectedPurchases(CDNOW, t, row));
    e.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(e[i]));
    expect(bgnbdExpectedPurchases(CDNOW, 0, row)).toBe(0);
    const byX = [1, 2, 5, 10].map((x) => bgnbdExpectedPurchases(CDNOW, 39, { x, tx: 38, T: 39 }));
    byX.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(byX[i]));
  });

  it('P(alive) and E[X(t)] agree with simulation of the model itself', () => {
    const sim = simulateBgnbd(CDNOW, { customers: 40_000, seed: 11, T: 39 });
    // E[X(39)] vs the simulated mean: within 4 standard errors.
    const xs = sim.map((c) => c.x);
    expect(Math.abs(mean(xs) - bgnbdExpectedPurchasesNew(CDNOW, 39))).toBeLessThan((4 * sd(xs)) / Math.sqrt(xs.length));
    // Mean P(alive) vs the share actually alive at T (Bernoulli standard error).
    const alive = sim.map((c) => (c.aliveAtT ? 1 : 0));
    const predicted = mean(sim.map((c) => bgnbdPAlive(CDNOW, c)));
    expect(Math.abs(mean(alive) - predicted)).toBeLessThan(4 * Math.sqrt((predicted * (1 - predicted)) / alive.length));
  });
});

describe('extreme inputs stay finite', () => {
  const sets: Record<string, BgnbdParams> = {
    cdnow: CDNOW,
    tiny: { r: 1e-4, alpha: 1e-4, a: 1e-4, b: 1e-4 },
    huge: { r: 1e4, alpha: 1e5, a: 1e4, b: 1e4 },
    hugeDropout: { r: 0.5, alpha: 5, a: 1e5, b: 3e5 },
    mixed: { r: 1e3, alpha: 1e-3, a: 1e-3, b: 1e3 },
  };
  const rows = [
    { x: 500, tx: 990, T: 1000 },
    { x: 0, tx: 0, T: 1e6 },
    { x: 1, tx: 0, T: 1e6 },
    { x: 3, tx: 0.5, T: 1 },
    { x: 0, tx: 0, T: 0 },
  ];
  it.each(Object.entries(sets))('%s', (_name, params) => {
    for (const row of rows) {
      expect(Number.isFinite(bgnbdLogLikelihood(params, [row]))).toBe(true);
      const alive = bgnbdPAlive(params, row);
      expect(alive).toBeGreaterThanOrEqual(0);
      expect(alive).toBeLessThanOrEqual(1);
      for (const t of [39, 1e4]) {
        const e = bgnbdExpectedPurchases(params, t, row);
        expect(Number.isFinite(e) && e >= 0).toBe(true);
      }
    }
    expect(Number.isFinite(bgnbdExpectedPurchasesNew(params, 39))).toBe(true);
  });

  it('matches an independent value where the Beta is nearly a point mass', () => {
    // With a, b huge, p ≈ a/(a+b+x) and H ≈ (1/p)(1 − ((α+T)/(α+T+p·t))^(r+x)); then times P(alive).
    const params = sets.hugeDropout;
    const row = { x: 3, tx: 0.5, T: 1 };
    const p = params.a / (params.a + params.b + row.x);
    for (const t of [39, 1e4]) {
      // t = 39 takes the series branch (z ≈ 0.87), t = 1e4 the 1 − z branch or, failing that, the log-space fallback.
      const h = (1 / p) * (1 - Math.pow(6 / (6 + p * t), 3.5));
      expect(rel(bgnbdExpectedPurchases(params, t, row), h * bgnbdPAlive(params, row))).toBeLessThan(1e-4);
    }
    // And E[X(t)] for the tiny set against mpmath.
    expect(rel(bgnbdExpectedPurchasesNew(sets.tiny, 39), 19.47750367549713)).toBeLessThan(1e-9);
  });
});

describe('fitBgnbd', () => {
  // Tolerances on |ln(estimate / truth)|: ~4 standard deviations of the estimator at 20,000 customers
  // with T uniform on [26, 52] weeks, measured over 40 (r, α) and 30 (a, b) simulated replicates:
  // SD ≈ 0.017 (r), 0.027 (α), 0.08 (a), 0.11 (b). a and b are weakly identified (they share a ridge);
  // a broken likelihood or gradient misses by far more.
  const TOL = { r: 0.07, alpha: 0.11, a: 0.33, b: 0.45 };

  it.each([1, 2, 3])('recovers the parameters (seed %i)', (seed) => {
    const fit = fitBgnbd(simulateBgnbd(CDNOW, { customers: 20_000, seed, T: [26, 52] }));
    expect(fit.converged).toBe(true);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(Math.log(fit.params[k] / CDNOW[k]))).toBeLessThan(TOL[k]);
  });

  it('stops at a maximum: nudging any parameter lowers the likelihood', () => {
    const rows = simulateBgnbd(CDNOW, { customers: 5000, seed: 4, T: [20, 60] });
    const fit = fitBgnbd(rows);
    expect(bgnbdLogLikelihood(fit.params, rows)).toBeCloseTo(fit.logLikelihood, 6);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      for (const f of [0.99, 1.01]) expect(bgnbdLogLikelihood({ ...fit.params, [k]: fit.params[k] * f }, rows)).toBeLessThan(fit.logLikelihood);
    }
  });

  it('is unit-free: days vs weeks give the same r, a, b, α × 7 and LL shifted by (Σx)·ln 7', () => {
    const weeks = simulateBgnbd(CDNOW, { customers: 10_000, seed: 5, T: [26, 52] });
    const days = weeks.map((c) => ({ x: c.x, tx: c.tx * 7, T: c.T * 7 }));
    const sumX = weeks.reduce((s, c) => s + c.x, 0);
    // The likelihood itself, at arbitrary parameters (not just at the optimum).
    const p = { r: 0.3, alpha: 3, a: 0.6, b: 2 };
    expect(bgnbdLogLikelihood({ ...p, alpha: 21 }, days)).toBeCloseTo(bgnbdLogLikelihood(p, weeks) - sumX * Math.log(7), 6);
    const fw = fitBgnbd(weeks);
    const fd = fitBgnbd(days);
    for (const k of ['r', 'a', 'b'] as const) expect(rel(fd.params[k], fw.params[k])).toBeLessThan(1e-5);
    expect(rel(fd.params.alpha, 7 * fw.params.alpha)).toBeLessThan(1e-5);
    expect(fd.logLikelihood).toBeCloseTo(fw.logLikelihood - sumX * Math.log(7), 4);
  });

  it('fits merged weighted rows exactly like the expanded customers', () => {
    const rows = simulateBgnbd(CDNOW, { customers: 3000, seed: 6, T: 30 }).map((c) => ({ x: c.x, tx: Math.round(c.tx), T: c.T }));
    const merged = new Map<string, { x: number; tx: number; T: number; weight: number }>();
    for (const r of rows) {
      const key = `${r.x}|${r.tx}`;
      const m = merged.get(key) ?? { ...r, weight: 0 };
      m.weight++;
      merged.set(key, m);
    }
    const a = fitBgnbd(rows);
    const b = fitBgnbd([...merged.values()]);
    expect(merged.size).toBeLessThan(rows.length / 3);
    expect(rel(b.params.r, a.params.r)).toBeLessThan(1e-6);
    expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 6);
  });
});
