import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import type { simpleParser } from 'mailparser';
import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { EventMailer, EventRemindersService } from '@rapport/events-api';
import { sinkInbox } from './testing/mail-sink';
import { useTestApi } from './testing/test-api';

/**
 * Events (issue 16): registration holds capacity and waitlist order under concurrency, a repeat
 * registration returns the first, each registrant's mail carries an iCalendar invitation that a
 * standard parser reads at the right local times, a change updates it (same UID, higher SEQUENCE),
 * a cancellation cancels it (METHOD:CANCEL) and moves the waitlist up, reminders go once each.
 */
// Fifty people register at once from one test client: the per-client limit is raised for that.
const api = useTestApi({ SMTP_URL: process.env['RAPPORT_TEST_SMTP_URL'] ?? '', MAILING_DOMAIN: 'mail.rapport.test', INBOUND_SMTP_PORT: '0', PUBLIC_LEAD_RATE_LIMIT: '5000' });
const tag = `ev${Date.now().toString(36)}`;
const addr = (name: string) => `${name}.${tag}@example.com`;
let marketer: ApiClient;

const FIELDS = 'id title status sequence campaignId timeZone startsAt endsAt capacity counts { registered waitlisted cancelled seatsLeft }';
interface EventRow {
  id: string;
  title: string;
  status: string;
  sequence: number;
  campaignId: string;
  counts: { registered: number; waitlisted: number; cancelled: number; seatsLeft: number | null };
}

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
});

async function newEvent(input: Record<string, unknown> = {}): Promise<EventRow> {
  const { createEvent } = await marketer.gqlOk<{ createEvent: { event: EventRow } }>(`mutation($i: CreateEventInput!) { createEvent(input: $i) { event { ${FIELDS} } } }`, {
    i: { title: `Seminar ${tag}`, type: 'SEMINAR', timeZone: 'Asia/Shanghai', startsAt: '2027-03-10T06:00:00Z', endsAt: '2027-03-10T08:00:00Z', venue: 'Hall 3', address: '1 Century Ave, Shanghai', ...input },
  });
  const { publishEvent } = await marketer.gqlOk<{ publishEvent: { event: EventRow } }>(`mutation($i: EventIdInput!) { publishEvent(input: $i) { event { ${FIELDS} } } }`, { i: { id: createEvent.event.id } });
  return publishEvent.event;
}

const register = (eventId: string, body: Record<string, unknown>) => api.anon().post(`/api/public/events/${eventId}/registrations`).send(body);

/** Sends every unsent mail of the event's registrations, as the mail job would, and returns how many went. */
async function sendMails(eventId: string): Promise<number> {
  const rows: { id: string }[] = await api.ctx.ds.query(`SELECT m.id FROM event_mail m JOIN event_registration r ON r.id = m.registration_id WHERE r.event_id = $1 AND m.sent_at IS NULL ORDER BY m.created_at`, [eventId]);
  for (const r of rows) expect(await api.app.get(EventMailer).send(r.id)).toBe('sent');
  return rows.length;
}

/** The invitation of a parsed message, read by ical.js. */
function invitation(mail: Awaited<ReturnType<typeof simpleParser>>) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part).toBeDefined();
  const text = part!.content.toString('utf8');
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vtz = cal.getFirstSubcomponent('vtimezone');
  if (vtz) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const vevent = cal.getFirstSubcomponent('vevent')!;
  const ev = new ICAL.Event(vevent);
  return { method: String(cal.getFirstPropertyValue('method')), uid: ev.uid, sequence: ev.sequence, start: ev.startDate, end: ev.endDate, summary: ev.summary, location: ev.location };
}

it('holds capacity under 50 concurrent registrations for 20 seats: exactly 20 registered, the rest waitlisted in arrival order, none lost', async () => {
  const event = await newEvent({ capacity: 20 });
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => register(event.id, { firstName: 'P', lastName: `n${i}`, email: addr(`crowd${i}`) })));
  expect(answers.map((a) => a.status).every((s) => s === 201)).toBe(true);
  const rows: { status: string; created_at: Date; id: string }[] = await api.ctx.ds.query(`SELECT status, created_at, id FROM event_registration WHERE event_id = $1 ORDER BY created_at, id`, [event.id]);
  expect(rows).toHaveLength(50);
  // Seats went in the order the rows were written (the event row's lock): the first 20, then the waitlist.
  expect(rows.map((r) => r.status)).toEqual([...Array(20).fill('registered'), ...Array(30).fill('waitlisted')]);
  const statuses = answers.map((a) => a.body.status as string);
  expect(statuses.filter((s) => s === 'registered')).toHaveLength(20);
  const { event: read } = await marketer.gqlOk<{ event: EventRow }>(`query($id: ID!) { event(id: $id) { ${FIELDS} } }`, { id: event.id });
  expect(read.counts).toEqual({ registered: 20, waitlisted: 30, cancelled: 0, seatsLeft: 0 });
  // Every one of them is on the event's campaign with the same status.
  const members: { status: string; n: number }[] = await api.ctx.ds.query(`SELECT status, count(*)::int AS n FROM campaign_member WHERE campaign_id = $1 GROUP BY status ORDER BY status`, [event.campaignId]);
  expect(members).toEqual([{ status: 'registered', n: 20 }, { status: 'waitlisted', n: 30 }]);
});

it('gives a second registration of the same address the first one back, not a duplicate; hostile input is a 400 that stores nothing', async () => {
  const event = await newEvent();
  const visitorId = randomUUID();
  const first = await register(event.id, { firstName: 'Ann', lastName: 'Wu', email: addr('ann'), visitorId });
  const again = await register(event.id, { firstName: 'Ann', lastName: 'Wu', email: addr('ANN').replace(tag, tag.toUpperCase()).toLowerCase().toUpperCase() });
  expect(first.status).toBe(201);
  expect(again.status).toBe(200);
  expect(again.body.reference).toBe(first.body.reference);
  // Nobody knew Ann: she is a new lead from the event, and the website visitor who registered is her now.
  const [reg] = await api.ctx.ds.query(`SELECT r.lead_id, l.source, v.lead_id AS visitor_lead FROM event_registration r JOIN lead l ON l.id = r.lead_id LEFT JOIN web_visitor v ON v.id = $2 WHERE r.id = $1`, [first.body.reference, visitorId]);
  expect(reg).toEqual({ lead_id: expect.any(String), source: 'event', visitor_lead: reg.lead_id });
  const bad = await register(event.id, { lastName: '', email: 'nope', timeZone: 'Mars/Olympus', isAdmin: true });
  expect(bad.status).toBe(400);
  expect([...new Set((bad.body.errors as { path: string }[]).map((e) => e.path))].sort()).toEqual(['email', 'isAdmin', 'lastName', 'timeZone']);
  expect((await register(event.id, { lastName: 'Bot', email: addr('bot'), website: 'http://spam' })).status).toBe(400);
  expect((await register('00000000-0000-4000-8000-000000000000', { lastName: 'X', email: addr('x') })).status).toBe(404);
  const [{ n }] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1`, [event.id]);
  expect(n).toBe(1);
});

it('mails an invitation a calendar reads at the right local time in Shanghai and Berlin; a change updates it (same UID, higher SEQUENCE); a cancellation cancels it and moves the waitlist up', async () => {
  const event = await newEvent({ capacity: 2, timeZone: 'Europe/Berlin', startsAt: '2027-07-01T07:00:00Z', endsAt: '2027-07-01T09:00:00Z' });
  const shanghai = await register(event.id, { firstName: '敏', lastName: '王', email: addr('wang'), locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  await register(event.id, { firstName: 'Hans', lastName: 'Meyer', email: addr('hans'), locale: 'en', timeZone: 'Europe/Berlin' });
  await register(event.id, { firstName: 'Wait', lastName: 'Ing', email: addr('wait') });
  expect(await sendMails(event.id)).toBe(3);

  const [wang] = await sinkInbox(addr('wang'));
  expect(wang!.subject).toBe(`报名成功：Seminar ${tag}`);
  const inv = invitation(wang!);
  expect(inv.method).toBe('REQUEST');
  expect(inv.uid).toBe(`registration-${shanghai.body.reference}@mail.rapport.test`);
  expect(inv.sequence).toBe(0);
  // 09:00 in Berlin (summer time) is 07:00 UTC and 15:00 in Shanghai.
  expect(inv.start.toJSDate().toISOString()).toBe('2027-07-01T07:00:00.000Z');
  // The entry is written in the event's zone, with its VTIMEZONE; the mail says the registrant's own time.
  expect([inv.start.hour, inv.start.zone.tzid]).toEqual([9, 'Europe/Berlin']);
  expect(wang!.text).toContain('15:00');
  const [hans] = await sinkInbox(addr('hans'));
  expect(hans!.text).toContain('9:00');
  const [wait] = await sinkInbox(addr('wait'));
  expect(wait!.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(false);

  // Moved by an hour: each seat holder gets an update of the same entry.
  const { updateEvent } = await marketer.gqlOk<{ updateEvent: { event: EventRow } }>(`mutation($i: UpdateEventInput!) { updateEvent(input: $i) { event { ${FIELDS} } } }`, {
    i: { id: event.id, startsAt: '2027-07-01T08:00:00Z', endsAt: '2027-07-01T10:00:00Z' },
  });
  expect(updateEvent.event.sequence).toBe(1);
  expect(await sendMails(event.id)).toBe(2);
  const update = invitation((await sinkInbox(addr('wang'))).find((m) => m.subject?.startsWith('活动变更'))!);
  expect([update.method, update.uid, update.sequence, update.start.hour]).toEqual(['REQUEST', inv.uid, 1, 10]);

  // Wang cancels through the link in the mail: the entry is cancelled, the waiting person moves up.
  const token = /registrations\/([^/\s"]+)/.exec(wang!.text ?? '')![1]!;
  const cancelled = await api.anon().post(`/api/public/registrations/${token}/cancel`).send({});
  expect(cancelled.body).toEqual({ status: 'cancelled' });
  expect(await sendMails(event.id)).toBe(2);
  const cancel = invitation((await sinkInbox(addr('wang'))).find((m) => m.subject?.startsWith('已取消'))!);
  expect([cancel.method, cancel.uid, cancel.sequence]).toEqual(['CANCEL', inv.uid, 2]);
  const promoted = (await sinkInbox(addr('wait'))).find((m) => m.subject?.startsWith('A place is yours'));
  expect(invitation(promoted!).method).toBe('REQUEST');
  const { event: after } = await marketer.gqlOk<{ event: EventRow }>(`query($id: ID!) { event(id: $id) { ${FIELDS} } }`, { id: event.id });
  expect(after.counts).toEqual({ registered: 2, waitlisted: 0, cancelled: 1, seatsLeft: 0 });
  // A forged or edited link opens nothing.
  expect((await api.anon().post(`/api/public/registrations/${token.slice(0, -2)}xx/cancel`).send({})).status).toBe(404);
});

it('sends each reminder once, at its moment, by an injectable clock', async () => {
  const event = await newEvent({ startsAt: '2027-05-20T02:00:00Z', endsAt: '2027-05-20T04:00:00Z' });
  await register(event.id, { lastName: 'Early', email: addr('early') });
  await api.ctx.ds.query(`UPDATE event_registration SET created_at = '2027-05-01T00:00:00Z' WHERE event_id = $1`, [event.id]);
  const reminders = api.app.get(EventRemindersService);
  const keys = async () => (await api.ctx.ds.query(`SELECT m.key FROM event_mail m JOIN event_registration r ON r.id = m.registration_id WHERE r.event_id = $1 AND m.kind = 'reminder' ORDER BY m.key`, [event.id])).map((r: { key: string }) => r.key.split(':')[2]);
  await reminders.run(new Date('2027-05-12T00:00:00Z'));
  expect(await keys()).toEqual([]);
  await reminders.run(new Date('2027-05-13T02:00:00Z'));
  await reminders.run(new Date('2027-05-13T02:01:00Z'));
  expect(await keys()).toEqual(['168']);
  await reminders.run(new Date('2027-05-19T03:00:00Z'));
  await reminders.run(new Date('2027-05-19T03:00:00Z'));
  expect((await keys()).sort()).toEqual(['168', '24']);
  await reminders.run(new Date('2027-05-20T03:00:00Z'));
  expect(await keys()).toHaveLength(2);
});

it('checks people in by the QR code on their confirmation or by name, registers walk-ins, and closes the event with the rest as no-shows', async () => {
  const event = await newEvent({ capacity: 10 });
  const ann = await register(event.id, { firstName: 'Ann', lastName: 'Lee', email: addr('door-ann') });
  await register(event.id, { firstName: 'Bo', lastName: 'Chan', email: addr('door-bo') });
  expect(await sendMails(event.id)).toBe(2);
  // The confirmation shows a QR code (an inline PNG) and the same code as text.
  const [mail] = await sinkInbox(addr('door-ann'));
  const qr = mail!.attachments.find((a) => a.contentType === 'image/png');
  expect(qr?.contentDisposition).toBe('inline');
  expect(qr!.content.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(qr!.cid).toBe('check-in');
  expect(mail!.html).toMatch(/<img src="(cid:check-in|data:image\/png;base64,[^"]+)"/);
  const code = /Show this code at the entrance: (\S+)/.exec(mail!.text ?? '')![1]!;

  const CHECK_IN = `mutation($i: CheckInByCodeInput!) { checkInByCode(input: $i) { registration { id status checkedInAt } } }`;
  // A rep may not run the door; a code of another kind (the cancel link's) or of another event is refused.
  const rep = await api.signedIn((await api.ctx.newUser({ role: Role.SalesRep })).email);
  expect((await rep.gql(CHECK_IN, { i: { eventId: event.id, code } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const other = await newEvent();
  const wrongEvent = await marketer.gql(CHECK_IN, { i: { eventId: other.id, code } });
  expect(wrongEvent.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'input.code', message: 'This code is for another event.' })]);
  const cancelToken = /registrations\/([^/\s"]+)/.exec(mail!.text ?? '')![1]!;
  expect((await marketer.gql(CHECK_IN, { i: { eventId: event.id, code: cancelToken } })).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ message: 'This is not a check-in code of ours.' })]);

  const { checkInByCode } = await marketer.gqlOk<{ checkInByCode: { registration: { id: string; status: string; checkedInAt: string } } }>(CHECK_IN, { i: { eventId: event.id, code } });
  expect(checkInByCode.registration).toMatchObject({ id: ann.body.reference, status: 'attended', checkedInAt: expect.any(String) });
  // Scanned twice: still one attendance.
  await marketer.gqlOk(CHECK_IN, { i: { eventId: event.id, code } });

  // Found by name, checked in, undone, checked in again.
  const { event: found } = await marketer.gqlOk<{ event: { registrations: { edges: { node: { id: string; lastName: string } }[] } } }>(
    `query($id: ID!) { event(id: $id) { registrations(filter: { search: "chan" }) { edges { node { id lastName } } } } }`,
    { id: event.id },
  );
  const bo = found.registrations.edges.map((e) => e.node);
  expect(bo.map((r) => r.lastName)).toEqual(['Chan']);
  const byId = (name: string) => `mutation($i: RegistrationIdInput!) { ${name}(input: $i) { registration { status } } }`;
  expect((await marketer.gqlOk<{ checkInRegistration: { registration: { status: string } } }>(byId('checkInRegistration'), { i: { id: bo[0]!.id } })).checkInRegistration.registration.status).toBe('attended');
  expect((await marketer.gqlOk<{ undoCheckIn: { registration: { status: string } } }>(byId('undoCheckIn'), { i: { id: bo[0]!.id } })).undoCheckIn.registration.status).toBe('registered');

  // A walk-in is registered and checked in at once; a new person becomes an event lead.
  const { registerWalkIn } = await marketer.gqlOk<{ registerWalkIn: { registration: { status: string; walkIn: boolean; leadId: string } } }>(
    `mutation($i: WalkInInput!) { registerWalkIn(input: $i) { registration { status walkIn leadId } } }`,
    { i: { eventId: event.id, firstName: 'Cy', lastName: 'Door', email: addr('walkin') } },
  );
  expect(registerWalkIn.registration).toMatchObject({ status: 'attended', walkIn: true, leadId: expect.any(String) });
  const [timeline] = await api.ctx.ds.query(`SELECT event_type, object_type, object_id FROM timeline_event WHERE subject_id = $1 AND event_type = 'event.attended'`, [registerWalkIn.registration.leadId]);
  expect(timeline).toEqual({ event_type: 'event.attended', object_type: 'event', object_id: event.id });

  // Closing the event: Bo never came.
  const { completeEvent } = await marketer.gqlOk<{ completeEvent: { event: { status: string; counts: { attended: number; registered: number } } } }>(
    `mutation($i: EventIdInput!) { completeEvent(input: $i) { event { status counts { attended registered } } } }`,
    { i: { id: event.id } },
  );
  expect(completeEvent.event).toEqual({ status: 'COMPLETED', counts: { attended: 2, registered: 0 } });
  const members: { status: string; n: number }[] = await api.ctx.ds.query(`SELECT status, count(*)::int AS n FROM campaign_member WHERE campaign_id = $1 GROUP BY status ORDER BY status`, [event.campaignId]);
  expect(members).toEqual([{ status: 'attended', n: 2 }, { status: 'no_show', n: 1 }]);
});
