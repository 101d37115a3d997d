import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { AccountEntitlementsDocument, createCache, CreateEntitlementDocument, ServiceSlaPoliciesDocument, type EntitlementFieldsFragment, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { pickOption, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { answer, aPolicy, axeViolations, meWith, mutationMock, type } from '../setup-fixtures';
import { contractState } from './contract-model';
import { ContractsPanel } from './contracts-panel';

const ACCOUNT = { id: 'a-1', name: 'Acme' };

function aContract(id: string, over: Partial<EntitlementFieldsFragment> = {}): EntitlementFieldsFragment {
  return {
    __typename: 'Entitlement',
    id,
    accountId: ACCOUNT.id,
    name: `Contract ${id}`,
    level: 'Gold',
    startsOn: '2026-01-01',
    endsOn: '2099-12-31',
    productIds: [],
    visitsTotal: 6,
    visitsUsed: 2,
    hoursTotal: null,
    hoursUsed: 0,
    policyId: 'p-1',
    policy: { __typename: 'ServiceSlaPolicy', id: 'p-1', name: 'Gold SLA' },
    ...over,
  };
}

const entitlementsMock = (list: EntitlementFieldsFragment[]) => answer(AccountEntitlementsDocument, { account: { __typename: 'Account', id: ACCOUNT.id, entitlements: list } }, { id: ACCOUNT.id });

function renderPanel(mocks: MockLink.MockedResponse[], role: Role = 'SERVICE_MANAGER') {
  const router = createMemoryRouter([{ path: '/sales/accounts/:id', element: <ContractsPanel record={ACCOUNT} /> }], { initialEntries: ['/sales/accounts/a-1'] });
  render(
    <MockedProvider mocks={[...mocks, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe('contract state', () => {
  it('is in force between its days until what it counts is used up', () => {
    const c = { startsOn: '2026-01-01', endsOn: '2026-12-31', visitsTotal: 2, visitsUsed: 1, hoursTotal: null, hoursUsed: 0 };
    expect(contractState(c, '2026-06-01')).toBe('inForce');
    expect(contractState(c, '2025-12-31')).toBe('notStarted');
    expect(contractState(c, '2027-01-01')).toBe('ended');
    expect(contractState({ ...c, visitsUsed: 2 }, '2026-06-01')).toBe('usedUp');
    expect(contractState({ ...c, endsOn: null }, '2030-01-01')).toBe('inForce');
  });
});

describe('Service contracts panel', { timeout: 60_000 }, () => {
  it('shows each contract with its days, state, policy and what it counts', async () => {
    renderPanel([entitlementsMock([aContract('e-1', { name: 'Maintenance 2026' }), aContract('e-2', { name: 'Old', level: null, startsOn: '2024-01-01', endsOn: '2024-12-31', productIds: ['pr-1', 'pr-2'], visitsTotal: null })])]);
    const [current, old] = await screen.findAllByTestId('contract-row', {}, { timeout: 10_000 });
    expect(current!.textContent).toContain('Maintenance 2026');
    expect(within(current!).getByTestId('contract-state').textContent).toBe('In force');
    expect(current!.textContent).toContain('2026-01-01 – 2099-12-31');
    expect(current!.textContent).toContain('2 of 6 visits used, All products');
    expect(within(current!).getByRole('link', { name: 'Gold SLA' }).getAttribute('href')).toBe('/service/setup/sla-policies/p-1');
    expect(within(old!).getByTestId('contract-state').textContent).toBe('Ended');
    expect(old!.textContent).toContain('2 products');
    expect(await axeViolations()).toEqual([]);
  });

  it('adds a contract under an SLA policy', async () => {
    const sent: Record<string, unknown>[] = [];
    renderPanel([
      entitlementsMock([]),
      answer(ServiceSlaPoliciesDocument, { serviceSlaPolicies: [aPolicy('p-1', { name: 'Gold SLA' })] }),
      mutationMock(CreateEntitlementDocument, sent as unknown[], (input) => ({ data: { createEntitlement: { __typename: 'EntitlementPayload', entitlement: aContract('e-new', { name: String(input['name']) }) } } })),
    ]);
    expect((await screen.findByTestId('contracts-none', {}, { timeout: 10_000 })).textContent).toContain('No service contracts');
    fireEvent.click(screen.getByTestId('contract-add'));
    type('contract-name', 'Maintenance 2027');
    type('contract-level', 'Gold');
    await pickOption(screen.getByTestId('contract-policy').closest('.ant-select')! as HTMLElement, 'Gold SLA');
    fireEvent.change(screen.getByTestId('contract-visits'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('contract-submit'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toMatchObject({ accountId: 'a-1', name: 'Maintenance 2027', level: 'Gold', policyId: 'p-1', endsOn: null, visitsTotal: 4, hoursTotal: null });
    expect(sent[0]!['startsOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows a rep the contract without its policy, and nothing to change', async () => {
    renderPanel([entitlementsMock([aContract('e-1', { policy: null })])], 'SALES_REP');
    const row = await screen.findByTestId('contract-row', {}, { timeout: 10_000 });
    expect(within(row).queryByRole('link')).toBeNull();
    expect(screen.queryByTestId('contract-add')).toBeNull();
    expect(screen.queryByTestId('contract-edit')).toBeNull();
  });

  it('shows nothing for an account without contracts to someone who cannot add one', async () => {
    let answered = false;
    const empty = { account: { __typename: 'Account', id: ACCOUNT.id, entitlements: [] } };
    renderPanel([{ request: { query: AccountEntitlementsDocument, variables: { id: ACCOUNT.id } }, result: () => ((answered = true), { data: empty }) }], 'SERVICE_AGENT');
    await waitFor(() => expect(answered).toBe(true), { timeout: 10_000 });
    // The answer has been rendered once the query settles: still no panel.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('contracts-panel')).toBeNull();
  });
});
