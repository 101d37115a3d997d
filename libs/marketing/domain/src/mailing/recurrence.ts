import { isTimeZone } from './mailing';
import { dayNumber, fromDayNumber, instantAt, localDateOf } from './wall-clock';

/**
 * Recurring mailings (issue 15): a newsletter every Monday at 9:00, a digest on the 1st of each
 * month. The rule is the part of RFC 5545's RRULE a mailing needs — FREQ (daily, weekly,
 * monthly), INTERVAL, BYDAY for weeks, BYMONTHDAY for months, the time of day, COUNT or UNTIL —
 * kept as a structure and shown as RRULE text. Times are wall-clock times in the rule's zone, so
 * 9:00 stays 9:00 across daylight saving. Pure; the watchdog turns each occurrence into a mailing.
 */
export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** Every n days, weeks or months (1–12). */
  interval: number;
  /** Weekly: ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Monthly: the day of the month (1–31; a shorter month uses its last day). */
  monthDay: number | null;
  hour: number;
  minute: number;
  timeZone: string;
  /** Stop after this many occurrences, or after this date (YYYY-MM-DD, inclusive); neither: until cancelled. */
  count: number | null;
  until: string | null;
}

export interface RecurrenceProblem {
  path: string;
  message: string;
}

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function recurrenceProblems(r: Recurrence): RecurrenceProblem[] {
  const problems: RecurrenceProblem[] = [];
  const whole = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  if (!RECURRENCE_FREQUENCIES.includes(r.frequency)) problems.push({ path: 'frequency', message: 'Repeat daily, weekly or monthly.' });
  if (!whole(r.interval, 1, 12)) problems.push({ path: 'interval', message: 'Repeat every 1 to 12 days, weeks or months.' });
  if (r.frequency === 'weekly' && (!r.weekdays.length || !r.weekdays.every((d) => whole(d, 1, 7)))) problems.push({ path: 'weekdays', message: 'Choose the days of the week.' });
  if (r.frequency === 'monthly' && !whole(r.monthDay, 1, 31)) problems.push({ path: 'monthDay', message: 'Choose a day of the month from 1 to 31.' });
  if (!whole(r.hour, 0, 23) || !whole(r.minute, 0, 59)) problems.push({ path: 'hour', message: 'Choose a time of day.' });
  if (!isTimeZone(r.timeZone)) problems.push({ path: 'timeZone', message: 'Choose a time zone such as Asia/Shanghai.' });
  if (r.count !== null && !whole(r.count, 1, 1000)) problems.push({ path: 'count', message: 'Stop after 1 to 1000 mailings.' });
  if (r.until !== null && !/^\d{4}-\d{2}-\d{2}$/.test(r.until)) problems.push({ path: 'until', message: 'Use a date like 2026-12-31.' });
  if (r.count !== null && r.until !== null) problems.push({ path: 'until', message: 'Stop after a number of mailings or at a date, not both.' });
  return problems;
}

/** The rule as RFC 5545 RRULE text (what integrators and calendars read). */
export function rruleOf(r: Recurrence): string {
  const parts = [`FREQ=${r.frequency.toUpperCase()}`, `INTERVAL=${r.interval}`];
  if (r.frequency === 'weekly') parts.push(`BYDAY=${[...r.weekdays].sort().map((d) => RRULE_DAYS[d - 1]).join(',')}`);
  if (r.frequency === 'monthly' && r.monthDay) parts.push(`BYMONTHDAY=${r.monthDay}`);
  parts.push(`BYHOUR=${r.hour}`, `BYMINUTE=${r.minute}`);
  if (r.count !== null) parts.push(`COUNT=${r.count}`);
  if (r.until !== null) parts.push(`UNTIL=${r.until.replace(/-/g, '')}T235959`);
  return parts.join(';');
}

/** ISO weekday, 1 = Monday (1970-01-01 was a Thursday). */
const isoWeekday = (n: number) => ((((n + 3) % 7) + 7) % 7) + 1;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Whether a local day is one the rule runs on; `anchor` is the day of the first occurrence (intervals count from it). */
function runsOn(r: Recurrence, day: number, anchor: number): boolean {
  const d = fromDayNumber(day);
  const a = fromDayNumber(anchor);
  if (r.frequency === 'daily') return (day - anchor) % r.interval === 0;
  if (r.frequency === 'weekly') {
    // Weeks counted Monday to Sunday from the anchor's week.
    const week = Math.floor((day - (isoWeekday(day) - 1) - (anchor - (isoWeekday(anchor) - 1))) / 7);
    return week % r.interval === 0 && r.weekdays.includes(isoWeekday(day));
  }
  const months = (d.y - a.y) * 12 + (d.m - a.m);
  return months % r.interval === 0 && d.d === Math.min(r.monthDay ?? 1, daysInMonth(d.y, d.m));
}

/**
 * The first occurrence strictly after `after`, given the rule's first possible day (`since`, the
 * day it was started; intervals count from it), or null when COUNT (with `done` occurrences made)
 * or UNTIL says the series is over. Looks at most 400 days ahead per month of interval.
 */
export function nextOccurrence(r: Recurrence, after: Date, since: Date, done = 0): Date | null {
  if (r.count !== null && done >= r.count) return null;
  const anchor = dayNumber(localDateOf(since, r.timeZone));
  const start = Math.max(anchor, dayNumber(localDateOf(after, r.timeZone)));
  const untilDay = r.until ? dayNumber({ y: Number(r.until.slice(0, 4)), m: Number(r.until.slice(5, 7)), d: Number(r.until.slice(8, 10)) }) : null;
  for (let day = start; day <= start + 400 * r.interval; day++) {
    if (untilDay !== null && day > untilDay) return null;
    if (!runsOn(r, day, anchor)) continue;
    const at = instantAt(fromDayNumber(day), r.hour, r.minute, r.timeZone);
    if (at > after) return at;
  }
  return null;
}
