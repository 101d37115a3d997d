import type { MockLink } from '@apollo/client/testing';
import { RefreshSegmentDocument, SegmentDocument, SegmentHistoryDocument, SegmentMembersDocument, SegmentValueDocument, SegmentWhyDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSegment, axeViolations, member, ownersMock, renderAt, segmentsMock } from '../segments-fixtures';
import { cohortMock, strategiesMock } from '../strategy/strategy-fixtures';

const RULE = {
  type: 'and',
  rules: [
    { type: 'condition', condition: 'orders.aggregate', params: { measure: 'count', op: 'gte', value: 2, lastDays: 200 } },
    { type: 'not', rule: { type: 'condition', condition: 'metrics.churnRisk', params: { bands: ['high'] } } },
  ],
};
const VIP = aSegment('s-1', { name: 'VIP buyers', rule: RULE, memberCount: 3, refreshMinutes: 60, ownerId: 'u-mia' });

function segmentMock(segment = VIP): MockLink.MockedResponse {
  return { request: { query: SegmentDocument, variables: { id: segment.id } }, result: { data: { segment } }, maxUsageCount: 10 };
}

function historyMock(): MockLink.MockedResponse {
  const refresh = (refreshedAt: string, members: number, entered: number, left: number) => ({ __typename: 'SegmentRefresh', refreshedAt, members, entered, left, durationMs: 120, trigger: 'schedule' });
  return {
    request: { query: SegmentHistoryDocument, variables: () => true },
    // Newest first, as the API gives them.
    result: { data: { segment: { __typename: 'Segment', id: 's-1', refreshes: [refresh('2026-12-03T02:00:00Z', 3, 1, 0), refresh('2026-12-02T02:00:00Z', 2, 2, 1)] } } },
    maxUsageCount: 10,
  };
}

/** The members' value summed; `asOf` null: no metrics run yet. */
function valueMock(asOf: string | null = '2026-12-01T02:00:00Z'): MockLink.MockedResponse {
  const value = { __typename: 'SegmentValue', members: 3, customers: 2, clv: 12_500, revenue: 40_000, atRisk: 1, asOf };
  return { request: { query: SegmentValueDocument, variables: { id: 's-1' } }, result: { data: { segment: { __typename: 'Segment', id: 's-1', value } } }, maxUsageCount: 10 };
}

/** Two pages: the first with a cursor, the second without. */
function membersMock(asked: (string | null | undefined)[]): MockLink.MockedResponse {
  return {
    request: { query: SegmentMembersDocument, variables: () => true },
    result: (v: { after?: string | null }) => {
      asked.push(v.after);
      const items = v.after ? [member('c-3', 'Chen', 'Jing', 'chen@example.com', null)] : [member('c-1', 'Li', 'Wei', 'li.wei@example.com', 'Acme Pumps'), member('c-2', 'Ana', 'Costa', null, null)];
      return { data: { segment: { __typename: 'Segment', id: 's-1', members: { __typename: 'SegmentMemberPage', items, nextCursor: v.after ? null : 'c-2' } } } };
    },
    maxUsageCount: 10,
  };
}

function whyMock(): MockLink.MockedResponse {
  return {
    request: { query: SegmentWhyDocument, variables: { segmentId: 's-1', contactId: 'c-1' } },
    result: {
      data: {
        segmentWhy: {
          __typename: 'SegmentWhy',
          matches: true,
          conditions: [
            { __typename: 'SegmentConditionResult', path: 'rule.rules.0', condition: 'orders.aggregate', matches: true },
            { __typename: 'SegmentConditionResult', path: 'rule.rules.1', condition: 'metrics.churnRisk', matches: false },
          ],
        },
      },
    },
  };
}

describe('Segment page', { timeout: 60_000 }, () => {
  it('shows the header, the rule in words, the counts over time and the members page by page', async () => {
    const asked: (string | null | undefined)[] = [];
    renderAt('/segments/s-1', [segmentMock(), segmentsMock([VIP]), ownersMock([]), strategiesMock([]), cohortMock(), historyMock(), membersMock(asked), whyMock(), valueMock()]);
    expect((await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })).textContent).toBe('VIP buyers');
    expect(screen.getByTestId('segment-summary').textContent).toContain('3 members');
    expect(screen.getByTestId('segment-summary').textContent).toContain('Hourly');
    expect(screen.getByTestId('segment-kind').textContent).toBe('Dynamic');
    expect(screen.getByTestId('segment-rule-words').textContent).toBe('Orders: number of orders ≥ 2 in the last 200 days AND NOT Churn risk: High');
    expect(screen.getByTestId('segment-edit').getAttribute('href')).toBe('/segments/s-1/edit');
    expect(screen.getByTestId('segment-refresh')).toBeTruthy();
    // Its members in the sales lists, and their value summed.
    expect(screen.getByTestId('segment-contacts-list').getAttribute('href')).toBe('/sales/contacts?segment=s-1');
    expect(screen.getByTestId('segment-accounts-list').getAttribute('href')).toBe('/sales/accounts?segment=s-1');
    const figures = await screen.findByTestId('segment-value-figures', {}, { timeout: 5_000 });
    expect([...figures.querySelectorAll('.ant-descriptions-item')].map((i) => i.textContent)).toEqual([
      'Members you may see3',
      'Customers2',
      'Lifetime value (sum)CN¥12,500.00',
      'RevenueCN¥40,000.00',
      'At risk1',
    ]);

    const chart = await screen.findByTestId('segment-chart', {}, { timeout: 5_000 });
    // Oldest first, at the reader's clock.
    expect(chart.getAttribute('aria-label')).toMatch(/^12-02 \d\d:00: 2 members, 2 entered, 1 left; 12-03 \d\d:00: 3 members, 1 entered, 0 left$/);

    const table = await screen.findByTestId('segment-members-table', {}, { timeout: 5_000 });
    await waitFor(() => expect(within(table).getAllByTestId('segment-member-link')).toHaveLength(2));
    expect(within(table).getByRole('link', { name: 'Li Wei' }).getAttribute('href')).toBe('/sales/contacts/c-1');
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByTestId('pager-next'));
    await waitFor(() => expect(within(table).getByText('Chen Jing')).toBeTruthy(), { timeout: 5_000 });
    expect(asked).toEqual([null, 'c-2']);
    fireEvent.click(screen.getByTestId('pager-previous'));
    await waitFor(() => expect(within(table).getByText('Li Wei')).toBeTruthy(), { timeout: 5_000 });

    // Why is Li Wei in: each top-level condition with ✓/✗, in the rule's words.
    fireEvent.click(screen.getByRole('button', { name: 'Why is this person in? (Li Wei)' }));
    const result = await screen.findByTestId('segment-why-result', {}, { timeout: 5_000 });
    expect(result.textContent).toBe('Li Wei matches the rule now.');
    const conditions = screen.getAllByTestId('segment-why-condition');
    expect(conditions.map((c) => [c.getAttribute('data-matches'), c.textContent])).toEqual([
      ['true', 'Orders: number of orders ≥ 2 in the last 200 days'],
      ['false', 'NOT Churn risk: High'],
    ]);
    expect(within(conditions[0]!).getByRole('img', { name: 'holds' })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('refreshes on request for who may change it', async () => {
    let refreshed = 0;
    const refreshMock: MockLink.MockedResponse = {
      request: { query: RefreshSegmentDocument, variables: { input: { id: 's-1' } } },
      result: () => {
        refreshed++;
        return { data: { refreshSegment: { __typename: 'SegmentPayload', segment: { ...VIP, memberCount: 4 } } } };
      },
    };
    renderAt('/segments/s-1', [segmentMock(), segmentsMock([VIP]), ownersMock([]), strategiesMock([]), cohortMock(), historyMock(), membersMock([]), refreshMock, valueMock()]);
    fireEvent.click(await screen.findByTestId('segment-refresh', {}, { timeout: 10_000 }));
    await waitFor(() => expect(refreshed).toBe(1));
    await waitFor(() => expect(screen.getByTestId('segment-summary').textContent).toContain('4 members'), { timeout: 5_000 });
  });

  it('offers a sales manager no changes to a colleague’s segment, and a rep only reading', async () => {
    renderAt('/segments/s-1', [segmentMock({ ...VIP, ownerId: 'u-other' }), segmentsMock([VIP]), ownersMock([]), strategiesMock([]), cohortMock(), historyMock(), membersMock([]), valueMock(null)], 'SALES_MANAGER');
    await screen.findByTestId('segment-rule-words', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('segment-refresh')).toBeNull();
    expect(screen.queryByTestId('segment-edit')).toBeNull();
    expect(screen.queryByTestId('segment-archive')).toBeNull();
    // Before the first metrics run the value card says so.
    expect((await screen.findByTestId('segment-value', {}, { timeout: 5_000 })).textContent).toContain('Not computed yet');
  });

  it('says when the segment is not there', async () => {
    renderAt('/segments/s-9', [{ request: { query: SegmentDocument, variables: { id: 's-9' } }, result: { data: { segment: null } } }, segmentsMock([]), strategiesMock([]), cohortMock(), historyMock(), membersMock([])]);
    expect(await screen.findByTestId('record-not-found', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
