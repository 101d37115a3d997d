import { describe, expect, it } from 'vitest';
import { anEvent } from './events-fixtures';
import { eventFormValues, eventInput, newEventValues } from './event-form-model';
import { buildEventFilter, capacityFigures, eventActions, eventsByDay, monthFilter, monthGrid, normalizeReminderHours } from './event-model';

describe('event model', () => {
  it('offers the actions the event’s status and the viewer’s grant allow', () => {
    expect(eventActions('DRAFT', true)).toEqual(['edit', 'publish', 'cancel']);
    expect(eventActions('PUBLISHED', true)).toEqual(['edit', 'checkIn', 'complete', 'cancel']);
    expect(eventActions('CANCELLED', true)).toEqual([]);
    expect(eventActions('COMPLETED', true)).toEqual([]);
    expect(eventActions('PUBLISHED', false)).toEqual([]);
  });

  it('counts seat holders (registered and checked in) against the capacity, and the door against them', () => {
    const f = capacityFigures(anEvent('e-1', { capacity: 120 }, { registered: 82, attended: 38, waitlisted: 5 }));
    expect(f).toMatchObject({ seatHolders: 120, capacity: 120, percentTaken: 100, attended: 38, percentCheckedIn: 32, waitlisted: 5 });
    expect(capacityFigures(anEvent('e-2', { capacity: null }, { registered: 0, attended: 0, waitlisted: 0 }))).toMatchObject({ percentTaken: null, percentCheckedIn: 0 });
  });

  it('builds the list’s filter and a month’s range wide enough for every zone', () => {
    expect(buildEventFilter({ search: '  ' })).toBeUndefined();
    expect(buildEventFilter({ search: 'Expo', statuses: ['PUBLISHED'] })).toEqual({ and: [{ title: { contains: 'Expo' } }, { status: { in: ['PUBLISHED'] } }] });
    expect(monthFilter({ year: 2026, month: 12 })).toEqual({ startsAt: { gte: '2026-11-30T00:00:00.000Z', lt: '2027-01-02T00:00:00.000Z' } });
  });

  it('lays a month out Monday first and puts each event on its day in its own zone', () => {
    const grid = monthGrid({ year: 2026, month: 12 });
    // 1 December 2026 is a Tuesday: Monday 30 November opens the grid.
    expect(grid[0]).toMatchObject({ key: '2026-11-30', inMonth: false });
    expect(grid[1]).toMatchObject({ key: '2026-12-01', inMonth: true });
    expect(grid.length % 7).toBe(0);
    // 23:00 UTC on the 19th is 07:00 on the 20th in Shanghai, 18:00 on the 19th in New York.
    const shanghai = anEvent('a', { startsAt: '2026-12-19T23:00:00Z', timeZone: 'Asia/Shanghai' });
    const newYork = anEvent('b', { startsAt: '2026-12-19T23:00:00Z', timeZone: 'America/New_York' });
    const days = eventsByDay([shanghai, newYork]);
    expect(days.get('2026-12-20')?.map((e) => e.id)).toEqual(['a']);
    expect(days.get('2026-12-19')?.map((e) => e.id)).toEqual(['b']);
  });

  it('keeps reminder hours whole, positive, once each, largest first', () => {
    expect(normalizeReminderHours(['24', 168, ' 2 ', 'x', '0', '24'])).toEqual([168, 24, 2]);
  });

  it('round-trips an event through the form in its own zone, a webinar without a room', () => {
    const e = anEvent('e-1', { titles: { 'zh-CN': '研讨会' }, timeZone: 'Asia/Taipei' });
    const input = eventInput(eventFormValues(e));
    expect(input).toMatchObject({ title: 'Event e-1', titles: { 'zh-CN': '研讨会' }, startsAt: e.startsAt, endsAt: e.endsAt, timeZone: 'Asia/Taipei', venue: 'Grand Hall', onlineUrl: null, reminderHours: [168, 24] });
    const webinar = eventInput({ ...eventFormValues(e), type: 'WEBINAR', onlineUrl: 'https://meet.example.com/x' });
    expect(webinar).toMatchObject({ venue: null, address: null, onlineUrl: 'https://meet.example.com/x' });
    expect(newEventValues(new Date('2026-12-01T00:00:00Z'), 'Asia/Shanghai').startsAt?.format('YYYY-MM-DD HH:mm')).toBe('2026-12-08 14:00');
  });
});
