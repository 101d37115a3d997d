import { lifecycleStageLabel } from '@rapport/web-core';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { durationLabel } from './model-panel';
import { churnBandLabel, rfmCellLabel } from './value-labels';
import {
  buildRfmGrid,
  defaultCalibrationEnd,
  formatCompactMoney,
  formatDecimal,
  formatLogLikelihood,
  formatParameter,
  formatPercent,
  heatColors,
  holdoutPoints,
  isActive,
  latestSucceeded,
  RFM_CELLS,
} from './value-model';

const en = i18n.getFixedT('en');
const cn = i18n.getFixedT('zh-CN');
const tw = i18n.getFixedT('zh-TW');

beforeAll(async () => {
  await Promise.all(['en', 'zh-CN', 'zh-TW'].map((lng) => loadLazyMessages('customer-value', lng)));
});

describe('buildRfmGrid', () => {
  it('lays the API rows out as 5 × 5, R 5 on top and FM 1 on the left, empty positions named and zero', () => {
    const grid = buildRfmGrid([
      { r: 5, fm: 5, cell: 'champions', customers: 40, revenue: 80_000 },
      { r: 1, fm: 1, cell: 'lost', customers: 10, revenue: 500 },
      { r: 3, fm: 3, cell: 'need_attention', customers: 20, revenue: 6_000 },
    ]);
    expect(grid.rows).toHaveLength(5);
    expect(grid.rows.map((row) => row.map((c) => `${c.r}${c.fm}`).join(' '))).toEqual(['51 52 53 54 55', '41 42 43 44 45', '31 32 33 34 35', '21 22 23 24 25', '11 12 13 14 15']);
    expect(grid.rows[0]![4]).toMatchObject({ cell: 'champions', customers: 40, revenue: 80_000, share: 1 });
    expect(grid.rows[4]![0]).toMatchObject({ cell: 'lost', customers: 10, share: 0.25 });
    expect(grid.rows[2]![2]).toMatchObject({ cell: 'need_attention', share: 0.5 });
    // Nobody there yet, still named from the map.
    expect(grid.rows[0]![0]).toMatchObject({ cell: 'new_customers', customers: 0, revenue: 0, share: 0 });
    expect(grid.rows[3]![4]).toMatchObject({ cell: 'cannot_lose', customers: 0 });
    expect(grid).toMatchObject({ customers: 70, revenue: 86_500, max: 40 });
  });

  it('names every position with one of the eleven cells, each used at least once', () => {
    const cells = new Set(buildRfmGrid([]).rows.flat().map((c) => c.cell));
    expect([...cells].sort()).toEqual([...RFM_CELLS].sort());
  });

  it('ignores scores outside 1–5, adds up a position given twice, and takes the API’s name', () => {
    const grid = buildRfmGrid([
      { r: 0, fm: 3, cell: 'x', customers: 5, revenue: 1 },
      { r: 2, fm: 6, cell: 'x', customers: 5, revenue: 1 },
      { r: 2, fm: 2, cell: 'hibernating', customers: 3, revenue: 30 },
      { r: 2, fm: 2, cell: 'hibernating', customers: 2, revenue: 20 },
      { r: 4, fm: 1, cell: 'renamed_later', customers: 1, revenue: 1 },
    ]);
    expect(grid.rows[3]![1]).toMatchObject({ customers: 5, revenue: 50 });
    expect(grid.rows[1]![0]!.cell).toBe('renamed_later');
    expect(grid.customers).toBe(6);
  });

  it('has no shares when nobody is scored', () => {
    const grid = buildRfmGrid([]);
    expect(grid.max).toBe(0);
    expect(grid.rows.flat().every((c) => c.share === 0)).toBe(true);
  });
});

describe('heatColors', () => {
  it('leaves empty cells white and darkens with share, white text on the dark blues', () => {
    expect(heatColors(0, 0).background).toBe('#ffffff');
    expect(heatColors(0.01, 1)).toEqual({ background: '#e6f4ff', color: 'rgba(0, 0, 0, 0.88)' });
    expect(heatColors(0.6, 1).background).toBe('#4096ff');
    expect(heatColors(0.7, 1)).toEqual({ background: '#0958d9', color: '#ffffff' });
    expect(heatColors(1, 1)).toEqual({ background: '#002c8c', color: '#ffffff' });
  });
});

describe('runs', () => {
  it('knows which statuses still work and which run the page shows', () => {
    expect(['queued', 'running', 'succeeded', 'failed'].map(isActive)).toEqual([true, true, false, false]);
    const runs = [{ id: '3', status: 'running' }, { id: '2', status: 'failed' }, { id: '1', status: 'succeeded' }, { id: '0', status: 'succeeded' }];
    expect(latestSucceeded(runs)?.id).toBe('1');
    expect(latestSucceeded([{ status: 'failed' }])).toBeUndefined();
  });

  it('suggests a calibration end 26 weeks before the run date', () => {
    expect(defaultCalibrationEnd(new Date('2026-12-01T00:00:00Z')).toISOString()).toBe('2026-06-02T00:00:00.000Z');
  });

  it('orders the holdout groups by calibration frequency', () => {
    const points = holdoutPoints([
      { frequency: 7, label: '7+', customers: 3, meanActual: 4, meanPredicted: 3.5 },
      { frequency: 0, label: '0', customers: 10, meanActual: 0.1, meanPredicted: 0.2 },
    ]);
    expect(points).toEqual([
      { label: '0', customers: 10, predicted: 0.2, actual: 0.1 },
      { label: '7+', customers: 3, predicted: 3.5, actual: 4 },
    ]);
  });
});

describe('formatting', () => {
  it('formats parameters, log-likelihoods, probabilities and means for the reader', () => {
    expect(formatParameter(0.243149, 'en')).toBe('0.2431');
    expect(formatParameter(15.44362, 'en')).toBe('15.44');
    expect(formatParameter(1234.5, 'en')).toBe('1,235');
    expect(formatParameter(null, 'en')).toBeUndefined();
    expect(formatLogLikelihood(-9582.4321, 'en')).toBe('-9,582.4');
    expect(formatPercent(0.87, 'en')).toBe('87%');
    expect(formatPercent(0.004, 'en')).toBe('<1%');
    expect(formatPercent(0.996, 'en')).toBe('>99%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(null, 'en')).toBeUndefined();
    expect(formatDecimal(3.256, 'en')).toBe('3.26');
    expect(formatDecimal(Number.NaN, 'en')).toBeUndefined();
    expect(formatCompactMoney(1_234_567, 'en')).toBe('CN¥1.2M');
    expect(formatCompactMoney(1_234_567, 'zh-CN')).toBe('¥123.5万');
  });

  it('says durations in the largest fitting unit, in each language', () => {
    expect(durationLabel(en, 850, 'en')).toBe('850 ms');
    expect(durationLabel(en, 12_449, 'en')).toBe('12.4 s');
    expect(durationLabel(en, 185_000, 'en')).toBe('3 min 5 s');
    expect(durationLabel(cn, 185_000, 'zh-CN')).toBe('3 分 5 秒');
    expect(durationLabel(en, null, 'en')).toBeUndefined();
  });
});

describe('labels', () => {
  it('names cells with the domain’s words, stages and bands in every language', () => {
    expect(rfmCellLabel(en, 'cannot_lose')).toBe('Cannot lose them');
    expect(rfmCellLabel(cn, 'champions')).toBe('冠军客户');
    expect(rfmCellLabel(tw, 'about_to_sleep')).toBe('即將休眠');
    expect(rfmCellLabel(en, 'something_new')).toBe('something_new');
    for (const cell of RFM_CELLS) expect(rfmCellLabel(en, cell)).not.toMatch(/^customerValue\./);
    expect(lifecycleStageLabel(en, 'repeat_customer')).toBe('Repeat customer');
    expect(lifecycleStageLabel(tw, 'lead')).toBe('潛在客戶');
    expect(churnBandLabel(cn, 'high')).toBe('高');
  });
});
