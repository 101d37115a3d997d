import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MarkNotificationsReadDocument } from '@rapport/web-data-access';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/app-providers';
import { bellMocks, notification } from '@rapport/web-testing';
import { NotificationBell } from '@rapport/web-leads';
import { i18n } from '@rapport/web-ui';

function renderBell(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <NotificationBell /> },
      { path: '/leads/:id', element: <p>lead page</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

describe('NotificationBell', { timeout: 30_000 }, () => {
  it('shows the unread count, lists recent notifications and opens one where its payload points, marking it read', async () => {
    const markOne = vi.fn(() => ({ data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: 1 } } }));
    const read = notification('n-2', { title: 'Lead import of fair.csv finished', kind: 'lead-import.done', payloadJson: JSON.stringify({ importId: 'i-1' }), readAt: '2026-11-03T00:00:00Z' });
    const router = renderBell([
      ...bellMocks(2, [notification('n-1'), read]),
      { request: { query: MarkNotificationsReadDocument, variables: { input: { ids: ['n-1'] } } }, result: markOne },
    ]);

    const bell = await screen.findByTestId('notification-bell', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toContain('2'));
    expect(bell.getAttribute('aria-label')).toBe('Notifications, 2 unread');

    fireEvent.click(bell);
    const panel = await screen.findByTestId('notification-panel');
    const item = await within(panel).findByTestId('notification-item-n-1');
    expect(item.textContent).toContain('New lead for you: Ivy Chen');
    expect(item.getAttribute('data-unread')).toBe('true');
    expect(within(panel).getByTestId('notification-item-n-2').getAttribute('data-unread')).toBe('false');

    fireEvent.click(item);
    await waitFor(() => expect(markOne).toHaveBeenCalledTimes(1));
    // The server writes /sales/leads/<id>; the app shows leads under /leads/<id>.
    await waitFor(() => expect(router.state.location.pathname).toBe('/leads/lead-1'));
    expect(await screen.findByText('lead page')).toBeTruthy();
  });

  it('stacks a run of unread same-kind notifications into one line with the count, in the reader’s language, opening to the list', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      const leads = Array.from({ length: 12 }, (_, i) => notification(`n-${i}`, { payloadJson: JSON.stringify({ leadId: `lead-${i}`, name: `客户${i}` }) }));
      const approval = notification('q-1', { kind: 'quote.approval_requested', title: 'Approval needed: Q-7 (16800.00 CNY), discount up to 15 %', payloadJson: JSON.stringify({ name: 'Q-7', total: 16800, currency: 'CNY', maxDiscountPercent: 15 }) });
      renderBell(bellMocks(13, [...leads, approval]));
      fireEvent.click(await screen.findByTestId('notification-bell', {}, { timeout: 10_000 }));
      const group = await screen.findByTestId('notification-group-lead.assigned');
      expect(group.textContent).toContain('您有 12 条新线索');
      expect(group.textContent).toContain('最新：您有新线索：客户0');
      expect(screen.queryByTestId('notification-item-n-3')).toBeNull();
      expect(screen.getByTestId('notification-item-q-1').textContent).toContain('待审批：Q-7（¥16,800.00），折扣最高 15%');

      const toggle = within(group).getByTestId('notification-group-toggle');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      fireEvent.click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(within(group).getAllByRole('listitem')).toHaveLength(12);
      expect(within(group).getByTestId('notification-item-n-3').textContent).toContain('您有新线索：客户3');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says when there is nothing, and has nothing to mark', async () => {
    renderBell(bellMocks(0, []));
    fireEvent.click(await screen.findByTestId('notification-bell', {}, { timeout: 10_000 }));
    expect(await screen.findByTestId('notification-empty')).toBeTruthy();
    expect((screen.getByTestId('notification-mark-all') as HTMLButtonElement).disabled).toBe(true);
  });
});
