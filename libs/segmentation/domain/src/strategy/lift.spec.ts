import { mulberry32 } from '../value';
import { checkHoldoutShare, lift, type GroupSums } from './lift';

const sums = (ys: number[]): GroupSums => ({ n: ys.length, sum: ys.reduce((a, b) => a + b, 0), sumSquares: ys.reduce((a, b) => a + b * b, 0) });

describe('lift', () => {
  it('computes means, difference, Welch interval and relative lift from group sums', () => {
    const r = lift(sums([1, 2, 3, 4]), sums([1, 1, 2, 2]));
    expect(r.treatedMean).toBe(2.5);
    expect(r.holdoutMean).toBe(1.5);
    expect(r.difference).toBe(1);
    // se = sqrt(var_t/4 + var_h/4) = sqrt((5/3)/4 + (1/3)/4) = sqrt(0.5)
    expect(r.high - r.difference).toBeCloseTo(1.959964 * Math.sqrt(0.5), 5);
    expect(r.relative).toBeCloseTo(2 / 3, 10);
    expect(r.verdict).toBe('too_few');
  });

  it('says worked, hurt or inconclusive by where the interval lies', () => {
    const rand = mulberry32(3);
    const draw = (n: number, p: number) => Array.from({ length: n }, () => (rand() < p ? 1 : 0));
    expect(lift(sums(draw(5000, 0.3)), sums(draw(5000, 0.2))).verdict).toBe('worked');
    expect(lift(sums(draw(5000, 0.1)), sums(draw(5000, 0.2))).verdict).toBe('hurt');
    expect(lift(sums(draw(400, 0.2)), sums(draw(400, 0.2))).verdict).toBe('inconclusive');
  });

  it('covers the true difference about 95% of the time', () => {
    const rand = mulberry32(9);
    let covered = 0;
    for (let k = 0; k < 400; k++) {
      const t = Array.from({ length: 300 }, () => (rand() < 0.25 ? 1 : 0));
      const h = Array.from({ length: 300 }, () => (rand() < 0.2 ? 1 : 0));
      const r = lift(sums(t), sums(h));
      if (r.low <= 0.05 && 0.05 <= r.high) covered++;
    }
    expect(covered / 400).toBeGreaterThan(0.91);
    expect(covered / 400).toBeLessThan(0.985);
  });

  it('has no relative lift against a holdout mean of zero, and survives empty groups', () => {
    expect(lift(sums([1, 0, 1]), sums([0, 0])).relative).toBeNull();
    expect(lift(sums([]), sums([])).verdict).toBe('too_few');
  });
});

describe('checkHoldoutShare', () => {
  it('takes 1% to 50%', () => {
    expect([0.01, 0.1, 0.5].map(checkHoldoutShare)).toEqual([null, null, null]);
    expect([0, 0.6, '0.1', Number.NaN].map(checkHoldoutShare).every((m) => m !== null)).toBe(true);
  });
});
