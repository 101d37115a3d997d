import { describe, expect, it } from 'vitest';
import { combinedDiscount, formatPercent, previewQuote, previewSummary, toleranceFor, toleranceRole } from './quote-preview';

describe('previewQuote', () => {
  it('nets each line, then takes the quote discount off the sum, in cents like the server', () => {
    const p = previewQuote(
      [
        { unitPrice: 1200, quantity: 10, discountPercent: 15 },
        { unitPrice: 3500, quantity: 3, discountPercent: 0 },
      ],
      5,
    );
    expect(p.lines).toEqual([10200, 10500]);
    expect(p.subtotal).toBe(20700);
    expect(p.quoteDiscountAmount).toBe(1035);
    expect(p.total).toBe(19665);
    expect(p.complete).toBe(true);
  });

  it('rounds half cents the way the server does', () => {
    // 0.99 × 3 = 297 cents, less 33.33 % = 198.0099 → 198 cents.
    expect(previewQuote([{ unitPrice: 0.99, quantity: 3, discountPercent: 33.33 }], 0).total).toBe(1.98);
  });

  it('is incomplete while a line has no price and leaves that line out of the sum', () => {
    const p = previewQuote(
      [
        { unitPrice: 100, quantity: 2, discountPercent: 0 },
        { unitPrice: null, quantity: 1, discountPercent: 0 },
      ],
      0,
    );
    expect(p.lines).toEqual([200, null]);
    expect(p.subtotal).toBe(200);
    expect(p.complete).toBe(false);
    expect(previewQuote([], 0).complete).toBe(false);
  });

  it('keeps discounts inside 0–100 %', () => {
    expect(previewQuote([{ unitPrice: 10, quantity: 1, discountPercent: 150 }], -5).total).toBe(0);
  });
});

describe('discount rules shown before submitting', () => {
  const rules = [
    { role: 'sales_rep', productLine: null, maxDiscountPercent: 10 },
    { role: 'sales_rep', productLine: 'hardware', maxDiscountPercent: 5 },
    { role: 'sales_manager', productLine: null, maxDiscountPercent: 25 },
  ];

  it('combines line and quote discounts', () => {
    expect(combinedDiscount(10, 10)).toBe(19);
    expect(combinedDiscount(15, 0)).toBe(15);
  });

  it('uses the most specific tolerance and none without a rule', () => {
    expect(toleranceFor(rules, toleranceRole('SALES_REP'), 'hardware')).toBe(5);
    expect(toleranceFor(rules, 'sales_rep', 'software')).toBe(10);
    expect(toleranceFor(rules, 'marketer', null)).toBe(0);
  });
});

describe('totals formatting', () => {
  it('formats the preview in the given language, with the quote discount as a deduction', () => {
    const p = previewQuote([{ unitPrice: 1200, quantity: 10, discountPercent: 0 }], 10);
    expect(previewSummary(p, 'CNY', 'en')).toEqual({ subtotal: 'CN¥12,000.00', quoteDiscount: '−CN¥1,200.00', total: 'CN¥10,800.00', complete: true });
    expect(previewSummary(p, 'CNY', 'zh-CN').total).toBe('¥10,800.00');
    expect(previewSummary(previewQuote([{ unitPrice: 5, quantity: 1, discountPercent: 0 }], 0), 'USD', 'en').quoteDiscount).toBe('');
  });

  it('formats percentages', () => {
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(null)).toBeUndefined();
  });
});
