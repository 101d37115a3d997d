import { QuotePriceConflictsDocument } from '@rapport/web-data-access';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { always, namesMock, signedIn } from '@rapport/web-testing';

describe('PriceConflictsPage', { timeout: 60_000 }, () => {
  it('lists both quotes of a conflict with their net unit prices and the spread', async () => {
    renderApp('/sales/quotes/conflicts', [
      signedIn('u-wang'),
      namesMock(),
      always(QuotePriceConflictsDocument, {
        quotePriceConflicts: [
          {
            __typename: 'QuotePriceConflict',
            rootAccountId: 'a-1',
            productId: 'p-seat',
            sku: 'CRM-SEAT',
            currency: 'CNY',
            lowQuoteId: 'q-1',
            lowQuoteName: 'CRM Suite v2',
            lowNetUnitPrice: 938.4,
            highQuoteId: 'q-2',
            highQuoteName: 'Service Desk v1',
            highNetUnitPrice: 1048.8,
            spreadPercent: 10.53,
          },
        ],
      }),
    ]);
    const table = await screen.findByTestId('conflicts-table', {}, { timeout: 10_000 });
    expect(within(table).getByText('CRM-SEAT')).toBeTruthy();
    expect(within(table).getByText('CN¥938.40 net per unit')).toBeTruthy();
    expect(within(table).getByText('10.53%')).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Service Desk v1' }).getAttribute('href')).toBe('/sales/quotes/q-2');
    expect(await within(table).findByRole('link', { name: 'Stark Trading Inc.' })).toBeTruthy();
  });
});
