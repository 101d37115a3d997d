import type { BusinessCalendarDetailFragment, UpdateBusinessCalendarMutationVariables } from '@rapport/web-data-access';

type CalendarInput = UpdateBusinessCalendarMutationVariables['input'];
type WeekdayPeriodsInput = NonNullable<CalendarInput['week']>[number];
type CalendarDayInput = NonNullable<CalendarInput['holidays']>[number];

/**
 * The calendar editor's model: working periods as the person types them ("09:00"–"12:00") per ISO
 * weekday, days off and make-up days as date + name. The API stores periods as minutes after local
 * midnight and checks the whole calendar again; these checks catch the usual mistakes before saving
 * and say which period is wrong, where the API can only say "the week".
 */
export interface PeriodDraft {
  start: string;
  end: string;
}
export interface WeekdayDraft {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  periods: PeriodDraft[];
}
export type CalendarDayDraft = CalendarDayInput;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DAY_MINUTES = 24 * 60;

/** 540 → "09:00"; the end of the day (1440) is "24:00". */
export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "9:00", "09:00" → 540; "24:00" is the end of the day; anything else is not a time. */
export function clockToMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** The API's week as drafts: all seven weekdays, closed ones with no periods. */
export function weekDrafts(week: BusinessCalendarDetailFragment['week']): WeekdayDraft[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    periods: (week.find((d) => d.weekday === weekday)?.periods ?? []).map((p) => ({ start: minutesToClock(p.start), end: minutesToClock(p.end) })),
  }));
}

export type PeriodProblem = 'startFormat' | 'endFormat' | 'endBeforeStart' | 'overlap';

/**
 * What is wrong with each period of a day, by position (undefined: nothing). Periods are compared
 * in time order, whatever order they were typed in: saving sorts them, so only a real overlap is one.
 */
export function periodProblems(periods: readonly PeriodDraft[]): (PeriodProblem | undefined)[] {
  const parsed = periods.map((p) => ({ start: clockToMinutes(p.start), end: clockToMinutes(p.end) }));
  const problems: (PeriodProblem | undefined)[] = parsed.map((p) => {
    if (p.start === null || p.start >= DAY_MINUTES) return 'startFormat';
    if (p.end === null || p.end === 0) return 'endFormat';
    return p.end <= p.start ? 'endBeforeStart' : undefined;
  });
  const valid = parsed.map((p, i) => ({ ...p, i })).filter((p) => !problems[p.i]) as { start: number; end: number; i: number }[];
  valid.sort((a, b) => a.start - b.start);
  for (let k = 1; k < valid.length; k++) {
    if (valid[k]!.start < valid[k - 1]!.end) problems[valid[k]!.i] = 'overlap';
  }
  return problems;
}

export function weekHasProblems(week: readonly WeekdayDraft[]): boolean {
  return week.some((d) => periodProblems(d.periods).some(Boolean));
}

/** The drafts as the API takes them: every weekday, periods in time order. Call only when there are no problems. */
export function weekInput(week: readonly WeekdayDraft[]): WeekdayPeriodsInput[] {
  return week.map((d) => ({
    weekday: d.weekday,
    periods: d.periods.map((p) => ({ start: clockToMinutes(p.start)!, end: clockToMinutes(p.end)! })).sort((a, b) => a.start - b.start),
  }));
}

/** Whether the week has any working time at all (a calendar without any is refused). */
export function weekWorks(week: readonly WeekdayDraft[]): boolean {
  return week.some((d) => d.periods.length > 0);
}

/** A new day in a list, kept in date order; null when the date is listed already. */
export function addDay(days: readonly CalendarDayDraft[], day: CalendarDayDraft): CalendarDayDraft[] | null {
  if (days.some((d) => d.date === day.date)) return null;
  return [...days, day].sort((a, b) => a.date.localeCompare(b.date));
}

/** A fresh calendar's week: Monday to Friday 09:00–17:00, for the person to change. */
export const STARTER_WEEK: WeekdayPeriodsInput[] = WEEKDAYS.map((weekday) => ({ weekday, periods: weekday <= 5 ? [{ start: 9 * 60, end: 17 * 60 }] : [] }));
