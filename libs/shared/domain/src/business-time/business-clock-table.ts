import { type BusinessCalendar, localDate, nextDate, openingsOfDate } from './business-time';

/**
 * A calendar's business clock over a span of local dates, laid out as arrays, so one SQL statement
 * can tell the business time between many pairs of instants (the lead intake's SLA check measures
 * every waiting lead at once) without a loop per row, and with everything a calendar may hold:
 * several periods a day, days off, make-up working days, daylight-saving changes.
 *
 * W(t), the business time from the start of the span to instant t, is `before[i]` (the openings of
 * the dates before t's date i) plus the part of date i's openings before t. The business time
 * between a and b is then W(b) − W(a), which is `businessTimeBetween(a, b)` for instants within the
 * span (`business-clock-table.spec.ts` holds the two equal).
 */
export interface BusinessClockTable {
  timeZone: string;
  /** The span's first local date (`YYYY-MM-DD`), index 0. */
  firstDate: string;
  /** Dates in the span. */
  days: number;
  /** Business milliseconds from the span's start to the start of each date. */
  before: number[];
  /** Openings kept per date (the most any date of the span has, at least one); shorter dates are padded with empty ones. */
  perDay: number;
  /** Date i's k-th opening is [from[i × perDay + k], to[i × perDay + k]) in epoch milliseconds. */
  from: number[];
  to: number[];
}

/** The longest span a table covers (ten years of dates); a later date is counted as the last. */
const MAX_DAYS = 3660;

/** The table of `cal` from `first`'s local date to `last`'s (both included). */
export function businessClockTable(cal: BusinessCalendar, first: Date, last: Date): BusinessClockTable {
  const firstDate = localDate(first, cal.timeZone);
  const lastDate = localDate(last < first ? first : last, cal.timeZone);
  const openings: (readonly (readonly [number, number])[])[] = [];
  // ISO dates compare as text.
  for (let iso = firstDate; iso <= lastDate && openings.length < MAX_DAYS; iso = nextDate(iso)) openings.push(openingsOfDate(cal, iso));
  // At least one slot, empty on closed dates, so a statement always has openings to read (and to type its parameters by).
  const perDay = Math.max(1, ...openings.map((o) => o.length));
  const before: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let total = 0;
  for (const day of openings) {
    before.push(total);
    for (let k = 0; k < perDay; k++) {
      const [o, c] = day[k] ?? [0, 0];
      from.push(o);
      to.push(c);
      total += c - o;
    }
  }
  return { timeZone: cal.timeZone, firstDate, days: openings.length, before, perDay, from, to };
}

/** W(t) of a table (the SQL statement's arithmetic, in JavaScript: the reference its test compares with). */
export function businessClockAt(table: BusinessClockTable, at: Date): number {
  const date = localDate(at, table.timeZone);
  const offset = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${table.firstDate}T00:00:00Z`)) / 86_400_000);
  const i = Math.min(Math.max(offset, 0), table.days - 1);
  const t = at.getTime();
  let w = table.before[i];
  for (let k = 0; k < table.perDay; k++) {
    const o = table.from[i * table.perDay + k];
    const c = table.to[i * table.perDay + k];
    w += Math.min(Math.max(t - o, 0), c - o);
  }
  return w;
}
