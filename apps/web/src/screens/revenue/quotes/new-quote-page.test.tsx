import { CreateQuoteDocument, DiscountTolerancesDocument, PriceForDocument, ProductsDocument, QuoteDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption, quoteOpportunityMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { always, line, namesMock, quote, signedIn } from '@rapport/web-testing';

const product = { __typename: 'Product' as const, id: 'p-seat', sku: 'CRM-SEAT', name: 'Cloud seat', canonicalName: 'Cloud seat', names: {}, productLine: 'software', unit: 'seat', description: null, active: true };

describe('NewQuotePage', { timeout: 60_000 }, () => {
  it('shows the server’s price for each line, previews the totals and sends no price when saving', async () => {
    const priced = vi.fn((v: Record<string, unknown>) => ({
      data: {
        priceFor: { __typename: 'PriceQuote', unitPrice: v['quantity'] === 10 ? 1080 : 1200, priceBookId: 'b-std', priceBookName: 'Standard 2026', source: 'standard', minQuantity: v['quantity'] === 10 ? 10 : 1 },
      },
    }));
    const created = vi.fn(() => ({ data: { createQuote: { __typename: 'QuotePayload', quote: quote({ lines: [line({ quantity: 10, unitPrice: 1080, netAmount: 9180 })] }) } } }));
    const { router } = renderApp('/sales/quotes/new?opportunityId=o-1', [
      signedIn('u-rita'),
      namesMock(),
      quoteOpportunityMock(),
      always(ProductsDocument, { products: [product] }),
      always(DiscountTolerancesDocument, { discountTolerances: [{ __typename: 'DiscountTolerance', id: 'dt-1', role: 'sales_rep', productLine: null, maxDiscountPercent: 10 }] }),
      { request: { query: PriceForDocument, variables: () => true }, result: priced, maxUsageCount: Number.POSITIVE_INFINITY },
      {
        request: {
          query: CreateQuoteDocument,
          variables: (v: Record<string, unknown>) => {
            const input = v['input'] as { opportunityId: string; lines: Record<string, unknown>[]; discountPercent: number };
            return input.opportunityId === 'o-1' && input.discountPercent === 0 && JSON.stringify(input.lines) === JSON.stringify([{ productId: 'p-seat', quantity: 10, discountPercent: 15 }]);
          },
        },
        result: created,
      },
      { request: { query: QuoteDocument, variables: { id: 'q-1' } }, result: { data: { quote: quote() } }, maxUsageCount: Number.POSITIVE_INFINITY },
    ]);

    await pickOption(await screen.findByTestId('quote-line-product-0', {}, { timeout: 10_000 }), 'CRM-SEAT Cloud seat · software');
    expect((await screen.findByTestId('quote-line-price-0', {}, { timeout: 5000 })).textContent).toContain('CN¥1,200.00');

    // Ten seats reach the next quantity tier: the server answers with another price.
    fireEvent.change(screen.getByTestId('quote-line-quantity-0'), { target: { value: '10' } });
    fireEvent.change(screen.getByTestId('quote-line-discount-0'), { target: { value: '15' } });
    await waitFor(() => expect(screen.getByTestId('quote-line-price-0').textContent).toContain('CN¥1,080.00'), { timeout: 5000 });
    expect(screen.getByTestId('quote-line-net-0').textContent).toBe('CN¥9,180.00');
    expect(screen.getByTestId('quote-preview-total').textContent).toBe('CN¥9,180.00');
    // 15 % is above the rep's 10 %: warned before submitting.
    expect(screen.getByTestId('quote-line-over-0')).toBeTruthy();
    // There is nowhere to type a price.
    expect(screen.queryByLabelText(/unit price/i)).toBeNull();

    fireEvent.click(screen.getByTestId('quote-save'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sales/quotes/q-1'), { timeout: 5000 });
    expect(created).toHaveBeenCalledTimes(1);
  });
});
