import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood, GammaGammaParams } from './gamma-gamma';
import { simulateBgnbd, simulateGammaGamma } from './simulate';

// FHL 2005b's CDNOW spend estimates.
const GG: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const spendRows = (customers: number, seed: number) =>
  simulateGammaGamma(
    GG,
    simulateBgnbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { customers, seed, T: [26, 52] }).map((c) => c.x),
    seed + 1000,
  ).filter((row) => row.x > 0);

describe('Gamma-Gamma formulas', () => {
  it('log-likelihood matches the mixture integral (mpmath quadrature over ν)', () => {
    // ln ∫ Gamma(mx; px, νx) Gamma(ν; q, γ) dν computed numerically, not from the closed form.
    expect(rel(gammaGammaLogLikelihood(GG, [{ x: 3, mx: 20.5 }]), -3.4804983543930637)).toBeLessThan(1e-13);
    expect(rel(gammaGammaLogLikelihood(GG, [{ x: 1, mx: 2.1 }]), -8.400082052737915)).toBeLessThan(1e-13);
    expect(rel(gammaGammaLogLikelihood(GG, [{ x: 200, mx: 35 }]), -3.995515817793654)).toBeLessThan(1e-12);
    expect(gammaGammaLogLikelihood(GG, [{ x: 3, mx: 20.5, weight: 2 }])).toBeCloseTo(2 * -3.4804983543930637, 12);
    expect(() => gammaGammaLogLikelihood(GG, [{ x: 0, mx: 1 }])).toThrow(RangeError);
    expect(() => gammaGammaLogLikelihood(GG, [{ x: 1, mx: 0 }])).toThrow(RangeError);
  });

  it('expected spend shrinks the customer mean toward the population mean pγ/(q−1)', () => {
    const population = (GG.p * GG.gamma) / (GG.q - 1);
    expect(gammaGammaExpectedSpend(GG, { x: 0, mx: 0 })).toBeCloseTo(population, 12);
    expect(gammaGammaExpectedSpend(GG, { x: 0, mx: 999 })).toBeCloseTo(population, 12);
    const w = (GG.p * 2) / (GG.p * 2 + GG.q - 1);
    expect(gammaGammaExpectedSpend(GG, { x: 2, mx: 100 })).toBeCloseTo((1 - w) * population + w * 100, 10);
    // More purchases → closer to the customer's own mean.
    const gaps = [1, 5, 50, 5000].map((x) => Math.abs(gammaGammaExpectedSpend(GG, { x, mx: 100 }) - 100));
    gaps.slice(1).forEach((g, i) => expect(g).toBeLessThan(gaps[i]));
    expect(gammaGammaExpectedSpend({ ...GG, q: 0.9 }, { x: 0, mx: 0 })).toBe(Infinity);
  });

  it('stays finite for extreme rows (the mean spend is infinite only where the model says so: px + q ≤ 1)', () => {
    const rows = [
      { x: 500, mx: 1e-6 },
      { x: 1, mx: 1e9 },
      { x: 10_000, mx: 12.5 },
    ];
    for (const params of [GG, { p: 1e-4, q: 1e-4, gamma: 1e-4 }, { p: 1e4, q: 1e4, gamma: 1e6 }]) {
      expect(Number.isFinite(gammaGammaLogLikelihood(params, rows))).toBe(true);
      for (const row of rows) {
        const spend = gammaGammaExpectedSpend(params, row);
        if (params.p * row.x + params.q > 1) expect(Number.isFinite(spend) && spend > 0).toBe(true);
        else expect(spend).toBe(Infinity);
      }
    }
  });
});

describe('fitGammaGamma', () => {
  // Tolerances on |ln(estimate / truth)| ≈ 4 SD over 40 simulated replicates with the ~8,500 repeat
  // buyers that 20,000 CDNOW-like customers yield: SD ≈ 0.06 (p), 0.023 (q), 0.08 (γ).
  const TOL = { p: 0.25, q: 0.1, gamma: 0.33 };

  it.each([1, 2, 3])('recovers the parameters (seed %i)', (seed) => {
    const fit = fitGammaGamma(spendRows(20_000, seed));
    expect(fit.converged).toBe(true);
    for (const k of ['p', 'q', 'gamma'] as const) expect(Math.abs(Math.log(fit.params[k] / GG[k]))).toBeLessThan(TOL[k]);
  });

  it('stops at a maximum and is unit-free: cents vs yuan give γ × 100 and LL − n·ln 100', () => {
    const yuan = spendRows(5000, 7);
    const cents = yuan.map((r) => ({ ...r, mx: r.mx * 100 }));
    const fy = fitGammaGamma(yuan);
    for (const k of ['p', 'q', 'gamma'] as const) {
      for (const f of [0.99, 1.01]) expect(gammaGammaLogLikelihood({ ...fy.params, [k]: fy.params[k] * f }, yuan)).toBeLessThan(fy.logLikelihood);
    }
    expect(gammaGammaLogLikelihood({ p: 5, q: 3, gamma: 1500 }, cents)).toBeCloseTo(gammaGammaLogLikelihood({ p: 5, q: 3, gamma: 15 }, yuan) - yuan.length * Math.log(100), 6);
    const fc = fitGammaGamma(cents);
    expect(rel(fc.params.p, fy.params.p)).toBeLessThan(1e-5);
    expect(rel(fc.params.q, fy.params.q)).toBeLessThan(1e-5);
    expect(rel(fc.params.gamma, 100 * fy.params.gamma)).toBeLessThan(1e-5);
    expect(fc.logLikelihood).toBeCloseTo(fy.logLikelihood - yuan.length * Math.log(100), 4);
  });
});
