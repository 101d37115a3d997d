import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, OpportunityCustomerDocument, type CasesQueryVariables, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { aCase, axeViolations, casesMock, meWith, statusesMock } from './cases-fixtures';
import { OpenCasesPanel, type OpenCasesPanelKind } from './open-cases-panel';

function renderPanel(kind: OpenCasesPanelKind, id: string, mocks: MockLink.MockedResponse[], role: Role) {
  const router = createMemoryRouter([{ path: '*', element: <OpenCasesPanel kind={kind} record={{ id, name: 'Acme Pumps' }} /> }], { initialEntries: ['/record'] });
  render(
    <MockedProvider mocks={[...mocks, statusesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe('Open cases panel', { timeout: 60_000 }, () => {
  it('shows a sales rep their customer’s open cases with a count, soonest due first', async () => {
    const asked: CasesQueryVariables[] = [];
    renderPanel('account', 'a-1', [casesMock([aCase('k-1', { priority: 'HIGH' }), aCase('k-2', { slaBreached: true })], asked, 12)], 'SALES_REP');
    const panel = await screen.findByTestId('open-cases-account', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(panel).getAllByTestId('open-case')).toHaveLength(2));
    expect(panel.querySelector('.ant-card-head-title')?.textContent).toContain('Open cases');
    expect(within(panel).getByTestId('open-cases-count').textContent).toBe('12');
    expect(within(panel).getByRole('link', { name: 'CS-2026-000001 Pump k-1 leaks' }).getAttribute('href')).toBe('/service/cases/k-1');
    expect(within(panel).getByTestId('open-cases-more').textContent).toBe('and 10 more');
    expect(within(panel).getAllByTestId('case-sla-due')[1]!.getAttribute('data-breached')).toBe('true');
    expect(asked[0]).toMatchObject({ first: 10, filter: { isOpen: { eq: true }, accountId: { eq: 'a-1' } }, orderBy: [{ field: 'SLA_DUE_AT', direction: 'ASC' }] });
    expect(await axeViolations()).toEqual([]);
  });

  it('asks by contact on a contact’s page and says when none is open', async () => {
    const asked: CasesQueryVariables[] = [];
    renderPanel('contact', 'c-1', [casesMock([], asked)], 'SERVICE_AGENT');
    const panel = await screen.findByTestId('open-cases-contact', {}, { timeout: 10_000 });
    expect((await within(panel).findByTestId('open-cases-none')).textContent).toBe('No open cases.');
    expect(within(panel).getByTestId('open-cases-count').textContent).toBe('0');
    expect(asked[0]?.filter).toEqual({ isOpen: { eq: true }, contactId: { eq: 'c-1' } });
  });

  it('shows a deal’s customer’s open cases on the opportunity page, and says so when the deal has no account', async () => {
    const customer = (accountId: string | null): MockLink.MockedResponse => ({
      request: { query: OpportunityCustomerDocument, variables: { id: 'o-1' } },
      result: { data: { opportunity: { __typename: 'Opportunity', id: 'o-1', account: accountId ? { __typename: 'Account', id: accountId } : null } } },
    });
    const asked: CasesQueryVariables[] = [];
    renderPanel('opportunity', 'o-1', [customer('a-7'), casesMock([aCase('k-1', { priority: 'URGENT' })], asked)], 'SALES_REP');
    const panel = await screen.findByTestId('open-cases-opportunity', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(panel).getAllByTestId('open-case')).toHaveLength(1));
    expect(asked[0]?.filter).toEqual({ isOpen: { eq: true }, accountId: { eq: 'a-7' } });
  });

  it('says a deal without an account has no cases to show, without asking for any', async () => {
    const asked: CasesQueryVariables[] = [];
    renderPanel('opportunity', 'o-1', [{ request: { query: OpportunityCustomerDocument, variables: { id: 'o-1' } }, result: { data: { opportunity: { __typename: 'Opportunity', id: 'o-1', account: null } } } }, casesMock([], asked)], 'SALES_REP');
    expect((await screen.findByTestId('open-cases-no-account', {}, { timeout: 10_000 })).textContent).toBe('This deal has no account you may see, so no cases to show.');
    expect(asked).toEqual([]);
  });

  it('shows nothing, and asks nothing, to a role that may not read cases', async () => {
    const asked: CasesQueryVariables[] = [];
    renderPanel('account', 'a-1', [casesMock([aCase('k-1')], asked)], 'MARKETER');
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('open-cases-account')).toBeNull();
    expect(asked).toEqual([]);
  });
});
