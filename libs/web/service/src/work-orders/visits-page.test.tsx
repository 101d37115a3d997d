import type { MockLink } from '@apollo/client/testing';
import { ServiceTechniciansDocument, VisitCalendarDocument, type VisitCalendarQuery, type VisitCalendarQueryVariables } from '@rapport/web-data-access';
import { permissionsOf } from '@rapport/web-core';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { grantsFor } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { VISIT_NAV, VISIT_ROUTES } from './routes';
import { tech } from './visit-fixtures';

type CalendarVisit = VisitCalendarQuery['workOrders'][number];

// Wednesday 9 December 2026, 10:00 in the browser's zone: the week is Monday 7 to Sunday 13.
const NOW = dayjs('2026-12-09 10:00');
const at = (day: string, time: string) => dayjs(`${day} ${time}`).toISOString();

function cv(id: string, day: string, from: string, to: string, over: Partial<CalendarVisit> = {}): CalendarVisit {
  return {
    __typename: 'WorkOrder',
    id,
    caseId: `k-${id}`,
    number: `CS-2026-00000${id.slice(-1)}-V1`,
    status: 'SCHEDULED',
    description: 'Boiler check',
    slotStart: at(day, from),
    slotEnd: at(day, to),
    technician: tech('u-me', 'Sam Service'),
    address: { __typename: 'WorkOrderAddress', street: '浦东大道 1 号', city: '上海' },
    ...over,
  };
}

/** Answers each request with the next of `answers` (the last one again after that), recording the variables. */
function calendarMock(answers: (CalendarVisit[] | GraphQLError)[], asked: VisitCalendarQueryVariables[] = []): MockLink.MockedResponse {
  return {
    request: { query: VisitCalendarDocument, variables: () => true },
    result: (v: VisitCalendarQueryVariables) => {
      asked.push(v);
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!;
      return answer instanceof GraphQLError ? { errors: [answer] } : { data: { workOrders: answer } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/** The technicians a dispatcher may pick (people with a skill), with or without visits this week. */
const techniciansMock = (people: { id: string; name: string }[]): MockLink.MockedResponse => ({
  request: { query: ServiceTechniciansDocument },
  result: { data: { serviceTechnicians: people.map((p) => ({ __typename: 'UserRef' as const, ...p })) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const PATH = '/service/visits';
const dayOf = (day: string) => screen.getAllByTestId('calendar-day').find((d) => d.getAttribute('data-day') === day)!;
const visitsOn = (day: string) => within(dayOf(day)).queryAllByTestId('calendar-visit');

describe('Technician calendar', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    for (const lng of ['en', 'zh-CN', 'zh-TW']) await loadLazyMessages('service', lng);
  });
  beforeEach(() => {
    // Only the clock: antd's and Apollo's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW.toDate());
  });
  afterEach(async () => {
    vi.useRealTimers();
    window.innerWidth = 1024;
    await i18n.changeLanguage('en');
  });

  it('puts Visits in the menu of those who read work orders, not of a marketer', () => {
    const menuFor = (role: Parameters<typeof grantsFor>[0]) => VISIT_NAV.filter((e) => permissionsOf(grantsFor(role)).allows(e.needs)).map((e) => e.key);
    for (const role of ['ADMIN', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'SALES_MANAGER', 'SALES_REP'] as const) expect(menuFor(role), role).toEqual(['service-visits']);
    expect(menuFor('MARKETER')).toEqual([]);
    expect(VISIT_NAV[0]!.path).toBe(PATH);
  });

  it('shows a technician their week in seven columns, each visit in its day, linking to its case, with its status', async () => {
    const asked: VisitCalendarQueryVariables[] = [];
    renderRoutes(VISIT_ROUTES, PATH, [calendarMock([[cv('w-2', '2026-12-10', '14:00', '16:00', { status: 'EN_ROUTE' }), cv('w-1', '2026-12-10', '09:00', '11:00'), cv('w-3', '2026-12-12', '09:30', '10:30', { status: 'DONE' })]], asked)], 'SALES_REP');
    const week = await screen.findByTestId('calendar-week', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Visits']);
    // Their own visits (an own reader), over this week in the browser's zone.
    expect(asked[0]).toEqual({ from: dayjs('2026-12-07').toISOString(), to: dayjs('2026-12-14').toISOString(), technicianId: 'u-me' });
    expect(week.getAttribute('data-layout')).toBe('columns');
    expect(screen.getAllByTestId('calendar-day').map((d) => d.getAttribute('data-day'))).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect(dayOf('2026-12-09').getAttribute('aria-current')).toBe('date');
    // Earliest first within the day.
    expect(visitsOn('2026-12-10').map((v) => v.textContent)).toEqual([expect.stringContaining('09:00–11:00CS-2026-000001-V1Scheduled'), expect.stringContaining('14:00–16:00CS-2026-000002-V1En route')]);
    expect(visitsOn('2026-12-12').map((v) => v.getAttribute('data-status'))).toEqual(['DONE']);
    expect(visitsOn('2026-12-08')).toEqual([]);
    expect(within(dayOf('2026-12-08')).getByText('No visits')).toBeTruthy();
    expect(within(visitsOn('2026-12-10')[0]!).getByRole('link').getAttribute('href')).toBe('/service/cases/k-w-1');
    // A technician sees their own: nobody to choose, and no name repeated on each visit.
    expect(screen.queryByTestId('calendar-technician')).toBeNull();
    expect(visitsOn('2026-12-10')[0]!.textContent).not.toContain('Sam Service');
    expect(screen.getByText(/^Times in .+ \(UTC[+-]\d\d:\d\d\)$/)).toBeTruthy();
    expect(screen.getByTestId('calendar-range').textContent).toBe('2026-12-07 to 2026-12-13');
    expect(await axeViolations()).toEqual([]);
  });

  it('moves a week back and forth with buttons, keeps the week in the address, and comes back to this week', async () => {
    const asked: VisitCalendarQueryVariables[] = [];
    const router = renderRoutes(VISIT_ROUTES, PATH, [calendarMock([[cv('w-1', '2026-12-10', '09:00', '11:00')]], asked)], 'SALES_REP');
    await screen.findByTestId('calendar-week', {}, { timeout: 10_000 });
    expect((screen.getByTestId('calendar-today') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await waitFor(() => expect(asked.at(-1)!.from).toBe(dayjs('2026-12-14').toISOString()));
    expect(router.state.location.search).toBe('?week=2026-12-14');
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(asked.at(-1)!.from).toBe(dayjs('2026-11-30').toISOString()));
    expect(screen.getByTestId('calendar-range').textContent).toBe('2026-11-30 to 2026-12-06');
    const today = screen.getByRole('button', { name: 'This week' });
    // A real button: reached with Tab, pressed with Enter or Space.
    expect(today.tagName).toBe('BUTTON');
    fireEvent.click(today);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByTestId('calendar-range').textContent).toBe('2026-12-07 to 2026-12-13'));
  });

  it('lets a dispatcher choose whose week: everyone’s with names when they have no visits themselves, then one technician’s', async () => {
    const asked: VisitCalendarQueryVariables[] = [];
    const li = tech('u-li', 'Li Technician');
    const wang = tech('u-wang', 'Wang Fixer');
    const router = renderRoutes(
      VISIT_ROUTES,
      PATH,
      [
        calendarMock([[cv('w-1', '2026-12-10', '09:00', '11:00', { technician: li }), cv('w-2', '2026-12-10', '13:00', '14:00', { technician: wang }), cv('w-3', '2026-12-11', '08:00', '09:00', { technician: null })]], asked),
        techniciansMock([
          { id: 'u-zhao', name: 'Zhao Idle' },
          { id: 'u-wang', name: 'Wang Fixer' },
        ]),
      ],
      'SERVICE_AGENT',
    );
    await screen.findByTestId('calendar-week', {}, { timeout: 10_000 });
    // Every visit they may read, to choose from.
    expect(asked[0]!.technicianId).toBeUndefined();
    expect(visitsOn('2026-12-10').map((v) => within(v).getByText(/Technician|Fixer/).textContent)).toEqual(['Li Technician', 'Wang Fixer']);
    expect(visitsOn('2026-12-11')[0]!.textContent).toContain('Nobody sent yet');
    const picker = screen.getByTestId('calendar-technician');
    expect(picker.textContent).toContain('Everyone');
    expect(await axeViolations()).toEqual([]);
    fireEvent.mouseDown(picker.querySelector('.ant-select-selector, .ant-select-content') ?? picker);
    // A technician without a visit this week is offered too.
    expect(await screen.findByTitle('Zhao Idle', {}, { timeout: 5_000 })).toBeTruthy();
    fireEvent.click(await screen.findByTitle('Wang Fixer', {}, { timeout: 5_000 }));
    await waitFor(() => expect(router.state.location.search).toBe('?technician=u-wang'));
    await waitFor(() => expect(screen.getAllByTestId('calendar-visit')).toHaveLength(1));
    expect(visitsOn('2026-12-10')[0]!.textContent).toContain('CS-2026-000002-V1');
  });

  it('opens on the dispatcher’s own week when they have visits in it', async () => {
    renderRoutes(VISIT_ROUTES, PATH, [calendarMock([[cv('w-1', '2026-12-10', '09:00', '11:00', { technician: tech('u-li', 'Li Technician') }), cv('w-2', '2026-12-11', '09:00', '10:00')]]), techniciansMock([])], 'SERVICE_MANAGER');
    await screen.findByTestId('calendar-week', {}, { timeout: 10_000 });
    expect(screen.getByTestId('calendar-technician').textContent).toContain('Sam Service (me)');
    expect(screen.getAllByTestId('calendar-visit').map((v) => v.textContent)).toEqual([expect.stringContaining('CS-2026-000002-V1')]);
  });

  it('says honestly when the week has no visits, and what would put one there', async () => {
    renderRoutes(VISIT_ROUTES, PATH, [calendarMock([[]])], 'SALES_REP');
    const empty = await screen.findByTestId('calendar-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('You have no visits this week.');
    expect(empty.textContent).toContain('once you are sent on it and the customer has confirmed a time');
    expect(screen.queryByTestId('calendar-week')).toBeNull();
    // The week can still be changed from an empty one.
    expect(screen.getByRole('button', { name: 'Next week' })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('explains a failure and tries again on request', async () => {
    const asked: VisitCalendarQueryVariables[] = [];
    renderRoutes(VISIT_ROUTES, PATH, [calendarMock([new GraphQLError('The database is not reachable.', { extensions: { code: 'UNAVAILABLE' } }), [cv('w-1', '2026-12-10', '09:00', '11:00')]], asked)], 'SALES_REP');
    expect(await screen.findByText('The database is not reachable.', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /try again|retry/i }));
    await screen.findByTestId('calendar-week', {}, { timeout: 10_000 });
    expect(asked).toHaveLength(2);
  });

  it('lists the days one under another on a phone, in Chinese', async () => {
    window.innerWidth = 390;
    await i18n.changeLanguage('zh-TW');
    renderRoutes(VISIT_ROUTES, PATH, [calendarMock([[cv('w-1', '2026-12-10', '09:00', '11:00', { status: 'ON_SITE' })]])], 'SALES_REP');
    const week = await screen.findByTestId('calendar-week', {}, { timeout: 10_000 });
    expect(week.getAttribute('data-layout')).toBe('list');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['到府服務']);
    expect(visitsOn('2026-12-10')[0]!.textContent).toContain('在現場');
    expect(screen.getByRole('button', { name: '下一週' })).toBeTruthy();
  });

  it('keeps a marketer out with an explanation', async () => {
    renderRoutes(VISIT_ROUTES, PATH, [calendarMock([[]])], 'MARKETER');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('calendar-week')).toBeNull();
  });
});
