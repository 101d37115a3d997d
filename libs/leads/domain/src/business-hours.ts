import { DateTime } from 'luxon';

/**
 * Business-hours arithmetic for the speed-to-lead SLA: the clock runs only on working days
 * between opening and closing time in the company's time zone.
 */
export interface BusinessCalendar {
  timeZone: string;
  /** ISO weekdays 1 (Mon) … 7 (Sun). */
  workDays: number[];
  /** Minutes after local midnight. */
  start: number;
  end: number;
}

export const DEFAULT_CALENDAR: BusinessCalendar = { timeZone: 'Asia/Shanghai', workDays: [1, 2, 3, 4, 5], start: 9 * 60, end: 18 * 60 };

function open(cal: BusinessCalendar, day: DateTime) {
  return { from: day.startOf('day').plus({ minutes: cal.start }), to: day.startOf('day').plus({ minutes: cal.end }) };
}

/** The instant `minutes` business minutes after `from`. */
export function addBusinessMinutes(from: Date, minutes: number, cal: BusinessCalendar): Date {
  if (!cal.workDays.length || cal.end <= cal.start) throw new Error('The business calendar has no working time');
  let left = minutes;
  let cursor = DateTime.fromJSDate(from, { zone: cal.timeZone });
  for (let i = 0; i < 3660; i++) {
    const { from: o, to: c } = open(cal, cursor);
    if (cal.workDays.includes(cursor.weekday) && cursor < c) {
      const begin = cursor < o ? o : cursor;
      const available = c.diff(begin, 'minutes').minutes;
      if (left <= available) return begin.plus({ minutes: left }).toJSDate();
      left -= available;
    }
    cursor = cursor.plus({ days: 1 }).startOf('day');
  }
  throw new Error('SLA too long for the business calendar');
}

/** Business minutes between two instants (0 if `to` is before `from`). */
export function businessMinutesBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  let cursor = DateTime.fromJSDate(from, { zone: cal.timeZone });
  const end = DateTime.fromJSDate(to, { zone: cal.timeZone });
  for (let i = 0; i < 3660 && cursor < end; i++) {
    const { from: o, to: c } = open(cal, cursor);
    if (cal.workDays.includes(cursor.weekday)) {
      const a = cursor < o ? o : cursor;
      const b = end < c ? end : c;
      if (b > a) total += b.diff(a, 'minutes').minutes;
    }
    cursor = cursor.plus({ days: 1 }).startOf('day');
  }
  return total;
}

export type EscalationAction = 'remind_owner' | 'notify_manager' | 'reassign';

export interface EscalationStep {
  /** Percent of the SLA used, e.g. 50, 100, 150. */
  atPercent: number;
  action: EscalationAction;
}

export const DEFAULT_LADDER: EscalationStep[] = [
  { atPercent: 50, action: 'remind_owner' },
  { atPercent: 100, action: 'notify_manager' },
  { atPercent: 150, action: 'reassign' },
];

/** Steps due at `usedPercent` that were not taken yet (levels are indexes into the ladder). */
export function dueEscalations(ladder: EscalationStep[], usedPercent: number, done: number[]): { level: number; step: EscalationStep }[] {
  return ladder
    .map((step, level) => ({ level, step }))
    .filter(({ level, step }) => usedPercent >= step.atPercent && !done.includes(level))
    .sort((a, b) => a.step.atPercent - b.step.atPercent);
}

export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'answered';

export function slaState(usedPercent: number, answered: boolean): SlaState {
  if (answered) return 'answered';
  return usedPercent >= 100 ? 'breached' : usedPercent >= 50 ? 'at_risk' : 'on_track';
}
