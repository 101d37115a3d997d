import ICAL from 'ical.js';

/**
 * Holidays from an iCalendar feed (issue 18 item 5: "an iCalendar URL import for other countries"):
 * whole-day events are days off, one per day they cover (DTEND is exclusive, RFC 5545 §3.6.1), yearly
 * and other recurring ones expanded within the asked range. Feeds that also list make-up working days
 * (mainland China's and Taiwan's do, as "(班)", "补班", "補行上班"…) have those days as working days.
 * Events with a time of day are not days and are skipped. Parsing is ical.js's.
 */
export interface ImportedDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** The event's summary as the feed gives it. */
  name: string;
}

export interface ImportedDays {
  holidays: ImportedDay[];
  workdays: ImportedDay[];
  /** Events left out: with a time of day, or without a start. */
  skipped: number;
}

export class ICalendarError extends Error {}

/** Summaries that name a working day rather than a day off. */
const WORKDAY = /[（(]\s*班\s*[)）]|补班|補班|上班|調整上班|补休上班|working day|workday|make-?up day/i;
/** The most days one event may cover (a feed's "whole year" event is not a holiday list). */
const MAX_SPAN_DAYS = 31;
const MAX_OCCURRENCES = 1000;

export function daysFromICalendar(text: string, range: { from: string; to: string }): ImportedDays {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    throw new ICalendarError(`not an iCalendar file: ${(e as Error).message}`);
  }
  if (root.name !== 'vcalendar') throw new ICalendarError('not an iCalendar file: no VCALENDAR');
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  let skipped = 0;
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.startDate) {
      skipped++;
      continue;
    }
    if (!event.startDate.isDate) {
      skipped++;
      continue;
    }
    const name = (event.summary ?? '').trim();
    const into = WORKDAY.test(name) ? workdays : holidays;
    for (const start of occurrences(event, range)) {
      const span = event.endDate ? Math.min(MAX_SPAN_DAYS, Math.max(1, daysBetween(event.startDate, event.endDate))) : 1;
      for (let i = 0; i < span; i++) {
        const day = start.clone();
        day.adjust(i, 0, 0, 0);
        const date = day.toString().slice(0, 10);
        if (date >= range.from && date <= range.to) into.set(date, name);
      }
    }
  }
  // A day both listed off and worked is worked: make-up notices override the week's festival run.
  for (const date of workdays.keys()) holidays.delete(date);
  const list = (m: Map<string, string>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
  return { holidays: list(holidays), workdays: list(workdays), skipped };
}

function occurrences(event: ICAL.Event, range: { from: string; to: string }): ICAL.Time[] {
  if (!event.isRecurring()) return [event.startDate];
  const out: ICAL.Time[] = [];
  const it = event.iterator();
  for (let next = it.next(), n = 0; next && n < MAX_OCCURRENCES; next = it.next(), n++) {
    // Days outside the range are dropped per day (a multi-day event may start before it).
    if (next.toString().slice(0, 10) > range.to) break;
    out.push(next);
  }
  return out;
}

function daysBetween(a: ICAL.Time, b: ICAL.Time): number {
  return Math.round((b.toJSDate().getTime() - a.toJSDate().getTime()) / 86_400_000);
}
