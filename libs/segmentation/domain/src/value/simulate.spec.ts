import { bgnbdExpectedPurchases } from './bgnbd';
import { holdoutByFrequency, mulberry32, sampleBeta, sampleGamma, simulateBgnbd } from './simulate';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('simulators', () => {
  it('are reproducible from the seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 5; i++) expect(a()).toBe(b());
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
    const params = { r: 0.5, alpha: 2, a: 1, b: 3 };
    expect(simulateBgnbd(params, { customers: 50, seed: 1, T: 20 })).toEqual(simulateBgnbd(params, { customers: 50, seed: 1, T: 20 }));
  });

  it('draw Gamma and Beta with the right mean and variance (shape above and below 1)', () => {
    const rand = mulberry32(7);
    for (const [shape, rate] of [
      [0.3, 2],
      [4, 0.5],
    ]) {
      const xs = Array.from({ length: 40_000 }, () => sampleGamma(rand, shape, rate));
      const m = shape / rate;
      const v = shape / rate ** 2;
      expect(Math.abs(mean(xs) - m)).toBeLessThan(4 * Math.sqrt(v / xs.length));
      expect(Math.abs(variance(xs) / v - 1)).toBeLessThan(0.1);
    }
    const ps = Array.from({ length: 40_000 }, () => sampleBeta(rand, 0.8, 2.4));
    expect(Math.abs(mean(ps) - 0.25)).toBeLessThan(4 * Math.sqrt(0.25 * 0.75 / 4.2 / ps.length));
  });
});

describe('holdoutByFrequency', () => {
  it('groups 0 … cap−1 and cap+, with means', () => {
    const rows = [
      { x: 0, actual: 0, predicted: 0.1 },
      { x: 0, actual: 1, predicted: 0.3 },
      { x: 2, actual: 2, predicted: 1.5 },
      { x: 9, actual: 5, predicted: 6 },
      { x: 3, actual: 4, predicted: 3 },
    ];
    const groups = holdoutByFrequency(rows, 3);
    expect(groups.map((g) => g.label)).toEqual(['0', '1', '2', '3+']);
    expect(groups[0]).toEqual({ frequency: 0, label: '0', customers: 2, meanActual: 0.5, meanPredicted: 0.2 });
    expect(groups[1]).toMatchObject({ customers: 0, meanActual: 0, meanPredicted: 0 });
    expect(groups[3]).toMatchObject({ customers: 2, meanActual: 4.5, meanPredicted: 4.5 });
    expect(holdoutByFrequency([]).length).toBe(8);
    expect(() => holdoutByFrequency(rows, 0)).toThrow(RangeError);
  });

  it('with the true parameters, predicted holdout purchases match the simulated ones in every group', () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const sim = simulateBgnbd(params, { customers: 30_000, seed: 8, T: [26, 52], holdout: 39 });
    const rows = sim.map((c) => ({ x: c.x, actual: c.holdout, predicted: bgnbdExpectedPurchases(params, 39, c) }));
    for (const [k, g] of holdoutByFrequency(rows).entries()) {
      const inGroup = rows.filter((r) => (k === 7 ? r.x >= 7 : r.x === k)).map((r) => r.actual);
      // Within 4 standard errors of the group's own spread.
      expect(Math.abs(g.meanActual - g.meanPredicted)).toBeLessThan(4 * Math.sqrt(variance(inGroup) / inGroup.length) + 1e-9);
    }
  });
});
