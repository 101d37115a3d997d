import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ImportCalendarDaysDocument, UpdateBusinessCalendarDocument } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { aCalendar, axeViolations, calendarMock, calendarsMock, fieldErrors, mutationMock, renderAt, type, typeDate } from '../setup-fixtures';

const OFFICE = aCalendar('c-1', { name: 'Shanghai office' });
const PATH = '/service/setup/calendars/c-1';
type Sent = { week?: { weekday: number; periods: { start: number; end: number }[] }[]; holidays?: { date: string; name: string }[]; workdays?: unknown[]; isDefault?: boolean };
const saved = (input: Record<string, unknown>) => ({ data: { updateBusinessCalendar: { __typename: 'BusinessCalendarPayload', calendar: { ...OFFICE, updatedAt: '2026-12-06T10:00:00Z', name: input['name'] } } } });

describe('Business calendar page', { timeout: 60_000 }, () => {
  it('shows the working periods as HH:mm, a lunch break as two periods, and the days off', async () => {
    renderAt(PATH, [calendarMock(OFFICE), calendarsMock([OFFICE])]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Shanghai office' }, { timeout: 10_000 })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Monday, period 1, from' }) as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByRole('textbox', { name: 'Monday, period 2, until' }) as HTMLInputElement).value).toBe('18:00');
    expect(within(screen.getByTestId('weekday-6')).getByTestId('weekday-closed').textContent).toBe('Closed');
    expect(screen.getAllByTestId('holidays-day').map((d) => d.textContent)).toEqual(['2026-10-01 国庆节 National Day', '2026-10-02 国庆节 National Day']);
    expect(await axeViolations()).toEqual([]);
  });

  it('says which period is wrong as it is typed, and sends nothing until it is right', async () => {
    const sent: Sent[] = [];
    renderAt(PATH, [calendarMock(OFFICE), calendarsMock([OFFICE]), mutationMock(UpdateBusinessCalendarDocument, sent, saved)]);
    await screen.findByTestId('week-editor', {}, { timeout: 10_000 });
    type('period-1-0-end', '08:00');
    expect(screen.getByTestId('period-1-0-error').textContent).toBe('The period must end after it starts.');
    expect(screen.getByTestId('period-1-0-end').getAttribute('aria-invalid')).toBe('true');
    type('period-1-0-end', '13:30');
    expect(screen.getByTestId('period-1-1-error').textContent).toBe('This period overlaps another period of the day.');
    type('period-1-1-start', '1pm');
    expect(screen.getByTestId('period-1-1-error').textContent).toBe('Enter the start as HH:mm, e.g. 09:00.');
    fireEvent.click(screen.getByTestId('calendar-save'));
    expect(await screen.findByText('Fix the working periods marked above.', {}, { timeout: 5_000 })).toBeTruthy();
    expect(sent).toEqual([]);

    // Fixed, Saturday opened: sent as minutes, in time order.
    type('period-1-1-start', '14:00');
    fireEvent.click(screen.getByTestId('period-6-add'));
    type('period-6-0-end', '12:00');
    // A second period is offered after an hour's break.
    fireEvent.click(screen.getByTestId('period-6-add'));
    expect([(screen.getByTestId('period-6-1-start') as HTMLInputElement).value, (screen.getByTestId('period-6-1-end') as HTMLInputElement).value]).toEqual(['13:00', '17:00']);
    fireEvent.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]!.week![0]).toEqual({ weekday: 1, periods: [{ start: 540, end: 810 }, { start: 840, end: 1080 }] });
    expect(sent[0]!.week![5]).toEqual({ weekday: 6, periods: [{ start: 540, end: 720 }, { start: 780, end: 1020 }] });
    // Not the default, not made one: the API is not asked to change it.
    expect(sent[0]!.isDefault).toBeUndefined();
  });

  it('adds and removes days off, refusing a date that is a make-up working day', async () => {
    const sent: Sent[] = [];
    renderAt(PATH, [calendarMock(OFFICE), calendarsMock([OFFICE]), mutationMock(UpdateBusinessCalendarDocument, sent, saved)]);
    await screen.findByTestId('holidays-editor', {}, { timeout: 10_000 });
    await typeDate('holidays-date', '2026-10-10');
    fireEvent.click(screen.getByTestId('holidays-add'));
    expect(screen.getByTestId('holidays-problem').textContent).toBe('That date is a make-up working day: remove it there first.');
    await typeDate('holidays-date', '2026-09-25');
    type('holidays-name', 'Mid-Autumn Festival');
    fireEvent.click(screen.getByTestId('holidays-add'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove 2026-10-02 国庆节 National Day' }));
    fireEvent.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]!.holidays).toEqual([
      { date: '2026-09-25', name: 'Mid-Autumn Festival' },
      { date: '2026-10-01', name: '国庆节 National Day' },
    ]);
  });

  it("puts the API's problems on the fields and days they name", async () => {
    const sent: Sent[] = [];
    renderAt(PATH, [
      calendarMock(OFFICE),
      calendarsMock([OFFICE]),
      mutationMock(UpdateBusinessCalendarDocument, sent, () =>
        fieldErrors({ path: 'input.timeZone', message: 'is not a time zone (e.g. Asia/Shanghai)' }, { path: 'input.holidays.1.date', message: 'is listed twice' }),
      ),
    ]);
    await screen.findByTestId('calendar-save', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(screen.getByTestId('calendar-time-zone').closest('.ant-form-item')!.textContent).toContain('is not a time zone'), { timeout: 10_000 });
    const [first, second] = screen.getAllByTestId('holidays-day');
    expect(second!.textContent).toContain('is listed twice');
    expect(first!.textContent).not.toContain('is listed twice');
  });

  it('imports an iCalendar file read in the browser, and says what it added', async () => {
    const sent: { icalendar?: string; from?: string; to?: string; id?: string }[] = [];
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:New Year\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    renderAt(PATH, [
      calendarMock(OFFICE),
      calendarsMock([OFFICE]),
      mutationMock(ImportCalendarDaysDocument, sent, () => ({
        data: { importCalendarDays: { __typename: 'ImportCalendarDaysPayload', calendar: { ...OFFICE, updatedAt: '2026-12-06T11:00:00Z' }, holidaysAdded: 1, workdaysAdded: 0, skipped: 2 } },
      })),
    ]);
    fireEvent.click(await screen.findByTestId('calendar-import', {}, { timeout: 10_000 }));
    const file = new File([ics], 'holidays.ics', { type: 'text/calendar' });
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('import-file-name').textContent).toBe('holidays.ics'), { timeout: 5_000 });
    fireEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toMatchObject({ id: 'c-1', icalendar: ics });
    expect(sent[0]!.from).toMatch(/^\d{4}-01-01$/);
    expect(sent[0]!.to).toMatch(/^\d{4}-12-31$/);
    const result = await screen.findByTestId('import-result', {}, { timeout: 5_000 });
    expect(result.textContent).toContain('Imported 1 days off and 0 make-up working days.');
    expect(result.textContent).toContain('2 events were not whole days and were skipped.');
  });

  it('lets a service agent read the calendar, without controls to change it', async () => {
    renderAt(PATH, [calendarMock(OFFICE), calendarsMock([OFFICE])], 'SERVICE_AGENT');
    expect(await screen.findByTestId('setup-read-only', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('calendar-save')).toBeNull();
    expect(screen.queryByTestId('calendar-import')).toBeNull();
    expect(screen.queryByTestId('period-1-add')).toBeNull();
    expect(screen.queryByTestId('holidays-add')).toBeNull();
    expect((screen.getByTestId('period-1-0-start') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('calendar-name') as HTMLInputElement).disabled).toBe(true);
  });
});
