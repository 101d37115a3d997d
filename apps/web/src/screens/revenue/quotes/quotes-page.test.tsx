import { QuotesDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickOption, quoteOpportunityMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { connection, namesMock, quote, signedIn } from '@rapport/web-testing';

const quotesOf = (status: string | null, nodes: ReturnType<typeof quote>[]) => ({
  request: { query: QuotesDocument, variables: (v: Record<string, unknown>) => v['opportunityId'] === 'o-1' && (v['status'] ?? null) === status },
  result: { data: { quotes: connection('Quote', nodes) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('QuotesPage', { timeout: 60_000 }, () => {
  it('lists one deal’s quotes with their status, filters by status and starts a new quote for the deal', async () => {
    const { router } = renderApp('/sales/quotes?opportunityId=o-1', [
      signedIn('u-rita'),
      namesMock(),
      quoteOpportunityMock(),
      quotesOf(null, [quote(), quote({ id: 'q-2', name: 'Stark Trading – CRM Suite v2', version: 2, status: 'accepted', locked: true, total: 9000 })]),
      quotesOf('accepted', []),
    ]);

    expect(await screen.findByText('Stark Trading – CRM Suite v2', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Quotes for Stark Trading – CRM Suite' })).toBeTruthy();
    expect(screen.getByTestId('quote-row-status-q-1').textContent).toBe('Draft');
    expect(screen.getByTestId('quote-row-status-q-2').textContent).toBe('AcceptedLocked');
    expect(screen.getByText('CN¥9,000.00')).toBeTruthy();

    await pickOption(screen.getByTestId('quotes-status'), 'Accepted');
    expect(await screen.findByText('No quotes with this status.', {}, { timeout: 5000 })).toBeTruthy();
    expect(router.state.location.search).toContain('status=accepted');

    fireEvent.click(screen.getByTestId('quote-create'));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/sales/quotes/new?opportunityId=o-1'));
  });
});
