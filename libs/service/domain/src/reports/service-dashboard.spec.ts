import { attainmentRows, breachDays, CASE_AGE_BOUNDS_SECONDS, firstResponseTotals, lastDays, metRate, openByAge, reportPeriod } from './service-dashboard';

const DAY = 86_400_000;

describe('the service dashboard', () => {
  it('bounds the age buckets at 1, 3, 7 and 30 days', () => {
    expect(CASE_AGE_BOUNDS_SECONDS).toEqual([86_400, 3 * 86_400, 7 * 86_400, 30 * 86_400]);
  });

  it('fills every age bucket and priority, zeros included, and totals the priorities', () => {
    const { buckets, byPriority } = openByAge([
      { bucket: 0, priority: 'urgent', total: 2, breached: 1 },
      { bucket: 0, priority: 'low', total: 1, breached: 0 },
      { bucket: 4, priority: 'urgent', total: 3, breached: 3 },
    ]);
    expect(buckets.map((b) => [b.bucket, b.total, b.breached])).toEqual([
      ['under_1_day', 3, 1],
      ['days_1_to_3', 0, 0],
      ['days_3_to_7', 0, 0],
      ['days_7_to_30', 0, 0],
      ['over_30_days', 3, 3],
    ]);
    expect(buckets[0]!.byPriority).toEqual([
      { priority: 'low', total: 1, breached: 0 },
      { priority: 'normal', total: 0, breached: 0 },
      { priority: 'high', total: 0, breached: 0 },
      { priority: 'urgent', total: 2, breached: 1 },
    ]);
    expect(byPriority.map((p) => [p.priority, p.total, p.breached])).toEqual([
      ['low', 1, 0],
      ['normal', 0, 0],
      ['high', 0, 0],
      ['urgent', 5, 4],
    ]);
  });

  it('rates met among met and breached, leaving stopped out, and says nothing when nothing ended', () => {
    expect(metRate(3, 1)).toBe(0.75);
    expect(metRate(0, 2)).toBe(0);
    expect(metRate(0, 0)).toBeNull();
    const rows = attainmentRows([
      { teamId: null, teamName: null, priority: 'low', milestone: 'resolution', met: 1, breached: 0, stopped: 0 },
      { teamId: 't2', teamName: 'Beta', priority: 'normal', milestone: 'next_response', met: 0, breached: 0, stopped: 4 },
      { teamId: 't1', teamName: 'Alpha', priority: 'normal', milestone: 'resolution', met: 1, breached: 1, stopped: 0 },
      { teamId: 't1', teamName: 'Alpha', priority: 'urgent', milestone: 'first_response', met: 9, breached: 1, stopped: 0 },
      { teamId: 't1', teamName: 'Alpha', priority: 'normal', milestone: 'first_response', met: 2, breached: 2, stopped: 0 },
    ]);
    // Teams by name with "no team" last; urgent before normal; first response before resolution.
    expect(rows.map((r) => [r.teamName, r.priority, r.milestone, r.metRate])).toEqual([
      ['Alpha', 'urgent', 'first_response', 0.9],
      ['Alpha', 'normal', 'first_response', 0.5],
      ['Alpha', 'normal', 'resolution', 0.5],
      ['Beta', 'normal', 'next_response', null],
      [null, 'low', 'resolution', 1],
    ]);
    expect(firstResponseTotals(rows)).toEqual({ met: 11, breached: 3, metRate: 11 / 14 });
    expect(firstResponseTotals([])).toEqual({ met: 0, breached: 0, metRate: null });
  });

  it('lists the last days across a month and a year end, oldest first', () => {
    expect(lastDays('2027-01-02', 7)).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(lastDays('2028-03-01', 2)).toEqual(['2028-02-29', '2028-03-01']);
    expect(() => lastDays('soon', 7)).toThrow('not a date');
  });

  it('fills days without breaches with 0 and puts the open late cases on today', () => {
    const days = breachDays('2026-12-07', 7, [
      { day: '2026-12-01', count: 2 },
      { day: '2026-12-07', count: 1 },
      // Outside the window: not shown.
      { day: '2026-11-30', count: 5 },
    ], 4);
    expect(days.map((d) => [d.day, d.completed, d.open, d.total])).toEqual([
      ['2026-12-01', 2, 0, 2],
      ['2026-12-02', 0, 0, 0],
      ['2026-12-03', 0, 0, 0],
      ['2026-12-04', 0, 0, 0],
      ['2026-12-05', 0, 0, 0],
      ['2026-12-06', 0, 0, 0],
      ['2026-12-07', 1, 4, 5],
    ]);
  });

  it('reports over the last 30 days by default, and refuses a backwards or over-long period', () => {
    const now = new Date('2026-12-07T02:00:00Z');
    expect(reportPeriod(null, null, now)).toEqual({ from: new Date(now.getTime() - 30 * DAY), to: now });
    const to = new Date('2026-06-01T00:00:00Z');
    expect(reportPeriod(undefined, to, now)).toEqual({ from: new Date(to.getTime() - 30 * DAY), to });
    expect(reportPeriod(now, now, now)).toEqual({ path: 'to', message: 'The dashboard period must end after it starts.' });
    expect(reportPeriod(new Date(now.getTime() + 1), now, now)).toEqual({ path: 'to', message: 'The dashboard period must end after it starts.' });
    expect(reportPeriod(new Date(now.getTime() - 366 * DAY), now, now)).toEqual({ from: new Date(now.getTime() - 366 * DAY), to: now });
    expect(reportPeriod(new Date(now.getTime() - 366 * DAY - 1), now, now)).toEqual({ path: 'from', message: 'The dashboard period may span at most 366 days.' });
  });
});
