import type { SlaTargets } from './sla-clock';

/** Case priorities, lowest first (issue 18 item 1). */
export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** A priority's promises, in business minutes; a missing one is not tracked. */
export interface PriorityTargets {
  firstResponse: number | null;
  nextResponse: number | null;
  resolution: number | null;
}

/** What a service SLA policy promises per priority, and when the owner is warned. */
export interface SlaPolicyTerms {
  targets: Partial<Record<CasePriority, PriorityTargets>>;
  /** Percent of a target at which the owner is warned. */
  warnAtPercent: number;
}

/** A year of business minutes at most: a longer promise is a typo, not a target. */
export const MAX_TARGET_MINUTES = 365 * 24 * 60;

/**
 * The problems of a policy's terms, each with the path of the part it is in (relative to the
 * terms): whole positive minutes up to a year, a first response no later than the resolution, a
 * warning threshold between 1 and 99 percent, and at least one target.
 */
export function policyProblems(terms: SlaPolicyTerms): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  let any = false;
  for (const priority of CASE_PRIORITIES) {
    const t = terms.targets[priority];
    if (!t) continue;
    for (const key of ['firstResponse', 'nextResponse', 'resolution'] as const) {
      const v = t[key];
      if (v === null || v === undefined) continue;
      any = true;
      if (!Number.isInteger(v) || v < 1 || v > MAX_TARGET_MINUTES) problems.push({ path: `targets.${priority}.${key}`, message: 'must be whole minutes between 1 and a year' });
    }
    if (t.firstResponse && t.resolution && t.firstResponse > t.resolution) problems.push({ path: `targets.${priority}.firstResponse`, message: 'must not be later than the resolution' });
  }
  if (!any) problems.push({ path: 'targets', message: 'give at least one target' });
  if (!Number.isInteger(terms.warnAtPercent) || terms.warnAtPercent < 1 || terms.warnAtPercent > 99) problems.push({ path: 'warnAtPercent', message: 'must be a whole percent between 1 and 99' });
  return problems;
}

/** The clock targets a policy sets for a case of this priority (none when it promises nothing for it). */
export function targetsFor(terms: SlaPolicyTerms, priority: CasePriority): SlaTargets {
  const t = terms.targets[priority];
  return { firstResponse: t?.firstResponse ?? null, nextResponse: t?.nextResponse ?? null, resolution: t?.resolution ?? null, warnAtPercent: terms.warnAtPercent };
}
