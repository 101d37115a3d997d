import { DiscountTolerancesDocument, PriceBookEntriesDocument, PriceBooksDocument, ProductsDocument, SaveProductDocument, SetPriceBookEntriesDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { always, namesMock, signedIn } from '@rapport/web-testing';

const products = [
  { __typename: 'Product' as const, id: 'p-seat', sku: 'CRM-SEAT', name: 'Cloud seat', canonicalName: 'Cloud seat', names: { 'zh-CN': '云座席' }, productLine: 'software', unit: 'seat', description: null, active: true },
  // As a Chinese reader gets it: `name` is the translation, `canonicalName` what is stored.
  { __typename: 'Product' as const, id: 'p-kiosk', sku: 'HW-KIOSK', name: '服务终端', canonicalName: 'Service kiosk', names: { 'zh-CN': '服务终端' }, productLine: 'hardware', unit: 'each', description: null, active: false },
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

  it('lets an admin edit a product’s canonical name and its translations (docs/adr/0010)', async () => {
    const input = { id: 'p-seat', sku: 'CRM-SEAT', name: 'Cloud seat', names: { en: '', 'zh-CN': '云座席', 'zh-TW': '雲端使用者授權' }, productLine: 'software', unit: 'seat', description: null, active: true };
    const saved = vi.fn(() => ({ data: { saveProduct: { __typename: 'ProductPayload', product: { ...products[0], names: { 'zh-CN': '云座席', 'zh-TW': '雲端使用者授權' } } } } }));
    const refused = vi.fn(() => ({
      errors: [{ message: 'The input is not valid.', extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.names.zh-TW', message: 'must be at most 80 characters' }] } }],
    }));
    renderApp('/sales/catalog', [
      signedIn('u-admin'),
      ...common,
      { request: { query: SaveProductDocument, variables: { input: { ...input, names: { ...input.names, 'zh-TW': '雲端使用者授權（年）' } } } }, result: refused },
      { request: { query: SaveProductDocument, variables: { input } }, result: saved },
    ]);

    const table = await screen.findByTestId('products-table', {}, { timeout: 10_000 });
    // The stored name, and the reader's translation under it when it differs.
    const kiosk = within(table).getByText('HW-KIOSK').closest('tr')!;
    expect(within(kiosk as HTMLElement).getByText('Service kiosk')).toBeTruthy();
    expect(within(kiosk as HTMLElement).getByText('服务终端')).toBeTruthy();

    fireEvent.click(within(table).getByTestId('product-edit-CRM-SEAT'));
    const canonical = (await screen.findByTestId('product-name')) as HTMLInputElement;
    expect(canonical.value).toBe('Cloud seat');
    expect((screen.getByTestId('name-zh-cn') as HTMLInputElement).value).toBe('云座席');
    expect((screen.getByTestId('name-zh-tw') as HTMLInputElement).value).toBe('');

    // A translation the server refuses is shown on its own box, and the dialog stays open.
    fireEvent.change(screen.getByTestId('name-zh-tw'), { target: { value: '雲端使用者授權（年）' } });
    fireEvent.click(screen.getByTestId('product-submit'));
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(screen.getByTestId('name-zh-tw').getAttribute('aria-invalid')).toBe('true'));

    fireEvent.change(screen.getByTestId('name-zh-tw'), { target: { value: ' 雲端使用者授權 ' } });
    fireEvent.click(screen.getByTestId('product-submit'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Cloud seat saved.', {}, { timeout: 5000 })).toBeTruthy();
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
