import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { CancelEventDocument, CheckInRegistrationDocument, createCache, UndoCheckInDocument, type EventDetailFragment, type EventRegistrationRowFragment, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MARKETING_ROUTES } from '../routes';
import { anEvent, eventMock, meWith, mutationMock, registration, registrationsMock, type RegVars } from './events-fixtures';

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'MARKETER', path = '/marketing/events/e-1') {
  const router = createMemoryRouter(MARKETING_ROUTES, { initialEntries: [path] });
  render(
    <MockedProvider mocks={[...mocks, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role, grantsFor(role))}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}

/** An event whose counts follow its registrations, as the API counts them. */
function live(rows: EventRegistrationRowFragment[], over: Partial<EventDetailFragment> = {}) {
  return () => {
    const n = (s: string) => rows.filter((r) => r.status === s).length;
    return anEvent('e-1', { title: 'Pump seminar', localizedTitle: 'Pump seminar', capacity: 4, ...over }, { registered: n('registered'), attended: n('attended'), waitlisted: n('waitlisted'), cancelled: n('cancelled') });
  };
}

describe('Event page', { timeout: 60_000 }, () => {
  it('shows status, when and where, seats with the waitlist, the door’s progress and a link to the campaign', async () => {
    renderPage([eventMock(() => anEvent('e-1', { title: 'Pump seminar', localizedTitle: 'Pump seminar' })), registrationsMock(() => [])]);
    expect((await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).textContent).toBe('Pump seminar');
    expect(screen.getByTestId('event-status').textContent).toBe('Published');
    expect(screen.getByTestId('event-when').textContent).toContain('2026-12-20 14:00 – 17:00');
    expect(screen.getByTestId('event-where').textContent).toBe('Grand Hall, 1 Nanjing Road, Shanghai');
    const seats = screen.getByTestId('event-capacity-bar');
    expect(seats.getAttribute('aria-valuenow')).toBe('100');
    expect(seats.getAttribute('aria-valuetext')).toBe('120 of 120 seats taken, 38 of them checked in');
    expect(screen.getByTestId('event-waitlist').textContent).toBe('Waitlist: 5');
    const door = screen.getByTestId('event-checkin-bar');
    expect(door.getAttribute('aria-valuenow')).toBe('32');
    expect(door.getAttribute('aria-valuetext')).toBe('38 of 120 checked in');
    expect(screen.getByTestId('event-campaign-link').getAttribute('href')).toBe('/marketing/campaigns/camp-1');
    expect(screen.getByTestId('event-checkin-open').getAttribute('href')).toBe('/marketing/events/e-1/check-in');
    expect(await screen.findByTestId('registrations-empty', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('checks a registrant in from their row, undoes it, and the counts follow', async () => {
    const rows = [registration('r-1', '敏', '王', { company: '上海泵业' }), registration('r-2', 'Amy', 'Lee', { status: 'waitlisted' }), registration('r-3', 'Bo', 'Chen', { status: 'attended', checkedInAt: '2026-12-20T06:05:00Z', walkIn: true })];
    const checkedIn: Record<string, unknown>[] = [];
    const undone: Record<string, unknown>[] = [];
    const answer = (status: string) => (input: Record<string, unknown>) => {
      const row = rows.find((r) => r.id === input['id'])!;
      Object.assign(row, { status, checkedInAt: status === 'attended' ? '2026-12-20T06:10:00Z' : null });
      return { [status === 'attended' ? 'checkInRegistration' : 'undoCheckIn']: { __typename: 'EventRegistrationPayload', registration: { ...row } } };
    };
    renderPage([eventMock(live(rows)), registrationsMock(() => rows.map((r) => ({ ...r }))), mutationMock(CheckInRegistrationDocument, checkedIn, answer('attended')), mutationMock(UndoCheckInDocument, undone, answer('registered'))]);
    const table = await screen.findByTestId('registrations-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const [wang, lee, chen] = within(table).getAllByRole('row').slice(1);
    expect(wang!.textContent).toContain('王敏');
    expect(wang!.textContent).toContain('上海泵业');
    expect(within(lee!).getByTestId('registration-status').textContent).toBe('Waitlisted');
    expect(within(lee!).getByRole('button', { name: 'Check in Amy Lee' })).toBeTruthy();
    expect(within(chen!).getByTestId('registration-walk-in').textContent).toBe('Walk-in');
    expect(screen.getByTestId('event-checkin-bar').getAttribute('aria-valuetext')).toBe('1 of 2 checked in');

    fireEvent.click(within(wang!).getByRole('button', { name: 'Check in 王敏' }));
    await waitFor(() => expect(screen.getByTestId('event-checkin-bar').getAttribute('aria-valuetext')).toBe('2 of 2 checked in'), { timeout: 10_000 });
    expect(checkedIn).toEqual([{ id: 'r-1' }]);
    await waitFor(() => expect(within(within(table).getAllByRole('row')[1]!).getByTestId('registration-status').textContent).toBe('Attended'));

    fireEvent.click(within(within(table).getAllByRole('row')[3]!).getByRole('button', { name: 'Undo the check-in of Bo Chen' }));
    await waitFor(() => expect(screen.getByTestId('event-checkin-bar').getAttribute('aria-valuetext')).toBe('1 of 2 checked in'), { timeout: 10_000 });
    expect(undone).toEqual([{ id: 'r-3' }]);
  });

  it('narrows the registrations by status and search', async () => {
    const rows = [registration('r-1', '敏', '王'), registration('r-2', 'Amy', 'Lee', { status: 'waitlisted' })];
    const asked: RegVars[] = [];
    renderPage([eventMock(live(rows)), registrationsMock(() => rows, asked)]);
    const table = await screen.findByTestId('registrations-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    fireEvent.change(screen.getByTestId('registrations-search'), { target: { value: '王敏' } });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2), { timeout: 5_000 });
    expect(asked.at(-1)?.filter).toEqual({ search: '王敏' });
  });

  it('asks before cancelling and says who will be told', async () => {
    const asked: Record<string, unknown>[] = [];
    const event = anEvent('e-1');
    renderPage([eventMock(() => event), registrationsMock(() => []), mutationMock(CancelEventDocument, asked, () => ({ cancelEvent: { __typename: 'EventPayload', event: { ...event, status: 'CANCELLED' } } }))]);
    fireEvent.click(await screen.findByTestId('event-cancel', {}, { timeout: 10_000 }));
    expect((await screen.findByText(/All 125 people registered or on the waitlist are told by email/)).textContent).toContain('cannot be undone');
    fireEvent.click(screen.getByTestId('event-cancel-confirm'));
    await waitFor(() => expect(screen.getByTestId('event-status').textContent).toBe('Cancelled'), { timeout: 10_000 });
    expect(asked).toEqual([{ id: 'e-1' }]);
    expect(screen.queryByTestId('event-edit')).toBeNull();
  });

  it('sends those whose role has no events to the explained no-access page', async () => {
    renderPage([eventMock(() => anEvent('e-1')), registrationsMock(() => [registration('r-1', 'Amy', 'Lee')])], 'SALES_MANAGER');
    // Managers do not read events: they get the explained no-access page.
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
