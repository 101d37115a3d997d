import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dateTimeIn, dayKeyIn, eventSpan, instantFromPicker, instantOf, pickerValue, zoneOffsetLabel } from './event-time';

describe('event times on the event’s own clock', () => {
  it('shows an instant in the event’s zone, whatever the reader’s', () => {
    expect(dateTimeIn('2026-12-20T06:00:00Z', 'Asia/Shanghai')).toBe('2026-12-20 14:00');
    expect(dateTimeIn('2026-12-20T06:00:00Z', 'America/New_York')).toBe('2026-12-20 01:00');
    // 23:30 in Shanghai is still the 20th there, the 20th in UTC too; in New York it is the 20th at 10:30.
    expect(dayKeyIn('2026-12-20T15:30:00Z', 'Asia/Shanghai')).toBe('2026-12-20');
    expect(dayKeyIn('2026-12-20T16:30:00Z', 'Asia/Shanghai')).toBe('2026-12-21');
  });

  it('writes a span with the end time alone on the same day, both dates across midnight', () => {
    expect(eventSpan('2026-12-20T06:00:00Z', '2026-12-20T09:30:00Z', 'Asia/Shanghai')).toBe('2026-12-20 14:00 – 17:30');
    expect(eventSpan('2026-12-20T06:00:00Z', '2026-12-21T02:00:00Z', 'Asia/Shanghai')).toBe('2026-12-20 14:00 – 2026-12-21 10:00');
  });

  it('turns a wall-clock time in a zone into the instant, across daylight saving', () => {
    expect(instantOf({ year: 2026, month: 12, day: 20, hour: 14, minute: 0 }, 'Asia/Shanghai').toISOString()).toBe('2026-12-20T06:00:00.000Z');
    expect(instantOf({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(instantOf({ year: 2026, month: 1, day: 1, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2026-01-01T09:00:00.000Z');
    // 02:30 does not exist in New York on 8 March 2026: just after the gap.
    expect(instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 1 November 2026: the first.
    expect(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('round-trips through the picker’s wall-clock value', () => {
    const v = pickerValue('2026-12-20T06:00:00Z', 'Asia/Taipei')!;
    expect(v.format('YYYY-MM-DD HH:mm')).toBe('2026-12-20 14:00');
    expect(instantFromPicker(v, 'Asia/Taipei')).toBe('2026-12-20T06:00:00.000Z');
    // The same wall clock in another zone is another instant.
    expect(instantFromPicker(dayjs(new Date(2026, 11, 20, 14, 0)), 'Europe/Berlin')).toBe('2026-12-20T13:00:00.000Z');
    expect(instantFromPicker(null, 'Asia/Taipei')).toBeNull();
  });

  it('names the zone’s offset', () => {
    expect(zoneOffsetLabel('2026-12-20T06:00:00Z', 'Asia/Shanghai')).toBe('GMT+8');
    expect(zoneOffsetLabel('2026-12-20T06:00:00Z', 'Asia/Kolkata')).toBe('GMT+5:30');
    expect(zoneOffsetLabel('2026-12-20T06:00:00Z', 'UTC')).toBe('GMT');
  });
});
