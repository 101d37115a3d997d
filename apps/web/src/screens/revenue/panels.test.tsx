import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { CommitmentsDocument, QuotesDocument } from '@rapport/web-data-access';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app/app-providers';
import { SessionContext } from '@rapport/web-core';
import { AccountCommitmentsPanel, OpportunityQuotesPanel } from '@rapport/web-revenue';
import { commitment, connection, grantsFor, namesMock, PEOPLE, quote, quoteOpportunityMock, TEAM } from '@rapport/web-testing';

const rita = { __typename: 'User' as const, id: 'u-rita', email: 'rita@example.com', name: PEOPLE['u-rita']!.name, role: PEOPLE['u-rita']!.role, locale: 'EN' as const, team: TEAM, permissions: grantsFor('SALES_REP') };

/** A panel as a record page would mount it: inside the session and a router. */
function renderPanel(element: ReactNode, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/record'] });
  render(
    <MockedProvider mocks={mocks}>
      <AppProviders>
        <SessionContext.Provider value={rita}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

describe('panels for record pages', { timeout: 60_000 }, () => {
  it('OpportunityQuotesPanel lists the deal’s quotes and starts a new one for it', async () => {
    const router = renderPanel(<OpportunityQuotesPanel opportunityId="o-1" />, [
      namesMock(),
      quoteOpportunityMock(true),
      { request: { query: QuotesDocument, variables: { first: 10, after: null, opportunityId: 'o-1' } }, result: { data: { quotes: connection('Quote', [quote()]) } } },
    ]);
    const table = await screen.findByTestId('opportunity-quotes-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Stark Trading – CRM Suite v1')).toBeTruthy();
    expect(within(table).queryByText('Opportunity')).toBeNull();
    fireEvent.click(await screen.findByTestId('opportunity-quote-create'));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/sales/quotes/new?opportunityId=o-1'));
  });

  it('OpportunityQuotesPanel offers no new quote on a deal the viewer may not quote on', async () => {
    const deal = quoteOpportunityMock(false);
    const answered = vi.fn(() => deal.result as { data: Record<string, unknown> });
    renderPanel(<OpportunityQuotesPanel opportunityId="o-1" />, [
      namesMock(),
      { ...deal, result: answered },
      { request: { query: QuotesDocument, variables: { first: 10, after: null, opportunityId: 'o-1' } }, result: { data: { quotes: connection('Quote', [quote()]) } } },
    ]);
    const table = await screen.findByTestId('opportunity-quotes-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Stark Trading – CRM Suite v1')).toBeTruthy();
    // The deal's answer has arrived and been rendered, and still there is no button.
    await waitFor(() => expect(answered).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('opportunity-quote-create')).toBeNull();
  });

  it('AccountCommitmentsPanel shows the open promises to one customer', async () => {
    renderPanel(<AccountCommitmentsPanel account={{ id: 'a-1', name: 'Stark Trading Inc.' }} />, [
      namesMock(),
      {
        request: { query: CommitmentsDocument, variables: { first: 10, after: null, accountId: 'a-1', status: 'open' } },
        result: { data: { commitments: connection('Commitment', [commitment()]) } },
      },
    ]);
    const table = await screen.findByTestId('account-commitments-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Send the security white paper')).toBeTruthy();
    expect(await within(table).findByRole('link', { name: 'Stark Trading – CRM Suite' })).toBeTruthy();
    expect(screen.getByTestId('account-commitment-create')).toBeTruthy();
  });
});
