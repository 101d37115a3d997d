import { AcceptQuoteDocument, QuoteDocument, SubmitQuoteDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { approval, namesMock, quote, signedIn } from '@rapport/web-testing';

const quoteMock = (q: ReturnType<typeof quote>) => ({ request: { query: QuoteDocument, variables: { id: q.id } }, result: { data: { quote: q } }, maxUsageCount: Number.POSITIVE_INFINITY });

describe('QuotePage', { timeout: 60_000 }, () => {
  it('asks for a reason only when the server says the discount needs approval, then shows what breached', async () => {
    const pending = quote({ status: 'pending_approval', approvals: [approval()] });
    const submitted = vi.fn(() => ({
      data: {
        submitQuote: {
          __typename: 'SubmitQuotePayload',
          needsApproval: true,
          breaches: [{ __typename: 'ToleranceBreachModel', lineNo: 1, productLine: 'software', discountPercent: 15, allowedPercent: 10 }],
          quote: pending,
        },
      },
    }));
    renderApp('/sales/quotes/q-1', [
      signedIn('u-rita'),
      namesMock(),
      quoteMock(quote()),
      {
        request: { query: SubmitQuoteDocument, variables: { input: { id: 'q-1' } } },
        result: {
          errors: [
            {
              message: 'This quote needs a manager’s approval.',
              extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.reasonCode', message: 'A discount above your tolerance needs a reason for the approver' }] },
            },
          ],
        },
      },
      {
        request: { query: SubmitQuoteDocument, variables: { input: { id: 'q-1', reasonCode: 'volume', note: 'Two hundred seats next year' } } },
        result: submitted,
      },
    ]);

    // Prices on the page are the saved lines' own.
    const lines = await screen.findByTestId('quote-lines', {}, { timeout: 10_000 });
    expect(within(lines).getByText('CN¥1,200.00')).toBeTruthy();
    expect(screen.getByTestId('quote-totals-total').textContent).toBe('CN¥10,200.00');
    expect(screen.queryByTestId('quote-accept')).toBeNull();

    fireEvent.click(screen.getByTestId('quote-submit'));
    await pickOption(await screen.findByTestId('submit-reason', {}, { timeout: 5000 }), 'Volume deal');
    fireEvent.change(screen.getByTestId('submit-note'), { target: { value: 'Two hundred seats next year' } });
    fireEvent.click(screen.getByTestId('submit-confirm'));

    const breaches = await screen.findByTestId('quote-breaches', {}, { timeout: 5000 });
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(breaches.textContent).toContain('Line 1: 15% off, your limit is 10%');
    expect(screen.getByTestId('quote-status').textContent).toBe('Waiting for approval');
    expect(screen.getByTestId('quote-approvals').textContent).toContain('Waiting for Wang Min');
    // Nothing to edit or submit while a manager decides.
    expect(screen.queryByTestId('quote-submit')).toBeNull();
  });

  it('accepts an approved quote, which then reads as locked, and offers the PDF in three languages', async () => {
    const approved = quote({ status: 'approved', approvals: [approval({ status: 'approved', decidedAt: '2026-11-21T09:00:00Z' })] });
    const accepted = { ...approved, status: 'accepted', locked: true, acceptedAt: '2026-11-22T09:00:00Z' };
    renderApp('/sales/quotes/q-1', [
      signedIn('u-rita'),
      namesMock(),
      quoteMock(approved),
      { request: { query: AcceptQuoteDocument, variables: { input: { id: 'q-1' } } }, result: { data: { acceptQuote: { __typename: 'QuotePayload', quote: accepted } } } },
    ]);
    fireEvent.click(await screen.findByTestId('quote-accept', {}, { timeout: 10_000 }));
    fireEvent.click(await screen.findByTestId('quote-accept-confirm'));
    expect(await screen.findByTestId('quote-locked', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('quote-edit')).toBeNull();
    // Only an admin unlocks.
    expect(screen.queryByTestId('quote-unlock')).toBeNull();
    expect(screen.getByTestId('quote-pdf-default').getAttribute('href')).toBe('/api/v1/quotes/q-1.pdf?lang=en');
    fireEvent.click(screen.getByTestId('quote-pdf-languages'));
    await waitFor(() => expect(screen.getByTestId('quote-pdf-zh-TW').getAttribute('href')).toBe('/api/v1/quotes/q-1.pdf?lang=zh-TW'));
  });
});
