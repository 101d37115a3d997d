import { digamma, hyp2f1, logBeta, logGamma, logHyp2f1Positive, logSumExp, signedLogGamma } from './special';

// Reference values from mpmath 1.3 at 30 digits (loggamma, digamma, hyp2f1), i.e. computed independently.
const rel = (got: number, want: number) => Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);

describe('logGamma, logBeta, digamma', () => {
  it('matches mpmath to ~1e-13 relative, including tiny and huge arguments', () => {
    const cases: [number, number][] = [
      [0.5, 0.5723649429247001],
      [1e-8, 18.42068073818021],
      [3.5, 1.2009736023470743],
      [10, 12.801827480081469],
      [100.3, 360.5147057290581],
      [1e6, 12815504.569147611],
      [1e10, 220258509288.81058],
    ];
    for (const [x, want] of cases) expect(rel(logGamma(x), want)).toBeLessThan(1e-13);
    // Near the zeros at 1 and 2 only absolute accuracy is meaningful.
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });

  it('handles negative arguments with a sign (reflection) and B(a, b) = Γ(a)Γ(b)/Γ(a+b)', () => {
    // Γ(−0.5) = −2√π, Γ(−1.5) = 4√π/3
    expect(signedLogGamma(-0.5).sign).toBe(-1);
    expect(rel(signedLogGamma(-0.5).log, Math.log(2 * Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(signedLogGamma(-1.5).sign).toBe(1);
    expect(rel(signedLogGamma(-1.5).log, Math.log((4 * Math.sqrt(Math.PI)) / 3))).toBeLessThan(1e-14);
    expect(signedLogGamma(-2).sign).toBe(0);
    expect(rel(logBeta(2, 3), Math.log(1 / 12))).toBeLessThan(1e-14);
    expect(rel(logBeta(0.5, 0.5), Math.log(Math.PI))).toBeLessThan(1e-14);
  });

  it('digamma matches mpmath', () => {
    const cases: [number, number][] = [
      [1e-6, -1000000.57721402],
      [0.5, -1.9635100260214235],
      [1, -0.5772156649015329],
      [7.3, 1.9178203356379862],
      [1000, 6.907255195648812],
    ];
    for (const [x, want] of cases) expect(rel(digamma(x), want)).toBeLessThan(1e-13);
  });

  it('logSumExp does not overflow', () => {
    expect(logSumExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp(-Infinity, -5)).toBe(-5);
    expect(logSumExp(-2000, -2001)).toBeCloseTo(-2000 + Math.log1p(Math.exp(-1)), 10);
  });
});

describe('hyp2f1', () => {
  it('matches mpmath on the series, the 1 − z and the negative-z branches', () => {
    const cases: [number, number, number, number, number][] = [
      [0.243, 2.426, 2.219, 0.5, 1.2070970070440423],
      [1.5, 2.5, 3.7, 0.95, 10.797933050279758],
      [0.3, -0.2, 1.8, 0.999, 0.9550184752204868],
      [2, 3, 4, -2.5, 0.13608187724063583],
      [0.7, 1.1, 2.4, -0.3, 0.9165225354317127],
      [10.5, 3.2, 2.1, 0.97, 2.598039650350212e+18],
    ];
    for (const [a, b, c, z, want] of cases) expect(rel(hyp2f1(a, b, c, z), want)).toBeLessThan(1e-12);
  });

  it('stays accurate when c − a − b is an integer (the logarithmic case) near z = 1', () => {
    expect(rel(hyp2f1(0.5, 0.5, 1, 0.999999), 5.280157154762713)).toBeLessThan(1e-10);
    expect(rel(hyp2f1(1.2, 0.8, 3, 0.93), 1.6852979050250558)).toBeLessThan(1e-10);
    // c near a pole (−0.9998) and c − a − b = 1: BG/NBD's E[X(t)] with a = b = r = 1e-4.
    expect(rel(hyp2f1(1e-4, 1e-4, 2e-4 - 1, 39 / 39.0001), -18.503257405690025)).toBeLessThan(1e-8);
  });

  it('agrees with closed forms', () => {
    for (const z of [-3, -0.5, 0.1, 0.6, 0.89, 0.91, 0.99, 0.999999]) {
      // 2F1(1, 1; 2; z) = −ln(1 − z)/z and 2F1(a, b; b; z) = (1 − z)^(−a)
      expect(rel(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-10);
      expect(rel(hyp2f1(0.37, 2.5, 2.5, z), Math.pow(1 - z, -0.37))).toBeLessThan(1e-10);
    }
    // 2F1(½, ½; 3/2; z²) = arcsin(z)/z
    expect(rel(hyp2f1(0.5, 0.5, 1.5, 0.98 * 0.98), Math.asin(0.98) / 0.98)).toBeLessThan(1e-10);
    // Terminating series: 2F1(−2, b; c; z) is a quadratic
    expect(rel(hyp2f1(-2, 3, 4, 0.5), 1 - (2 * 3 * 0.5) / 4 + (2 * 3 * 4 * 0.25) / (4 * 5 * 2))).toBeLessThan(1e-14);
  });

  it('is continuous across the switch from the series to the 1 − z form', () => {
    const below = hyp2f1(0.4, 1.7, 2.9, 0.9);
    const above = hyp2f1(0.4, 1.7, 2.9, 0.9 + 1e-12);
    expect(rel(above, below)).toBeLessThan(1e-9);
  });

  it('rejects z ≥ 1 and poles in c; the positive log-series agrees with the plain one', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
    expect(rel(logHyp2f1Positive(1.5, 2.5, 3.7, 0.95), Math.log(10.797933050279758))).toBeLessThan(1e-13);
    // Terms peaking near e^900 would overflow a plain sum.
    expect(Number.isFinite(logHyp2f1Positive(2000, 2000, 1000, 0.9))).toBe(true);
    // A fit that ran a and b off towards 1e9 (found by the benchmark): the series still ends, near 1/(1 − z)^a.
    const huge = logHyp2f1Positive(4.2239035595543655, 3580711343.1008663, 3706067560.0520554, 0.6501554268588797);
    expect(Number.isFinite(huge)).toBe(true);
    expect(Math.abs(huge - -4.2239035595543655 * Math.log(1 - 0.6501554268588797 * (3580711343.1008663 / 3706067560.0520554)))).toBeLessThan(1e-3);
  });
});
