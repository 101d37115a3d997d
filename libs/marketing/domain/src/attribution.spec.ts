import fc from 'fast-check';
import { AppError } from '@rapport/shared-errors';
import { ATTRIBUTION_MODELS, AttributionModel, centsToDecimal, decimalToCents, influencingTouches, orderTouches, splitAmount, Touch } from './attribution';

const A = 'camp-a';
const B = 'camp-b';
const C = 'camp-c';
const touch = (campaignId: string, iso: string): Touch => ({ campaignId, at: new Date(iso) });

describe('decimal amounts as cents', () => {
  it.each([
    ['12345.67', 1234567n],
    ['0.00', 0n],
    ['5', 500n],
    ['5.5', 550n],
    ['-3.05', -305n],
    ['9999999999999999.99', 999999999999999999n],
  ])('%s → %s cents and back', (text, cents) => {
    expect(decimalToCents(text)).toBe(cents);
    expect(decimalToCents(centsToDecimal(cents))).toBe(cents);
  });
  it('prints exactly two decimals', () => {
    expect(centsToDecimal(5n)).toBe('0.05');
    expect(centsToDecimal(-305n)).toBe('-3.05');
    expect(centsToDecimal(100n)).toBe('1.00');
  });
  it.each(['1.234', 'abc', '', '1e5', ' 1', '1.', '.5', '+1'])('refuses %j rather than guess', (text) => {
    expect(() => decimalToCents(text)).toThrow(AppError);
  });
});

describe('influencingTouches', () => {
  // Opened 2026-06-30 12:00 UTC with a 90-day window: the window opens 2026-04-01 12:00 UTC
  // (30 days back to 31 May, 31 more to 30 Apr, 29 more to 1 Apr).
  const openedAt = new Date('2026-06-30T12:00:00.000Z');
  const atStart = touch(A, '2026-04-01T12:00:00.000Z');
  const justBefore = touch(B, '2026-04-01T11:59:59.999Z');
  const atOpen = touch(C, '2026-06-30T12:00:00.000Z');
  const justAfter = touch(A, '2026-06-30T12:00:00.001Z');
  const inside = touch(B, '2026-05-15T08:30:00.000Z');

  it('includes both edges and nothing a millisecond outside them', () => {
    expect(influencingTouches([justAfter, atOpen, inside, justBefore, atStart], openedAt, 90)).toEqual([atStart, inside, atOpen]);
  });
  it('counts days as 24 hours, across the daylight-saving change of any zone', () => {
    // 2026-03-29 is Europe's spring-forward day; the window still opens exactly 90 × 24 h earlier.
    const opened = new Date('2026-04-15T00:00:00.000Z');
    expect(influencingTouches([touch(A, '2026-01-15T00:00:00.000Z'), touch(B, '2026-01-14T23:59:59.999Z')], opened, 90)).toEqual([touch(A, '2026-01-15T00:00:00.000Z')]);
  });
  it('with a zero-day window keeps only touches at the very moment the deal opened', () => {
    expect(influencingTouches([atOpen, inside, justAfter], openedAt, 0)).toEqual([atOpen]);
  });
  it('orders the result by time, ties by campaign id', () => {
    const t1 = touch(C, '2026-05-01T00:00:00.000Z');
    const t2 = touch(A, '2026-05-01T00:00:00.000Z');
    const t3 = touch(B, '2026-04-20T00:00:00.000Z');
    expect(influencingTouches([t1, t2, t3], openedAt, 90)).toEqual([t3, t2, t1]);
  });
  it.each([-1, 1.5, Number.NaN])('refuses a window of %s days', (days) => {
    expect(() => influencingTouches([atOpen], openedAt, days)).toThrow(AppError);
  });
});

/**
 * Three won deals touched by overlapping campaigns, every share worked out by hand in cents.
 * Deal 1: 1000.00 = 100000 c; touches A, B, C.
 * Deal 2: 100.01 = 10001 c; touches B, A, B, C (B twice).
 * Deal 3: 0.07 = 7 c; touches C, A, B, A, B (A and B at the same moment: A first by id).
 */
const DEAL_1 = { amount: '1000.00', touches: [touch(C, '2026-01-20T00:00:00Z'), touch(A, '2026-01-01T00:00:00Z'), touch(B, '2026-01-10T00:00:00Z')] };
const DEAL_2 = { amount: '100.01', touches: [touch(B, '2026-02-01T00:00:00Z'), touch(A, '2026-02-05T00:00:00Z'), touch(B, '2026-02-09T00:00:00Z'), touch(C, '2026-02-12T00:00:00Z')] };
const DEAL_3 = {
  amount: '0.07',
  touches: [touch(B, '2026-03-05T00:00:00Z'), touch(B, '2026-03-03T09:00:00Z'), touch(C, '2026-03-01T10:00:00Z'), touch(A, '2026-03-04T00:00:00Z'), touch(A, '2026-03-03T09:00:00Z')],
};

describe('splitAmount, hand-computed', () => {
  const cases: [string, typeof DEAL_1, AttributionModel, [string, string][]][] = [
    ['deal 1', DEAL_1, 'first_touch', [[A, '1000.00'], [B, '0.00'], [C, '0.00']]],
    ['deal 1', DEAL_1, 'last_touch', [[A, '0.00'], [B, '0.00'], [C, '1000.00']]],
    // 100000 / 3 = 33333 r 1 each; the 1 leftover cent goes to the earliest of the equal remainders.
    ['deal 1', DEAL_1, 'even', [[A, '333.34'], [B, '333.33'], [C, '333.33']]],
    // D = 5: 2/5, 1/5, 2/5 of 100000 exactly.
    ['deal 1', DEAL_1, 'position_based', [[A, '400.00'], [B, '200.00'], [C, '400.00']]],
    ['deal 2', DEAL_2, 'first_touch', [[B, '100.01'], [A, '0.00'], [C, '0.00']]],
    ['deal 2', DEAL_2, 'last_touch', [[B, '0.00'], [A, '0.00'], [C, '100.01']]],
    // 10001 / 4 = 2500 r 1 each; leftover 1 → touch 1 (B). B = 2501 + 2500.
    ['deal 2', DEAL_2, 'even', [[B, '50.01'], [A, '25.00'], [C, '25.00']]],
    // D = 10, weights 4,1,1,4: 4000 r4, 1000 r1, 1000 r1, 4000 r4; leftover 1 → touch 1 (B, tie with 4). B = 4001 + 1000.
    ['deal 2', DEAL_2, 'position_based', [[B, '50.01'], [A, '10.00'], [C, '40.00']]],
    // Ordered: C, A, B, A, B.
    ['deal 3', DEAL_3, 'first_touch', [[C, '0.07'], [A, '0.00'], [B, '0.00']]],
    ['deal 3', DEAL_3, 'last_touch', [[C, '0.00'], [A, '0.00'], [B, '0.07']]],
    // 7 / 5 = 1 r 2 each; leftover 2 → touches 1, 2: 2,2,1,1,1. C = 2, A = 2 + 1, B = 1 + 1.
    ['deal 3', DEAL_3, 'even', [[C, '0.02'], [A, '0.03'], [B, '0.02']]],
    // D = 15, weights 6,1,1,1,6: 2 r12, 0 r7, 0 r7, 0 r7, 2 r12; leftover 3 → touches 1, 5, 2: 3,1,0,0,3.
    ['deal 3', DEAL_3, 'position_based', [[C, '0.03'], [A, '0.01'], [B, '0.03']]],
  ];
  it.each(cases)('%s, %s', (_deal, deal, model, expected) => {
    expect(splitAmount(deal.amount, deal.touches, model)).toEqual(expected.map(([campaignId, amount]) => ({ campaignId, amount })));
  });

  it('keeps 16 integer digits exact', () => {
    const amount = '9999999999999999.99';
    const ts = DEAL_1.touches;
    expect(splitAmount(amount, ts, 'even').map((s) => s.amount)).toEqual(['3333333333333333.33', '3333333333333333.33', '3333333333333333.33']);
    // 999999999999999999 c × 2/5 = …999.6 (r3), × 1/5 = …999.8 (r4): leftover 2 → middle, then first.
    expect(splitAmount(amount, ts, 'position_based').map((s) => s.amount)).toEqual(['4000000000000000.00', '2000000000000000.00', '3999999999999999.99']);
  });
  it('gives one touch everything and two touches half each under position-based', () => {
    expect(splitAmount('10.00', [touch(A, '2026-01-01T00:00:00Z')], 'position_based')).toEqual([{ campaignId: A, amount: '10.00' }]);
    expect(splitAmount('0.03', [touch(B, '2026-01-02T00:00:00Z'), touch(A, '2026-01-01T00:00:00Z')], 'position_based')).toEqual([
      { campaignId: A, amount: '0.02' },
      { campaignId: B, amount: '0.01' },
    ]);
  });
  it('returns nothing without touches and zeros for a zero amount', () => {
    expect(splitAmount('500.00', [], 'even')).toEqual([]);
    expect(splitAmount('0.00', DEAL_1.touches, 'position_based')).toEqual([A, B, C].map((campaignId) => ({ campaignId, amount: '0.00' })));
  });
  it('refuses a negative amount', () => {
    expect(() => splitAmount('-1.00', DEAL_1.touches, 'even')).toThrow(AppError);
  });
});

describe('splitAmount, properties', () => {
  const CAMPAIGNS = ['c1', 'c2', 'c3', 'c4', 'c5'];
  const BASE = Date.UTC(2026, 0, 1);
  // Few distinct moments so that equal times (ties broken by id) and repeat touches come up often.
  const touchesArb = fc.integer({ min: 1, max: 5 }).chain((k) =>
    fc.array(
      fc.record({ campaignId: fc.constantFrom(...CAMPAIGNS.slice(0, k)), at: fc.integer({ min: 0, max: 15 }).map((h) => new Date(BASE + h * 3_600_000)) }),
      { minLength: 1, maxLength: 12 },
    ),
  );
  const input = fc.record({ cents: fc.bigInt({ min: 0n, max: 10n ** 15n }), touches: touchesArb, model: fc.constantFrom(...ATTRIBUTION_MODELS) });
  const sum = (shares: { amount: string }[]) => shares.reduce((s, x) => s + decimalToCents(x.amount), 0n);

  it('shares add up to the amount exactly and none is negative', () => {
    fc.assert(
      fc.property(input, ({ cents, touches, model }) => {
        const shares = splitAmount(centsToDecimal(cents), touches, model);
        expect(sum(shares)).toBe(cents);
        for (const s of shares) expect(decimalToCents(s.amount) >= 0n).toBe(true);
      }),
    );
  });

  it('lists each campaign once, in first-touch order', () => {
    fc.assert(
      fc.property(input, ({ cents, touches, model }) => {
        const firstTouchOrder = [...new Set(orderTouches(touches).map((t) => t.campaignId))];
        expect(splitAmount(centsToDecimal(cents), touches, model).map((s) => s.campaignId)).toEqual(firstTouchOrder);
      }),
    );
  });

  it('first and last touch give everything to one campaign', () => {
    fc.assert(
      fc.property(input, ({ cents, touches }) => {
        const ordered = orderTouches(touches);
        for (const [model, winner] of [
          ['first_touch', ordered[0].campaignId],
          ['last_touch', ordered[ordered.length - 1].campaignId],
        ] as const) {
          for (const s of splitAmount(centsToDecimal(cents), touches, model)) {
            expect(decimalToCents(s.amount)).toBe(s.campaignId === winner ? cents : 0n);
          }
        }
      }),
    );
  });

  it('each campaign gets its exact share to within one cent per touch', () => {
    // Exact shares written out independently of the implementation's weights.
    const exactTimes = (model: 'even' | 'position_based', n: number, i: number): [bigint, bigint] => {
      if (model === 'even' || n <= 2) return [1n, BigInt(n)];
      return i === 0 || i === n - 1 ? [2n, 5n] : [1n, 5n * BigInt(n - 2)];
    };
    fc.assert(
      fc.property(input, fc.constantFrom('even' as const, 'position_based' as const), ({ cents, touches }, model) => {
        const ordered = orderTouches(touches);
        for (const s of splitAmount(centsToDecimal(cents), touches, model)) {
          const mine = ordered.map((t, i) => [t, i] as const).filter(([t]) => t.campaignId === s.campaignId);
          // Σ cents·p/q over this campaign's touches, compared as cross-multiplied integers.
          const den = mine.reduce((d, [, i]) => d * exactTimes(model, ordered.length, i)[1], 1n);
          const num = mine.reduce((acc, [, i]) => {
            const [p, q] = exactTimes(model, ordered.length, i);
            return acc + (cents * p * den) / q;
          }, 0n);
          const diff = decimalToCents(s.amount) * den - num;
          expect(diff < 0n ? -diff : diff).toBeLessThan(BigInt(mine.length) * den);
        }
      }),
    );
  });

  it('does not depend on the order the touches come in', () => {
    const shuffled = fc.record({ cents: fc.bigInt({ min: 0n, max: 10n ** 15n }), model: fc.constantFrom(...ATTRIBUTION_MODELS), touches: touchesArb }).chain((r) =>
      fc.shuffledSubarray(r.touches, { minLength: r.touches.length, maxLength: r.touches.length }).map((other) => ({ ...r, other })),
    );
    fc.assert(
      fc.property(shuffled, ({ cents, model, touches, other }) => {
        expect(splitAmount(centsToDecimal(cents), other, model)).toEqual(splitAmount(centsToDecimal(cents), touches, model));
      }),
    );
  });
});
