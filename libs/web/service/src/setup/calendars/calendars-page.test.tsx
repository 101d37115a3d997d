import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateBusinessCalendarDocument } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { aCalendar, axeViolations, calendarMock, calendarsMock, fieldErrors, mutationMock, renderAt, type } from '../setup-fixtures';

describe('Business calendars list', { timeout: 60_000 }, () => {
  it('lists calendars with their time zone, the default marked', async () => {
    renderAt('/service/setup/calendars', [calendarsMock([aCalendar('c-1', { name: 'Shanghai office', isDefault: true }), aCalendar('c-2', { name: 'Taipei office', timeZone: 'Asia/Taipei' })])]);
    const table = await screen.findByTestId('calendars-table', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Business calendars']);
    const [shanghai, taipei] = within(table).getAllByRole('row').slice(1);
    expect(within(shanghai!).getByRole('link', { name: 'Shanghai office' }).getAttribute('href')).toBe('/service/setup/calendars/c-1');
    expect(within(shanghai!).getByTestId('calendar-default').textContent).toBe('Default');
    expect(taipei!.textContent).toContain('Asia/Taipei');
    expect(within(taipei!).queryByTestId('calendar-default')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says honestly that there is none, and invites a service manager to create one', async () => {
    renderAt('/service/setup/calendars', [calendarsMock([])]);
    const empty = await screen.findByTestId('calendars-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No business calendars yet. Until there is one, SLA clocks have no working hours to count in.');
    expect(screen.getByTestId('calendar-create')).toBeTruthy();
  });

  it('gives a service agent the list to read, without "New calendar"', async () => {
    renderAt('/service/setup/calendars', [calendarsMock([])], 'SERVICE_AGENT');
    const empty = await screen.findByTestId('calendars-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No business calendars yet. Service managers and administrators set them up.');
    expect(screen.queryByTestId('calendar-create')).toBeNull();
  });

  it('creates a calendar from the mainland China preset and opens it', async () => {
    const sent: unknown[] = [];
    const created = aCalendar('c-new', { name: 'Beijing office' });
    const router = renderAt('/service/setup/calendars', [
      calendarsMock([]),
      calendarMock(created),
      mutationMock(CreateBusinessCalendarDocument, sent, () => ({ data: { createBusinessCalendar: { __typename: 'BusinessCalendarPayload', calendar: created } } })),
    ]);
    fireEvent.click(await screen.findByTestId('calendar-create', {}, { timeout: 10_000 }));
    type('calendar-name', 'Beijing office');
    fireEvent.click(within(screen.getByTestId('calendar-start')).getByText('Mainland China office calendar'));
    // The preset brings its own zone: no time zone to pick, and the page says what comes with it.
    await waitFor(() => expect(screen.queryByTestId('calendar-time-zone')).toBeNull());
    expect(screen.getByTestId('calendar-start-hint').textContent).toContain('State Council');
    fireEvent.click(screen.getByTestId('calendar-create-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/service/setup/calendars/c-new'), { timeout: 10_000 });
    expect(sent).toEqual([{ name: 'Beijing office', isDefault: false, preset: 'MAINLAND_CHINA' }]);
  });

  it('creates one from scratch with Monday to Friday working hours in the chosen zone', async () => {
    const sent: { week?: unknown[]; timeZone?: string; preset?: string }[] = [];
    const created = aCalendar('c-new');
    renderAt('/service/setup/calendars', [
      calendarsMock([]),
      calendarMock(created),
      mutationMock(CreateBusinessCalendarDocument, sent, () => ({ data: { createBusinessCalendar: { __typename: 'BusinessCalendarPayload', calendar: created } } })),
    ]);
    fireEvent.click(await screen.findByTestId('calendar-create', {}, { timeout: 10_000 }));
    type('calendar-name', 'Plant');
    fireEvent.click(screen.getByTestId('calendar-create-submit'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]!.timeZone).toBe('Asia/Shanghai');
    expect(sent[0]!.preset).toBeUndefined();
    expect(sent[0]!.week).toHaveLength(7);
    expect(sent[0]!.week![0]).toEqual({ weekday: 1, periods: [{ start: 540, end: 1020 }] });
    expect(sent[0]!.week![6]).toEqual({ weekday: 7, periods: [] });
  });

  it('shows a taken name on the name field', async () => {
    const sent: unknown[] = [];
    renderAt('/service/setup/calendars', [calendarsMock([]), mutationMock(CreateBusinessCalendarDocument, sent, () => fieldErrors({ path: 'input.name', message: 'is taken by another calendar' }))]);
    fireEvent.click(await screen.findByTestId('calendar-create', {}, { timeout: 10_000 }));
    type('calendar-name', 'Shanghai office');
    fireEvent.click(screen.getByTestId('calendar-create-submit'));
    await waitFor(() => expect(screen.getByTestId('calendar-name').closest('.ant-form-item')!.textContent).toContain('is taken by another calendar'), { timeout: 10_000 });
  });
});
