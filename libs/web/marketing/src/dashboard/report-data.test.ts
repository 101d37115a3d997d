import { describe, expect, it } from 'vitest';
import { roiChartRows, shortName, spendChartRows, spentShare, type CampaignRow } from './report-data';

const row = (id: number, roi: number | null, budget = 0): CampaignRow => ({
  __typename: 'CampaignReturnRow',
  campaign: { __typename: 'Campaign', id: `c${id}`, name: `Campaign ${String(id).padStart(2, '0')}`, type: 'EMAIL', status: 'ACTIVE', channel: null, startDate: null, currency: 'CNY' },
  budget,
  actualCost: roi === null ? 0 : 100,
  wonAmount: 0,
  wonDeals: 0,
  members: 0,
  responses: 0,
  roi,
});

describe('dashboard report data', () => {
  it('charts every campaign with a cost when they fit, best first, and leaves undefined ROIs out', () => {
    const chart = roiChartRows([row(1, -0.5), row(2, null), row(3, 2), row(4, 0)]);
    expect(chart.rows.map((r) => r.campaign.id)).toEqual(['c3', 'c4', 'c1']);
    expect(chart).toMatchObject({ count: 3, cut: false });
  });

  it('charts the 10 best and the 5 worst of more, the middle left to the table', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i + 1, i / 10));
    const chart = roiChartRows(rows);
    expect(chart.cut).toBe(true);
    expect(chart.count).toBe(20);
    expect(chart.rows.map((r) => r.roi)).toEqual([1.9, 1.8, 1.7, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.4, 0.3, 0.2, 0.1, 0]);
  });

  it('charts the largest budgets for spend against budget', () => {
    const rows = Array.from({ length: 14 }, (_, i) => row(i + 1, 0, (i + 1) * 1000));
    const chart = spendChartRows(rows);
    expect(chart.rows).toHaveLength(12);
    expect(chart.rows[0]!.budget).toBe(14_000);
    expect(chart.cut).toBe(true);
  });

  it('has no share of a budget that does not exist', () => {
    expect(spentShare({ budget: 0, actualCost: 50 })).toBeNull();
    expect(spentShare({ budget: 200, actualCost: 50 })).toBe(0.25);
  });

  it('shortens names to the room given, a CJK character counting double', () => {
    expect(shortName('Spring Expo 2026', 18)).toBe('Spring Expo 2026');
    expect(shortName('Webinar: AI in Sales', 12)).toBe('Webinar: AI…');
    expect(shortName('深圳伙伴峰会 Partner', 9)).toBe('深圳伙伴…');
  });
});
