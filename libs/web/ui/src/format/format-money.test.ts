import { describe, expect, it } from 'vitest';
import { currencyName, formatMoney, formatMoneyTotals } from './format-money';

describe('formatMoney', () => {
  it('formats with the currency in the given language', () => {
    expect(formatMoney(120000, 'USD', 'en')).toBe('$120,000.00');
    expect(formatMoney(1234.5, 'CNY', 'zh-CN')).toBe('¥1,234.50');
  });

  it('is undefined without an amount and survives unknown currency codes', () => {
    expect(formatMoney(null, 'CNY', 'en')).toBeUndefined();
    expect(formatMoney(5, 'NOT-A-CODE', 'en')).toBe('5 NOT-A-CODE');
  });

  it('joins per-currency totals', () => {
    expect(formatMoneyTotals(new Map([['USD', 10], ['EUR', 2]]), 'en')).toBe('$10.00 · €2.00');
    expect(formatMoneyTotals({}, 'en')).toBe('');
  });
});

describe('currencyName', () => {
  it('names a currency in the given language, and nothing for a code the browser does not know', () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('USD', 'zh-CN')).toBe('美元');
    expect(currencyName('QQQ', 'en')).toBeUndefined();
  });
});
