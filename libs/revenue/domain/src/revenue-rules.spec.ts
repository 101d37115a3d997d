import { canMoveQuote, combinedDiscount, toleranceBreaches, toleranceFor } from './approval';
import { findConflicts, OpenQuoteLine } from './conflicts';
import { periodRange, rollUp } from './forecast';
import { netUnitCents, PriceBookFacts, quoteTotals, resolvePrice } from './pricing';

const book = (over: Partial<PriceBookFacts>): PriceBookFacts => ({ id: 'std', name: 'Standard', kind: 'standard', accountId: null, tier: null, currency: 'CNY', effectiveFrom: null, effectiveTo: null, active: true, ...over });
const books = [book({}), book({ id: 'gold', name: 'Gold', kind: 'tier', tier: 'gold' }), book({ id: 'acme', name: 'Acme', kind: 'account', accountId: 'A', effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' })];
const entries = [
  { priceBookId: 'std', productId: 'P', minQuantity: 1, unitPrice: '100.00' },
  { priceBookId: 'std', productId: 'P', minQuantity: 50, unitPrice: '80.00' },
  { priceBookId: 'gold', productId: 'P', minQuantity: 1, unitPrice: '90.00' },
  { priceBookId: 'acme', productId: 'P', minQuantity: 10, unitPrice: '70.00' },
];
const q = (over: object) => ({ productId: 'P', quantity: 1, accountId: 'B', accountTier: null, currency: 'CNY', on: '2026-06-01', ...over });

describe('price resolution', () => {
  it('takes the account book, then the tier book, then the standard book', () => {
    expect(resolvePrice(books, entries, q({ accountId: 'A', accountTier: 'gold', quantity: 10 }))).toMatchObject({ unitPrice: '70.00', source: 'account' });
    // The account book has no tier for 1 unit, so the next book answers.
    expect(resolvePrice(books, entries, q({ accountId: 'A', accountTier: 'gold', quantity: 1 }))).toMatchObject({ unitPrice: '90.00', source: 'tier' });
    expect(resolvePrice(books, entries, q({ accountTier: 'silver' }))).toMatchObject({ unitPrice: '100.00', source: 'standard' });
  });

  it('uses the largest quantity tier reached, effective dates and the currency', () => {
    expect(resolvePrice(books, entries, q({ quantity: 49 }))?.unitPrice).toBe('100.00');
    expect(resolvePrice(books, entries, q({ quantity: 50 }))?.unitPrice).toBe('80.00');
    expect(resolvePrice(books, entries, q({ accountId: 'A', quantity: 10, on: '2027-01-01' }))?.source).toBe('standard');
    expect(resolvePrice(books, entries, q({ currency: 'USD' }))).toBeNull();
    expect(resolvePrice(books.map((b) => ({ ...b, active: false })), entries, q({}))).toBeNull();
  });

  it('totals in cents: line discounts, then the quote discount', () => {
    const t = quoteTotals([{ unitPrice: '100.00', quantity: 3, discountPercent: 10 }, { unitPrice: '0.10', quantity: 3, discountPercent: 0 }], 5);
    expect(t.lines).toEqual([{ listCents: 30000, netCents: 27000 }, { listCents: 30, netCents: 30 }]);
    expect(t).toMatchObject({ subtotalCents: 27030, totalCents: 25679, totalDiscountCents: 1351 });
    expect(netUnitCents('100.00', 10, 5)).toBe(8550);
  });
});

describe('discount tolerance', () => {
  const rules = [
    { role: 'sales_rep', productLine: null, maxDiscountPercent: 10 },
    { role: 'sales_rep', productLine: 'hardware', maxDiscountPercent: 5 },
  ];
  it('applies the most specific rule, and none means no discount', () => {
    expect([toleranceFor(rules, 'sales_rep', 'software'), toleranceFor(rules, 'sales_rep', 'hardware'), toleranceFor(rules, 'marketer', null)]).toEqual([10, 5, 0]);
  });
  it('flags lines whose combined discount is above tolerance', () => {
    expect(combinedDiscount(10, 5)).toBe(14.5);
    const lines = [
      { lineNo: 1, productLine: 'software', effectiveDiscountPercent: 10 },
      { lineNo: 2, productLine: 'hardware', effectiveDiscountPercent: 6 },
    ];
    expect(toleranceBreaches(rules, 'sales_rep', lines)).toEqual([{ lineNo: 2, productLine: 'hardware', discountPercent: 6, allowedPercent: 5 }]);
  });
  it('locks accepted quotes: only unlock moves them', () => {
    expect(canMoveQuote('accepted', 'draft')).toBe(false);
    expect(canMoveQuote('accepted', 'approved')).toBe(true);
    expect(canMoveQuote('superseded', 'draft')).toBe(false);
  });
});

describe('price conflicts', () => {
  const line = (quoteId: string, cents: number, over: Partial<OpenQuoteLine> = {}): OpenQuoteLine => ({ quoteId, quoteName: quoteId, ownerId: 'u', rootAccountId: 'R', productId: 'P', sku: 'S', currency: 'CNY', netUnitCents: cents, ...over });
  it('reports the widest spread per customer and SKU beyond tolerance, one price per quote', () => {
    const found = findConflicts([line('a', 10000), line('b', 9900), line('c', 9000), line('c', 9500), line('d', 5000, { rootAccountId: 'other' })], 2);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ low: { quoteId: 'c', netUnitCents: 9000 }, high: { quoteId: 'a' }, spreadPercent: 10 });
    expect(findConflicts([line('a', 10000), line('b', 9900)], 2)).toEqual([]);
    expect(findConflicts([line('a', 10000), line('b', 5000, { currency: 'USD' })], 2)).toEqual([]);
  });
});

describe('forecast arithmetic', () => {
  it('maps months, quarters and years to date ranges', () => {
    expect(periodRange({ year: 2026, quarter: 4 })).toEqual({ start: '2026-10-01', end: '2027-01-01', label: '2026 Q4' });
    expect(periodRange({ year: 2026, month: 12, quarter: 1 })).toEqual({ start: '2026-12-01', end: '2027-01-01', label: '2026-12' });
    expect(periodRange({ year: 2026 })).toEqual({ start: '2026-01-01', end: '2027-01-01', label: '2026' });
    expect(() => periodRange({ year: 2026, quarter: 5 })).toThrow(RangeError);
  });
  it('rolls up by category, weights open deals, drops lost ones', () => {
    const r = rollUp([
      { amountCents: 100_00, category: 'pipeline', probability: 10, won: false, lost: false },
      { amountCents: 200_00, category: 'commit', probability: 80, won: false, lost: false },
      { amountCents: 300_00, category: 'closed', probability: 100, won: true, lost: false },
      { amountCents: 999_00, category: 'omitted', probability: 0, won: false, lost: true },
    ]);
    expect(r.categories).toEqual({ pipeline: 100_00, best_case: 0, commit: 200_00, closed: 300_00, omitted: 0 });
    expect(r).toMatchObject({ weightedCents: 10_00 + 160_00, committedCents: 500_00, bestCaseCents: 500_00 });
  });
});
