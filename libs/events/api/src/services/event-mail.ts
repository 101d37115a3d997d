import { escapeHtml } from '@rapport/shared-util';
import { localizedName } from '@rapport/shared-domain';
import { MessageKey, MessageLocale, renderMessage, translateMessage, type MessageParams } from '@rapport/shared-errors';
import { googleCalendarLink, invitationIcs } from '@rapport/events-domain';
import type { EventMailToSend } from '@rapport/events-data';

const say = (locale: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(locale, key, params, renderMessage(key, params));

const TEXTS: Record<string, { subject: MessageKey; body: MessageKey; method: 'REQUEST' | 'CANCEL' | null }> = {
  confirmation: { subject: 'events.mailConfirmedSubject', body: 'events.mailConfirmed', method: 'REQUEST' },
  // On the waiting list there is no place yet: no calendar entry either.
  waitlisted: { subject: 'events.mailWaitlistedSubject', body: 'events.mailWaitlisted', method: null },
  promoted: { subject: 'events.mailPromotedSubject', body: 'events.mailPromoted', method: 'REQUEST' },
  update: { subject: 'events.mailUpdatedSubject', body: 'events.mailUpdated', method: 'REQUEST' },
  cancellation: { subject: 'events.mailCancelledSubject', body: 'events.mailCancelled', method: 'CANCEL' },
  reminder: { subject: 'events.mailReminderSubject', body: 'events.mailReminder', method: 'REQUEST' },
};

/** Where the mail comes from and where its links lead. */
export interface EventMailContext {
  domain: string;
  organizer: { name: string; email: string };
  manageUrl: string;
  now: Date;
  /** The check-in code, and its QR code as a PNG, for mails that come with a seat. */
  checkIn: { code: string; png: Buffer } | null;
}

/** The event's times in `zone`, named, in the reader's language (the mails and the registrant's pages). */
export function whenText(startsAt: Date, endsAt: Date, zone: string, locale: MessageLocale): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });
  return `${date.format(startsAt)} – ${time.format(endsAt)}`;
}

/** When, in the registrant's language and zone (else the event's), with the zone named. */
export function eventWhen(m: Pick<EventMailToSend, 'startsAt' | 'endsAt' | 'timeZone' | 'eventTimeZone'>, locale: MessageLocale): string {
  return whenText(m.startsAt, m.endsAt, m.timeZone ?? m.eventTimeZone, locale);
}

/**
 * One mail to a registrant (transactional: they asked for it), in their language: what happened,
 * when and where, an "add to calendar" link, the self-service link, and for every kind that places
 * or moves a calendar entry an iTIP invitation (REQUEST) or its cancellation (CANCEL) with the
 * registration's stable UID and the mail's revision.
 */
export function eventMail(m: EventMailToSend, locale: MessageLocale, c: EventMailContext) {
  const t = TEXTS[m.kind]!;
  const title = localizedName(m.title, m.titles, locale);
  const description = localizedName(m.description ?? '', m.descriptions, locale) || null;
  const name = [m.firstName, m.lastName].filter(Boolean).join(locale === 'en' ? ' ' : '') || m.email;
  const location = [m.venue, m.eventAddress].filter(Boolean).join(', ') || null;
  const lines = [
    say(locale, t.body, { name, title }),
    say(locale, 'events.mailWhen', { when: eventWhen(m, locale) }),
    ...(location ? [say(locale, 'events.mailWhere', { where: location })] : []),
    ...(m.onlineUrl ? [say(locale, 'events.mailOnline', { url: m.onlineUrl })] : []),
  ];
  const calendarLink = googleCalendarLink({ title, description, location, url: m.onlineUrl, startsAt: m.startsAt, endsAt: m.endsAt });
  const links: [string, string][] = t.method === 'CANCEL' ? [] : [[say(locale, 'events.mailAddToCalendar'), calendarLink], [say(locale, 'events.mailManage'), c.manageUrl]];
  const subject = say(locale, t.subject, { title });
  // A seat holder's mail carries the check-in code, as a QR code and as text for clients that block images.
  const qr = c.checkIn && t.method === 'REQUEST' ? c.checkIn : null;
  const codeLine = qr ? `${say(locale, 'events.mailCheckInCode')} ${qr.code}` : '';
  const text = `${lines.join('\n')}\n\n${links.map(([label, url]) => `${label}: ${url}`).join('\n')}\n${codeLine ? `\n${codeLine}\n` : ''}`;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5">
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${links.map(([label, url]) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`).join('\n')}
${qr ? `<p>${escapeHtml(say(locale, 'events.mailCheckInCode'))}<br><img src="cid:check-in" width="180" height="180" alt="${escapeHtml(qr.code)}"></p>` : ''}
</body></html>`;
  const calendar = t.method
    ? {
        method: t.method,
        content: invitationIcs({
          registrationId: m.registrationId,
          domain: c.domain,
          sequence: m.sequence,
          method: t.method,
          title,
          description,
          location,
          url: m.onlineUrl,
          timeZone: m.eventTimeZone,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          organizer: c.organizer,
          attendee: { name, email: m.email },
          stamp: c.now,
        }),
      }
    : undefined;
  const inlineImages = qr ? [{ cid: 'check-in', filename: 'check-in.png', content: qr.png, contentType: 'image/png' }] : undefined;
  return { subject, text, html, calendar, inlineImages };
}
