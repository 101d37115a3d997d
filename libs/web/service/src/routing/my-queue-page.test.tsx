import { MyQueueDocument, type MyQueueQuery, type MyQueueQueryVariables } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCase, axeViolations, NOW, renderRoutes } from '../cases/cases-fixtures';
import { inAnsweringOrder } from './my-queue-page';
import { agent, answering, queue, unavailable } from './routing-fixtures';
import { MY_QUEUE_PATH, ROUTING_ROUTES } from './routes';

type QueueRow = MyQueueQuery['routingBoard']['queues'][number];
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const skill = (skillKey: string, level: number) => ({ __typename: 'QueueSkill' as const, skillKey, level });
const row = (id: string, name: string, waiting: number, skills: ReturnType<typeof skill>[], over: Partial<QueueRow['queue']> = {}): QueueRow => {
  const { id: qid, name: qname, active, skills: _s } = queue(id, name, over);
  return { __typename: 'QueueBoardRow', queue: { __typename: 'RoutingQueue', id: qid, name: qname, active, skills }, waiting, oldestWaitingSince: waiting ? minutesAgo(42) : null };
};

// Created a day apart (the fixture's clock is NOW): the oldest first within a priority.
const day = (n: number) => new Date(NOW - n * 86_400_000).toISOString();
const CASES = [
  aCase('k-1', { subject: 'Normal, newer', priority: 'NORMAL', createdAt: day(1) }),
  aCase('k-2', { subject: 'Urgent, newer', priority: 'URGENT', createdAt: day(1) }),
  aCase('k-3', { subject: 'Normal, older', priority: 'NORMAL', createdAt: day(3), slaBreached: true }),
  aCase('k-4', { subject: 'Urgent, older', priority: 'URGENT', createdAt: day(2) }),
];

function myQueue(over: Partial<MyQueueQuery> = {}): MyQueueQuery {
  return {
    myPresence: agent('u-me', 'Sam Service', { skills: [{ __typename: 'UserSkill', skillKey: 'hydraulics', level: 3 }] }, { EMAIL: [4, 5], PHONE: [1, 1] }),
    routingBoard: {
      __typename: 'RoutingBoard',
      at: new Date().toISOString(),
      queues: [
        row('q-1', 'Repairs', 7, [skill('hydraulics', 3)]),
        row('q-2', 'Experts', 2, [skill('hydraulics', 5)]),
        row('q-3', 'General', 1, []),
        row('q-4', 'Retired', 9, [], { active: false }),
      ],
    },
    cases: { __typename: 'CaseConnection', totalCount: CASES.length, edges: CASES.map((node) => ({ __typename: 'CaseEdge', node })) },
    ...over,
  };
}

const caseRows = () => screen.getAllByTestId('my-queue-case');

describe('My queue', { timeout: 60_000 }, () => {
  it('orders cases as routing answers them: priority first, then the oldest', () => {
    expect(inAnsweringOrder(CASES).map((c) => c.id)).toEqual(['k-4', 'k-2', 'k-3', 'k-1']);
  });

  it('shows my open routed cases in answering order with SLA due and age, my presence and load, and what waits in my queues', async () => {
    const asked: MyQueueQueryVariables[] = [];
    renderRoutes(ROUTING_ROUTES, MY_QUEUE_PATH, [answering(MyQueueDocument, [myQueue()], asked)], 'SERVICE_AGENT');
    await screen.findByTestId('my-queue', {}, { timeout: 10_000 });
    // Asked for my own cases.
    expect(asked[0]).toEqual({ me: 'u-me' });
    expect(caseRows().map((r) => r.dataset['id'])).toEqual(['k-4', 'k-2', 'k-3', 'k-1']);
    const oldest = caseRows()[2]!;
    expect(within(oldest).getByRole('link', { name: 'CS-2026-000003' }).getAttribute('href')).toBe('/service/cases/k-3');
    expect(oldest.textContent).toContain('Normal');
    expect(oldest.textContent).toMatch(/\d+ d \d+ h/);
    expect(screen.getByTestId('my-queue-cases').textContent).toContain('My open cases (4)');

    const presence = screen.getByTestId('my-queue-presence');
    expect(within(presence).getByTestId('agent-presence').dataset['presence']).toBe('AVAILABLE');
    expect(within(presence).getByTestId('agent-loads').textContent).toContain('Email 4/5');
    expect(within(presence).getByTestId('agent-loads').textContent).toContain('Phone 1/1');

    // Only the active queues my skills serve: Repairs (level 3) and General (no skill); not Experts (5) nor the inactive one.
    const queues = screen.getAllByTestId('my-queue-queue');
    expect(queues.map((q) => q.dataset['id'])).toEqual(['q-1', 'q-3']);
    expect(within(queues[0]!).getByTestId('my-queue-waiting').textContent).toBe('7 waiting');
    expect(queues[0]!.textContent).toContain('42 min');
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when there is nothing to do and no routing profile yet', async () => {
    renderRoutes(ROUTING_ROUTES, MY_QUEUE_PATH, [answering(MyQueueDocument, [myQueue({ myPresence: null, cases: { __typename: 'CaseConnection', totalCount: 0, edges: [] } })])], 'SERVICE_AGENT');
    await screen.findByTestId('my-queue', {}, { timeout: 10_000 });
    expect(screen.getByTestId('my-queue-presence').textContent).toContain('You have no routing profile yet');
    expect(screen.getByTestId('my-queue-cases').textContent).toContain('You have no open cases.');
    // Without skills only the queue that asks none is theirs.
    expect(screen.getAllByTestId('my-queue-queue').map((q) => q.dataset['id'])).toEqual(['q-3']);
  });

  it('explains a failure and tries again on request', async () => {
    renderRoutes(ROUTING_ROUTES, MY_QUEUE_PATH, [answering(MyQueueDocument, [unavailable(), myQueue()])], 'SERVICE_AGENT');
    const retry = await screen.findByRole('button', { name: /try again|retry/i }, { timeout: 10_000 });
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByTestId('my-queue')).toBeTruthy(), { timeout: 10_000 });
  });

  it('is closed to a sales rep', async () => {
    renderRoutes(ROUTING_ROUTES, MY_QUEUE_PATH, [answering(MyQueueDocument, [myQueue()])], 'SALES_REP');
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('my-queue')).toBeNull();
  });
});
