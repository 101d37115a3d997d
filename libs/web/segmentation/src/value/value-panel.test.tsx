import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { axeViolations, meWith } from '../segments-fixtures';
import { accountValueMock, contactValueMock, metrics } from './value-fixtures';
import { CustomerValuePanel, type ValuePanelKind } from './value-panel';

function renderPanel(kind: ValuePanelKind, id: string, mocks: MockLink.MockedResponse[], role: Role = 'SALES_REP') {
  const router = createMemoryRouter([{ path: '*', element: <CustomerValuePanel kind={kind} record={{ id, name: 'Ann Wu' }} /> }], { initialEntries: ['/record'] });
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe('Customer value panel', { timeout: 60_000 }, () => {
  it('shows a contact’s RFM group and scores, CLV, chance of buying and churn risk, expected purchases and lifecycle stage', async () => {
    renderPanel('contact', 'c-1', [contactValueMock('c-1', metrics())]);
    const panel = await screen.findByTestId('value-panel-contact', {}, { timeout: 10_000 });
    await screen.findByTestId('value-panel-contact-figures', {}, { timeout: 5_000 });
    expect(panel.querySelector('.ant-card-head-title')?.textContent).toBe('Customer value');
    expect(screen.getByTestId('value-cell').textContent).toBe('Champions');
    expect(screen.getByTestId('value-scores').textContent).toBe('R 5 · F 4 · M 5');
    expect(screen.getByTestId('value-clv').textContent).toBe('CN¥9,870.50');
    expect(screen.getByTestId('value-p-alive').textContent).toBe('87%');
    expect(screen.getByTestId('value-churn').textContent).toBe('13%');
    expect(screen.getByTestId('value-band').textContent).toBe('Low');
    expect(screen.getByTestId('value-expected').textContent).toBe('3.26');
    expect(screen.getByTestId('value-stage').textContent).toBe('Repeat customer');
    expect(screen.getByTestId('value-stage-since').textContent).toBe('since 2026-09-01');
    expect(screen.getByTestId('value-orders').textContent).toBe('6 orders, CN¥18,400.00');
    expect(panel.textContent).toContain('12 days ago');
    expect(screen.getByTestId('value-panel-as-of').textContent).toBe('As of 2026-12-01');
    expect(await axeViolations()).toEqual([]);
  });

  it('gives someone who never bought their stage and says they have no orders', async () => {
    const none = metrics({ recency: null, frequency: 0, monetary: 0, r: null, f: null, m: null, rfmCell: null, clv: null, pAlive: null, churnRisk: null, churnBand: null, expectedPurchases: null, lifecycleStage: 'subscriber' });
    renderPanel('contact', 'c-2', [contactValueMock('c-2', none)]);
    const figures = await screen.findByTestId('value-panel-contact-figures', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('value-cell')).toBeNull();
    expect(figures.textContent).toContain('No completed orders');
    expect(screen.getByTestId('value-clv').textContent).toBe('—');
    expect(screen.getByTestId('value-stage').textContent).toBe('Subscriber');
    expect(screen.queryByTestId('value-band')).toBeNull();
  });

  it('says the value is not computed yet before the first run', async () => {
    renderPanel('contact', 'c-3', [contactValueMock('c-3', null)]);
    const text = await screen.findByTestId('value-panel-not-computed', {}, { timeout: 10_000 });
    expect(text.textContent).toBe('Not computed yet: the value appears after the next metrics run.');
  });

  it('sums an account’s customers, CLV, revenue and those at risk', async () => {
    renderPanel('account', 'a-1', [accountValueMock('a-1', { customers: 12, clv: 45_600, revenue: 120_000, atRisk: 3, asOf: '2026-12-01T00:00:00Z' })]);
    const figures = await screen.findByTestId('value-panel-account-figures', {}, { timeout: 10_000 });
    const items = [...figures.querySelectorAll('.ant-descriptions-item')].map((el) => el.textContent);
    expect(items).toEqual(['Customers12', 'Lifetime value (sum)CN¥45,600.00', 'RevenueCN¥120,000.00', 'At risk3']);
    expect(screen.getByTestId('value-panel-as-of').textContent).toBe('As of 2026-12-01');
    expect(await axeViolations()).toEqual([]);
  });

  it('says an account’s value is not computed yet before the first run', async () => {
    renderPanel('account', 'a-2', [accountValueMock('a-2', null)]);
    expect(await screen.findByTestId('value-panel-not-computed', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('shows nothing, and asks nothing, to a role without customer value access', async () => {
    const asked: unknown[] = [];
    const spy: MockLink.MockedResponse = { ...contactValueMock('c-1', metrics()), result: () => (asked.push(true), { data: { contact: null } }) };
    renderPanel('contact', 'c-1', [spy], 'PORTAL_USER');
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('value-panel-contact')).toBeNull();
    expect(asked).toEqual([]);
  });
});
