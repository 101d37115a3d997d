import type { TFunction } from 'i18next';
import type { CreateServiceSlaPolicyMutationVariables, ServiceSlaPolicyFieldsFragment } from '@rapport/web-data-access';

type PriorityTargetsInput = CreateServiceSlaPolicyMutationVariables['input']['targets'][number];
export type CasePriority = PriorityTargetsInput['priority'];

/**
 * The SLA targets grid's model: per priority (lowest first, as the API lists them) and milestone,
 * a duration typed as hours + minutes, stored as business minutes. An empty cell is "no target";
 * a priority with no target at all is left out of the policy (cases of it have no clock).
 */
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const satisfies readonly CasePriority[];
export const MILESTONES = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Hours and minutes as typed; both null: no target. */
export interface DurationDraft {
  hours: number | null;
  minutes: number | null;
}
export type TargetsDraft = Record<CasePriority, Record<Milestone, DurationDraft>>;

/** The API's ceiling: a year of business minutes. */
export const MAX_TARGET_MINUTES = 365 * 24 * 60;

const EMPTY: DurationDraft = { hours: null, minutes: null };

/** 150 → 2 h 30 min; null → empty. */
export function durationOf(minutes: number | null | undefined): DurationDraft {
  if (minutes === null || minutes === undefined) return EMPTY;
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** 2 h 30 min → 150; empty → null. Only for drafts without a problem. */
export function minutesOf(d: DurationDraft): number | null {
  if (d.hours === null && d.minutes === null) return null;
  return (d.hours ?? 0) * 60 + (d.minutes ?? 0);
}

export type DurationProblem = 'notWhole' | 'minutesOver59' | 'zero' | 'overYear' | 'firstAfterResolution';

export function durationProblem(d: DurationDraft): DurationProblem | undefined {
  if (d.hours === null && d.minutes === null) return undefined;
  const h = d.hours ?? 0;
  const m = d.minutes ?? 0;
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0) return 'notWhole';
  if (m > 59) return 'minutesOver59';
  const total = h * 60 + m;
  if (total === 0) return 'zero';
  return total > MAX_TARGET_MINUTES ? 'overYear' : undefined;
}

/** Every cell's problem (the API's rules: whole minutes up to a year, a first response no later than the resolution). */
export function targetProblems(draft: TargetsDraft): Partial<Record<`${CasePriority}.${Milestone}`, DurationProblem>> {
  const out: Partial<Record<`${CasePriority}.${Milestone}`, DurationProblem>> = {};
  for (const p of PRIORITIES) {
    for (const k of MILESTONES) {
      const problem = durationProblem(draft[p][k]);
      if (problem) out[`${p}.${k}`] = problem;
    }
    const first = minutesOf(draft[p].firstResponse);
    const resolution = minutesOf(draft[p].resolution);
    if (!out[`${p}.firstResponse`] && !out[`${p}.resolution`] && first !== null && resolution !== null && first > resolution) out[`${p}.firstResponse`] = 'firstAfterResolution';
  }
  return out;
}

export function targetsDraft(targets: ServiceSlaPolicyFieldsFragment['targets'] = []): TargetsDraft {
  return Object.fromEntries(
    PRIORITIES.map((p) => {
      const t = targets.find((x) => x.priority === p);
      return [p, { firstResponse: durationOf(t?.firstResponse), nextResponse: durationOf(t?.nextResponse), resolution: durationOf(t?.resolution) }];
    }),
  ) as TargetsDraft;
}

/** The grid as the API takes it: priorities with at least one target, lowest first (error paths are by this position). */
export function targetsInput(draft: TargetsDraft): PriorityTargetsInput[] {
  return PRIORITIES.map((priority) => ({
    priority,
    firstResponse: minutesOf(draft[priority].firstResponse),
    nextResponse: minutesOf(draft[priority].nextResponse),
    resolution: minutesOf(draft[priority].resolution),
  })).filter((t) => t.firstResponse !== null || t.nextResponse !== null || t.resolution !== null);
}

/** A short reading of a duration for lists: "2 h 30 min", "45 min", "8 h". */
export function durationText(minutes: number | null | undefined, t: TFunction): string | null {
  if (minutes === null || minutes === undefined) return null;
  const { hours, minutes: m } = durationOf(minutes);
  if (!hours) return t('serviceSetup.duration.minutes', { minutes: m });
  if (!m) return t('serviceSetup.duration.hours', { hours });
  return t('serviceSetup.duration.hoursMinutes', { hours, minutes: m });
}
