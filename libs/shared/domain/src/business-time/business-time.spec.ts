import fc from 'fast-check';
import { addBusinessMinutes, businessMinutesBetween, businessTimeBetween, calendarProblem, isBusinessTime, period, weekdays, type BusinessCalendar } from './business-time';

// Instants are written in Shanghai time (+08:00), as the people these calendars belong to read them.
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const NINE_TO_FIVE: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays([period('09:00-17:00')]) };
const LUNCH: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays([period('09:00-12:00'), period('13:00-18:00')]) };
/** Mainland China around National Day 2026: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
const CHINA: BusinessCalendar = {
  ...LUNCH,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: { '2026-09-20': null, '2026-10-10': null },
};

describe('business time', () => {
  it('carries a target over the weekend: Friday 16:30 plus one hour under Mon–Fri 9–17 is Monday 09:30', () => {
    expect(iso(addBusinessMinutes(at('2026-11-27T16:30:00'), 60, NINE_TO_FIVE))).toBe('2026-11-30 09:30');
    expect(businessMinutesBetween(at('2026-11-27T16:30:00'), at('2026-11-30T09:30:00'), NINE_TO_FIVE)).toBe(60);
  });

  it('skips a lunch break, and counts none of it', () => {
    expect(iso(addBusinessMinutes(at('2026-12-01T11:30:00'), 60, LUNCH))).toBe('2026-12-01 13:30');
    expect(businessMinutesBetween(at('2026-12-01T11:00:00'), at('2026-12-01T14:00:00'), LUNCH)).toBe(120);
    expect(isBusinessTime(at('2026-12-01T12:30:00'), LUNCH)).toBe(false);
    expect(isBusinessTime(at('2026-12-01T13:00:00'), LUNCH)).toBe(true);
  });

  it('closes on holidays and opens on make-up working days', () => {
    // Wednesday 30 September 17:30, eight working hours: half an hour, the week off, then Thursday 8 October.
    expect(iso(addBusinessMinutes(at('2026-09-30T17:30:00'), 8 * 60, CHINA))).toBe('2026-10-08 17:30');
    // Friday 9 October 17:00, two hours: one on Friday, one on the make-up Saturday.
    expect(iso(addBusinessMinutes(at('2026-10-09T17:00:00'), 120, CHINA))).toBe('2026-10-10 10:00');
    // The make-up Sunday before the holiday counts a whole working day (8 hours).
    expect(businessMinutesBetween(at('2026-09-19T00:00:00'), at('2026-09-21T00:00:00'), CHINA)).toBe(8 * 60);
    expect(isBusinessTime(at('2026-10-01T10:00:00'), CHINA)).toBe(false);
  });

  it('starts at the next opening for a start outside working time, and counts nothing backwards', () => {
    expect(iso(addBusinessMinutes(at('2026-11-28T10:00:00'), 0, NINE_TO_FIVE))).toBe('2026-11-30 09:00');
    expect(iso(addBusinessMinutes(at('2026-11-30T17:00:00'), 1, NINE_TO_FIVE))).toBe('2026-12-01 09:01');
    expect(businessTimeBetween(at('2026-11-30T12:00:00'), at('2026-11-30T11:00:00'), NINE_TO_FIVE)).toBe(0);
  });

  it('keeps wall-clock hours across a daylight-saving change', () => {
    const ny: BusinessCalendar = { timeZone: 'America/New_York', week: weekdays([period('09:00-17:00')]) };
    // Friday 16:30 EST plus an hour; clocks went forward on Sunday 8 March 2026, so Monday opens at
    // 09:00 EDT (13:00 UTC), not 14:00 UTC.
    expect(addBusinessMinutes(new Date('2026-03-06T21:30:00Z'), 60, ny).toISOString()).toBe('2026-03-09T13:30:00.000Z');
  });

  it('names what is wrong with a calendar', () => {
    expect(calendarProblem(LUNCH)).toBeNull();
    expect(calendarProblem({ timeZone: 'Mars/Olympus', week: weekdays([period('09:00-17:00')]) })).toEqual({ field: 'timeZone', message: 'is not a time zone (e.g. Asia/Shanghai)' });
    expect(calendarProblem({ timeZone: 'UTC', week: { 1: [period('13:00-18:00'), period('09:00-14:00')] } })).toEqual({ field: 'week', message: 'periods of a day must be in order and must not overlap' });
    expect(calendarProblem({ timeZone: 'UTC', week: { 1: [{ start: 600, end: 600 }] } })?.message).toMatch(/before it ends/);
    expect(calendarProblem({ timeZone: 'UTC', week: {} })?.message).toMatch(/no working time/);
    expect(() => addBusinessMinutes(new Date(), 1, { timeZone: 'UTC', week: {} })).toThrow(/no working time/);
  });

  it('adds in steps as in one go, and measures back what it added (any start, any amount)', () => {
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
    const minutes = fc.integer({ min: 0, max: 5_000 });
    fc.assert(
      fc.property(instant, minutes, minutes, fc.constantFrom(NINE_TO_FIVE, LUNCH, CHINA), (from, a, b, cal) => {
        const once = addBusinessMinutes(from, a + b, cal).getTime();
        expect(addBusinessMinutes(addBusinessMinutes(from, a, cal), b, cal).getTime()).toBe(once);
        expect(businessMinutesBetween(from, new Date(once), cal)).toBe(a + b);
      }),
      { numRuns: 200 },
    );
  });
});
