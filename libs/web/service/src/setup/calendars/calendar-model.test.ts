import { describe, expect, it } from 'vitest';
import { addDay, clockToMinutes, minutesToClock, periodProblems, weekInput } from './calendar-model';

describe('calendar model', () => {
  it('reads and writes HH:mm, 24:00 being the end of the day', () => {
    expect(minutesToClock(540)).toBe('09:00');
    expect(minutesToClock(1440)).toBe('24:00');
    expect(clockToMinutes('9:05')).toBe(545);
    expect(clockToMinutes('24:00')).toBe(1440);
    expect(['24:01', '12:60', '9', 'nine', ''].map(clockToMinutes)).toEqual([null, null, null, null, null]);
  });

  it('names each period problem: not a time, end before start, overlap (in time order, whatever the typing order)', () => {
    expect(periodProblems([{ start: '13:00', end: '18:00' }, { start: '09:00', end: '12:00' }])).toEqual([undefined, undefined]);
    expect(periodProblems([{ start: '9am', end: '12:00' }, { start: '13:00', end: '' }])).toEqual(['startFormat', 'endFormat']);
    expect(periodProblems([{ start: '12:00', end: '09:00' }])).toEqual(['endBeforeStart']);
    expect(periodProblems([{ start: '09:00', end: '12:30' }, { start: '12:00', end: '18:00' }])).toEqual([undefined, 'overlap']);
    // Touching periods do not overlap: 12:00 ends one, starts the next.
    expect(periodProblems([{ start: '09:00', end: '12:00' }, { start: '12:00', end: '18:00' }])).toEqual([undefined, undefined]);
  });

  it('sends periods as minutes in time order, every weekday', () => {
    const week = [{ weekday: 1, periods: [{ start: '13:00', end: '18:00' }, { start: '09:00', end: '12:00' }] }, { weekday: 7, periods: [] }];
    expect(weekInput(week)).toEqual([
      { weekday: 1, periods: [{ start: 540, end: 720 }, { start: 780, end: 1080 }] },
      { weekday: 7, periods: [] },
    ]);
  });

  it('keeps days in date order and refuses a date listed already', () => {
    const days = [{ date: '2026-10-02', name: 'b' }];
    expect(addDay(days, { date: '2026-10-01', name: 'a' })?.map((d) => d.date)).toEqual(['2026-10-01', '2026-10-02']);
    expect(addDay(days, { date: '2026-10-02', name: 'again' })).toBeNull();
  });
});
