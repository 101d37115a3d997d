import days from 'chinese-days/dist/chinese-days.json';
import type { BusinessCalendar, WorkPeriod } from '@rapport/shared-domain';

/**
 * Mainland China's public holidays and make-up working days (调休), for the pre-filled business
 * calendar (issue 18 item 5, ADR 0021). The data is the `chinese-days` package's, which follows the
 * State Council's yearly notice; a year not announced yet has no entries (its weekends are closed and
 * its festivals open until the package is updated), never guessed ones.
 */
export interface CalendarDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** The holiday in English and Chinese (`Spring Festival` / `春节`); for a make-up day, the holiday it makes up for. */
  name: { en: string; zh: string };
}

const byYear = (map: Record<string, string>, years?: readonly number[]): CalendarDay[] =>
  Object.entries(map)
    .filter(([date]) => !years || years.includes(Number(date.slice(0, 4))))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, text]) => {
      const [en = '', zh = ''] = text.split(',');
      return { date, name: { en, zh } };
    });

/** Days off and make-up working days, of some years or of every year the data has. */
export function mainlandChinaDays(years?: readonly number[]): { holidays: CalendarDay[]; workdays: CalendarDay[] } {
  return { holidays: byYear(days.holidays, years), workdays: byYear(days.workdays, years) };
}

/** The years the data covers (each announced in the November before it). */
export function mainlandChinaYears(): number[] {
  return [...new Set(Object.keys(days.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

/** Working periods of the pre-filled calendar: 09:00–12:00 and 13:00–18:00, the usual office day with a lunch break. */
export const CHINA_OFFICE_DAY: readonly WorkPeriod[] = [
  { start: 9 * 60, end: 12 * 60 },
  { start: 13 * 60, end: 18 * 60 },
];

/** A Monday-to-Friday calendar in Asia/Shanghai with mainland China's holidays and make-up days (make-up days work a full office day). */
export function mainlandChinaCalendar(periods: readonly WorkPeriod[] = CHINA_OFFICE_DAY, years?: readonly number[]): BusinessCalendar {
  const { holidays, workdays } = mainlandChinaDays(years);
  return {
    timeZone: 'Asia/Shanghai',
    week: { 1: periods, 2: periods, 3: periods, 4: periods, 5: periods },
    holidays: holidays.map((d) => d.date),
    workdays: Object.fromEntries(workdays.map((d) => [d.date, periods])),
  };
}
