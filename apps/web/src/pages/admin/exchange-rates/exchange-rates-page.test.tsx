import type { MockLink } from '@apollo/client/testing';
import { ExchangeRatesDocument, RemoveExchangeRateDocument, SetExchangeRateDocument, type ExchangeRateFieldsFragment } from '@rapport/web-data-access';
import { grantsFor, meMock } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { currencyProblem, groupRates, rateProblem } from './exchange-rate-rules';

const rate = (currency: string, validFrom: string, value: string): ExchangeRateFieldsFragment => ({ __typename: 'ExchangeRate', currency, validFrom, rate: value });

// As the API lists them: by currency, newest first; the base with its fixed 1.
const RATES = [rate('CNY', '1900-01-01', '1'), rate('EUR', '2026-01-01', '7.82'), rate('USD', '2026-06-01', '7.2'), rate('USD', '2026-01-01', '7.1')];

/** The list, answered from `answers` in turn (the last one again and again): before and after a change. */
function ratesMock(...answers: ExchangeRateFieldsFragment[][]): MockLink.MockedResponse {
  let call = 0;
  return {
    request: { query: ExchangeRatesDocument },
    result: () => ({ data: { exchangeRates: answers[Math.min(call++, answers.length - 1)] } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const fieldError = (path: string, message: string) => ({ errors: [{ message: 'The input is not valid.', extensions: { code: 'VALIDATION_FAILED', fields: [{ path, message }] } }] });

/** The message antd shows under a form field, found from the field's input. */
const errorOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item')!.querySelector('.ant-form-item-explain')?.textContent ?? '';

async function typeDate(value: string) {
  const input = screen.getByTestId('rate-valid-from').closest('.ant-picker')!.querySelector('input')!;
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(input.value).toBe(value), { timeout: 5000 });
}

describe('exchange rate rules', () => {
  it('groups rates by currency, newest first, with the day each ends and the one in force', () => {
    const [eur, usd] = groupRates(RATES, '2026-03-15');
    expect(eur!.currency).toBe('EUR');
    expect(usd!.rates.map((r) => [r.validFrom, r.until])).toEqual([
      ['2026-06-01', null],
      ['2026-01-01', '2026-05-31'],
    ]);
    expect(usd!.current.validFrom).toBe('2026-01-01');
    expect(groupRates(RATES, '2026-06-01')[1]!.current.validFrom).toBe('2026-06-01');
    // Before a currency's first rate the API uses that first rate.
    expect(groupRates(RATES, '2025-12-31')[1]!.current.validFrom).toBe('2026-01-01');
    expect(groupRates([rate('CNY', '1900-01-01', '1')], '2026-01-01')).toEqual([]);
  });

  it('refuses what the API refuses', () => {
    expect([currencyProblem('USD'), currencyProblem('usd'), currencyProblem('US'), currencyProblem('CNY')]).toEqual([null, 'format', 'format', 'base']);
    expect(['7.1234', '7', '0.0000000001', '1234567890.1234567890'].map(rateProblem)).toEqual([null, null, null, null]);
    expect(['0', '0.000', '-1', '1e5', '7,1', '.5', '7.', '12345678901', '1.12345678901', ''].map(rateProblem)).toEqual(['zero', 'zero', 'format', 'format', 'format', 'format', 'format', 'format', 'format', 'format']);
  });
});

describe('ExchangeRatesPage', { timeout: 60_000 }, () => {
  it('lists the rates by currency, newest first, with the base apart', async () => {
    renderApp('/admin/exchange-rates', [meMock('ADMIN'), ratesMock(RATES)]);
    const usd = await screen.findByTestId('rates-USD', {}, { timeout: 10_000 });
    expect(within(usd).getByRole('heading', { level: 2 }).textContent).toBe('USD · US Dollar');
    const rows = within(usd).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual([expect.stringContaining('2026-06-01'), expect.stringContaining('2026-01-01')]);
    expect(rows[0]!.textContent).toContain('7.2');
    expect(rows[0]!.textContent).toContain('until the next rate');
    expect(rows[1]!.textContent).toContain('until 2026-05-31');
    expect(within(screen.getByTestId('rates-EUR')).getByText('7.82')).toBeTruthy();
    // The base is not a rate anyone keeps: named, always 1, nothing to change.
    const base = screen.getByTestId('rates-base');
    expect(base.textContent).toContain('Base currency');
    expect(base.textContent).toContain('Always 1');
    expect(within(base).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('rates-CNY')).toBeNull();
    expect(screen.getByRole('button', { name: 'Correct the USD rate from 2026-06-01' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the EUR rate from 2026-01-01' })).toBeTruthy();
  });

  it('shows the latest six rates of a currency until asked for all, and the one in force even when it is older', async () => {
    const monthly = Array.from({ length: 8 }, (_, i) => rate('USD', `2020-0${8 - i}-01`, `7.${i}`));
    // Rates set far ahead: until then the oldest of them applies (as the API converts), so all show.
    const ahead = Array.from({ length: 7 }, (_, i) => rate('EUR', `2099-0${7 - i}-01`, `8.${i}`));
    renderApp('/admin/exchange-rates', [meMock('ADMIN'), ratesMock([rate('CNY', '1900-01-01', '1'), ...ahead, ...monthly])]);
    const usd = await screen.findByTestId('rates-USD', {}, { timeout: 10_000 });
    expect(within(usd).getAllByRole('row').slice(1)).toHaveLength(6);
    const more = screen.getByTestId('rates-more-USD');
    expect(more.textContent).toBe('Show all 8 rates');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    await waitFor(() => expect(within(usd).getAllByRole('row').slice(1)).toHaveLength(8), { timeout: 5000 });
    expect(more.textContent).toBe('Show the latest 6 only');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const eur = screen.getByTestId('rates-EUR');
    expect(within(eur).getAllByRole('row').slice(1)).toHaveLength(7);
    expect(within(eur).getAllByRole('row').at(-1)!.textContent).toContain('In force today');
    expect(screen.queryByTestId('rates-more-EUR')).toBeNull();
  });

  it('checks a new rate as the API does, then shows what the API still refuses on its field', async () => {
    const sent = vi.fn(() => fieldError('input.rate', 'The rate must be more than zero.'));
    renderApp('/admin/exchange-rates', [
      meMock('ADMIN'),
      ratesMock(RATES),
      { request: { query: SetExchangeRateDocument, variables: { input: { currency: 'GBP', validFrom: '2026-07-01', rate: '9.1' } } }, result: sent },
    ]);
    fireEvent.click(await screen.findByTestId('rate-add', {}, { timeout: 10_000 }));
    const currency = (await screen.findByTestId('rate-currency', {}, { timeout: 5000 })) as HTMLInputElement;

    // The base, a code that is not one, and a rate that is not a number are refused before anything is sent.
    fireEvent.change(currency, { target: { value: 'cny' } });
    expect(currency.value).toBe('CNY');
    fireEvent.change(screen.getByTestId('rate-value'), { target: { value: '7,1' } });
    fireEvent.click(screen.getByTestId('rate-submit'));
    await waitFor(() => expect(errorOf('rate-currency')).toBe('CNY is the base currency: its rate is always 1.'), { timeout: 5000 });
    expect(errorOf('rate-value')).toBe('Enter the rate as a decimal number such as 7.1234 (at most 10 digits before and after the point).');
    fireEvent.change(currency, { target: { value: 'G1' } });
    fireEvent.change(screen.getByTestId('rate-value'), { target: { value: '0' } });
    await waitFor(() => expect(errorOf('rate-currency')).toBe('Use a 3-letter currency code such as USD.'), { timeout: 5000 });
    await waitFor(() => expect(errorOf('rate-value')).toBe('The rate must be more than zero.'), { timeout: 5000 });
    expect(sent).not.toHaveBeenCalled();

    fireEvent.change(currency, { target: { value: 'gbp' } });
    await typeDate('2026-07-01');
    fireEvent.change(screen.getByTestId('rate-value'), { target: { value: ' 9.1 ' } });
    await waitFor(() => expect(screen.getByText('1 GBP = 9.1 CNY')).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(errorOf('rate-value')).toBe(''), { timeout: 5000 });
    fireEvent.click(screen.getByTestId('rate-submit'));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1), { timeout: 5000 });
    // The API's refusal lands on the field it names; the dialog stays open with what was typed.
    // (The box was marked invalid before, for "0": the message is what tells the answer has landed.)
    await waitFor(() => expect(errorOf('rate-value')).toBe('The rate must be more than zero.'), { timeout: 5000 });
    expect(screen.getByTestId('rate-value').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByTestId('rate-value') as HTMLInputElement).value).toBe(' 9.1 ');
    expect((screen.getByTestId('rate-currency') as HTMLInputElement).value).toBe('GBP');
  });

  it('adds a rate, corrects one and removes one, each saying so', async () => {
    const added = vi.fn(() => ({ data: { setExchangeRate: { __typename: 'ExchangeRatePayload', exchangeRate: rate('USD', '2026-07-01', '7.3') } } }));
    const corrected = vi.fn(() => ({ data: { setExchangeRate: { __typename: 'ExchangeRatePayload', exchangeRate: rate('EUR', '2026-01-01', '7.8') } } }));
    const removed = vi.fn(() => ({ data: { removeExchangeRate: { __typename: 'RemoveExchangeRatePayload', removed: true } } }));
    const after = [rate('CNY', '1900-01-01', '1'), rate('EUR', '2026-01-01', '7.82'), rate('USD', '2026-07-01', '7.3'), rate('USD', '2026-06-01', '7.2'), rate('USD', '2026-01-01', '7.1')];
    renderApp('/admin/exchange-rates', [
      meMock('ADMIN'),
      ratesMock(RATES, after),
      { request: { query: SetExchangeRateDocument, variables: { input: { currency: 'USD', validFrom: '2026-07-01', rate: '7.3' } } }, result: added },
      { request: { query: SetExchangeRateDocument, variables: { input: { currency: 'EUR', validFrom: '2026-01-01', rate: '7.8' } } }, result: corrected },
      { request: { query: RemoveExchangeRateDocument, variables: { input: { currency: 'USD', validFrom: '2026-01-01' } } }, result: removed },
    ]);

    // "Add rate for USD" starts from the currency; a day that already has a rate would be replaced, and it says so.
    fireEvent.click(await screen.findByRole('button', { name: 'Add rate for USD' }, { timeout: 10_000 }));
    expect(((await screen.findByTestId('rate-currency', {}, { timeout: 5000 })) as HTMLInputElement).value).toBe('USD');
    await typeDate('2026-06-01');
    expect((await screen.findByTestId('rate-replaces', {}, { timeout: 5000 })).textContent).toContain('USD already has a rate from that day (7.2): saving replaces it.');
    await typeDate('2026-07-01');
    await waitFor(() => expect(screen.queryByTestId('rate-replaces')).toBeNull(), { timeout: 5000 });
    fireEvent.change(screen.getByTestId('rate-value'), { target: { value: '7.3' } });
    fireEvent.click(screen.getByTestId('rate-submit'));
    await waitFor(() => expect(added).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Saved: from 2026-07-01, 1 USD = 7.3 CNY.', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('rates-USD')).getAllByRole('row')).toHaveLength(4), { timeout: 5000 });

    // A correction keeps the currency and the day.
    fireEvent.click(screen.getByRole('button', { name: 'Correct the EUR rate from 2026-01-01' }));
    const rateBox = (await screen.findByTestId('rate-value', {}, { timeout: 5000 })) as HTMLInputElement;
    await waitFor(() => expect(rateBox.value).toBe('7.82'), { timeout: 5000 });
    expect((screen.getByTestId('rate-currency') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByTestId('rate-valid-from').closest('.ant-picker')!.querySelector('input')!.disabled).toBe(true);
    fireEvent.change(rateBox, { target: { value: '7.8' } });
    fireEvent.click(screen.getByTestId('rate-submit'));
    await waitFor(() => expect(corrected).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Saved: from 2026-01-01, 1 EUR = 7.8 CNY.', {}, { timeout: 5000 })).toBeTruthy();

    // Removing asks first.
    fireEvent.click(screen.getByRole('button', { name: 'Remove the USD rate from 2026-01-01' }));
    expect(await screen.findByText('Remove the USD rate from 2026-01-01?', {}, { timeout: 5000 })).toBeTruthy();
    expect(removed).not.toHaveBeenCalled();
    const confirm = await waitFor(() => {
      const button = document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-dangerous');
      if (!button) throw new Error('No confirmation is open');
      return button;
    }, { timeout: 5000 });
    fireEvent.click(confirm);
    await waitFor(() => expect(removed).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('The USD rate from 2026-01-01 was removed.', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('says honestly when there are no rates yet', async () => {
    renderApp('/admin/exchange-rates', [meMock('ADMIN'), ratesMock([rate('CNY', '1900-01-01', '1')])]);
    const empty = await screen.findByTestId('rates-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No exchange rates yet.');
    expect(empty.textContent).toContain('left out of campaign figures');
    expect(screen.getByTestId('rates-base')).toBeTruthy();
    expect(screen.getByTestId('rate-add')).toBeTruthy();
  });

  it('shows the list to a reader of the catalog without anything to change', async () => {
    renderApp('/admin/exchange-rates', [meMock('SALES_MANAGER'), ratesMock(RATES)]);
    const usd = await screen.findByTestId('rates-USD', {}, { timeout: 10_000 });
    expect(within(usd).getByText('7.2')).toBeTruthy();
    expect(screen.getByText('Only administrators can add or change rates.')).toBeTruthy();
    expect(screen.queryByTestId('rate-add')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add rate for USD|Correct the|Remove the/ })).toBeNull();
    // The Admin menu stays the administrators' own.
    expect(screen.queryByTestId('nav-admin')).toBeNull();
  });

  it('is closed to whoever may not read the catalog', async () => {
    // Every staff role reads the catalog today (customers have the portal): a rep without the grant stands for one that may not.
    const withoutCatalog = grantsFor('SALES_REP').map((g) => (g.object === 'catalog' ? { ...g, read: 'NONE' as const, write: 'NONE' as const } : g));
    renderApp('/admin/exchange-rates', [meMock('SALES_REP', withoutCatalog), ratesMock(RATES)]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('rates-USD')).toBeNull();
  });

  it('says when the rates cannot be loaded and tries again', async () => {
    let calls = 0;
    renderApp('/admin/exchange-rates', [
      meMock('ADMIN'),
      {
        request: { query: ExchangeRatesDocument },
        result: () => (calls++ === 0 ? { errors: [{ message: 'The database is not answering.', extensions: { code: 'INTERNAL' } }] } : { data: { exchangeRates: RATES } }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    expect(await screen.findByText('The database is not answering.', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Try again/ }));
    expect(await screen.findByTestId('rates-USD', {}, { timeout: 5000 })).toBeTruthy();
  });
});
