import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';

/** What one registrant's calendar entry says, in their language. */
export interface InvitationInput {
  /** The registration's id: the entry's UID stays the same through every update and the cancellation. */
  registrationId: string;
  /** Domain of the UID (the sending domain), so UIDs are globally unique (RFC 5545 §3.8.4.7). */
  domain: string;
  /** Bumped on every change (RFC 5546 §2.1.4): a calendar replaces the entry with the higher one. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  title: string;
  description: string | null;
  /** Venue and address, joined; or null for an online event. */
  location: string | null;
  url: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** When the entry was written (DTSTAMP). */
  stamp: Date;
}

/** The entry's UID: stable per registration. */
export const invitationUid = (registrationId: string, domain: string) => `registration-${registrationId}@${domain}`;

/**
 * An iCalendar object (RFC 5545) for one registrant, as an iTIP message (RFC 5546): REQUEST adds or
 * updates the entry, CANCEL removes it. Times are written in the event's zone with its VTIMEZONE, so
 * a calendar anywhere shows them at the right local hour; DTSTAMP is UTC.
 */
export function invitationIcs(i: InvitationInput): string {
  // The calendar's own zone stays unset (DTSTAMP is then written in UTC, as RFC 5545 requires); the
  // generator still writes a VTIMEZONE for the event's zone.
  const calendar = ical({
    prodId: { company: 'Rapport', product: 'Rapport CRM', language: 'EN' },
    method: i.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const zoned = (d: Date) => DateTime.fromJSDate(d, { zone: i.timeZone });
  calendar.createEvent({
    id: invitationUid(i.registrationId, i.domain),
    sequence: i.sequence,
    stamp: DateTime.fromJSDate(i.stamp, { zone: 'UTC' }),
    start: zoned(i.startsAt),
    end: zoned(i.endsAt),
    timezone: i.timeZone,
    summary: i.title,
    description: i.description ?? undefined,
    location: i.location ?? i.url ?? undefined,
    url: i.url ?? undefined,
    status: i.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: i.organizer.name, email: i.organizer.email },
    attendees: [{ name: i.attendee.name, email: i.attendee.email, rsvp: false }],
  });
  return calendar.toString();
}

/** A link that opens the event in Google Calendar's "add event" page (for people whose client ignores the invitation). */
export function googleCalendarLink(i: Pick<InvitationInput, 'title' | 'description' | 'location' | 'url' | 'startsAt' | 'endsAt'>): string {
  const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const params = new URLSearchParams({ action: 'TEMPLATE', text: i.title, dates: `${utc(i.startsAt)}/${utc(i.endsAt)}` });
  const details = [i.description, i.url].filter(Boolean).join('\n\n');
  if (details) params.set('details', details);
  if (i.location ?? i.url) params.set('location', (i.location ?? i.url)!);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
