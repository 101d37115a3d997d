import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, type Role } from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import type { EventsQueryVariables } from '@rapport/web-data-access';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MARKETING_NAV, MARKETING_ROUTES } from '../routes';
import { anEvent, eventsMock, meWith } from './events-fixtures';

function renderAt(path: string, mocks: MockLink.MockedResponse[], role: Role = 'MARKETER') {
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

const SEMINAR = anEvent('e-1', { title: 'Pump seminar', localizedTitle: 'Pump seminar' });
// 23:00 UTC on 19 December is the 20th, 07:00, in Shanghai: the calendar puts it on the 20th.
const EARLY = anEvent('e-2', { title: 'Breakfast briefing', localizedTitle: 'Breakfast briefing', status: 'DRAFT', startsAt: '2026-12-19T23:00:00.000Z', endsAt: '2026-12-20T01:00:00.000Z' });
const WEBINAR = anEvent('e-3', { title: 'Valve webinar', localizedTitle: 'Valve webinar', type: 'WEBINAR', onlineUrl: 'https://meet.example.com/v', venue: null, address: null, capacity: null, timeZone: 'Europe/Berlin' }, { registered: 12, attended: 0, waitlisted: 0 });

describe('Events list and calendar', { timeout: 60_000 }, () => {
  it('lists events with their time on their own clock, place and seats', async () => {
    const asked: EventsQueryVariables[] = [];
    renderAt('/marketing/events', [eventsMock([SEMINAR, WEBINAR], asked)]);
    const table = await screen.findByTestId('events-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getAllByTestId('event-link')).toHaveLength(2));
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Events']);
    const [seminar, webinar] = within(table).getAllByRole('row').slice(1);
    expect(within(seminar!).getByRole('link', { name: 'Pump seminar' }).getAttribute('href')).toBe('/marketing/events/e-1');
    expect(seminar!.textContent).toContain('2026-12-20 14:00 – 17:00');
    expect(seminar!.textContent).toContain('Asia/Shanghai');
    expect(seminar!.textContent).toContain('Grand Hall, 1 Nanjing Road, Shanghai');
    expect(seminar!.textContent).toContain('120 of 120');
    expect(seminar!.textContent).toContain('Waitlist: 5');
    expect(webinar!.textContent).toContain('Online');
    expect(webinar!.textContent).toContain('2026-12-20 07:00 – 10:00');
    expect(webinar!.textContent).toContain('12 (no limit)');
    expect(asked[0]).toMatchObject({ first: 20, orderBy: [{ field: 'STARTS_AT', direction: 'DESC' }] });
    expect(screen.getByTestId('event-create')).toBeTruthy();
  });

  it('says there are no events yet, and offers to create the first one', async () => {
    renderAt('/marketing/events', [eventsMock([])]);
    const empty = await screen.findByTestId('events-empty', {}, { timeout: 10_000 });
    expect(empty.getAttribute('data-kind')).toBe('none');
    expect(empty.textContent).toContain('No events yet.');
    fireEvent.click(within(empty).getByRole('button', { name: 'Create the first one' }));
    expect(await screen.findByRole('dialog', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('New event', { selector: '.ant-modal-title' })).toBeTruthy();
  });

  it('says when nothing matches the search, not that there are none', async () => {
    const asked: EventsQueryVariables[] = [];
    renderAt('/marketing/events', [eventsMock([], asked)]);
    await screen.findByTestId('events-empty', {}, { timeout: 10_000 });
    fireEvent.change(screen.getByTestId('events-search'), { target: { value: 'expo' } });
    await waitFor(() => expect(screen.getByTestId('events-empty').getAttribute('data-kind')).toBe('filtered'), { timeout: 5_000 });
    expect(screen.getByTestId('events-empty').textContent).toBe('No events match these filters.');
    expect(screen.queryByRole('button', { name: 'Create the first one' })).toBeNull();
    expect(asked.at(-1)?.filter).toEqual({ title: { contains: 'expo' } });
  });

  it('shows a month with each event on its day in its own zone, and moves between months', async () => {
    const asked: EventsQueryVariables[] = [];
    const router = renderAt('/marketing/events?view=calendar&month=2026-12', [eventsMock([SEMINAR, EARLY], asked)]);
    const grid = await screen.findByTestId('events-calendar-grid', {}, { timeout: 10_000 });
    expect(screen.getByTestId('events-calendar-month').textContent).toBe('December 2026');
    const day20 = grid.querySelector('[data-day="2026-12-20"]') as HTMLElement;
    await waitFor(() => expect(within(day20).getAllByTestId('calendar-event')).toHaveLength(2));
    const [first, second] = within(day20).getAllByTestId('calendar-event');
    expect(first!.textContent).toBe('07:00 Breakfast briefing · Draft');
    expect(second!.textContent).toBe('14:00 Pump seminar');
    expect(second!.getAttribute('href')).toBe('/marketing/events/e-1');
    expect(within(day20).getByText('Sunday, December 20, 2026')).toBeTruthy();
    expect(asked[0]).toMatchObject({ first: 100, filter: { startsAt: { gte: '2026-11-30T00:00:00.000Z', lt: '2027-01-02T00:00:00.000Z' } } });

    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    await waitFor(() => expect(screen.getByTestId('events-calendar-month').textContent).toBe('January 2027'));
    expect(router.state.location.search).toContain('month=2027-01');
    fireEvent.click(within(screen.getByTestId('events-view')).getByText('List'));
    await screen.findByTestId('events-table', {}, { timeout: 10_000 });
  });

  it('says a month is empty', async () => {
    renderAt('/marketing/events?view=calendar&month=2027-02', [eventsMock([])]);
    expect((await screen.findByTestId('events-month-empty', {}, { timeout: 10_000 })).textContent).toBe('No events in February 2027.');
  });

  it('is for readers of events: marketers and administrators in the menu, not sales', () => {
    const entry = MARKETING_NAV.find((e) => e.key === 'marketing-events')!;
    const allows = (role: Role) => entry.needs!.every((n) => grantsFor(role).some((g) => g.object === n.object && g[n.action] !== 'NONE'));
    expect((['MARKETER', 'ADMIN', 'SALES_REP', 'SALES_MANAGER', 'SERVICE_AGENT'] as Role[]).filter(allows)).toEqual(['MARKETER', 'ADMIN']);
  });

  it('explains to someone without events that their role does not include them', async () => {
    renderAt('/marketing/events', [eventsMock([])], 'SALES_REP');
    const needs = await screen.findByTestId('no-access-needs', {}, { timeout: 10_000 });
    expect(needs.textContent).toMatch(/event/i);
    expect(screen.queryByTestId('events-table')).toBeNull();
  });
});
