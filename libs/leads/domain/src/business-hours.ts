import { addBusinessTime, businessTimeBetween, type BusinessCalendar as Calendar } from '@rapport/shared-domain';

/**
 * Business hours of the speed-to-lead SLA: one opening period on working days in the company's time
 * zone (the intake settings' shape, which the escalation query in sla-due.ts also reads). The
 * arithmetic is the shared business-time engine's (ADR 0021), which service SLAs use too.
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

/** The intake settings' hours as a shared calendar. */
export function sharedCalendar(cal: BusinessCalendar): Calendar {
  if (!cal.workDays.length || cal.end <= cal.start) throw new Error('The business calendar has no working time');
  return { timeZone: cal.timeZone, week: Object.fromEntries(cal.workDays.map((d) => [d, [{ start: cal.start, end: cal.end }]])) };
}

/** The instant `minutes` business minutes after `from`. */
export function addBusinessMinutes(from: Date, minutes: number, cal: BusinessCalendar): Date {
  return addBusinessTime(from, minutes * 60_000, sharedCalendar(cal));
}

/** Business minutes between two instants (0 if `to` is before `from`), fractions kept. */
export function businessMinutesBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  return businessTimeBetween(from, to, sharedCalendar(cal)) / 60_000;
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
