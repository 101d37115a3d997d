import type { StrategyOutcomeFieldsFragment } from '@rapport/web-data-access';
import { i18n, initI18n, loadLazyMessages } from '@rapport/web-ui';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDifference, formatMean, intervalGeometry, orderedResults, resultFormat, verdictSentence } from './strategy-words';

let t: TFunction;
const f = resultFormat('en');

async function wordsIn(language: string): Promise<TFunction> {
  await i18n.changeLanguage(language);
  await loadLazyMessages('strategies', language);
  return i18n.getFixedT(language) as TFunction;
}

beforeAll(async () => {
  await initI18n();
  t = await wordsIn('en');
});

function result(over: Partial<StrategyOutcomeFieldsFragment>): StrategyOutcomeFieldsFragment {
  return {
    __typename: 'StrategyOutcome',
    outcome: 'bought',
    treated: 900,
    holdout: 100,
    treatedMean: 0.28,
    holdoutMean: 0.25,
    difference: 0.03,
    low: 0.0125,
    high: 0.0475,
    relative: 0.12,
    relativeLow: 0.05,
    relativeHigh: 0.19,
    verdict: 'worked',
    ...over,
  };
}

describe('a strategy’s verdict in words', () => {
  it('says a lift that worked relative to the holdout, with its interval', () => {
    expect(verdictSentence(t, result({}), f)).toBe('Worked: people who got it bought 12% more often (95% interval +5% to +19%).');
  });

  it('says harm, and the direction of the effect in each outcome’s own verb', () => {
    const hurt = result({ outcome: 'orders', difference: -0.1, low: -0.2, high: -0.02, relative: -0.08, relativeLow: -0.15, relativeHigh: -0.01, verdict: 'hurt' });
    expect(verdictSentence(t, hurt, f)).toBe('Hurt: people who got it placed 8% fewer orders (95% interval -15% to -1%).');
  });

  it('says an interval that crosses zero is no clear effect, not a win', () => {
    const unsure = result({ outcome: 'revenue', difference: 4, low: -3, high: 11, relative: 0.03, relativeLow: -0.04, relativeHigh: 0.1, verdict: 'inconclusive' });
    expect(verdictSentence(t, unsure, f)).toBe('No clear effect yet: people who got it spent 3% more, but the 95% interval (-4% to +10%) includes no difference.');
  });

  it('says it is too early when a group is under 30 people', () => {
    expect(verdictSentence(t, result({ verdict: 'too_few', treated: 200, holdout: 12 }), f)).toBe('Too early to tell: a group has fewer than 30 people (200 got it, 12 held out).');
  });

  it('falls back to the outcome’s own unit when nobody held out did it (no relative lift)', () => {
    const fromZero = result({ outcome: 'responded', holdoutMean: 0, treatedMean: 0.04, difference: 0.04, low: 0.02, high: 0.06, relative: null, relativeLow: null, relativeHigh: null });
    expect(verdictSentence(t, fromZero, f)).toBe('Worked: people who got it responded 4 pts more often (95% interval +2 pts to +6 pts).');
    const orders = result({ outcome: 'orders', difference: 0.3, low: 0.1, high: 0.5, relative: null, relativeLow: null, relativeHigh: null });
    expect(verdictSentence(t, orders, f)).toBe('Worked: people who got it placed 0.3 more orders (95% interval +0.1 to +0.5).');
  });

  it('reads in Chinese too', async () => {
    const zh = await wordsIn('zh-CN');
    expect(verdictSentence(zh, result({}), resultFormat('zh-CN'))).toBe('有效：收到的人购买频率高 12%（95% 置信区间 +5% 至 +19%）。');
    const tw = await wordsIn('zh-TW');
    expect(verdictSentence(tw, result({ verdict: 'too_few', treated: 20, holdout: 2 }), resultFormat('zh-TW'))).toBe('言之過早：有一組不到 30 人（收到 20 人，對照組 2 人）。');
    t = await wordsIn('en');
  });
});

describe('values and the chart’s geometry', () => {
  it('shows shares as percentages and amounts as numbers', () => {
    expect(formatMean('bought', 0.25, f)).toBe('25%');
    expect(formatMean('revenue', 123.456, f)).toBe('123.46');
    expect(formatDifference(t, 'bought', 0.031, f)).toBe('+3.1 pts');
    expect(formatDifference(t, 'orders', -0.2, f)).toBe('-0.2');
  });

  it('puts zero in the middle and the interval on its side of it', () => {
    const g = intervalGeometry({ difference: 2, low: 1, high: 3 });
    expect(g.zero).toBe(0.5);
    expect(g.low).toBeGreaterThan(0.5);
    expect(g.high).toBeLessThan(1);
    expect(g.point).toBeGreaterThan(g.low);
    const crossing = intervalGeometry({ difference: 0.5, low: -1, high: 2 });
    expect(crossing.low).toBeLessThan(0.5);
    expect(crossing.high).toBeGreaterThan(0.5);
    expect(intervalGeometry({ difference: 0, low: 0, high: 0 })).toEqual({ zero: 0.5, low: 0.5, high: 0.5, point: 0.5 });
  });

  it('orders results orders, revenue, bought, responded', () => {
    expect(orderedResults([{ outcome: 'responded' }, { outcome: 'bought' }, { outcome: 'orders' }, { outcome: 'revenue' }]).map((r) => r.outcome)).toEqual(['orders', 'revenue', 'bought', 'responded']);
  });
});
