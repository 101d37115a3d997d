import { DateTime } from 'luxon';

/**
 * Business time over a calendar (issue 18 item 5): the clock of service SLAs and, once moved onto
 * it, of the lead intake's speed-to-lead SLA, so one holiday list serves both. A calendar has a time
 * zone, working periods per weekday (several a day: a lunch break is the gap between two), holidays
 * (closed although the week says open) and make-up working days (open although the week says
 * closed, as mainland China moves weekends next to long holidays). Times are wall-clock times in the
 * calendar's zone, so a period keeps its hours across a daylight-saving change. A calendar object is
 * not changed once used (the arithmetic keeps its openings per date): an edit is a new object.
 */
export interface WorkPeriod {
  /** Minutes after local midnight, 0–1439. */
  start: number;
  /** Minutes after local midnight, after `start`, at most 1440. */
  end: number;
}

export interface BusinessCalendar {
  timeZone: string;
  /** Working periods per ISO weekday (1 Monday … 7 Sunday); a day not listed, or listed empty, is closed. */
  week: Partial<Record<number, readonly WorkPeriod[]>>;
  /** Local dates (`YYYY-MM-DD`) closed whatever the week says. */
  holidays?: readonly string[];
  /**
   * Local dates open although the week closes them (make-up working days), with these periods, or
   * with the first working weekday's when a date maps to `null`.
   */
  workdays?: Readonly<Record<string, readonly WorkPeriod[] | null>>;
}

/** How far the arithmetic looks before it decides a calendar never opens (ten years of days). */
const MAX_DAYS = 3660;
const MINUTE = 60_000;

/**
 * A problem with a calendar's shape and the part it is in, or `null`: periods inside the day, ordered
 * and apart, a zone luxon knows, some working time. (The texts are the server catalogue's.)
 */
export function calendarProblem(cal: BusinessCalendar): { field: 'timeZone' | 'week'; message: string } | null {
  if (!DateTime.now().setZone(cal.timeZone).isValid) return { field: 'timeZone', message: 'is not a time zone (e.g. Asia/Shanghai)' };
  const lists = [...Object.values(cal.week), ...Object.values(cal.workdays ?? {})].filter((p): p is readonly WorkPeriod[] => !!p);
  for (const periods of lists) {
    let last = -1;
    for (const p of periods) {
      if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 || p.end > 1440 || p.end <= p.start) return { field: 'week', message: 'a period must start before it ends, within the day' };
      if (p.start < last) return { field: 'week', message: 'periods of a day must be in order and must not overlap' };
      last = p.end;
    }
  }
  if (!Object.values(cal.week).some((p) => p?.length) && !Object.keys(cal.workdays ?? {}).length) return { field: 'week', message: 'the calendar has no working time' };
  return null;
}

/** The working periods of one local day, as instants (empty when the day is closed). */
export function openingsOn(cal: BusinessCalendar, day: DateTime): { from: DateTime; to: DateTime }[] {
  const iso = day.toISODate()!;
  let periods: readonly WorkPeriod[] | undefined;
  if (cal.workdays && Object.hasOwn(cal.workdays, iso)) periods = cal.workdays[iso] ?? firstWorkingWeekday(cal);
  else if (cal.holidays?.includes(iso)) periods = [];
  else periods = cal.week[day.weekday] ?? [];
  const midnight = day.startOf('day');
  const at = (m: number) => (m >= 1440 ? midnight.plus({ days: 1 }).startOf('day') : midnight.set({ hour: Math.floor(m / 60), minute: m % 60 }));
  return periods.map((p) => ({ from: at(p.start), to: at(p.end) }));
}

function firstWorkingWeekday(cal: BusinessCalendar): readonly WorkPeriod[] {
  for (let d = 1; d <= 7; d++) if (cal.week[d]?.length) return cal.week[d]!;
  return [];
}

/**
 * A calendar's openings of one local date as epoch milliseconds, computed once per calendar and date
 * (luxon's zone arithmetic is the costly part: recomputing 100,000 open cases' clocks after a
 * calendar edit walks the same few hundred dates again and again). Calendars are told apart by their
 * content, so the many equal calendar objects a batch loads share one table; a few calendars are
 * kept, the oldest forgotten first.
 */
const KEPT_CALENDARS = 32;
const openingTables = new Map<string, Map<string, readonly (readonly [number, number])[]>>();
const keyOfCalendar = new WeakMap<BusinessCalendar, string>();

function openingTable(cal: BusinessCalendar): Map<string, readonly (readonly [number, number])[]> {
  let key = keyOfCalendar.get(cal);
  if (key === undefined) {
    key = JSON.stringify([cal.timeZone, cal.week, cal.holidays ?? [], cal.workdays ?? {}]);
    keyOfCalendar.set(cal, key);
  }
  let table = openingTables.get(key);
  if (!table) {
    if (openingTables.size >= KEPT_CALENDARS) openingTables.delete(openingTables.keys().next().value!);
    table = new Map();
    openingTables.set(key, table);
  }
  return table;
}

function openingsMs(cal: BusinessCalendar, table: Map<string, readonly (readonly [number, number])[]>, iso: string): readonly (readonly [number, number])[] {
  let found = table.get(iso);
  if (!found) {
    found = openingsOn(cal, DateTime.fromISO(iso, { zone: cal.timeZone })).map(({ from, to }) => [from.toMillis(), to.toMillis()] as const);
    table.set(iso, found);
  }
  return found;
}

/** A calendar's openings of one local date (`YYYY-MM-DD`) as [from, to) epoch milliseconds, from the cache. */
export const openingsOfDate = (cal: BusinessCalendar, iso: string): readonly (readonly [number, number])[] => openingsMs(cal, openingTable(cal), iso);

/** The local date after `iso` (calendar arithmetic on the date alone: no zone involved). */
export function nextDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The local date (`YYYY-MM-DD`) of an instant in a zone. */
export const localDate = (at: Date, timeZone: string): string => DateTime.fromJSDate(at, { zone: timeZone }).toISODate()!;

/** The instant `ms` milliseconds of business time after `from` (from itself, moved to the next opening, for 0). */
export function addBusinessTime(from: Date, ms: number, cal: BusinessCalendar): Date {
  const at = addBusinessTimeWithin(from, ms, cal);
  if (!at) throw new Error('The business calendar has no working time within ten years');
  return at;
}

/**
 * `addBusinessTime`, or null when the calendar has too little working time in the ten years after
 * `from` (a calendar of make-up days alone, all in the past: a clock on it is never due).
 */
export function addBusinessTimeWithin(from: Date, ms: number, cal: BusinessCalendar): Date | null {
  let left = Math.max(0, ms);
  const table = openingTable(cal);
  const start = from.getTime();
  let iso = localDate(from, cal.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [o, c] of openingsMs(cal, table, iso)) {
      if (c < start) continue;
      const begin = o < start ? start : o;
      const available = c - begin;
      if (left <= available) return new Date(begin + left);
      left -= available;
    }
    iso = nextDate(iso);
  }
  return null;
}

/** Milliseconds of business time between two instants (0 when `to` is not after `from`). */
export function businessTimeBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  if (to <= from) return 0;
  const table = openingTable(cal);
  const start = from.getTime();
  const end = to.getTime();
  const lastDate = localDate(to, cal.timeZone);
  let total = 0;
  let iso = localDate(from, cal.timeZone);
  // ISO dates compare as text.
  for (let i = 0; i <= MAX_DAYS && iso <= lastDate; i++) {
    for (const [o, c] of openingsMs(cal, table, iso)) {
      const a = o < start ? start : o;
      const b = c > end ? end : c;
      if (b > a) total += b - a;
    }
    iso = nextDate(iso);
  }
  return total;
}

/** `addBusinessTime` in minutes. */
export const addBusinessMinutes = (from: Date, minutes: number, cal: BusinessCalendar): Date => addBusinessTime(from, minutes * MINUTE, cal);

/** `businessTimeBetween` in whole minutes (rounded down). */
export const businessMinutesBetween = (from: Date, to: Date, cal: BusinessCalendar): number => Math.floor(businessTimeBetween(from, to, cal) / MINUTE);

/** Whether `at` falls in a working period. */
export function isBusinessTime(at: Date, cal: BusinessCalendar): boolean {
  const local = DateTime.fromJSDate(at, { zone: cal.timeZone });
  return openingsOn(cal, local).some(({ from, to }) => local >= from && local < to);
}

/** Whether a text is a real calendar date, `YYYY-MM-DD` (not 2026-02-30). */
export function isLocalDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Monday to Friday with the same periods every day. */
export function weekdays(periods: readonly WorkPeriod[]): BusinessCalendar['week'] {
  return { 1: periods, 2: periods, 3: periods, 4: periods, 5: periods };
}

/** `"09:00-12:00"` → a period (minutes after midnight); for seeds and tests. */
export function period(text: string): WorkPeriod {
  const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`Not a period: ${text}`);
  return { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) };
}
