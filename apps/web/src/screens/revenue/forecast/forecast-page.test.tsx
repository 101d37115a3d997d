import { AdjustForecastDocument, ForecastDocument, TeamsDocument, type ForecastQuery } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';
import { always, namesMock, signedIn, TEAM } from '@rapport/web-testing';

const amounts = (closed: number, commit: number, bestCase: number, pipeline: number) =>
  Object.entries({ pipeline, best_case: bestCase, commit, closed, omitted: 0 }).map(([category, amount]) => ({ __typename: 'ForecastCategoryAmount' as const, category, amount }));

function forecast(adjustedCommit?: number): ForecastQuery['forecast'] {
  return {
    __typename: 'Forecast',
    period: '2026 Q4',
    currency: 'CNY',
    weighted: 900000,
    quota: 2000000,
    attainment: 25,
    categories: amounts(500000, 700000, 300000, 1000000),
    adjusted: amounts(500000, adjustedCommit ?? 700000, 300000, 1000000),
    adjustments: adjustedCommit
      ? [{ __typename: 'ForecastAdjustment', id: 'fa-1', category: 'commit', amount: adjustedCommit, note: 'Two renewals close early', managerId: 'u-wang', teamId: TEAM.id, userId: null, createdAt: '2026-11-23T09:00:00Z' }]
      : [],
    byRep: [{ __typename: 'ForecastRow', userId: 'u-rita', name: 'Rita Rep', weighted: 900000, quota: 2000000, attainment: 25, categories: amounts(500000, 700000, 300000, 1000000) }],
    trend: [{ __typename: 'ForecastTrendPoint', takenOn: '2026-11-16', commit: 650000, bestCase: 320000, closed: 450000, weighted: 880000 }],
  };
}

describe('ForecastPage', { timeout: 60_000 }, () => {
  it('shows the manager’s team for the period in the URL; an adjustment changes the adjusted figure and the chart', async () => {
    let adjusted: number | undefined;
    const asked: Record<string, unknown>[] = [];
    const adjust = vi.fn(() => {
      adjusted = 1200000;
      return { data: { adjustForecast: { __typename: 'AdjustForecastPayload', adjustment: { __typename: 'ForecastAdjustment', id: 'fa-1', category: 'commit', amount: 1200000 } } } };
    });
    renderApp('/sales/forecast?year=2026&quarter=4', [
      signedIn('u-wang'),
      namesMock(),
      always(TeamsDocument, { teams: { __typename: 'TeamConnection', totalCount: 1, edges: [{ __typename: 'TeamEdge', node: { ...TEAM, memberCount: 3, createdAt: '2026-01-01T00:00:00Z', parent: null, manager: null } }] } }),
      {
        request: {
          query: ForecastDocument,
          variables: (v: Record<string, unknown>) => {
            asked.push(v);
            return true;
          },
        },
        result: () => ({ data: { forecast: forecast(adjusted) } }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: AdjustForecastDocument, variables: { input: { period: { year: 2026, quarter: 4 }, teamId: TEAM.id, category: 'commit', amount: 1200000, note: 'Two renewals close early' } } },
        result: adjust,
      },
    ]);

    expect((await screen.findByTestId('forecast-adjusted-commit', {}, { timeout: 10_000 })).textContent).toBe('CN¥700,000.00');
    expect(asked[0]).toEqual({ period: { year: 2026, quarter: 4 }, teamId: TEAM.id });
    expect(screen.getByText('Sales East · Q4 2026')).toBeTruthy();
    const chart = screen.getByTestId('forecast-vs-quota-chart');
    const before = chart.getAttribute('aria-label');
    expect(before).toContain('Adjusted: CN¥1,500,000.00');
    expect(before).toContain('Quota: CN¥2,000,000.00');

    fireEvent.click(screen.getByTestId('forecast-adjust'));
    const amount = await screen.findByTestId('adjust-amount');
    expect((amount as HTMLInputElement).value).toBe('700000.00');
    fireEvent.change(amount, { target: { value: '1200000' } });
    fireEvent.change(screen.getByTestId('adjust-note'), { target: { value: 'Two renewals close early' } });
    fireEvent.click(screen.getByTestId('adjust-submit'));

    await waitFor(() => expect(screen.getByTestId('forecast-adjusted-commit').textContent).toBe('CN¥1,200,000.00'), { timeout: 5000 });
    expect(adjust).toHaveBeenCalledTimes(1);
    // The reps' own number stays beside the manager's call.
    expect(screen.getByTestId('forecast-reps-commit').textContent).toBe('CN¥700,000.00');
    expect(screen.getByTestId('forecast-adjustment-fa-1').textContent).toContain('Two renewals close early');
    expect(screen.getByTestId('forecast-vs-quota-chart').getAttribute('aria-label')).toContain('Adjusted: CN¥2,000,000.00');
  });

  it('moves to the next period with the arrows', async () => {
    const asked: Record<string, unknown>[] = [];
    const { router } = renderApp('/sales/forecast?year=2026&quarter=4', [
      signedIn('u-rita'),
      namesMock(),
      {
        request: { query: ForecastDocument, variables: (v: Record<string, unknown>) => (asked.push(v), true) },
        result: () => ({ data: { forecast: forecast() } }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    fireEvent.click(await screen.findByTestId('forecast-next', {}, { timeout: 10_000 }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2027&quarter=1'));
    await waitFor(() => expect(asked.at(-1)).toEqual({ period: { year: 2027, quarter: 1 } }));
    // Reps see their own numbers: no team picker, no adjusting.
    expect(screen.queryByTestId('forecast-adjust')).toBeNull();
    expect(screen.queryByTestId('forecast-team')).toBeNull();
  });
});
