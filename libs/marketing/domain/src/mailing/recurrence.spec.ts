import { nextOccurrence, recurrenceProblems, rruleOf, type Recurrence } from './recurrence';

const weekly: Recurrence = { frequency: 'weekly', interval: 1, weekdays: [1, 4], monthDay: null, hour: 9, minute: 30, timeZone: 'Asia/Shanghai', count: null, until: null };
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('recurring mailings', () => {
  it('says the rule as RRULE text', () => {
    expect(rruleOf(weekly)).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=30');
    expect(rruleOf({ ...weekly, frequency: 'monthly', monthDay: 31, weekdays: [], count: 6 })).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31;BYHOUR=9;BYMINUTE=30;COUNT=6');
    expect(rruleOf({ ...weekly, frequency: 'daily', interval: 2, until: '2027-01-31' })).toBe('FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=30;UNTIL=20270131T235959');
  });

  it('finds the next weekday at the local time, strictly after the given instant', () => {
    const since = new Date('2026-12-05T00:00:00Z'); // Saturday in Shanghai
    // Monday 7 December, 9:30 in Shanghai = 01:30Z; then Thursday 10 December.
    expect(iso(nextOccurrence(weekly, since, since))).toBe('2026-12-07T01:30:00.000Z');
    expect(iso(nextOccurrence(weekly, new Date('2026-12-07T01:30:00Z'), since))).toBe('2026-12-10T01:30:00.000Z');
    // Every second week: the week after the first one is skipped.
    const fortnightly = { ...weekly, interval: 2, weekdays: [1] };
    expect(iso(nextOccurrence(fortnightly, new Date('2026-12-07T01:30:00Z'), new Date('2026-12-07T00:00:00Z')))).toBe('2026-12-21T01:30:00.000Z');
  });

  it('keeps the wall-clock time across daylight saving, and uses a short month’s last day', () => {
    const ny = { ...weekly, weekdays: [1], hour: 9, minute: 0, timeZone: 'America/New_York' };
    expect(iso(nextOccurrence(ny, new Date('2027-03-02T00:00:00Z'), new Date('2027-03-01T00:00:00Z')))).toBe('2027-03-08T14:00:00.000Z');
    expect(iso(nextOccurrence(ny, new Date('2027-03-09T00:00:00Z'), new Date('2027-03-01T00:00:00Z')))).toBe('2027-03-15T13:00:00.000Z');
    const monthEnd = { ...weekly, frequency: 'monthly' as const, monthDay: 31, weekdays: [], hour: 10, minute: 0 };
    expect(iso(nextOccurrence(monthEnd, new Date('2027-02-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')))).toBe('2027-02-28T02:00:00.000Z');
  });

  it('ends after COUNT occurrences or after UNTIL', () => {
    const since = new Date('2026-12-05T00:00:00Z');
    expect(nextOccurrence({ ...weekly, count: 2 }, since, since, 2)).toBeNull();
    expect(iso(nextOccurrence({ ...weekly, count: 2 }, since, since, 1))).toBe('2026-12-07T01:30:00.000Z');
    expect(nextOccurrence({ ...weekly, until: '2026-12-06' }, since, since)).toBeNull();
    expect(iso(nextOccurrence({ ...weekly, until: '2026-12-07' }, since, since))).toBe('2026-12-07T01:30:00.000Z');
  });

  it('lists every problem of a rule at once', () => {
    const bad = { ...weekly, interval: 0, weekdays: [8], hour: 24, timeZone: 'Nowhere/Land', count: 2, until: '2027-01-01' };
    expect(recurrenceProblems(bad).map((p) => p.path)).toEqual(['interval', 'weekdays', 'hour', 'timeZone', 'until']);
    expect(recurrenceProblems(weekly)).toEqual([]);
    expect(recurrenceProblems({ ...weekly, frequency: 'monthly', monthDay: null }).map((p) => p.path)).toEqual(['monthDay']);
  });
});
