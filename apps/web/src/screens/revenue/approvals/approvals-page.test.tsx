import { DecideQuoteDocument, DiscountTolerancesDocument, PendingQuoteApprovalsDocument } from '@rapport/web-data-access';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { always, approval, connection, line, namesMock, quote, signedIn } from '@rapport/web-testing';

// As the API tells the rep's manager: this one is theirs to decide.
const waiting = quote({
  status: 'pending_approval',
  viewerCan: { __typename: 'QuoteViewerCan', update: false, submit: false, accept: false, decide: true, unlock: false },
  approvals: [approval()],
  lines: [line(), line({ id: 'l-2', lineNo: 2, sku: 'IMPL-DAY', productName: 'Implementation day', productLine: 'services', discountPercent: 0, unitPrice: 3500, netAmount: 17500, quantity: 5 })],
});

describe('ApprovalsPage', { timeout: 60_000 }, () => {
  it('shows what waits for the manager with the breach and the reason, and rejects only with a note', async () => {
    let decided = false;
    const decide = vi.fn(() => {
      decided = true;
      return { data: { decideQuote: { __typename: 'QuotePayload', quote: { ...waiting, status: 'rejected', approvals: [approval({ status: 'rejected' })] } } } };
    });
    renderApp('/sales/quotes/approvals', [
      signedIn('u-wang'),
      namesMock(),
      always(DiscountTolerancesDocument, { discountTolerances: [{ __typename: 'DiscountTolerance', id: 'dt-1', role: 'sales_rep', productLine: null, maxDiscountPercent: 10 }] }),
      {
        request: { query: PendingQuoteApprovalsDocument, variables: () => true },
        result: () => ({ data: { quotes: connection('Quote', decided ? [] : [waiting]) } }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: DecideQuoteDocument, variables: { input: { id: 'q-1', approve: false, note: 'Margin too thin' } } }, result: decide },
    ]);

    const card = await screen.findByTestId('approval-q-1', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('approval-reason-q-1').textContent).toBe('Competitive pressure');
    expect(within(card).getByText('“Competitor offered 18 %”')).toBeTruthy();
    // Line 1 is 15 % against the rep's 10 %; line 2 is within.
    expect(within(card).getAllByText('Beyond tolerance')).toHaveLength(1);
    expect(await within(card).findByText('Rita Rep')).toBeTruthy();

    fireEvent.click(within(card).getByTestId('approval-reject-q-1'));
    fireEvent.click(await screen.findByTestId('approval-decide-confirm'));
    expect(await screen.findByText('This field is required.', {}, { timeout: 5000 })).toBeTruthy();
    expect(decide).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('approval-decide-text'), { target: { value: 'Margin too thin' } });
    fireEvent.click(screen.getByTestId('approval-decide-confirm'));
    expect(await screen.findByText('Nothing waiting for approval.', {}, { timeout: 5000 })).toBeTruthy();
    expect(decide).toHaveBeenCalledTimes(1);
  });
});
