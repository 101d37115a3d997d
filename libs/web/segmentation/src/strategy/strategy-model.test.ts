import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { buyerShare, defaultCohort, EMPTY_STRATEGY, periodRange, relativeChange, strategyInput } from './strategy-model';

describe('the new strategy form', () => {
  it('sends the holdout as a share, 10% by default, and no window when none is chosen', () => {
    expect(strategyInput('s-1', { ...EMPTY_STRATEGY, name: '  Win-back voucher ' })).toEqual({ segmentId: 's-1', name: 'Win-back voucher', holdoutShare: 0.1 });
    expect(strategyInput('s-1', { ...EMPTY_STRATEGY, name: 'x', holdoutPercent: 25, description: '  ' }).holdoutShare).toBe(0.25);
  });

  it('counts whole days: the window ends at the start of the day after its last', () => {
    const input = strategyInput('s-1', { ...EMPTY_STRATEGY, name: 'x', startsOn: dayjs('2026-03-01T15:00:00'), endsOn: dayjs('2026-03-31T09:00:00') });
    expect(dayjs(input.startsAt!).format('YYYY-MM-DD HH:mm')).toBe('2026-03-01 00:00');
    expect(dayjs(input.endsAt!).format('YYYY-MM-DD HH:mm')).toBe('2026-04-01 00:00');
  });
});

describe('the cohort card', () => {
  it('starts with last quarter’s members, in last quarter and in this one so far', () => {
    const c = defaultCohort(dayjs('2026-05-20T10:00:00'));
    expect(c.memberOn.format('YYYY-MM-DD')).toBe('2026-01-01');
    expect([c.a.from!.format('YYYY-MM-DD'), c.a.to!.format('YYYY-MM-DD')]).toEqual(['2026-01-01', '2026-03-31']);
    expect([c.b.from!.format('YYYY-MM-DD'), c.b.to!.format('YYYY-MM-DD')]).toEqual(['2026-04-01', '2026-05-20']);
    expect(defaultCohort(dayjs('2026-01-05')).memberOn.format('YYYY-MM-DD')).toBe('2025-10-01');
  });

  it('asks for a period only when it is whole and forwards, its last day included', () => {
    expect(periodRange({ from: null, to: dayjs('2026-01-01') })).toBeNull();
    expect(periodRange({ from: dayjs('2026-02-01'), to: dayjs('2026-01-01') })).toBeNull();
    const r = periodRange({ from: dayjs('2026-01-01'), to: dayjs('2026-01-01') })!;
    expect(dayjs(r.to).diff(dayjs(r.from), 'hour')).toBe(24);
  });

  it('has no buyer share of an empty cohort and no change against zero', () => {
    expect(buyerShare({ members: 0, buyers: 0 })).toBeNull();
    expect(buyerShare({ members: 200, buyers: 50 })).toBe(0.25);
    expect(relativeChange(0, 5)).toBeNull();
    expect(relativeChange(100, 125)).toBe(0.25);
  });
});
