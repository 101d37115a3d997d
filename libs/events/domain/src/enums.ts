/** What kind of event it is: a seminar in a room, a webinar online, a booth at a trade show, a hands-on workshop. */
export enum EventType {
  Seminar = 'seminar',
  Webinar = 'webinar',
  TradeShowBooth = 'trade_show_booth',
  Workshop = 'workshop',
}

/** Draft events take no registrations; a cancelled one tells every registrant (METHOD:CANCEL). */
export enum EventStatus {
  Draft = 'draft',
  Published = 'published',
  Cancelled = 'cancelled',
  Completed = 'completed',
}

/**
 * A registration's state; the same words as the event campaign's member statuses, which follow it
 * (marketing-domain member-statuses.ts).
 */
export enum RegistrationStatus {
  Registered = 'registered',
  Waitlisted = 'waitlisted',
  Cancelled = 'cancelled',
  Attended = 'attended',
  NoShow = 'no_show',
}

/** Statuses that hold a seat: the capacity counts them. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = [RegistrationStatus.Registered, RegistrationStatus.Attended];
