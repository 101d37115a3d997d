import { describe, expect, it } from 'vitest';
import { currencyChoices, parseCurrency, unconvertible } from './currency';

const rates = [{ currency: 'CNY' }, { currency: 'USD' }, { currency: 'USD' }, { currency: 'EUR' }];

describe('dashboard currency', () => {
  it('reads a 3-letter code from the address, in any case, and falls back to the base', () => {
    expect(parseCurrency('USD')).toBe('USD');
    expect(parseCurrency('eur')).toBe('EUR');
    expect(parseCurrency(null)).toBe('CNY');
    expect(parseCurrency('euro')).toBe('CNY');
    expect(parseCurrency('U$D')).toBe('CNY');
  });

  it('offers the base first, then each rated currency once, and keeps the one on screen', () => {
    expect(currencyChoices(rates, 'CNY')).toEqual(['CNY', 'EUR', 'USD']);
    expect(currencyChoices(rates, 'GBP')).toEqual(['CNY', 'EUR', 'GBP', 'USD']);
    // The rates could not be read: the base and what is on screen.
    expect(currencyChoices(undefined, 'USD')).toEqual(['CNY', 'USD']);
    expect(currencyChoices(undefined, 'CNY')).toEqual(['CNY']);
  });

  it('counts the report’s own currency as unconvertible when it has no rate', () => {
    expect(unconvertible(['JPY'], 'GBP', rates)).toEqual(['GBP', 'JPY']);
    expect(unconvertible(['JPY'], 'USD', rates)).toEqual(['JPY']);
    expect(unconvertible([], 'CNY', rates)).toEqual([]);
    // Without the rates nothing is assumed beyond what the API says.
    expect(unconvertible(['JPY'], 'GBP', undefined)).toEqual(['JPY']);
  });
});
