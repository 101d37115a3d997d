import dayjs, { type Dayjs } from 'dayjs';

/**
 * An event's times are instants shown and entered in the event's own zone (docs/adr/0019): a
 * seminar in Shanghai starts at 14:00 Shanghai time for a marketer in Taipei or London too. The
 * browser's Intl does the zone arithmetic; dayjs values in the form carry the zone's wall-clock
 * fields (the pickers know no zones), turned into instants on submit.
 */

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the browser knows this IANA zone (an unknown one falls back to UTC rather than throwing). */
export function isKnownZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

const zoneOr = (zone: string) => (isKnownZone(zone) ? zone : 'UTC');

/** The wall clock in `zone` at an instant. */
export function wallClockAt(instant: string | number | Date, zone: string): WallClock {
  const parts = formatterFor(zoneOr(zone)).formatToParts(new Date(instant));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour') % 24, minute: n('minute') };
}

const utcOf = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** How far `zone` is ahead of UTC at an instant, in milliseconds. */
function offsetAt(ms: number, zone: string): number {
  return utcOf(wallClockAt(ms, zone)) - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant at which `zone`'s clocks show this wall time. A time skipped by a spring-forward
 * change lands just after the gap; a repeated one (autumn) takes its first occurrence.
 */
export function instantOf(w: WallClock, zone: string): Date {
  const z = zoneOr(zone);
  const guess = utcOf(w);
  const day = 86_400_000;
  // The zone's offsets around that day (two where the clocks change), each giving a candidate.
  const candidates = [...new Set([offsetAt(guess - day, z), offsetAt(guess, z), offsetAt(guess + day, z)])].map((o) => guess - o);
  const showing = candidates.filter((ms) => wallMatches(ms, w, z));
  return new Date(showing.length ? Math.min(...showing) : Math.max(...candidates));
}

function wallMatches(ms: number, w: WallClock, zone: string): boolean {
  const at = wallClockAt(ms, zone);
  return at.year === w.year && at.month === w.month && at.day === w.day && at.hour === w.hour && at.minute === w.minute;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-20": the day an instant falls on in `zone` (where the calendar puts the event). */
export function dayKeyIn(instant: string, zone: string): string {
  const w = wallClockAt(instant, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** "14:00" in `zone`. */
export function timeIn(instant: string, zone: string): string {
  const w = wallClockAt(instant, zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2026-12-20 14:00" in `zone`: the app's one date-time format (DATE_TIME_FORMAT), in the event's zone. */
export function dateTimeIn(instant: string | null | undefined, zone: string): string | undefined {
  if (!instant || Number.isNaN(Date.parse(instant))) return undefined;
  return `${dayKeyIn(instant, zone)} ${timeIn(instant, zone)}`;
}

/** "2026-12-20 14:00 – 17:30", or both dates when it ends on another day in the event's zone. */
export function eventSpan(startsAt: string, endsAt: string, zone: string): string {
  const sameDay = dayKeyIn(startsAt, zone) === dayKeyIn(endsAt, zone);
  return `${dateTimeIn(startsAt, zone) ?? ''} – ${sameDay ? timeIn(endsAt, zone) : (dateTimeIn(endsAt, zone) ?? '')}`;
}

/** "GMT+8": the zone's offset at that moment, for a reader in another zone. */
export function zoneOffsetLabel(instant: string, zone: string): string {
  const minutes = Math.round(offsetAt(Date.parse(instant), zoneOr(zone)) / 60_000);
  if (minutes === 0) return 'GMT';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `GMT${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** The picker's value for an instant: a dayjs whose fields are the wall clock in `zone`. */
export function pickerValue(instant: string | null | undefined, zone: string): Dayjs | null {
  if (!instant || Number.isNaN(Date.parse(instant))) return null;
  const w = wallClockAt(instant, zone);
  return dayjs(new Date(w.year, w.month - 1, w.day, w.hour, w.minute));
}

/** The instant (ISO) a picker's wall-clock value means in `zone`; null for an empty picker. */
export function instantFromPicker(value: Dayjs | null | undefined, zone: string): string | null {
  if (!value || !value.isValid()) return null;
  return instantOf({ year: value.year(), month: value.month() + 1, day: value.date(), hour: value.hour(), minute: value.minute() }, zone).toISOString();
}

/** The browser's own zone (a new event's default), else Shanghai, where most of the company's events are. */
export function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isKnownZone(zone) ? zone : 'Asia/Shanghai';
}
