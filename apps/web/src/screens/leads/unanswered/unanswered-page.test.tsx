import { UnansweredLeadsDocument, UnansweredSummaryDocument, type UnansweredLeadRowFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { bellMocks, intake, waitingLead } from '@rapport/web-testing';

const forever = Number.POSITIVE_INFINITY;

const summary = (total: number, bySource: { source: string; open: number; atRisk: number; breached: number; oldestReceivedAt: string | null }[]) => ({
  request: { query: UnansweredSummaryDocument },
  result: {
    data: {
      unansweredSummary: {
        __typename: 'UnansweredSummary',
        total,
        breached: bySource.reduce((n, s) => n + s.breached, 0),
        bySource: bySource.map((s) => ({ __typename: 'UnansweredBySource', ...s })),
      },
    },
  },
  maxUsageCount: forever,
});

const leads = (source: string | null, rows: UnansweredLeadRowFragment[]) => ({
  request: { query: UnansweredLeadsDocument, variables: { first: 20, after: null, source } },
  result: {
    data: {
      unansweredLeads: {
        __typename: 'LeadConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ __typename: 'LeadEdge', cursor: node.id, node })),
      },
    },
  },
  maxUsageCount: forever,
});

describe('UnansweredPage', { timeout: 60_000 }, () => {
  it('shows the number that should read zero, the sources, and the waiting leads with their SLA and why they went to whom', async () => {
    const old = new Date(Date.now() - 3 * 3600_000).toISOString();
    const referral = waitingLead('lead-2', { name: '王芳', firstName: '芳', lastName: '王', company: '星辰科技', source: 'REFERRAL', intake: intake({ slaState: 'on_track', slaDueAt: new Date(Date.now() + 40 * 60_000).toISOString(), explanation: 'No rule placed the lead; the fallback owner takes it.' }) });
    renderApp('/leads/unanswered', [
      meMock('SALES_MANAGER'),
      // The header's notification bell.
      ...bellMocks(0),
      summary(3, [
        { source: 'referral', open: 1, atRisk: 0, breached: 0, oldestReceivedAt: old },
        { source: 'web', open: 2, atRisk: 1, breached: 1, oldestReceivedAt: old },
      ]),
      leads(null, [waitingLead('lead-1'), referral]),
      leads('referral', [referral]),
    ]);

    const total = await screen.findByTestId('unanswered-total', {}, { timeout: 10_000 });
    await waitFor(() => expect(total.textContent).toContain('3'));
    expect(screen.getByText('This number should read zero.')).toBeTruthy();
    expect(screen.getByTestId('unanswered-breached').textContent).toContain('1');
    expect(screen.getByTestId('unanswered-oldest').textContent).toContain('3 h');
    expect(within(screen.getByTestId('unanswered-source-web')).getByText('2 waiting · 1 at risk · 1 breached · oldest 3 h')).toBeTruthy();
    expect(within(screen.getByTestId('unanswered-chart')).getByRole('img', { name: 'Website: 2 waiting, 1 at risk, 1 breached' })).toBeTruthy();

    const table = screen.getByTestId('unanswered-table');
    expect((await within(table).findByTestId('unanswered-lead-lead-1')).textContent).toBe('Ivy Chen');
    expect(within(table).getByTestId('unanswered-lead-lead-2').textContent).toBe('王芳');
    expect(within(table).getByTestId('unanswered-sla-lead-1').textContent).toBe('Breached');
    expect(within(table).getByTestId('unanswered-sla-lead-2').textContent).toBe('On track');
    expect(within(table).getByText(/due in 3\d min/)).toBeTruthy();
    expect(within(table).getByTestId('unanswered-explanation-lead-1').textContent).toContain('round-robin chose Rita Rep');

    // One source at a time.
    fireEvent.click(screen.getByTestId('unanswered-filter-referral'));
    await waitFor(() => expect(within(table).queryByTestId('unanswered-lead-lead-1')).toBeNull(), { timeout: 5000 });
    expect(within(table).getByTestId('unanswered-lead-lead-2')).toBeTruthy();
  });

  it('celebrates zero, and says when nothing is waiting', async () => {
    renderApp('/leads/unanswered', [meMock('SALES_REP'), ...bellMocks(0), summary(0, []), leads(null, [])]);
    expect(await screen.findByText('Every inquiry has had a first response.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByTestId('list-empty')).toBeTruthy();
    expect(screen.getByText('Nothing is waiting.')).toBeTruthy();
  });

  it('is not for service roles', async () => {
    renderApp('/leads/unanswered', [meMock('SERVICE_AGENT')]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
