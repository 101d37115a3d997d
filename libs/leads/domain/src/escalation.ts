/**
 * The speed-to-lead SLA's escalation ladder and states. Its business time is counted in a shared
 * business calendar (shared-domain business-time; lead settings name which), like the service desk's.
 */
import { type BusinessCalendar, weekdays } from '@rapport/shared-domain';

/** The hours the intake counts in while no business calendar exists (none named, no default): Monday to Friday 09:00–18:00 in Shanghai. */
export const BUILT_IN_INTAKE_CALENDAR: BusinessCalendar = { timeZone: 'Asia/Shanghai', week: weekdays([{ start: 9 * 60, end: 18 * 60 }]) };

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
