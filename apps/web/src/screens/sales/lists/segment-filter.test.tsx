import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ContactsDocument, createCache, SegmentsDocument, UnreadNotificationCountDocument, type Role } from '@rapport/web-data-access';
import { always, connection, customFieldsMock, meMock, rolesMock, savedViewsMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/app-providers';
import { appRoutes } from '../../../app/router';
import { signedInRoutes } from '../../../app/signed-in-routes';

const segment = (id: string, name: string, archivedAt: string | null = null) => ({
  __typename: 'Segment' as const,
  id,
  name,
  description: null,
  dynamic: true,
  memberCount: 2,
  refreshedAt: null,
  refreshMinutes: null,
  ownerId: 'u-admin',
  archivedAt,
});

/** The contacts list at `path` as `role`; every ContactsDocument request's variables go to `asked`. */
function renderContacts(path: string, role: Role, asked: (v: Record<string, unknown>) => void) {
  const mocks: MockLink.MockedResponse[] = [
    meMock(role),
    rolesMock(),
    customFieldsMock('CONTACT'),
    savedViewsMock('contacts'),
    always(SegmentsDocument, { segments: [segment('seg-vip', 'VIP buyers'), segment('seg-old', 'Old list', '2026-01-01T00:00:00Z')] }),
    {
      request: { query: ContactsDocument, variables: () => true },
      result: (v: Record<string, unknown>) => {
        asked(v);
        return { data: { contacts: connection('Contact', []) } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 0 } }, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
  const router = createMemoryRouter(appRoutes(signedInRoutes), { initialEntries: [path] });
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return router;
}

describe('the contacts list filtered by a segment', { timeout: 60_000 }, () => {
  it('asks for the members of the segment in the address, names it, and forgets it when cleared', async () => {
    const asked = vi.fn();
    const router = renderContacts('/sales/contacts?segment=seg-vip', 'MARKETER', asked);
    const picker = await screen.findByTestId('contacts-segment', {}, { timeout: 10_000 });
    await waitFor(() => expect(asked).toHaveBeenCalledWith(expect.objectContaining({ inSegment: 'seg-vip' })), { timeout: 5000 });
    await waitFor(() => expect(within(picker).getByText('VIP buyers')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'Open the segment' }).getAttribute('href')).toBe('/segments/seg-vip');
    // A segment with no contacts the reader sees is a filtered empty list, not "no contacts yet".
    expect(await screen.findByText('No contacts match these filters.', {}, { timeout: 5000 })).toBeTruthy();

    asked.mockClear();
    const clear = picker.querySelector('.ant-select-clear');
    expect(clear).toBeTruthy();
    fireEvent.click(clear!);
    await waitFor(() => expect(router.state.location.search).toBe(''), { timeout: 5000 });
    await waitFor(() => expect(asked).toHaveBeenCalled(), { timeout: 5000 });
    expect(asked.mock.calls.every(([v]) => !('inSegment' in v))).toBe(true);
  });

  it('has no segment picker for those who read no segment, and ignores one in the address', async () => {
    const asked = vi.fn();
    renderContacts('/sales/contacts?segment=seg-vip', 'SERVICE_AGENT', asked);
    await screen.findByTestId('contacts-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(asked).toHaveBeenCalled(), { timeout: 5000 });
    expect(screen.queryByTestId('contacts-segment')).toBeNull();
    expect(asked.mock.calls.every(([v]) => !('inSegment' in v))).toBe(true);
  });
});
