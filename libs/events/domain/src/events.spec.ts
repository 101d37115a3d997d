import ICAL from 'ical.js';
import { invitationIcs, movesCalendar, registrationClosedReason, remindersDue, seatFor, seatsToPromote, signCheckInCode, signRegistrationToken, verifyCheckInCode, verifyRegistrationToken } from './index';

const window = { status: 'published', registrationOpensAt: new Date('2027-01-01T00:00:00Z'), registrationClosesAt: new Date('2027-02-01T00:00:00Z'), endsAt: new Date('2027-02-02T00:00:00Z') };

describe('registration rules', () => {
  it('opens registration only while published and between its open and close times', () => {
    expect(registrationClosedReason(window, new Date('2026-12-31T23:59:59Z'))).toBe('events.notOpen');
    expect(registrationClosedReason(window, new Date('2027-01-15T00:00:00Z'))).toBeNull();
    expect(registrationClosedReason(window, new Date('2027-02-01T00:00:00Z'))).toBe('events.closed');
    expect(registrationClosedReason({ ...window, status: 'draft' }, new Date('2027-01-15T00:00:00Z'))).toBe('events.notFound');
    expect(registrationClosedReason({ ...window, registrationClosesAt: null }, new Date('2027-02-02T00:00:00Z'))).toBe('events.closed');
  });

  it('seats while there are seats, then waitlists; promotes into free seats only', () => {
    expect([seatFor(2, 0), seatFor(2, 1), seatFor(2, 2), seatFor(null, 999)]).toEqual(['registered', 'registered', 'waitlisted', 'registered']);
    expect([seatsToPromote(5, 3, 10), seatsToPromote(5, 5, 10), seatsToPromote(5, 3, 1), seatsToPromote(null, 3, 4), seatsToPromote(5, 3, 0)]).toEqual([2, 0, 1, 4, 0]);
  });

  it('updates calendars only when the time, place or title changes', () => {
    const before = { title: 'A', startsAt: new Date('2027-01-01T00:00:00Z'), venue: 'Hall', capacity: 10 };
    expect(movesCalendar(before, { startsAt: new Date('2027-01-01T00:00:00Z'), capacity: 20 })).toBe(false);
    expect(movesCalendar(before, { startsAt: new Date('2027-01-01T01:00:00Z') })).toBe(true);
    expect(movesCalendar(before, { venue: 'Room 2' })).toBe(true);
  });

  it('reminds at each offset once its moment has come, not before registering and not after the start', () => {
    const start = new Date('2027-05-20T02:00:00Z');
    const registered = new Date('2027-05-01T00:00:00Z');
    expect(remindersDue(start, [168, 24], new Date('2027-05-13T01:59:00Z'), registered)).toEqual([]);
    expect(remindersDue(start, [168, 24], new Date('2027-05-13T02:00:00Z'), registered)).toEqual([168]);
    expect(remindersDue(start, [168, 24], new Date('2027-05-19T02:00:00Z'), registered)).toEqual([168, 24]);
    expect(remindersDue(start, [168, 24], new Date('2027-05-19T02:00:00Z'), new Date('2027-05-18T00:00:00Z'))).toEqual([24]);
    expect(remindersDue(start, [168, 24], start, registered)).toEqual([]);
  });
});

describe('self-service link token', () => {
  const id = '01890a5d-ac96-774b-bcce-b302099a8057';
  it('opens only its own registration, and nothing when edited or signed with another secret', () => {
    const token = signRegistrationToken(id, 'secret');
    expect(verifyRegistrationToken(token, 'secret')).toBe(id);
    expect(verifyRegistrationToken(token, 'other')).toBeNull();
    expect(verifyRegistrationToken(token.replace(id.slice(0, 4), 'ffff'), 'secret')).toBeNull();
    expect(verifyRegistrationToken(`${token}.x`, 'secret')).toBeNull();
    expect(verifyRegistrationToken(42, 'secret')).toBeNull();
  });

  it('keeps the check-in code and the cancel link apart: neither opens the other', () => {
    const code = signCheckInCode(id, 'secret');
    expect(verifyCheckInCode(code, 'secret')).toBe(id);
    expect(verifyCheckInCode(` ${code}\n`, 'secret')).toBe(id);
    expect(verifyRegistrationToken(code, 'secret')).toBeNull();
    expect(verifyCheckInCode(signRegistrationToken(id, 'secret'), 'secret')).toBeNull();
  });
});

describe('invitationIcs', () => {
  const base = {
    registrationId: 'r1', domain: 'mail.example', sequence: 3, title: '新品发布会', description: null, location: 'Hall 3, Shanghai', url: null,
    timeZone: 'Asia/Shanghai', startsAt: new Date('2027-03-10T06:00:00Z'), endsAt: new Date('2027-03-10T08:00:00Z'),
    organizer: { name: 'Rapport', email: 'events@mail.example' }, attendee: { name: 'Ann', email: 'ann@example.com' }, stamp: new Date('2027-01-01T00:00:00Z'),
  };
  it('writes an iTIP request in the event zone, with its VTIMEZONE and a UTC DTSTAMP, that ical.js reads back', () => {
    const text = invitationIcs({ ...base, method: 'REQUEST' });
    expect(text).toContain('DTSTAMP:20270101T000000Z');
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!));
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect([ev.uid, ev.sequence, ev.summary, ev.startDate.hour, ev.startDate.toJSDate().toISOString()]).toEqual(['registration-r1@mail.example', 3, '新品发布会', 14, '2027-03-10T06:00:00.000Z']);
  });

  it('writes a cancellation as METHOD:CANCEL with the same UID', () => {
    const text = invitationIcs({ ...base, method: 'CANCEL', sequence: 4 });
    expect(text).toMatch(/METHOD:CANCEL/);
    expect(text).toMatch(/STATUS:CANCELLED/);
    expect(text).toContain('UID:registration-r1@mail.example');
  });
});
