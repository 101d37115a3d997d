import { DiscountTolerancesDocument, PriceBookEntriesDocument, PriceBooksDocument, ProductsDocument, SetPriceBookEntriesDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { always, namesMock, signedIn } from '@rapport/web-testing';

const products = [
  { __typename: 'Product' as const, id: 'p-seat', sku: 'CRM-SEAT', name: 'Cloud seat', productLine: 'software', unit: 'seat', description: null, active: true },
  { __typename: 'Product' as const, id: 'p-kiosk', sku: 'HW-KIOSK', name: 'Service kiosk', productLine: 'hardware', unit: 'each', description: null, active: false },
];
const books = [
  { __typename: 'PriceBook' as const, id: 'b-std', name: 'Standard 2026', kind: 'standard', currency: 'CNY', tier: null, accountId: null, effectiveFrom: null, effectiveTo: null, active: true },
  { __typename: 'PriceBook' as const, id: 'b-str', name: 'Strategic accounts', kind: 'tier', currency: 'CNY', tier: 'strategic', accountId: null, effectiveFrom: '2026-01-01', effectiveTo: null, active: true },
];
const entry = (id: string, minQuantity: number, unitPrice: number) => ({ __typename: 'PriceBookEntry' as const, id, productId: 'p-seat', minQuantity, unitPrice });
const common = [
  namesMock(),
  always(ProductsDocument, { products }),
  always(PriceBooksDocument, { priceBooks: books }),
  always(DiscountTolerancesDocument, { discountTolerances: [{ __typename: 'DiscountTolerance', id: 'dt-1', role: 'sales_rep', productLine: 'hardware', maxDiscountPercent: 5 }] }),
];

describe('CatalogPage', { timeout: 60_000 }, () => {
  it('lets an admin type a product’s prices per quantity tier in a price book', async () => {
    let prices = [entry('e-1', 1, 1200)];
    const saved = vi.fn(() => {
      prices = [entry('e-1', 1, 1200), entry('e-2', 50, 1080)];
      return { data: { setPriceBookEntries: { __typename: 'PriceBookEntriesPayload', entries: prices } } };
    });
    renderApp('/sales/catalog?tab=books', [
      signedIn('u-admin'),
      ...common,
      { request: { query: PriceBookEntriesDocument, variables: { priceBookId: 'b-std' } }, result: () => ({ data: { priceBookEntries: prices } }), maxUsageCount: Number.POSITIVE_INFINITY },
      {
        request: {
          query: SetPriceBookEntriesDocument,
          variables: {
            input: {
              priceBookId: 'b-std',
              entries: [
                { productId: 'p-seat', minQuantity: 1, unitPrice: 1200 },
                { productId: 'p-seat', minQuantity: 50, unitPrice: 1080 },
              ],
            },
          },
        },
        result: saved,
      },
    ]);

    const table = await screen.findByTestId('books-table', {}, { timeout: 10_000 });
    expect(within(table).getByText('Strategic')).toBeTruthy();
    expect(screen.getByTestId('book-create')).toBeTruthy();
    fireEvent.click(within(table).getByTestId('book-prices-b-std'));
    expect(await screen.findByTestId('entry-CRM-SEAT-1', {}, { timeout: 5000 })).toBeTruthy();

    fireEvent.click(screen.getByTestId('entries-edit-CRM-SEAT'));
    fireEvent.click(await screen.findByTestId('prices-add-tier'));
    fireEvent.change(await screen.findByTestId('prices-min-1'), { target: { value: '50' } });
    fireEvent.change(screen.getByTestId('prices-price-1'), { target: { value: '1080' } });
    fireEvent.click(screen.getByTestId('prices-submit'));

    expect((await screen.findByTestId('entry-CRM-SEAT-50', {}, { timeout: 5000 })).textContent).toBe('≥50: CN¥1,080.00');
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('is read-only for everyone else', async () => {
    renderApp('/sales/catalog', [signedIn('u-rita'), ...common]);
    const table = await screen.findByTestId('products-table', {}, { timeout: 10_000 });
    expect(within(table).getByText('HW-KIOSK')).toBeTruthy();
    expect(within(table).getByText('Inactive')).toBeTruthy();
    expect(screen.getByTestId('catalog-read-only')).toBeTruthy();
    expect(screen.queryByTestId('product-create')).toBeNull();
    expect(screen.queryByTestId('product-edit-CRM-SEAT')).toBeNull();
    fireEvent.click(screen.getByTestId('catalog-tab-tolerances'));
    await waitFor(() => expect(screen.getByTestId('tolerance-sales_rep-hardware').textContent).toBe('5%'));
    expect(screen.queryByTestId('tolerance-create')).toBeNull();
  });
});
