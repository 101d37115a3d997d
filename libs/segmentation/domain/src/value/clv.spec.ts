import { bgnbdExpectedPurchases } from './bgnbd';
import { customerLifetimeValue, perStepDiscountRate, WEEKS_PER_YEAR } from './clv';
import { gammaGammaExpectedSpend } from './gamma-gamma';

const bgnbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
const row = { x: 4, tx: 30, T: 39, mx: 42 };

describe('customerLifetimeValue', () => {
  it('without discounting telescopes to E[Y(horizon)] × expected spend', () => {
    const clv = customerLifetimeValue({ bgnbd, gg, row, horizon: 52, step: 4, discountPerStep: 0 });
    expect(clv).toBeCloseTo(bgnbdExpectedPurchases(bgnbd, 52, row) * gammaGammaExpectedSpend(gg, row), 9);
  });

  it('discounts step i by (1 + d)^i, with a shorter last step', () => {
    const d = 0.01;
    const e = (t: number) => bgnbdExpectedPurchases(bgnbd, t, row);
    const spend = gammaGammaExpectedSpend(gg, row);
    const want = ((e(4) - 0) / 1.01 + (e(8) - e(4)) / 1.01 ** 2 + (e(10) - e(8)) / 1.01 ** 3) * spend;
    expect(customerLifetimeValue({ bgnbd, gg, row, horizon: 10, step: 4, discountPerStep: d })).toBeCloseTo(want, 10);
  });

  it('falls as the discount rate rises; a customer with no repeat purchase gets the population spend', () => {
    const at = (d: number) => customerLifetimeValue({ bgnbd, gg, row, horizon: 260, step: 1, discountPerStep: d });
    expect(at(0.001)).toBeLessThan(at(0));
    expect(at(0.01)).toBeLessThan(at(0.001));
    const newbie = customerLifetimeValue({ bgnbd, gg, row: { x: 0, tx: 0, T: 10, mx: 0 }, horizon: 52, step: 52, discountPerStep: 0 });
    expect(newbie).toBeCloseTo(bgnbdExpectedPurchases(bgnbd, 52, { x: 0, tx: 0, T: 10 }) * ((6.25 * 15.44) / 2.74), 9);
    expect(customerLifetimeValue({ bgnbd, gg, row, horizon: 0, step: 1, discountPerStep: 0.1 })).toBe(0);
    expect(() => customerLifetimeValue({ bgnbd, gg, row, horizon: 10, step: 0, discountPerStep: 0 })).toThrow(RangeError);
  });

  it('turns an annual rate into an equivalent compounding rate per step of weeks', () => {
    expect(perStepDiscountRate(0.1, WEEKS_PER_YEAR)).toBeCloseTo(0.1, 14);
    const weekly = perStepDiscountRate(0.1, 1);
    expect((1 + weekly) ** WEEKS_PER_YEAR).toBeCloseTo(1.1, 12);
    expect(perStepDiscountRate(0.1, 4)).toBeCloseTo((1 + weekly) ** 4 - 1, 14);
    expect(perStepDiscountRate(0, 4)).toBe(0);
  });
});
