import { describe, expect, it } from 'vitest';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import {
  currentPeriod,
  fromPeriodInput,
  monthNames,
  periodFromSearch,
  periodLabel,
  periodToSearch,
  shiftPeriod,
  toPeriodInput,
  withChange,
  yearChoices,
  type PeriodChoice,
} from './period';

const q4: PeriodChoice = { granularity: 'quarter', year: 2026, quarter: 4, month: 10 };

describe('period picker ↔ PeriodInput', () => {
  it('opens on the current quarter', () => {
    expect(currentPeriod(new Date(2026, 10, 23))).toEqual({ granularity: 'quarter', year: 2026, quarter: 4, month: 11 });
  });

  it('sends only the fields of the chosen granularity', () => {
    expect(toPeriodInput(q4)).toEqual({ year: 2026, quarter: 4 });
    expect(toPeriodInput({ ...q4, granularity: 'month', month: 11 })).toEqual({ year: 2026, month: 11 });
    expect(toPeriodInput({ ...q4, granularity: 'year' })).toEqual({ year: 2026 });
  });

  it('round-trips through PeriodInput, month winning over quarter like the server', () => {
    for (const input of [{ year: 2026 }, { year: 2026, quarter: 2 }, { year: 2025, month: 12 }]) {
      expect(toPeriodInput(fromPeriodInput(input))).toEqual(input);
    }
    expect(fromPeriodInput({ year: 2026, quarter: 1, month: 8 })).toEqual({ granularity: 'month', year: 2026, quarter: 3, month: 8 });
  });

  it('keeps quarter and month in step when one changes', () => {
    expect(withChange(q4, { month: 2 })).toMatchObject({ quarter: 1, month: 2 });
    expect(withChange(q4, { quarter: 2 })).toMatchObject({ quarter: 2, month: 4 });
    expect(withChange(q4, { granularity: 'month' })).toMatchObject({ granularity: 'month', month: 10 });
  });

  it('steps to the previous and next period across year ends', () => {
    expect(shiftPeriod(q4, 1)).toMatchObject({ year: 2027, quarter: 1, month: 1 });
    expect(shiftPeriod({ ...q4, quarter: 1, month: 1 }, -1)).toMatchObject({ year: 2025, quarter: 4, month: 10 });
    expect(shiftPeriod({ granularity: 'month', year: 2026, quarter: 1, month: 1 }, -1)).toMatchObject({ year: 2025, month: 12, quarter: 4 });
    expect(shiftPeriod({ ...q4, granularity: 'year' }, -1).year).toBe(2025);
  });
});

describe('period in the URL', () => {
  it('writes what it reads', () => {
    const month: PeriodChoice = { granularity: 'month', year: 2026, quarter: 4, month: 11 };
    expect(periodToSearch(month)).toEqual({ year: '2026', month: '11' });
    expect(periodFromSearch(new URLSearchParams(periodToSearch(month)))).toEqual(month);
    expect(periodFromSearch(new URLSearchParams({ year: '2026', quarter: '4' }))).toEqual(q4);
    expect(periodFromSearch(new URLSearchParams({ year: '2024' })).granularity).toBe('year');
  });

  it('falls back to now for missing or odd values', () => {
    const now = new Date(2026, 4, 2);
    expect(periodFromSearch(new URLSearchParams(), now)).toEqual(currentPeriod(now));
    expect(periodFromSearch(new URLSearchParams({ year: 'soon' }), now)).toEqual(currentPeriod(now));
    expect(periodFromSearch(new URLSearchParams({ year: '2026', month: '14' }), now)).toMatchObject({ month: 12 });
  });
});

describe('labels', () => {
  it('names periods in the language shown', async () => {
    // Revenue's words come with its pages (lazy/revenue.<lng>.json), as the forecast page loads them.
    await Promise.all([loadLazyMessages('revenue', 'en'), loadLazyMessages('revenue', 'zh-CN')]);
    const t = i18n.getFixedT('en');
    expect(periodLabel(t, q4, 'en')).toBe('Q4 2026');
    expect(periodLabel(i18n.getFixedT('zh-CN'), q4, 'zh-CN')).toBe('2026年第4季度');
    expect(periodLabel(t, { ...q4, granularity: 'month', month: 11 }, 'en')).toBe('November 2026');
    expect(periodLabel(t, { ...q4, granularity: 'year' }, 'en')).toBe('2026');
    expect(monthNames('en')[0]).toBe('January');
    expect(yearChoices(new Date(2026, 0, 1))).toEqual([2027, 2026, 2025, 2024, 2023]);
  });
});
