import { CallStatisticsDocument, RoutingBoardDocument, type CallStatisticsQueryVariables, type RoutingBoardQuery } from '@rapport/web-data-access';
import { permissionsOf } from '@rapport/web-core';
import { i18n } from '@rapport/web-ui';
import { grantsFor } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { agent, answering, queue, queueRow, SKILLS, unavailable } from './routing-fixtures';
import { MY_QUEUE_PATH, ROUTING_BOARD_PATH, ROUTING_NAV, ROUTING_ROUTES, ROUTING_SETUP_PATH } from './routes';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function board(over: Partial<RoutingBoardQuery['routingBoard']> = {}): RoutingBoardQuery {
  const repairs = queue('q-1', 'Repairs', { skills: [{ __typename: 'QueueSkill', skillKey: 'hydraulics', level: 3 }] });
  return {
    serviceSkills: SKILLS,
    routingBoard: {
      __typename: 'RoutingBoard',
      at: new Date().toISOString(),
      queues: [
        queueRow(repairs, {
          waiting: 3,
          oldestWaitingSince: minutesAgo(75),
          answeredToday: 4,
          answeredInTargetToday: 3,
          serviceLevelToday: 0.75,
          assignedToday: 6,
          items: [
            { __typename: 'WaitingCase', caseId: 'k-1', number: 'CS-2026-000101', subject: 'Pump leaks', priority: 'urgent', channel: 'EMAIL', language: 'zh-CN', enqueuedAt: minutesAgo(75) },
            { __typename: 'WaitingCase', caseId: 'k-2', number: null, subject: null, priority: 'normal', channel: 'PHONE', language: null, enqueuedAt: minutesAgo(2) },
          ],
        }),
        queueRow(queue('q-2', 'Billing')),
      ],
      agents: [
        agent('u-1', 'Wang Min', { skills: [{ __typename: 'UserSkill', skillKey: 'hydraulics', level: 4 }], languages: ['en', 'zh-CN'] }, { EMAIL: [3, 5], PHONE: [1, 1] }),
        agent('u-2', 'Li Lei', { presence: 'AWAY', autoAway: true }, { EMAIL: [0, 5] }),
      ],
      ...over,
    },
  };
}

const STATS = {
  callStatistics: [
    { __typename: 'CallStatisticsRow', agent: { __typename: 'UserRef', id: 'u-1', name: 'Wang Min' }, line: '+86 21 5555 0100', calls: 4, inbound: 3, averageHandlingSeconds: 125 },
    { __typename: 'CallStatisticsRow', agent: null, line: null, calls: 1, inbound: 1, averageHandlingSeconds: null },
  ],
};

const rows = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((c) => c.textContent);

describe('Queue board', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows each queue’s waiting cases, service level and agents, and the calls of today', async () => {
    const asked: CallStatisticsQueryVariables[] = [];
    renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [board()]), answering(CallStatisticsDocument, [STATS], asked)], 'SERVICE_MANAGER');
    await screen.findByTestId('board', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Queue board']);
    expect(screen.getByTestId('board-updated').textContent).toMatch(/^Updated \d\d:\d\d:\d\d · refreshes every 5 seconds$/);

    const [repairs, billing] = screen.getAllByTestId('queue-card') as [HTMLElement, HTMLElement];
    expect(within(repairs).getByTestId('queue-waiting').textContent).toContain('3');
    expect(within(repairs).getByTestId('queue-oldest').textContent).toContain('1 h 15 min');
    expect(within(repairs).getByTestId('queue-assigned').textContent).toContain('6');
    expect(within(repairs).getByTestId('queue-service-level').textContent).toContain('75%');
    expect(within(repairs).getByTestId('queue-service-level').textContent).toContain('3 of 4 answered within 1 h 0 min');
    const waiting = within(repairs).getAllByRole('row').slice(1);
    expect(cells(waiting[0]!)).toEqual(['CS-2026-000101Pump leaks', 'Urgent', 'Email', 'Simplified Chinese', '1 h 15 min']);
    expect(within(waiting[0]!).getByRole('link', { name: 'CS-2026-000101' }).getAttribute('href')).toBe('/service/cases/k-1');
    // A case the supervisor may not read is counted and aged, not named.
    expect(cells(waiting[1]!)).toEqual(['(hidden)', 'Normal', 'Phone', '—', '2 min']);
    expect(within(repairs).getByText('and 1 more waiting')).toBeTruthy();
    expect(within(billing).getByTestId('queue-empty').textContent).toContain('Nothing is waiting');
    expect(within(billing).getByTestId('queue-service-level').textContent).toContain('No answers yet today');

    expect(rows('board-agents-table').map(cells)).toEqual([
      ['Wang Min', 'Available', 'Email 3/5Phone 1/1', 'Hydraulics · level 4', 'English, Simplified Chinese'],
      ['Li Lei', 'Away (inactive)', 'Email 0/5', '—', 'English'],
    ]);

    await waitFor(() => expect(rows('call-stats-table').map(cells)).toEqual([
      ['Wang Min', '+86 21 5555 0100', '4', '3', '02:05'],
      ['No agent', '—', '1', '1', '—'],
    ]));
    // Today by default: from this midnight to the next.
    expect(Date.parse(asked[0]!.to as string) - Date.parse(asked[0]!.from as string)).toBe(86_400_000);
    expect(new Date(asked[0]!.from as string).getHours()).toBe(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));
    await waitFor(() => expect(Date.parse(asked.at(-1)!.to as string) - Date.parse(asked.at(-1)!.from as string)).toBe(7 * 86_400_000));
    expect(await axeViolations()).toEqual([]);
  });

  it('asks again every 5 seconds and keeps the last board when a refresh fails', async () => {
    const asked: unknown[] = [];
    renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [board(), unavailable()], asked), answering(CallStatisticsDocument, [STATS])], 'SERVICE_AGENT');
    await screen.findByTestId('board', {}, { timeout: 10_000 });
    await waitFor(() => expect(asked.length).toBe(2), { timeout: 8_000 });
    expect(await screen.findByTestId('board-stale', {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getAllByTestId('queue-card')).toHaveLength(2);
  });

  it('says no queues are set up, with the way to set-up only for those who may', async () => {
    const empty = board({ queues: [], agents: [] });
    const router = renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [empty]), answering(CallStatisticsDocument, [{ callStatistics: [] }])], 'SERVICE_MANAGER');
    const none = await screen.findByTestId('board-no-queues', {}, { timeout: 10_000 });
    expect(none.textContent).toContain('No queues are set up yet.');
    expect(screen.getByTestId('board-agents-none')).toBeTruthy();
    expect(await screen.findByTestId('call-stats-none', {}, { timeout: 5_000 })).toBeTruthy();
    fireEvent.click(within(none).getByRole('button', { name: 'Set up queues' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(ROUTING_SETUP_PATH));
  });

  it('tells a reader who sets queues up instead of offering set-up', async () => {
    renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [board({ queues: [] })]), answering(CallStatisticsDocument, [STATS])], 'SERVICE_AGENT');
    const none = await screen.findByTestId('board-no-queues', {}, { timeout: 10_000 });
    expect(none.textContent).toContain('A service manager or an administrator sets up the queues.');
    expect(within(none).queryByRole('button')).toBeNull();
  });

  it('explains a failure and tries again on request', async () => {
    const asked: unknown[] = [];
    renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [unavailable(), board()], asked), answering(CallStatisticsDocument, [STATS])], 'SERVICE_MANAGER');
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
    expect(screen.getByText('The database is not reachable.')).toBeTruthy();
    fireEvent.click(retry);
    await screen.findByTestId('board', {}, { timeout: 10_000 });
  });

  it('speaks Simplified Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [board()]), answering(CallStatisticsDocument, [STATS])], 'SERVICE_MANAGER');
    await screen.findByTestId('board', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['队列看板']);
    const repairs = screen.getAllByTestId('queue-card')[0]!;
    expect(within(repairs).getByTestId('queue-oldest').textContent).toContain('1 小时 15 分钟');
    expect(within(repairs).getByText('（不可见）')).toBeTruthy();
    expect(within(repairs).getByTestId('queue-service-level').textContent).toContain('今日服务水平');
    expect(rows('board-agents-table').map((r) => cells(r)[1])).toEqual(['空闲', '离开 （无操作）']);
    expect(await screen.findByText('平均处理时长（分:秒）', {}, { timeout: 5_000 })).toBeTruthy();
  });

  it('is in the menu of those who read routing, and explains "no access" to a sales rep', async () => {
    const menuFor = (role: Parameters<typeof grantsFor>[0]) => ROUTING_NAV.filter((e) => permissionsOf(grantsFor(role)).allows(e.needs)).map((e) => e.path);
    for (const role of ['ADMIN', 'SERVICE_MANAGER', 'SERVICE_AGENT'] as const) expect(menuFor(role), role).toEqual([MY_QUEUE_PATH, ROUTING_BOARD_PATH, ROUTING_SETUP_PATH]);
    for (const role of ['SALES_REP', 'SALES_MANAGER', 'MARKETER'] as const) expect(menuFor(role), role).toEqual([]);
    renderRoutes(ROUTING_ROUTES, ROUTING_BOARD_PATH, [answering(RoutingBoardDocument, [board()])], 'SALES_REP');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('board')).toBeNull();
  });
});
