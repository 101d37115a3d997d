import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  BusinessCalendarDocument,
  BusinessCalendarsDocument,
  createCache,
  ServiceSlaPoliciesDocument,
  ServiceSlaPolicyDocument,
  type BusinessCalendarDetailFragment,
  type CurrentUserFragment,
  type Role,
  type ServiceSlaPolicyFieldsFragment,
} from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import axe from 'axe-core';
import type { DocumentNode } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect } from 'vitest';
import { SETUP_ROUTES } from './routes';

// Hand-made API answers for the service set-up screens' tests.

export function meWith(role: Role): CurrentUserFragment {
  return { __typename: 'User', id: 'u-sam', email: 'sam@example.com', name: 'Sam Service', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

/** The set-up routes on their own, with the session of `role` (a service manager writes) and the mocked API. */
export function renderAt(path: string, mocks: MockLink.MockedResponse[], role: Role = 'SERVICE_MANAGER') {
  const router = createMemoryRouter(SETUP_ROUTES, { initialEntries: [path] });
  render(
    <MockedProvider mocks={[...mocks, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={meWith(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
  return router;
}

const week = (periods: { start: number; end: number }[]) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ __typename: 'WeekdayPeriods' as const, weekday, periods: weekday <= 5 ? periods.map((p) => ({ __typename: 'WorkPeriod' as const, ...p })) : [] }));

export function aCalendar(id: string, over: Partial<BusinessCalendarDetailFragment> = {}): BusinessCalendarDetailFragment {
  return {
    __typename: 'BusinessCalendar',
    id,
    name: `Calendar ${id}`,
    timeZone: 'Asia/Shanghai',
    isDefault: false,
    updatedAt: '2026-12-01T02:00:00Z',
    week: week([
      { start: 540, end: 720 },
      { start: 780, end: 1080 },
    ]),
    holidays: [
      { __typename: 'CalendarDay', date: '2026-10-01', name: '国庆节 National Day' },
      { __typename: 'CalendarDay', date: '2026-10-02', name: '国庆节 National Day' },
    ],
    workdays: [{ __typename: 'CalendarDay', date: '2026-10-10', name: '国庆节调休 Make-up day' }],
    ...over,
  };
}

export function aPolicy(id: string, over: Partial<ServiceSlaPolicyFieldsFragment> = {}): ServiceSlaPolicyFieldsFragment {
  return {
    __typename: 'ServiceSlaPolicy',
    id,
    name: `Policy ${id}`,
    active: true,
    isDefault: false,
    warnAtPercent: 75,
    calendarId: null,
    calendar: { __typename: 'BusinessCalendar', id: 'cal-1', name: 'Shanghai office' },
    targets: [
      { __typename: 'PriorityTargets', priority: 'NORMAL', firstResponse: 240, nextResponse: null, resolution: 2400 },
      { __typename: 'PriorityTargets', priority: 'URGENT', firstResponse: 30, nextResponse: 60, resolution: 480 },
    ],
    updatedAt: '2026-12-01T02:00:00Z',
    ...over,
  };
}

/** A query answered with `data` as often as asked. */
export function answer(query: DocumentNode, data: Record<string, unknown>, variables?: Record<string, unknown>): MockLink.MockedResponse {
  return { request: { query, ...(variables ? { variables } : { variables: () => true }) }, result: { data }, maxUsageCount: Number.POSITIVE_INFINITY };
}

export const calendarsMock = (list: BusinessCalendarDetailFragment[]) => answer(BusinessCalendarsDocument, { businessCalendars: list });
export const calendarMock = (c: BusinessCalendarDetailFragment) => answer(BusinessCalendarDocument, { businessCalendar: c }, { id: c.id });
export const policiesMock = (list: ServiceSlaPolicyFieldsFragment[]) => answer(ServiceSlaPoliciesDocument, { serviceSlaPolicies: list });
export const policyMock = (p: ServiceSlaPolicyFieldsFragment) => answer(ServiceSlaPolicyDocument, { serviceSlaPolicy: p }, { id: p.id });

/** A mutation that records what it was sent and answers with `respond(input)` (data, or errors). */
export function mutationMock(query: DocumentNode, sent: unknown[], respond: (input: Record<string, unknown>) => { data?: unknown; errors?: unknown[] }): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (v: { input: Record<string, unknown> }) => {
      sent.push(v.input);
      return respond(v.input) as never;
    },
    maxUsageCount: 10,
  };
}

export const fieldErrors = (...fields: { path: string; message: string }[]) => ({ errors: [{ message: 'The input is not valid.', extensions: { code: 'VALIDATION_FAILED', fields } }] });

export function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

/** Types a date into an antd DatePicker found by its test id and confirms it. */
export async function typeDate(testId: string, value: string) {
  const input = screen.getByTestId(testId).closest('.ant-picker')!.querySelector('input')!;
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(input.value).toBe(value), { timeout: 5000 });
}

export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
