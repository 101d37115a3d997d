import { describe, expect, it } from 'vitest';
import { categoryRows, compactNumber, forecastVsQuota, funnelSteps, repRows, trendPoints, type Forecast } from './chart-data';

const amounts = (closed: number, commit: number, bestCase: number, pipeline: number) => [
  { __typename: 'ForecastCategoryAmount' as const, category: 'pipeline', amount: pipeline },
  { __typename: 'ForecastCategoryAmount' as const, category: 'best_case', amount: bestCase },
  { __typename: 'ForecastCategoryAmount' as const, category: 'commit', amount: commit },
  { __typename: 'ForecastCategoryAmount' as const, category: 'closed', amount: closed },
  { __typename: 'ForecastCategoryAmount' as const, category: 'omitted', amount: 0 },
];

const adjustment = (id: string, category: string, amount: number) => ({
  __typename: 'ForecastAdjustment' as const,
  id,
  category,
  amount,
  note: null,
  managerId: 'm1',
  teamId: 't1',
  userId: null,
  createdAt: '2026-11-20T10:00:00Z',
});

const forecast: Forecast = {
  __typename: 'Forecast',
  period: '2026 Q4',
  currency: 'CNY',
  weighted: 900,
  quota: 2000,
  attainment: 25,
  categories: amounts(500, 700, 300, 1000),
  // Newest first: 1200 is the call in force, 1000 an older one.
  adjusted: amounts(500, 1200, 300, 1000),
  adjustments: [adjustment('a2', 'commit', 1200), adjustment('a1', 'commit', 1000)],
  byRep: [{ __typename: 'ForecastRow', userId: 'u1', name: 'Rita', weighted: 900, quota: 2000, attainment: 25, categories: amounts(500, 700, 300, 1000) }],
  trend: [
    { __typename: 'ForecastTrendPoint', takenOn: '2026-11-16', commit: 650, bestCase: 320, closed: 450, weighted: 880 },
    { __typename: 'ForecastTrendPoint', takenOn: '2026-11-09', commit: 600, bestCase: 350, closed: 400, weighted: 860 },
  ],
};

describe('forecast chart data', () => {
  it('puts the reps’ numbers beside the adjusted ones, with the adjustment in force', () => {
    const rows = categoryRows(forecast);
    expect(rows.map((r) => r.category)).toEqual(['closed', 'commit', 'best_case', 'pipeline', 'omitted']);
    const commit = rows.find((r) => r.category === 'commit')!;
    expect(commit).toMatchObject({ reps: 700, adjusted: 1200, difference: 500 });
    expect(commit.adjustment?.id).toBe('a2');
    expect(rows.find((r) => r.category === 'closed')!.adjustment).toBeUndefined();
  });

  it('stacks the reps’ and the adjusted call against the quota, so an adjustment changes a bar', () => {
    expect(forecastVsQuota(forecast)).toEqual([
      { key: 'reps', closed: 500, commit: 700, bestCase: 300, quota: 0 },
      { key: 'adjusted', closed: 500, commit: 1200, bestCase: 300, quota: 0 },
      { key: 'quota', closed: 0, commit: 0, bestCase: 0, quota: 2000 },
    ]);
    expect(forecastVsQuota({ ...forecast, quota: null }).map((r) => r.key)).toEqual(['reps', 'adjusted']);
  });

  it('builds the funnel from the widest category to the narrowest', () => {
    expect(funnelSteps(forecast.adjusted)).toEqual([
      { category: 'pipeline', value: 3000 },
      { category: 'best_case', value: 2000 },
      { category: 'commit', value: 1700 },
      { category: 'closed', value: 500 },
    ]);
  });

  it('orders the weekly snapshots oldest first', () => {
    const points = trendPoints(forecast);
    expect(points.map((p) => p.takenOn)).toEqual(['2026-11-09', '2026-11-16']);
    expect(points[0]).toEqual({ takenOn: '2026-11-09', commit: 600, bestCase: 350, closed: 400, weighted: 860 });
    expect(trendPoints({ trend: [] })).toEqual([]);
  });

  it('flattens each rep’s categories', () => {
    expect(repRows(forecast)[0]).toEqual({ userId: 'u1', name: 'Rita', closed: 500, commit: 700, bestCase: 300, pipeline: 1000, weighted: 900, quota: 2000, attainment: 25 });
  });

  it('shortens axis numbers', () => {
    expect(compactNumber(1_250_000, 'en')).toBe('1.3M');
    expect(compactNumber(8_116_900, 'zh-CN')).toBe('811.7万');
  });
});
