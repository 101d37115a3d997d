import type { CreateSegmentStrategyMutationVariables } from '@rapport/web-data-access';
import dayjs, { type Dayjs } from 'dayjs';

// The "new strategy" form and the cohort card as pure functions (tested in strategy-model.test.ts).

export interface StrategyFormValues {
  name: string;
  description?: string;
  /** Percent of the segment held back, 1–50 (the API takes a share, 0.01–0.5). */
  holdoutPercent: number | null;
  /** First day of the outcome window; empty: from now. */
  startsOn: Dayjs | null;
  /** Last day of the window (included); empty: open until the strategy is ended. */
  endsOn: Dayjs | null;
}

export const DEFAULT_HOLDOUT_PERCENT = 10;
export const HOLDOUT_PERCENT_RANGE = { min: 1, max: 50 } as const;

export const EMPTY_STRATEGY: StrategyFormValues = { name: '', description: '', holdoutPercent: DEFAULT_HOLDOUT_PERCENT, startsOn: null, endsOn: null };

/**
 * What `createSegmentStrategy` gets. Days are whole: the window starts at the start of its first
 * day and ends at the start of the day after its last, so "to 31 March" counts the 31st.
 */
export function strategyInput(segmentId: string, v: StrategyFormValues): CreateSegmentStrategyMutationVariables['input'] {
  const description = v.description?.trim();
  return {
    segmentId,
    name: v.name.trim(),
    ...(description ? { description } : {}),
    holdoutShare: (v.holdoutPercent ?? DEFAULT_HOLDOUT_PERCENT) / 100,
    ...(v.startsOn ? { startsAt: v.startsOn.startOf('day').toISOString() } : {}),
    ...(v.endsOn ? { endsAt: v.endsOn.add(1, 'day').startOf('day').toISOString() } : {}),
  };
}

/** The API's input fields (`input.endsAt`) that the form names otherwise, for mapFieldErrors. */
export const STRATEGY_FIELD_RENAME: Record<string, keyof StrategyFormValues> = { holdoutShare: 'holdoutPercent', startsAt: 'startsOn', endsAt: 'endsOn' };
export const STRATEGY_FORM_FIELDS: readonly (keyof StrategyFormValues)[] = ['name', 'description', 'holdoutPercent', 'startsOn', 'endsOn'];

/** The last day a window includes (the API's end is exclusive: the start of the next day). */
export function lastDayOf(endsAt: string): Dayjs {
  return dayjs(endsAt).subtract(1, 'millisecond');
}

/** One period of the cohort card: from its first day to its last (both included). */
export interface CohortPeriod {
  from: Dayjs | null;
  to: Dayjs | null;
}

/** The query's [from, to) for a period, or null while it is incomplete or backwards. */
export function periodRange(p: CohortPeriod): { from: string; to: string } | null {
  if (!p.from || !p.to) return null;
  const from = p.from.startOf('day');
  const to = p.to.add(1, 'day').startOf('day');
  return to.isAfter(from) ? { from: from.toISOString(), to: to.toISOString() } : null;
}

const quarterStart = (d: Dayjs): Dayjs => d.startOf('month').month(d.month() - (d.month() % 3));

/**
 * Where the cohort card starts: the members at the start of last quarter, measured over last
 * quarter and over this quarter so far ("the at-risk customers of Q1: in Q1, and in Q2").
 */
export function defaultCohort(now: Dayjs): { memberOn: Dayjs; a: CohortPeriod; b: CohortPeriod } {
  const thisQuarter = quarterStart(now);
  const lastQuarter = thisQuarter.subtract(3, 'month');
  return {
    memberOn: lastQuarter,
    a: { from: lastQuarter, to: thisQuarter.subtract(1, 'day') },
    b: { from: thisQuarter, to: now.startOf('day') },
  };
}

/** The share of members who bought; null for an empty cohort (no share of nobody). */
export function buyerShare(c: { members: number; buyers: number }): number | null {
  return c.members > 0 ? c.buyers / c.members : null;
}

/** B against A as a relative change (+0.25 is a quarter more); null when A is zero. */
export function relativeChange(a: number, b: number): number | null {
  return a === 0 ? null : (b - a) / a;
}
