import type { CreateEventMutationVariables, EventRowFragment, EventsQueryVariables, UpdateEventMutationVariables } from '@rapport/web-data-access';
import { dayKeyIn } from './event-time';

// The schema's event types, read off the generated operations (data-access exports only the documents' types).
export type EventStatus = EventRowFragment['status'];
export type EventType = EventRowFragment['type'];
export type EventFilter = NonNullable<EventsQueryVariables['filter']>;
export type CreateEventInput = CreateEventMutationVariables['input'];
export type UpdateEventInput = UpdateEventMutationVariables['input'];

/** The registration statuses the API uses (lower case, as stored). */
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled' | 'attended' | 'no_show';

export type EventAction = 'edit' | 'publish' | 'cancel' | 'complete' | 'checkIn';

/**
 * What the viewer may do with an event now: its status (the API's transitions: a draft is
 * published, a draft or published event cancelled, a published one completed; cancelled and
 * completed events no longer change) and their `event` write grant. Check-in is at a published event.
 */
export function eventActions(status: EventStatus, canWrite: boolean): EventAction[] {
  if (!canWrite) return [];
  switch (status) {
    case 'DRAFT':
      return ['edit', 'publish', 'cancel'];
    case 'PUBLISHED':
      return ['edit', 'checkIn', 'complete', 'cancel'];
    default:
      return [];
  }
}

export interface CapacityFigures {
  /** People holding a seat: registered and those already checked in. */
  seatHolders: number;
  capacity: number | null;
  /** Share of the seats taken, 0–100 (null without a limit). */
  percentTaken: number | null;
  attended: number;
  /** Share of the seat holders checked in, 0–100. */
  percentCheckedIn: number;
  waitlisted: number;
}

export function capacityFigures(event: Pick<EventRowFragment, 'capacity' | 'counts'>): CapacityFigures {
  const { registered, attended, waitlisted } = event.counts;
  const seatHolders = registered + attended;
  const capacity = event.capacity ?? null;
  return {
    seatHolders,
    capacity,
    percentTaken: capacity ? Math.min(100, Math.round((seatHolders / capacity) * 100)) : null,
    attended,
    percentCheckedIn: seatHolders ? Math.round((attended / seatHolders) * 100) : 0,
    waitlisted,
  };
}

/** Online events have a link; the others a place (a webinar is the one that is online by nature). */
export const isOnline = (type: EventType | null | undefined) => type === 'WEBINAR';

export interface EventListCriteria {
  search: string;
  statuses?: EventStatus[];
  types?: EventType[];
  /** Only events that have not ended yet (the list's default: what is coming). */
  upcoming?: boolean;
  now?: Date;
}

/** The list's filter: the title search, the status and type picks, and "upcoming". */
export function buildEventFilter({ search, statuses, types, upcoming, now = new Date() }: EventListCriteria): EventFilter | undefined {
  const parts: EventFilter[] = [];
  const text = search.trim();
  if (text) parts.push({ title: { contains: text } });
  if (statuses?.length) parts.push({ status: { in: statuses } });
  if (types?.length) parts.push({ type: { in: types } });
  if (upcoming) parts.push({ endsAt: { gte: now.toISOString() } });
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

/** One month of the calendar: 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthKey = (m: CalendarMonth) => `${m.year}-${pad(m.month)}`;

export function addMonths(m: CalendarMonth, n: number): CalendarMonth {
  const index = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The events a month's grid asks for: those starting from a day before the month to a day after
 * it in UTC, which covers every zone's view of the month's days (zones are at most 14 h apart from UTC).
 */
export function monthFilter(m: CalendarMonth, extra?: EventFilter): EventFilter {
  const from = new Date(Date.UTC(m.year, m.month - 1, 1) - 86_400_000).toISOString();
  const next = addMonths(m, 1);
  const to = new Date(Date.UTC(next.year, next.month - 1, 1) + 86_400_000).toISOString();
  const range: EventFilter = { startsAt: { gte: from, lt: to } };
  return extra ? { and: [range, extra] } : range;
}

export interface CalendarDay {
  /** "2026-12-20". */
  key: string;
  day: number;
  inMonth: boolean;
  weekday: number;
}

/** The month's weeks, Monday first (as Chinese calendars and ISO 8601 have them), with the days around it. */
export function monthGrid(m: CalendarMonth): CalendarDay[] {
  const first = new Date(Date.UTC(m.year, m.month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  return Array.from({ length: cells }, (_, i) => {
    const d = new Date(first.getTime() + (i - lead) * 86_400_000);
    return {
      key: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      day: d.getUTCDate(),
      inMonth: d.getUTCMonth() === m.month - 1,
      weekday: (d.getUTCDay() + 6) % 7,
    };
  });
}

/** Events by the day they start on in their own zone, in starting order. */
export function eventsByDay<E extends Pick<EventRowFragment, 'startsAt' | 'timeZone'>>(events: readonly E[]): Map<string, E[]> {
  const days = new Map<string, E[]>();
  for (const e of [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const key = dayKeyIn(e.startsAt, e.timeZone);
    days.set(key, [...(days.get(key) ?? []), e]);
  }
  return days;
}

/** The reminder hours as the form shows them: whole positive hours, largest first, each once. */
export function normalizeReminderHours(values: readonly (string | number)[]): number[] {
  const hours = values.map((v) => Number(String(v).trim())).filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(hours)].sort((a, b) => b - a);
}

export const DEFAULT_REMINDER_HOURS = [168, 24];
