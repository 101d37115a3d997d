import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

/** What the customer's calendar entry for a confirmed visit says. */
export interface VisitInvitation {
  workOrderId: string;
  /** Domain of the UID (the support address's), so UIDs are globally unique (RFC 5545 §3.8.4.7). */
  domain: string;
  /** Bumped when the visit moves, so the customer's calendar replaces the entry (RFC 5546 §2.1.4). */
  sequence: number;
  title: string;
  description: string;
  location: string;
  timeZone: string;
  start: Date;
  end: Date;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  stamp: Date;
}

export const visitUid = (workOrderId: string, domain: string) => `visit-${workOrderId}@${domain}`;

/**
 * The confirmed visit as an iTIP REQUEST (RFC 5545/5546), written in the visit's zone with its
 * VTIMEZONE so the customer's calendar shows the local hour; DTSTAMP in UTC. One UID per work order.
 */
export function visitIcs(v: VisitInvitation): string {
  const calendar = ical({
    prodId: { company: 'Rapport', product: 'Rapport CRM', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const zoned = (d: Date) => DateTime.fromJSDate(d, { zone: v.timeZone });
  calendar.createEvent({
    id: visitUid(v.workOrderId, v.domain),
    sequence: v.sequence,
    stamp: DateTime.fromJSDate(v.stamp, { zone: 'UTC' }),
    start: zoned(v.start),
    end: zoned(v.end),
    timezone: v.timeZone,
    summary: v.title,
    description: v.description,
    location: v.location || undefined,
    status: ICalEventStatus.CONFIRMED,
    organizer: { name: v.organizer.name, email: v.organizer.email },
    attendees: [{ name: v.attendee.name, email: v.attendee.email, rsvp: false }],
  });
  return calendar.toString();
}
