import fc from 'fast-check';
import { businessClockAt, businessClockTable } from './business-clock-table';
import { businessTimeBetween, period, weekdays, type BusinessCalendar } from './business-time';

const LUNCH: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays([period('09:00-12:00'), period('13:00-18:00')]) };
/** Mainland China around National Day 2026: days off, and make-up Sunday 20 September and Saturday 10 October. */
const CHINA: BusinessCalendar = {
  ...LUNCH,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: { '2026-09-20': null, '2026-10-10': null },
};
/** Across both daylight-saving changes of 2026, a Saturday morning, a short Wednesday and a day off. */
const NEW_YORK: BusinessCalendar = {
  timeZone: 'America/New_York',
  week: { ...weekdays([period('08:30-12:15'), period('13:00-17:45')]), 3: [period('00:00-02:30'), period('22:00-24:00')], 6: [period('09:00-11:00')] },
  holidays: ['2026-07-03'],
  workdays: { '2026-11-29': [period('10:00-14:00')] },
};

describe('business clock table', () => {
  it('counts what businessTimeBetween counts between any two instants of its span', () => {
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(LUNCH, CHINA, NEW_YORK), (x, y, cal) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const table = businessClockTable(cal, a, b);
        expect(businessClockAt(table, b) - businessClockAt(table, a)).toBe(businessTimeBetween(a, b, cal));
      }),
      { numRuns: 300 },
    );
  });

  it('makes a holiday count nothing and a make-up Saturday count a working day, lunch excluded', () => {
    const table = businessClockTable(CHINA, new Date('2026-09-30T00:00:00+08:00'), new Date('2026-10-11T00:00:00+08:00'));
    expect(table.firstDate).toBe('2026-09-30');
    expect(table.days).toBe(12);
    expect(table.perDay).toBe(2);
    const hours = (from: string, to: string) => (businessClockAt(table, new Date(`${to}+08:00`)) - businessClockAt(table, new Date(`${from}+08:00`))) / 3_600_000;
    expect(hours('2026-10-01T00:00:00', '2026-10-08T00:00:00')).toBe(0);
    expect(hours('2026-10-10T00:00:00', '2026-10-11T00:00:00')).toBe(8);
    expect(hours('2026-09-30T11:00:00', '2026-09-30T14:00:00')).toBe(2);
  });

  it('holds a date that never opens as empty openings', () => {
    const table = businessClockTable({ timeZone: 'UTC', week: {} }, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-03T00:00:00Z'));
    expect(table).toMatchObject({ days: 3, perDay: 1, before: [0, 0, 0], from: [0, 0, 0], to: [0, 0, 0] });
    expect(businessClockAt(table, new Date('2026-03-02T12:00:00Z'))).toBe(0);
  });
});
