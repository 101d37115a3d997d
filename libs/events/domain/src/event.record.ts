import { BASE_FIELDS, defineRecord } from '@rapport/shared-domain';
import { EventStatus, EventType } from './enums';

/**
 * Events (issue 16, docs/adr/0019): a seminar, webinar, booth or workshop that people register for.
 * Each event runs on a campaign of its own (type event), whose members follow the registrations,
 * so the campaign's funnel, costs and return cover the event. Times are instants; `timeZone` is
 * the event's own, in which its times are shown and its invitations written (VTIMEZONE).
 * Title and description have translations per language (`titles`, `descriptions`), read like
 * product names: the reader's language, else the canonical text.
 */
export const EVENT = defineRecord({
  name: 'event',
  graphqlName: 'Event',
  table: 'event',
  alias: 'ev',
  // Labels in the lazy `events` area: they come with the events pages, not with every first screen.
  label: { one: 'events.recordType', many: 'events.title' },
  customFields: false,
  mergeable: false,
  fields: {
    ...BASE_FIELDS,
    title: { type: 'text', column: 'title', title: 'Title', label: 'events.fields.title', required: true, maxLength: 200, filter: true, sort: true, edit: true, search: true },
    titles: { type: 'json', column: 'titles', title: 'Title translations', label: 'events.fields.titles', nullable: false, columnDefault: { sql: `'{}'` }, edit: true, resolved: true, export: false },
    description: { type: 'longText', column: 'description', title: 'Description', label: 'events.fields.description', maxLength: 10000, edit: true, audit: false },
    descriptions: { type: 'json', column: 'descriptions', title: 'Description translations', label: 'events.fields.descriptions', nullable: false, columnDefault: { sql: `'{}'` }, edit: true, audit: false, resolved: true, export: false },
    type: { type: 'enum', column: 'type', enumName: 'EventType', enumValues: Object.values(EventType), title: 'Type', label: 'events.fields.type', required: true, message: 'Choose an event type.', filter: true, edit: true },
    status: { type: 'enum', column: 'status', enumName: 'EventStatus', enumValues: Object.values(EventStatus), title: 'Status', label: 'fields.status', nullable: false, columnDefault: EventStatus.Draft, filter: true },
    campaignId: { type: 'reference', column: 'campaign_id', references: 'campaign', title: 'Campaign', label: 'events.fields.campaign', nullable: false, output: true, filter: true },
    venue: { type: 'text', column: 'venue', title: 'Venue', label: 'events.fields.venue', maxLength: 200, edit: true },
    address: { type: 'text', column: 'address', title: 'Address', label: 'events.fields.address', maxLength: 500, edit: true },
    onlineUrl: { type: 'url', column: 'online_url', title: 'Online link', label: 'events.fields.onlineUrl', maxLength: 1000, message: 'Enter a web address starting with https://.', edit: true },
    timeZone: { type: 'text', column: 'time_zone', title: 'Time zone', label: 'events.fields.timeZone', required: true, maxLength: 64, format: 'timeZone', message: 'Choose a time zone such as Asia/Shanghai.', filter: ['eq', 'in'], edit: true },
    startsAt: { type: 'datetime', column: 'starts_at', title: 'Starts', label: 'events.fields.startsAt', required: true, filter: true, sort: true, edit: true },
    endsAt: { type: 'datetime', column: 'ends_at', title: 'Ends', label: 'events.fields.endsAt', required: true, filter: true, edit: true },
    capacity: { type: 'integer', column: 'capacity', title: 'Capacity', label: 'events.fields.capacity', min: 1, minMessage: 'A capacity is at least one seat.', edit: true, description: 'Seats; empty means no limit. Registrations beyond it join the waitlist.' },
    registrationOpensAt: { type: 'datetime', column: 'registration_opens_at', title: 'Registration opens', label: 'events.fields.registrationOpensAt', edit: true },
    registrationClosesAt: { type: 'datetime', column: 'registration_closes_at', title: 'Registration closes', label: 'events.fields.registrationClosesAt', edit: true },
    // The registration form's own questions and consent boxes, and the agenda: checked by
    // checkRegistrationForm / checkAgenda (registration-form.ts, agenda.ts), shapes documented there.
    form: { type: 'json', column: 'form', title: 'Registration form', label: 'events.fields.form', nullable: false, columnDefault: { sql: `'{}'` }, edit: true, audit: false, export: false, description: '{ questions: [{ key, label, labels, type: text|longText|choice|checkbox, required, options }], consents: [{ subscriptionTypeId, text, texts, required }] }' },
    agenda: { type: 'json', column: 'agenda', title: 'Agenda', label: 'events.fields.agenda', nullable: false, columnDefault: { sql: `'{}'` }, edit: true, audit: false, export: false, description: '{ sessions: [{ title, titles, startsAt, endsAt, speaker, room }] }' },
    sequence: { type: 'integer', column: 'sequence', title: 'Revision', label: 'events.fields.sequence', nullable: false, columnDefault: 0, description: 'Bumped whenever the time or place changes: each registrant’s calendar entry is updated.' },
  },
});
