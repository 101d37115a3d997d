import { escapeHtml } from '@rapport/shared-util';
import { MessageKey, MessageLocale, renderMessage, translateMessage, type MessageParams } from '@rapport/shared-errors';
import { visitIcs } from '@rapport/service-domain';
import type { WorkOrderEntity } from '@rapport/service-data';

const say = (locale: MessageLocale, key: MessageKey, params: MessageParams = {}) => translateMessage(locale, key, params, renderMessage(key, params));

/** A visit's time in the customer's language and the visit's zone, the zone named. */
export function visitWhen(start: Date, end: Date, zone: string, locale: MessageLocale): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });
  return `${date.format(start)} – ${time.format(end)}`;
}

export const visitAddress = (w: Pick<WorkOrderEntity, 'street' | 'city' | 'postalCode' | 'region' | 'country'>) => [w.street, [w.postalCode, w.city].filter(Boolean).join(' '), w.region, w.country].filter(Boolean).join(', ');

export interface VisitMailFacts {
  kind: 'proposal' | 'confirmed';
  locale: MessageLocale;
  name: string;
  number: string;
  subject: string;
  timeZone: string;
  work: Pick<WorkOrderEntity, 'id' | 'street' | 'city' | 'postalCode' | 'region' | 'country' | 'proposedSlots' | 'slotStart' | 'slotEnd' | 'icsSequence' | 'description'>;
}

/** The mail's subject and text without links: what the case's thread keeps of it. */
export function visitMailText(f: VisitMailFacts): { subject: string; lines: string[] } {
  const address = visitAddress(f.work);
  if (f.kind === 'proposal') {
    const slots = f.work.proposedSlots.map((s) => `• ${visitWhen(new Date(s.start), new Date(s.end), f.timeZone, f.locale)}`);
    return {
      subject: `[${f.number}] ${say(f.locale, 'service.visitProposalSubject', { number: f.number })}`,
      lines: [say(f.locale, 'service.visitProposalIntro', { name: f.name, number: f.number, subject: f.subject }), ...slots, ...(address ? [say(f.locale, 'service.visitAddress', { address })] : [])],
    };
  }
  const when = visitWhen(f.work.slotStart!, f.work.slotEnd!, f.timeZone, f.locale);
  return {
    subject: `[${f.number}] ${say(f.locale, 'service.visitConfirmedSubject', { number: f.number })}`,
    lines: [say(f.locale, 'service.visitConfirmedBody', { name: f.name, number: f.number, when }), ...(address ? [say(f.locale, 'service.visitAddress', { address })] : [])],
  };
}

/**
 * The whole mail: the proposal with one link per slot (each opens a page that confirms it with a
 * button: a link alone must not confirm, since mail scanners open links), or the confirmation with
 * the visit as an iTIP REQUEST for the customer's calendar.
 */
export function visitMail(f: VisitMailFacts & { slotUrl: (index: number) => string; domain: string; organizer: { name: string; email: string }; attendee: { name: string; email: string }; now: Date }) {
  const { subject, lines } = visitMailText(f);
  const links: [string, string][] =
    f.kind === 'proposal' ? f.work.proposedSlots.map((s, i) => [say(f.locale, 'service.visitChoose', { when: visitWhen(new Date(s.start), new Date(s.end), f.timeZone, f.locale) }), f.slotUrl(i)]) : [];
  const text = `${lines.join('\n')}\n${links.length ? `\n${links.map(([label, url]) => `${label}: ${url}`).join('\n')}\n` : ''}`;
  const html = `<!doctype html><html lang="${f.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5">
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${links.map(([label, url]) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`).join('\n')}
</body></html>`;
  const calendar =
    f.kind === 'confirmed'
      ? {
          method: 'REQUEST' as const,
          content: visitIcs({
            workOrderId: f.work.id,
            domain: f.domain,
            sequence: f.work.icsSequence,
            title: say(f.locale, 'service.visitTitle', { number: f.number }),
            description: [f.subject, f.work.description].filter(Boolean).join('\n\n'),
            location: visitAddress(f.work),
            timeZone: f.timeZone,
            start: f.work.slotStart!,
            end: f.work.slotEnd!,
            organizer: f.organizer,
            attendee: f.attendee,
            stamp: f.now,
          }),
        }
      : undefined;
  return { subject, text, html, calendar };
}
