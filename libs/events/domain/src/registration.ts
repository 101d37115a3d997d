import { RegistrationStatus } from './enums';

/** What a registration attempt meets: the event as it stands when its row is locked. */
export interface RegistrationWindow {
  status: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  endsAt: Date;
}

/** Why a registration is refused now (a message key of the catalogue), or null when it is open. */
export function registrationClosedReason(event: RegistrationWindow, now: Date): 'events.notOpen' | 'events.closed' | 'events.notFound' | null {
  if (event.status !== 'published') return 'events.notFound';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'events.notOpen';
  if ((event.registrationClosesAt && now >= event.registrationClosesAt) || now >= event.endsAt) return 'events.closed';
  return null;
}

/** A new registration takes a seat while one is free, else joins the waitlist (no capacity: always a seat). */
export function seatFor(capacity: number | null, seatsTaken: number): RegistrationStatus.Registered | RegistrationStatus.Waitlisted {
  return capacity == null || seatsTaken < capacity ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted;
}

/** How many from the waitlist move up when `seatsTaken` of `capacity` are held (in arrival order). */
export function seatsToPromote(capacity: number | null, seatsTaken: number, waiting: number): number {
  if (waiting <= 0) return 0;
  if (capacity == null) return waiting;
  return Math.max(0, Math.min(waiting, capacity - seatsTaken));
}

/** Fields whose change moves the calendar entry: registrants get an update (SEQUENCE + 1). */
export const CALENDAR_FIELDS = ['title', 'startsAt', 'endsAt', 'timeZone', 'venue', 'address', 'onlineUrl'] as const;

/** Whether a change of these fields must update every registrant's calendar entry. */
export function movesCalendar(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  return CALENDAR_FIELDS.some((k) => k in after && !same(before[k], after[k]));
}
