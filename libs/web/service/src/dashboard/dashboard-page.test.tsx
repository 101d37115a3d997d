import type { MockLink } from '@apollo/client/testing';
import { ServiceChannelCostsDocument, ServiceDashboardDocument, SetServiceChannelCostDocument, type ServiceDashboardQueryVariables, type SetServiceChannelCostMutationVariables } from '@rapport/web-data-access';
import { permissionsOf } from '@rapport/web-core';
import { grantsFor, pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { answering } from '../routing/routing-fixtures';
import type { Dashboard } from './dashboard-model';
import { DASHBOARD_NAV, DASHBOARD_ROUTES } from './routes';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
const byPriority = (counts: Partial<Record<(typeof PRIORITIES)[number], [number, number]>> = {}) =>
  PRIORITIES.map((priority) => ({ __typename: 'CasePriorityCount' as const, priority, total: counts[priority]?.[0] ?? 0, breached: counts[priority]?.[1] ?? 0 }));
const age = (bucket: Dashboard['openByAge'][number]['bucket'], total: number, breached: number) => ({ __typename: 'CaseAgeRow' as const, bucket, total, breached, byPriority: byPriority() });
const attained = (teamName: string | null, priority: (typeof PRIORITIES)[number], milestone: 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION', met: number, breached: number, stopped = 0) => ({
  __typename: 'SlaAttainmentRow' as const,
  teamId: teamName ? `t-${teamName}` : null,
  teamName,
  priority,
  milestone,
  met,
  breached,
  stopped,
  metRate: met + breached ? met / (met + breached) : null,
});
const DAYS = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'];
const week = (completed: number[], openToday: number) =>
  DAYS.map((day, i) => ({ __typename: 'SlaBreachDay' as const, day, completed: completed[i] ?? 0, open: i === 6 ? openToday : 0, total: (completed[i] ?? 0) + (i === 6 ? openToday : 0) }));

const channelCost = (channel: Dashboard['costToServe']['byChannel'][number]['channel'], basis: 'MINUTE' | 'CASE' | null, rate: number | null, cases: number, handledMinutes: number, cost: number) => ({
  __typename: 'ChannelCostRow' as const,
  channel,
  basis,
  rate,
  cases,
  handledMinutes,
  cost,
  costPerCase: cases ? cost / cases : null,
});
const COST: Dashboard['costToServe'] = {
  __typename: 'CostToServe',
  currency: 'CNY',
  cases: 9,
  handledMinutes: 135,
  cost: 370,
  byChannel: [channelCost('EMAIL', 'CASE', 20, 5, 0, 100), channelCost('PHONE', 'MINUTE', 2, 4, 135, 270), channelCost('CHAT', null, null, 0, 0, 0)],
  byTier: [
    { __typename: 'TierCostRow', tier: 'strategic', cases: 3, handledMinutes: 100, cost: 240, costPerCase: 80 },
    { __typename: 'TierCostRow', tier: null, cases: 6, handledMinutes: 35, cost: 130, costPerCase: 130 / 6 },
  ],
};
const UNPRICED: Dashboard['costToServe'] = { ...COST, cost: 0, byChannel: COST.byChannel.map((r) => ({ ...r, basis: null, rate: null, cost: 0, costPerCase: null })) };

function dashboard(over: Partial<Dashboard> = {}): Dashboard {
  return {
    __typename: 'ServiceDashboard',
    from: '2026-11-07T02:00:00.000Z',
    to: '2026-12-07T02:00:00.000Z',
    asOf: '2026-12-07T02:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    attainmentTarget: 0.9,
    headline: { __typename: 'ServiceHeadline', open: 7, openBreached: 4, resolvedThisWeek: 3, firstResponseMet: 2, firstResponseBreached: 4, firstResponseMetRate: 2 / 6 },
    openByAge: [age('UNDER_1_DAY', 1, 1), age('DAYS_1_TO_3', 2, 1), age('DAYS_3_TO_7', 1, 1), age('DAYS_7_TO_30', 1, 0), age('OVER_30_DAYS', 2, 1)],
    openByPriority: byPriority({ LOW: [1, 0], NORMAL: [3, 1], HIGH: [1, 1], URGENT: [2, 2] }),
    attainment: [attained('Alpha desk', 'HIGH', 'FIRST_RESPONSE', 19, 1), attained('Alpha desk', 'HIGH', 'NEXT_RESPONSE', 0, 0, 2), attained('Alpha desk', 'NORMAL', 'FIRST_RESPONSE', 1, 2), attained(null, 'URGENT', 'RESOLUTION', 1, 0)],
    breachesThisWeek: week([0, 0, 0, 1, 1, 2, 0], 4),
    costToServe: COST,
    ...over,
  };
}
const EMPTY = dashboard({
  headline: { __typename: 'ServiceHeadline', open: 0, openBreached: 0, resolvedThisWeek: 0, firstResponseMet: 0, firstResponseBreached: 0, firstResponseMetRate: null },
  openByAge: [age('UNDER_1_DAY', 0, 0), age('DAYS_1_TO_3', 0, 0), age('DAYS_3_TO_7', 0, 0), age('DAYS_7_TO_30', 0, 0), age('OVER_30_DAYS', 0, 0)],
  openByPriority: byPriority(),
  attainment: [],
  breachesThisWeek: week([], 0),
});

/** Answers each request with the next of `answers` (the last one again after that), recording the variables. */
function dashboardMock(answers: (Dashboard | GraphQLError)[], asked: ServiceDashboardQueryVariables[] = []): MockLink.MockedResponse {
  return {
    request: { query: ServiceDashboardDocument, variables: () => true },
    result: (v: ServiceDashboardQueryVariables) => {
      asked.push(v);
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!;
      return answer instanceof GraphQLError ? { errors: [answer] } : { data: { serviceDashboard: answer } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

const PATH = '/service/dashboard';
const rows = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));

describe('Service dashboard', { timeout: 60_000 }, () => {
  it('shows the headline figures, the charts with their tables, and attainment with rates below target marked', async () => {
    const asked: ServiceDashboardQueryVariables[] = [];
    renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([dashboard()], asked)], 'SERVICE_MANAGER');
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Service dashboard']);
    expect(screen.getByTestId('dashboard-open').textContent).toContain('7');
    expect(screen.getByTestId('dashboard-open-breached').textContent).toContain('4');
    expect(screen.getByTestId('dashboard-resolved').textContent).toContain('3');
    expect(screen.getByTestId('dashboard-first-response').textContent).toContain('33%');
    expect(screen.getByTestId('dashboard-headline').textContent).toContain('2 of 6 met');
    // The last 30 days by default.
    expect(Date.parse(asked[0]!.to as string) - Date.parse(asked[0]!.from as string)).toBe(30 * 86_400_000);

    expect(screen.getByTestId('dashboard-age-chart').getAttribute('aria-label')).toBe(
      'Under 1 day: 1 open, 1 past SLA; 1–3 days: 2 open, 1 past SLA; 3–7 days: 1 open, 1 past SLA; 7–30 days: 1 open, 0 past SLA; Over 30 days: 2 open, 1 past SLA',
    );
    expect(rows('dashboard-age-table')).toEqual([
      ['Under 1 day', '1', '1'],
      ['1–3 days', '2', '1'],
      ['3–7 days', '1', '1'],
      ['7–30 days', '1', '0'],
      ['Over 30 days', '2', '1'],
    ]);
    const breachRows = rows('dashboard-breach-table');
    expect(breachRows).toHaveLength(7);
    expect(breachRows.map((r) => r.slice(1))).toEqual([
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['1', '0', '1'],
      ['1', '0', '1'],
      ['2', '0', '2'],
      ['0', '4', '4'],
    ]);
    expect(screen.getByTestId('dashboard-breach-chart').getAttribute('aria-label')).toMatch(/: 4 breaches$/);
    expect(screen.getByTestId('dashboard-breach-chart').closest('.ant-card')!.textContent).toContain('(Asia/Shanghai)');

    const attainment = within(screen.getByTestId('dashboard-attainment-table')).getAllByRole('row').slice(1);
    expect(attainment.map((r) => r.querySelector('td')!.textContent)).toEqual(['Alpha desk', 'Alpha desk', 'No team']);
    const [high, normal, none] = attainment.map((r) => within(r).getAllByTestId('attainment-rate'));
    expect(high!.map((c) => c.textContent)).toEqual(['95%19 of 20 met', '—0 of 0 met · 2 stopped', '—']);
    expect(high![0]!.getAttribute('data-below')).toBeNull();
    // 1 of 3 is below the 90 % target: red, ▼ and said in words.
    expect(normal![0]!.getAttribute('data-below')).toBe('true');
    expect(normal![0]!.textContent).toContain('33% ▼ (below target)');
    expect(none!.map((c) => c.textContent)).toEqual(['—', '—', '100%1 of 1 met']);
    expect(await axeViolations()).toEqual([]);
  });

  it('asks again for the period chosen', async () => {
    const asked: ServiceDashboardQueryVariables[] = [];
    const router = renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([dashboard()], asked)], 'SERVICE_AGENT');
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    await waitFor(() => expect(Date.parse(asked.at(-1)!.to as string) - Date.parse(asked.at(-1)!.from as string)).toBe(90 * 86_400_000));
    expect(router.state.location.search).toBe('?days=90');
  });

  it('says there are no cases in the period rather than drawing empty charts', async () => {
    renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([EMPTY])], 'SALES_REP');
    const empty = await screen.findByTestId('dashboard-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toContain('No cases in this period');
    expect(screen.queryByTestId('dashboard-age-chart')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('explains a failure and tries again on request', async () => {
    const asked: ServiceDashboardQueryVariables[] = [];
    renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([new GraphQLError('The database is not reachable.', { extensions: { code: 'UNAVAILABLE' } }), dashboard()], asked)], 'SERVICE_MANAGER');
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
    expect(screen.getByText('The database is not reachable.')).toBeTruthy();
    fireEvent.click(retry);
    await screen.findByTestId('dashboard-report', {}, { timeout: 10_000 });
    expect(asked.length).toBe(2);
  });

  it('is in the menu of those who read cases, and explains "no access" to a marketer', async () => {
    const menuFor = (role: Parameters<typeof grantsFor>[0]) => DASHBOARD_NAV.filter((e) => permissionsOf(grantsFor(role)).allows(e.needs)).map((e) => e.path);
    for (const role of ['ADMIN', 'SERVICE_MANAGER', 'SERVICE_AGENT', 'SALES_REP'] as const) expect(menuFor(role), role).toEqual([PATH]);
    expect(menuFor('MARKETER')).toEqual([]);
    renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([dashboard()])], 'MARKETER');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('dashboard-report')).toBeNull();
  });
});

const PRICES = [
  { __typename: 'ServiceChannelCost' as const, channel: 'EMAIL' as const, basis: 'CASE' as const, amount: 20 },
  { __typename: 'ServiceChannelCost' as const, channel: 'PHONE' as const, basis: 'MINUTE' as const, amount: 2 },
];

describe('Cost to serve on the service dashboard', { timeout: 60_000 }, () => {
  it('shows cases, handled minutes and cost per channel and per customer tier in the base currency', async () => {
    renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([dashboard()])], 'SERVICE_AGENT');
    await screen.findByTestId('dashboard-cost', {}, { timeout: 10_000 });
    expect(screen.getByTestId('dashboard-cost-cases').textContent).toContain('9');
    expect(screen.getByTestId('dashboard-cost-minutes').textContent).toContain('135');
    expect(screen.getByTestId('dashboard-cost-total').textContent).toContain('CN¥370.00');
    expect(rows('dashboard-cost-channel-table')).toEqual([
      ['Email', '5', '0', 'CN¥20.00 per case', 'CN¥100.00', 'CN¥20.00'],
      ['Phone', '4', '135', 'CN¥2.00 per minute', 'CN¥270.00', 'CN¥67.50'],
      ['Chat', '0', '0', 'No price', 'CN¥0.00', '—'],
    ]);
    expect(rows('dashboard-cost-tier-table')).toEqual([
      ['Strategic', '3', '100', 'CN¥240.00', 'CN¥80.00'],
      ['No tier', '6', '35', 'CN¥130.00', 'CN¥21.67'],
    ]);
    expect(screen.getByTestId('dashboard-cost-channel-chart').getAttribute('aria-label')).toBe('Email: 5 cases, CN¥100.00; Phone: 4 cases, CN¥270.00; Chat: 0 cases, CN¥0.00');
    expect(screen.getByTestId('dashboard-cost-tier-chart').getAttribute('aria-label')).toBe('Strategic: 3 cases, CN¥240.00; No tier: 6 cases, CN¥130.00');
    // Agents read the figures; only set-up writers price the channels.
    expect(screen.queryByTestId('dashboard-cost-prices')).toBeNull();
    expect(screen.queryByTestId('dashboard-cost-unpriced')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says why every cost is zero while no channel has a price', async () => {
    renderRoutes(DASHBOARD_ROUTES, PATH, [dashboardMock([dashboard({ costToServe: UNPRICED })])], 'SERVICE_AGENT');
    expect((await screen.findByTestId('dashboard-cost-unpriced', {}, { timeout: 10_000 })).textContent).toContain('Service managers set the prices.');
  });

  it('lets a service manager set a channel’s price and counts the dashboard again', async () => {
    const asked: ServiceDashboardQueryVariables[] = [];
    const set: SetServiceChannelCostMutationVariables[] = [];
    renderRoutes(
      DASHBOARD_ROUTES,
      PATH,
      [dashboardMock([dashboard()], asked), answering(ServiceChannelCostsDocument, [{ serviceChannelCosts: PRICES }]), answering(SetServiceChannelCostDocument, [{ setServiceChannelCost: [...PRICES, { __typename: 'ServiceChannelCost', channel: 'CHAT', basis: 'MINUTE', amount: 1.5 }] }], set)],
      'SERVICE_MANAGER',
    );
    fireEvent.click(await screen.findByTestId('dashboard-cost-prices', {}, { timeout: 10_000 }));
    // The test id is on the number input itself (antd passes it through) or its wrapper.
    const inputOf = (el: HTMLElement) => (el.tagName === 'INPUT' ? el : el.querySelector('input')!) as HTMLInputElement;
    const amount = inputOf(await screen.findByTestId('price-amount-CHAT', {}, { timeout: 10_000 }));
    expect(inputOf(screen.getByTestId('price-amount-EMAIL')).value).toBe('20.00');
    expect((screen.getByTestId('price-save-CHAT') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(amount, { target: { value: '1.5' } });
    await pickOption(screen.getByTestId('price-basis-CHAT'), 'Per handled minute');
    fireEvent.click(screen.getByTestId('price-save-CHAT'));
    await waitFor(() => expect(set).toEqual([{ input: { channel: 'CHAT', basis: 'MINUTE', amount: 1.5 } }]));
    expect(await screen.findByText('Price for Chat saved.')).toBeTruthy();
    await waitFor(() => expect(asked.length).toBeGreaterThan(1));
  });
});
