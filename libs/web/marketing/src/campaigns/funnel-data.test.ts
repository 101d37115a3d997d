import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDuration, formatShare, funnelBars, funnelSummary, parseFunnelStep, type FunnelRow } from './funnel-data';

// The page's own messages come with it (useLazyMessages); here they are loaded by hand.
beforeAll(async () => {
  for (const lng of ['en', 'zh-CN', 'zh-TW']) await loadLazyMessages('marketing', lng);
});

const row = (step: FunnelRow['step'], count: number, medianHours: number | null = null): FunnelRow => ({ __typename: 'CampaignFunnelStepRow', step, count, medianHours });

describe('funnelBars', () => {
  it('puts the steps in the funnel order and gives each its share of the members', () => {
    // The server's order is not the funnel's: the chart must not rely on it.
    const bars = funnelBars([row('WON', 1, 240), row('MEMBER', 40), row('CONTACTED', 6, 3.5), row('RESPONDED', 10), row('OPPORTUNITY', 3, 50.4)]);
    expect(bars.map((b) => [b.step, b.count, b.share, b.medianHours])).toEqual([
      ['MEMBER', 40, 1, null],
      ['RESPONDED', 10, 0.25, null],
      ['CONTACTED', 6, 0.15, 3.5],
      ['OPPORTUNITY', 3, 0.075, 50.4],
      ['WON', 1, 0.025, 240],
    ]);
  });

  it('has no share without members (not 0 %, not NaN) and a zero for a step the server left out', () => {
    const bars = funnelBars([row('MEMBER', 0), row('RESPONDED', 0)]);
    expect(bars.map((b) => b.share)).toEqual([null, null, null, null, null]);
    expect(bars.at(-1)).toEqual({ step: 'WON', count: 0, share: null, medianHours: null });
    expect(formatShare(null, 'en')).toBe('—');
  });
});

describe('formatDuration', () => {
  const en = i18n.getFixedT('en');
  it('reads hours under a day and days from a day on, one decimal at most', () => {
    expect(formatDuration(en, 3.5, 'en')).toBe('3.5 h');
    expect(formatDuration(en, 0, 'en')).toBe('0 h');
    expect(formatDuration(en, 23.94, 'en')).toBe('23.9 h');
    expect(formatDuration(en, 24, 'en')).toBe('1 day');
    expect(formatDuration(en, 50.4, 'en')).toBe('2.1 days');
    expect(formatDuration(en, 1234.5, 'en')).toBe('51.4 days');
  });

  it('is localised', () => {
    expect(formatDuration(i18n.getFixedT('zh-CN'), 3.5, 'zh-CN')).toBe('3.5 小时');
    expect(formatDuration(i18n.getFixedT('zh-TW'), 3.5, 'zh-TW')).toBe('3.5 小時');
    expect(formatDuration(i18n.getFixedT('zh-TW'), 50.4, 'zh-TW')).toBe('2.1 天');
  });
});

describe('funnelSummary', () => {
  it('names every step with its count, share and median where there is one', () => {
    const bars = funnelBars([row('MEMBER', 40), row('RESPONDED', 10), row('CONTACTED', 6, 3.5), row('OPPORTUNITY', 3, 50.4), row('WON', 1, 240)]);
    expect(funnelSummary(i18n.getFixedT('en'), bars, 'en')).toBe(
      'Did they reach sales: Members 40 (100%); Responded 10 (25%); Contacted by a rep 6 (15%), median 3.5 h after the response; ' +
        'Opportunity 3 (7.5%), median 2.1 days after the response; Won 1 (2.5%), median 10 days after the response',
    );
  });
});

describe('parseFunnelStep', () => {
  it('takes a step from the address and nothing else', () => {
    expect(parseFunnelStep('WON')).toBe('WON');
    expect(parseFunnelStep('won')).toBeNull();
    expect(parseFunnelStep('DROP TABLE')).toBeNull();
    expect(parseFunnelStep(null)).toBeNull();
  });
});
