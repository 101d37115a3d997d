import type { BusinessCalendar, WorkPeriod } from '@rapport/shared-domain';
import type { CalendarDay } from './mainland-china';
import { TAIWAN_DAYS } from './taiwan-days';

/**
 * Taiwan's government office days off and make-up working days (補行上班), for the pre-filled
 * business calendar (issue 18 item 5, ADR 0021).
 *
 * Source: 中華民國政府行政機關辦公日曆表, published by the DGPA (行政院人事行政總處) on
 * 政府資料開放平臺 (https://data.gov.tw/dataset/14718) under 政府資料開放授權條款第1版, which asks
 * for attribution: 資料來源：政府資料開放平臺. No maintained npm package carries this calendar, so
 * `taiwan-days.ts` keeps a transcription of it (its `source` names the copies and commits read).
 *
 * The DGPA publishes each year's calendar during the year before (and amends it when the law
 * changes, as in 2025): `taiwan-days.ts` must be updated then. A year not in it has only its
 * weekends closed — its holidays are never guessed. The rule-based TW data of `date-holidays` was
 * rejected (ADR 0021): it does not follow the 2025 amendment of 紀念日及節日實施條例 nor the
 * DGPA's observed days and make-up days.
 */
type Year = { holidays: readonly CalendarDay[]; workdays: readonly CalendarDay[] };
const YEARS: Record<string, Year> = TAIWAN_DAYS.years;

const pick = (key: keyof Year, years?: readonly number[]): CalendarDay[] =>
  Object.entries(YEARS)
    .filter(([year]) => !years || years.includes(Number(year)))
    .flatMap(([, y]) => y[key].map((d) => ({ date: d.date, name: { ...d.name } })))
    .sort((a, b) => a.date.localeCompare(b.date));

/** Days off and make-up working days, of some years or of every year the data has. */
export function taiwanDays(years?: readonly number[]): { holidays: CalendarDay[]; workdays: CalendarDay[] } {
  return { holidays: pick('holidays', years), workdays: pick('workdays', years) };
}

/** The years the data covers (each published by the DGPA in the year before). */
export function taiwanYears(): number[] {
  return Object.keys(YEARS)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Working periods of the pre-filled calendar: 08:30–12:30 and 13:30–17:30, the government office day with its lunch break. */
export const TAIWAN_OFFICE_DAY: readonly WorkPeriod[] = [
  { start: 8 * 60 + 30, end: 12 * 60 + 30 },
  { start: 13 * 60 + 30, end: 17 * 60 + 30 },
];

/** A Monday-to-Friday calendar in Asia/Taipei with Taiwan's days off and make-up days (make-up days work a full office day). */
export function taiwanCalendar(periods: readonly WorkPeriod[] = TAIWAN_OFFICE_DAY, years?: readonly number[]): BusinessCalendar {
  const { holidays, workdays } = taiwanDays(years);
  return {
    timeZone: 'Asia/Taipei',
    week: { 1: periods, 2: periods, 3: periods, 4: periods, 5: periods },
    holidays: holidays.map((d) => d.date),
    workdays: Object.fromEntries(workdays.map((d) => [d.date, periods])),
  };
}
