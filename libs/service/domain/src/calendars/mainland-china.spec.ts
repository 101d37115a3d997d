import { addBusinessMinutes, businessMinutesBetween, calendarProblem, isBusinessTime } from '@rapport/shared-domain';
import { mainlandChinaCalendar, mainlandChinaDays, mainlandChinaYears } from './mainland-china';

const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('mainland China’s pre-filled calendar', () => {
  const cal = mainlandChinaCalendar();

  it('has 2026’s days off and make-up working days as the State Council announced them', () => {
    const { holidays, workdays } = mainlandChinaDays([2026]);
    expect(workdays.map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(holidays).toHaveLength(33);
    expect(holidays.filter((d) => d.name.zh === '春节').map((d) => d.date)).toEqual(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23']);
    expect(holidays.find((d) => d.date === '2026-10-01')!.name).toEqual({ en: 'National Day', zh: '国庆节' });
    expect(mainlandChinaYears()).toContain(2026);
    expect(calendarProblem(cal)).toBeNull();
  });

  it('counts the Spring Festival week off and the make-up Saturdays around it', () => {
    // Friday 13 February 17:00, four working hours: one on Friday, three on the make-up Saturday 14th's morning.
    expect(iso(addBusinessMinutes(at('2026-02-13T17:00:00'), 4 * 60, cal))).toBe('2026-02-14 12:00');
    // From Saturday 14th 18:00 the next working time is Tuesday 24th (15–23 off).
    expect(iso(addBusinessMinutes(at('2026-02-14T18:00:00'), 1, cal))).toBe('2026-02-24 09:01');
    expect(isBusinessTime(at('2026-02-28T10:00:00'), cal)).toBe(true);
    expect(businessMinutesBetween(at('2026-02-15T00:00:00'), at('2026-02-24T00:00:00'), cal)).toBe(0);
  });
});
