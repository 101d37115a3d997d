import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MarkNotificationsReadDocument } from '@rapport/web-data-access';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/app-providers';
import { bellMocks, notification } from '@rapport/web-testing';
import { NotificationBell } from '@rapport/web-leads';

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

  it('says when there is nothing, and has nothing to mark', async () => {
    renderBell(bellMocks(0, []));
    fireEvent.click(await screen.findByTestId('notification-bell', {}, { timeout: 10_000 }));
    expect(await screen.findByTestId('notification-empty')).toBeTruthy();
    expect((screen.getByTestId('notification-mark-all') as HTMLButtonElement).disabled).toBe(true);
  });
});
