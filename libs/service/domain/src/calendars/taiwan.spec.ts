import { addBusinessTime, businessMinutesBetween, calendarProblem, isBusinessTime } from '@rapport/shared-domain';
import { taiwanCalendar, taiwanDays, taiwanYears } from './taiwan';

const HOUR = 3_600_000;
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');

describe('Taiwan’s pre-filled calendar', () => {
  const cal = taiwanCalendar();

  it('has 2026’s days off as the DGPA published them, the Lunar New Year break included, and no make-up days', () => {
    const { holidays, workdays } = taiwanDays([2026]);
    expect(holidays).toHaveLength(22);
    expect(holidays.filter((d) => d.date >= '2026-02-14' && d.date <= '2026-02-22').map((d) => [d.date, d.name.zh])).toEqual([
      ['2026-02-15', '小年夜'],
      ['2026-02-16', '農曆除夕'],
      ['2026-02-17', '春節'],
      ['2026-02-18', '春節'],
      ['2026-02-19', '春節'],
      ['2026-02-20', '補假'],
    ]);
    expect(holidays.find((d) => d.date === '2026-10-10')!.name).toEqual({ en: 'National Day', zh: '國慶日' });
    expect(workdays).toEqual([]);
    expect(calendarProblem(cal)).toBeNull();
  });

  it('has 2025 as amended: 8 February worked, 29 September, 24 October and 25 December off', () => {
    const { holidays, workdays } = taiwanDays([2025]);
    expect(holidays).toHaveLength(18);
    expect(workdays.map((d) => [d.date, d.name.zh])).toEqual([['2025-02-08', '補行上班']]);
    expect(holidays.filter((d) => ['2025-09-29', '2025-10-24', '2025-12-25'].includes(d.date)).map((d) => d.name.zh)).toEqual(['補假', '補假', '行憲紀念日']);
    // A Saturday worked like a weekday, with the lunch break; the amended days off are closed.
    expect(isBusinessTime(at('2025-02-08T08:30:00'), cal)).toBe(true);
    expect(isBusinessTime(at('2025-02-08T12:45:00'), cal)).toBe(false);
    for (const day of ['2025-09-29', '2025-10-24', '2025-12-25']) expect(isBusinessTime(at(`${day}T10:00:00`), cal)).toBe(false);
  });

  it('counts across the 2026 Lunar New Year break and the lunch break in Taipei time', () => {
    // Friday 13 February 17:00: half an hour left that day, then nothing until Monday 23rd 08:30.
    expect(iso(addBusinessTime(at('2026-02-13T17:00:00'), HOUR, cal))).toBe('2026-02-23 09:00');
    expect(iso(addBusinessTime(at('2026-02-13T17:30:00'), HOUR, cal))).toBe('2026-02-23 09:30');
    expect(businessMinutesBetween(at('2026-02-14T00:00:00'), at('2026-02-23T00:00:00'), cal)).toBe(0);
    expect(iso(addBusinessTime(at('2026-02-24T12:00:00'), HOUR, cal))).toBe('2026-02-24 14:00');
  });

  it('keeps every year’s data consistent: real dates, each once, make-up days only on weekends and never also off', () => {
    const { holidays, workdays } = taiwanDays();
    const dates = [...holidays, ...workdays].map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    for (const d of workdays) expect([0, 6]).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    for (const d of [...holidays, ...workdays]) expect(d.name.en && d.name.zh).toBeTruthy();
  });

  it('leaves a year the DGPA has not published without entries: weekends closed, no guessed holidays', () => {
    expect(taiwanYears()).toEqual([2025, 2026]);
    expect(taiwanDays([2027])).toEqual({ holidays: [], workdays: [] });
    // 1 January 2027 is a Friday: open until the data has 2027.
    expect(isBusinessTime(at('2027-01-01T10:00:00'), cal)).toBe(true);
    expect(isBusinessTime(at('2027-01-02T10:00:00'), cal)).toBe(false);
  });
});
