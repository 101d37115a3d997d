import fc from 'fast-check';
import { AppError } from '@rapport/shared-errors';
import { centsToDecimal } from './attribution';
import { budgetsToSum, byChannel, campaignReturn, costPer } from './roi';

describe('campaignReturn', () => {
  it.each([
    ['1000.00', '1500.00', 0.5],
    ['1000.00', '0.00', -1],
    ['1000.00', '1000.00', 0],
    ['3.00', '4.00', 0.3333],
    ['3.00', '5.00', 0.6667],
    ['250000.00', '1234567.89', 3.9383],
    // 1.00 / 20000.00 = 0.00005 exactly: half rounds away from zero, as PostgreSQL round(numeric, 4).
    ['20000.00', '20001.00', 0.0001],
    ['20000.00', '19999.00', -0.0001],
  ])('cost %s, won %s → %s', (actualCost, attributedWon, roi) => {
    expect(campaignReturn({ actualCost, attributedWon })).toEqual({ roi });
  });

  it('is undefined, not infinite and not zero, without a cost', () => {
    expect(campaignReturn({ actualCost: null, attributedWon: '5000.00' })).toEqual({ roi: null });
    expect(campaignReturn({ actualCost: '0.00', attributedWon: '5000.00' })).toEqual({ roi: null });
    expect(campaignReturn({ actualCost: '0', attributedWon: '0.00' })).toEqual({ roi: null });
    expect(campaignReturn({ actualCost: '-10.00', attributedWon: '5000.00' })).toEqual({ roi: null });
  });

  it('stays finite and exact in its integer part for the largest amounts', () => {
    // (999999999999999999 − 1) / 1 cent.
    expect(campaignReturn({ actualCost: '0.01', attributedWon: '9999999999999999.99' }).roi).toBe(Number(999999999999999998n));
  });

  it('never returns more than 4 decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (cost, won) => {
        const { roi } = campaignReturn({ actualCost: centsToDecimal(cost), attributedWon: centsToDecimal(won) });
        expect(roi).not.toBeNull();
        expect(Number.isFinite(roi)).toBe(true);
        expect(Number((roi as number).toFixed(4))).toBe(roi);
        expect(roi as number).toBeGreaterThanOrEqual(-1);
      }),
    );
  });
});

describe('costPer', () => {
  it.each([
    ['1000.00', 3, '333.33'],
    ['2000.00', 3, '666.67'],
    ['0.05', 2, '0.03'],
    ['-0.05', 2, '-0.03'],
    ['0.00', 4, '0.00'],
    ['9999999999999999.99', 1, '9999999999999999.99'],
  ])('%s over %s → %s', (cost, count, expected) => {
    expect(costPer(cost, count)).toBe(expected);
  });
  it('has no figure with nothing to divide by or no cost', () => {
    expect(costPer('1000.00', 0)).toBeNull();
    expect(costPer(null, 5)).toBeNull();
    expect(costPer(null, 0)).toBeNull();
  });
  it.each([-1, 1.5, Number.NaN])('refuses a count of %s', (count) => {
    expect(() => costPer('1.00', count)).toThrow(AppError);
  });
});

describe('byChannel', () => {
  it('sums each channel to the cent, campaigns without a channel together, best return first', () => {
    const row = (channel: string | null, actualCost: string, wonAmount: string, wonDeals = 1) => ({ channel, budget: '100.00', actualCost, wonAmount, wonDeals, members: 10, responses: 2 });
    const channels = byChannel([row('Events', '0.10', '0.20'), row('Digital', '5.00', '9.99'), row('Events', '0.20', '0.10'), row(null, '1.00', '0.00', 0)]);
    expect(channels).toEqual([
      { channel: 'Digital', campaigns: 1, budget: '100.00', actualCost: '5.00', wonAmount: '9.99', wonDeals: 1, members: 10, responses: 2 },
      // 0.10 + 0.20 in cents, not floats (0.30000000000000004).
      { channel: 'Events', campaigns: 2, budget: '200.00', actualCost: '0.30', wonAmount: '0.30', wonDeals: 2, members: 20, responses: 4 },
      { channel: null, campaigns: 1, budget: '100.00', actualCost: '1.00', wonAmount: '0.00', wonDeals: 0, members: 10, responses: 2 },
    ]);
  });
});

describe('budgetsToSum', () => {
  it('counts the most specific budgets: a parent’s is left out when a campaign below it has one', () => {
    const c = (id: string, parentId: string | null, budget: string) => ({ id, parentId, budget });
    // year (1200) → spring (300) → week (0); year → autumn (500); fair (100) alone; orphan whose parent is not in the report.
    const rows = [c('year', null, '1200.00'), c('spring', 'year', '300.00'), c('week', 'spring', '0.00'), c('autumn', 'year', '500.00'), c('fair', null, '100.00'), c('orphan', 'elsewhere', '50.00')];
    expect(budgetsToSum(rows).map((r) => [r.id, r.budget])).toEqual([
      ['year', '0.00'],
      ['spring', '300.00'],
      ['week', '0.00'],
      ['autumn', '500.00'],
      ['fair', '100.00'],
      ['orphan', '50.00'],
    ]);
    // A parent whose sub-campaigns have no budgets keeps its own.
    expect(budgetsToSum([c('year', null, '1200.00'), c('spring', 'year', '0.00')])[0]!.budget).toBe('1200.00');
  });
});
