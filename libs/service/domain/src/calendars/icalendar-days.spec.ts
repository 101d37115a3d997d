import fs from 'node:fs';
import ICAL from 'ical.js';
import { daysFromICalendar, ICalendarError } from './icalendar-days';
import { mainlandChinaDays } from './mainland-china';

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

/** A feed of our own, written as calendar programs write them (folded lines, CRLF). */
function feed(events: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport//Test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}
const allDay = (uid: string, start: string, end: string, summary: string, extra: string[] = []) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'].join('\r\n');

describe('holidays from an iCalendar feed', () => {
  it('reads a published feed of mainland China’s holidays to the same days as the pre-filled calendar', () => {
    const text = fs.readFileSync(require.resolve('chinese-days/dist/holidays.ics'), 'utf8');
    const days = daysFromICalendar(text, YEAR_2026);
    const expected = mainlandChinaDays([2026]);
    expect(days.holidays.map((d) => d.date)).toEqual(expected.holidays.map((d) => d.date));
    expect(days.workdays.map((d) => d.date)).toEqual(expected.workdays.map((d) => d.date));
    expect(days.holidays.find((d) => d.date === '2026-02-17')!.name).toBe('春节(休)');
  });

  it('expands multi-day and yearly events within the range, and skips events with a time of day', () => {
    const text = feed([
      allDay('a', '20261224', '20261227', 'Christmas break'),
      allDay('b', '20200101', '20200102', 'New Year', ['RRULE:FREQ=YEARLY']),
      allDay('c', '20261003', '20261004', '國慶日補行上班'),
      ['BEGIN:VEVENT', 'UID:d', 'DTSTAMP:20260101T000000Z', 'DTSTART:20261110T090000Z', 'DTEND:20261110T100000Z', 'SUMMARY:Team meeting', 'END:VEVENT'].join('\r\n'),
    ]);
    const days = daysFromICalendar(text, { from: '2026-01-01', to: '2027-01-31' });
    expect(days.holidays).toEqual([
      { date: '2026-01-01', name: 'New Year' },
      { date: '2026-12-24', name: 'Christmas break' },
      { date: '2026-12-25', name: 'Christmas break' },
      { date: '2026-12-26', name: 'Christmas break' },
      { date: '2027-01-01', name: 'New Year' },
    ]);
    expect(days.workdays).toEqual([{ date: '2026-10-03', name: '國慶日補行上班' }]);
    expect(days.skipped).toBe(1);
    // The feed is valid iCalendar for another parser's reading too.
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(4);
  });

  it('refuses what is not iCalendar', () => {
    expect(() => daysFromICalendar('<html>Not found</html>', YEAR_2026)).toThrow(ICalendarError);
    expect(() => daysFromICalendar('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n', YEAR_2026)).toThrow(ICalendarError);
  });
});
