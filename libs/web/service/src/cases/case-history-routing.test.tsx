import { screen, waitFor } from '@testing-library/react';
import type { CasePageQuery } from '@rapport/web-data-access';
import { describe, expect, it } from 'vitest';
import { caseOnPage, casePageMock, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

type Entry = NonNullable<CasePageQuery['case']>['history'][number];
type Routing = NonNullable<Entry['routing']>;

const entry = (kind: string, over: Partial<Entry> = {}): Entry => ({ __typename: 'CaseHistoryEntry', kind, at: '2026-12-07T01:00:00.000Z', actorId: null, relatedCaseId: null, relatedCaseNumber: null, queueName: null, routing: null, ...over });
const routing = (over: Partial<Routing> = {}): Routing => ({
  __typename: 'CaseRoutingExplanation',
  queueName: 'General',
  overflowFromName: 'Solar',
  distribution: 'ROUND_ROBIN',
  agentName: 'Windy',
  channel: 'EMAIL',
  load: 2,
  capacity: 5,
  waitedSeconds: 150,
  passedOver: [
    { __typename: 'CaseRoutingSkip', userId: 'u-1', name: 'Agent t1', reason: 'LACKS_SKILL' },
    { __typename: 'CaseRoutingSkip', userId: 'u-2', name: 'Bo', reason: 'AT_CAPACITY' },
    { __typename: 'CaseRoutingSkip', userId: 'u-3', name: 'Chen', reason: 'LANGUAGE' },
  ],
  ...over,
});
const entries = () => screen.getAllByTestId('case-history-entry');
const ofKind = (kind: string) => entries().find((e) => e.dataset['kind'] === kind)!;

describe('Routing in the case history', { timeout: 60_000 }, () => {
  it('names the queue of a queued entry and explains a routed one, reasons in words', async () => {
    const history = [entry('routed', { queueName: 'General', routing: routing() }), entry('queued', { queueName: 'Solar' })];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ history }))], 'SERVICE_AGENT');
    await waitFor(() => expect(entries()).toHaveLength(2), { timeout: 10_000 });
    expect(ofKind('queued').textContent).toContain('Queue: Solar');
    const routed = ofKind('routed').textContent ?? '';
    expect(routed).toContain('Routed to an agent');
    expect(routed).toContain('Queue: General · Overflow from Solar');
    expect(routed).toContain('To Windy (Round robin)');
    // The event keeps the load before the case: the agent now holds one more.
    expect(routed).toContain('Now holds 3 of 5 (Email)');
    expect(routed).toContain('Waited 2 min');
    expect(screen.getByTestId('case-history-passed-over').textContent).toBe('Passed over: Agent t1 (lacks the skill), Bo (at capacity), Chen (does not speak the language)');
  });

  it('leaves out what the entry does not carry: no overflow, nobody passed over', async () => {
    const history = [entry('routed', { queueName: 'Wind', routing: routing({ queueName: 'Wind', overflowFromName: null, distribution: 'LEAST_BUSY', passedOver: [] }) })];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ history }))], 'SERVICE_AGENT');
    await waitFor(() => expect(entries()).toHaveLength(1), { timeout: 10_000 });
    const routed = ofKind('routed').textContent ?? '';
    expect(routed).toContain('Queue: Wind');
    expect(routed).not.toContain('Overflow');
    expect(routed).toContain('To Windy (Least busy first)');
    expect(screen.queryByTestId('case-history-passed-over')).toBeNull();
  });

  it('shows a bare label where the viewer is not told the routing (no queue, no explanation)', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage({ history: [entry('routed'), entry('queued')] }))], 'SALES_REP');
    await waitFor(() => expect(entries()).toHaveLength(2), { timeout: 10_000 });
    expect(ofKind('routed').textContent).toContain('Routed to an agent');
    expect(screen.queryByTestId('case-history-routing')).toBeNull();
    expect(screen.queryByTestId('case-history-queue')).toBeNull();
  });
});
