import type { MockLink } from '@apollo/client/testing';
import { CreateSegmentStrategyDocument, EndSegmentStrategyDocument, SegmentDocument, SegmentHistoryDocument, SegmentMembersDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSegment, axeViolations, ownersMock, renderAt, segmentsMock } from '../segments-fixtures';
import { anOutcome, aStrategy, cohortMock, strategiesMock } from './strategy-fixtures';

// The segment page's strategies and cohorts on a mocked API: results in words per outcome, a new
// strategy, ending one, and two periods of one day's members side by side.

const VIP = aSegment('s-1', { name: 'VIP buyers', memberCount: 1200, ownerId: 'u-mia' });
const ANY = { maxUsageCount: Number.POSITIVE_INFINITY };

const page: MockLink.MockedResponse[] = [
  { request: { query: SegmentDocument, variables: { id: 's-1' } }, result: { data: { segment: VIP } }, ...ANY },
  { request: { query: SegmentHistoryDocument, variables: () => true }, result: { data: { segment: { __typename: 'Segment', id: 's-1', refreshes: [] } } }, ...ANY },
  { request: { query: SegmentMembersDocument, variables: () => true }, result: { data: { segment: { __typename: 'Segment', id: 's-1', members: { __typename: 'SegmentMemberPage', items: [], nextCursor: null } } } }, ...ANY },
  segmentsMock([VIP]),
  ownersMock([]),
];

const RUNNING = aStrategy('st-1', {
  results: [
    anOutcome('responded', { verdict: 'inconclusive', difference: 0.01, low: -0.01, high: 0.03, relative: 0.05, relativeLow: -0.05, relativeHigh: 0.15 }),
    anOutcome('bought'),
    anOutcome('orders', { verdict: 'hurt', difference: -0.1, low: -0.2, high: -0.02, relative: -0.08, relativeLow: -0.15, relativeHigh: -0.01 }),
    anOutcome('revenue', { verdict: 'too_few', treated: 25, holdout: 3 }),
  ],
});
const ENDED = aStrategy('st-0', { name: 'Spring call', status: 'ended', holdoutShare: 0.2, endsAt: '2026-02-01T00:00:00.000Z', startsAt: '2026-01-01T00:00:00.000Z', description: null });

// The card starts with last quarter's members: period A starts on that day, B after it.
const cohort = cohortMock((v) => (v.from < v.memberAt ? { members: 200, buyers: 50, orders: 80, revenue: 8000 } : { members: 200, buyers: 60, orders: 100, revenue: 9000 }));

describe('Segment strategies', { timeout: 60_000 }, () => {
  it('shows each strategy’s holdout, window and a verdict per outcome, and the cohort card', async () => {
    renderAt('/segments/s-1', [...page, strategiesMock([RUNNING, ENDED]), cohort]);
    const card = await screen.findByTestId('strategy-st-1', {}, { timeout: 10_000 });
    expect(within(card).getByTestId('strategy-facts-st-1').textContent).toBe('10% held out · Measured from 2026-03-01, ongoing');
    // Orders, revenue, bought, responded: the fixed order, whatever the API's.
    expect(within(card).getAllByTestId(/^strategy-outcome-/).map((e) => e.getAttribute('data-verdict'))).toEqual(['hurt', 'too_few', 'worked', 'inconclusive']);
    expect(within(card).getByTestId('strategy-verdict-bought').textContent).toBe('Worked: people who got it bought 12% more often (95% interval +5% to +19%).');
    expect(within(card).getByTestId('strategy-verdict-revenue').textContent).toBe('Too early to tell: a group has fewer than 30 people (25 got it, 3 held out).');
    expect(screen.getByTestId('strategy-facts-st-0').textContent).toBe('20% held out · Measured from 2026-01-01 to 2026-01-31');
    expect(screen.getByTestId('strategy-status-st-0').textContent).toBe('Ended');
    expect(screen.queryByTestId('strategy-end-st-0')).toBeNull();

    const b = await screen.findByTestId('cohort-b', {}, { timeout: 5_000 });
    await waitFor(() => expect(screen.getByTestId('cohort-a-buyers').textContent).toContain('50 (25%)'));
    expect(within(b).getByTestId('cohort-b-buyers').textContent).toContain('60 (30%)');
    expect(b.textContent).toContain('+20% against A');
    expect(b.textContent).toContain('+25% against A');
    expect(await axeViolations()).toEqual([]);
  });

  it('starts a strategy with a 10% holdout by default, and ends one after asking', async () => {
    let list = [RUNNING];
    const created: unknown[] = [];
    const ended: unknown[] = [];
    const createMock: MockLink.MockedResponse = {
      request: { query: CreateSegmentStrategyDocument, variables: () => true },
      result: (v: { input: unknown }) => {
        created.push(v.input);
        const s = aStrategy('st-2', { name: 'Birthday mail' });
        list = [s, ...list];
        return { data: { createSegmentStrategy: { __typename: 'SegmentStrategyPayload', strategy: s } } };
      },
    };
    const endMock: MockLink.MockedResponse = {
      request: { query: EndSegmentStrategyDocument, variables: { input: { id: 'st-1' } } },
      result: (v: { input: unknown }) => {
        ended.push(v.input);
        return { data: { endSegmentStrategy: { __typename: 'SegmentStrategyPayload', strategy: { ...RUNNING, status: 'ended', endsAt: '2026-06-01T00:00:00.000Z' } } } };
      },
    };
    renderAt('/segments/s-1', [...page, strategiesMock(() => list), cohortMock(), createMock, endMock]);
    fireEvent.click(await screen.findByTestId('strategy-new', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByTestId('strategy-holdout').querySelector('input') ?? within(dialog).getByTestId('strategy-holdout')).getAttribute('value')).toBe('10');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Birthday mail' } });
    fireEvent.click(screen.getByTestId('strategy-create-submit'));
    await waitFor(() => expect(created).toEqual([{ segmentId: 's-1', name: 'Birthday mail', holdoutShare: 0.1 }]));
    expect(await screen.findByTestId('strategy-st-2', {}, { timeout: 5_000 })).toBeTruthy();

    fireEvent.click(screen.getByTestId('strategy-end-st-1'));
    fireEvent.click(await screen.findByTestId('strategy-end-confirm'));
    await waitFor(() => expect(ended).toEqual([{ id: 'st-1' }]));
    await waitFor(() => expect(screen.getByTestId('strategy-status-st-1').textContent).toBe('Ended'));
  });

  it('offers a sales rep the results but no strategy changes', async () => {
    renderAt('/segments/s-1', [...page, strategiesMock([RUNNING]), cohortMock()], 'SALES_REP');
    await screen.findByTestId('strategy-st-1', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('strategy-new')).toBeNull();
    expect(screen.queryByTestId('strategy-end-st-1')).toBeNull();
  });
});
