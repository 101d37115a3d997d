import { CASE_PRIORITIES, type CasePriority } from '../sla/sla-policy';

/**
 * The service dashboard's rules (issue 18 item 9): the age buckets of open cases, the attainment
 * rate, the report period and the days of "this week". The SQL counts (service-data's
 * ServiceReportRepository); these shape the counts into what the screen shows, so a bucket, a
 * priority or a day with nothing in it is a zero rather than missing.
 */

const DAY_MS = 86_400_000;

/** Open cases by how long ago they were opened: each bucket holds ages from the previous bound (inclusive) up to its own (exclusive). */
export const CASE_AGE_BUCKETS = [
  { key: 'under_1_day', upToDays: 1 },
  { key: 'days_1_to_3', upToDays: 3 },
  { key: 'days_3_to_7', upToDays: 7 },
  { key: 'days_7_to_30', upToDays: 30 },
  { key: 'over_30_days', upToDays: null },
] as const;
export type CaseAgeBucket = (typeof CASE_AGE_BUCKETS)[number]['key'];

/** The bounds between the buckets in seconds, ascending, for SQL's `width_bucket(age, bounds)`: it returns the index into CASE_AGE_BUCKETS. */
export const CASE_AGE_BOUNDS_SECONDS: readonly number[] = CASE_AGE_BUCKETS.flatMap((b) => (b.upToDays === null ? [] : [b.upToDays * 86_400]));

/** The milestones whose ends are stored as attainment. */
export const SLA_MILESTONES = ['first_response', 'next_response', 'resolution'] as const;
export type SlaMilestone = (typeof SLA_MILESTONES)[number];

/**
 * The met rate the dashboard marks rates below. There is no configured attainment goal yet; 90 %
 * is the common service-desk default, and the screen says which figure it marks against.
 */
export const ATTAINMENT_TARGET = 0.9;

/** Open cases counted by SQL: one row per (bucket index, priority) that has any. */
export interface OpenAgeCount {
  bucket: number;
  priority: string;
  total: number;
  breached: number;
}
export interface PriorityCount {
  priority: CasePriority;
  total: number;
  breached: number;
}
export interface OpenAgeRow {
  bucket: CaseAgeBucket;
  total: number;
  breached: number;
  byPriority: PriorityCount[];
}

const zeroes = (): PriorityCount[] => CASE_PRIORITIES.map((priority) => ({ priority, total: 0, breached: 0 }));

/** Every bucket (youngest first) with every priority (low to urgent), zeros included, and the totals per priority. */
export function openByAge(rows: readonly OpenAgeCount[]): { buckets: OpenAgeRow[]; byPriority: PriorityCount[] } {
  const buckets: OpenAgeRow[] = CASE_AGE_BUCKETS.map((b) => ({ bucket: b.key, total: 0, breached: 0, byPriority: zeroes() }));
  const byPriority = zeroes();
  for (const r of rows) {
    // width_bucket gives 0…bounds.length; anything else would be a bug upstream, kept visible in the last bucket rather than lost.
    const bucket = buckets[Math.min(Math.max(r.bucket, 0), buckets.length - 1)]!;
    const p = CASE_PRIORITIES.indexOf(r.priority as CasePriority);
    if (p < 0) continue;
    bucket.total += r.total;
    bucket.breached += r.breached;
    bucket.byPriority[p]!.total += r.total;
    bucket.byPriority[p]!.breached += r.breached;
    byPriority[p]!.total += r.total;
    byPriority[p]!.breached += r.breached;
  }
  return { buckets, byPriority };
}

/**
 * The share of milestones met among those that ended met or breached. A stopped milestone (a next
 * response closed by the resolution before it was late) is neither and is left out; with nothing
 * met or breached the rate is undefined (null), not 0 % nor 100 %.
 */
export function metRate(met: number, breached: number): number | null {
  return met + breached === 0 ? null : met / (met + breached);
}

export interface AttainmentCount {
  teamId: string | null;
  teamName: string | null;
  priority: string;
  milestone: string;
  met: number;
  breached: number;
  stopped: number;
}
export interface AttainmentRow extends AttainmentCount {
  metRate: number | null;
}

const teamOrder = (a: AttainmentCount, b: AttainmentCount) =>
  // Named teams by name, "no team" last.
  (a.teamName === null ? 1 : 0) - (b.teamName === null ? 1 : 0) || (a.teamName ?? '').localeCompare(b.teamName ?? '') || (a.teamId ?? '').localeCompare(b.teamId ?? '');

/** Attainment rows with their met rate, by team, then priority (urgent first), then milestone in the order they run. */
export function attainmentRows(rows: readonly AttainmentCount[]): AttainmentRow[] {
  const rank = (list: readonly string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
  return rows
    .map((r) => ({ ...r, metRate: metRate(r.met, r.breached) }))
    .sort(
      (a, b) =>
        teamOrder(a, b) ||
        rank([...CASE_PRIORITIES].reverse(), a.priority) - rank([...CASE_PRIORITIES].reverse(), b.priority) ||
        rank(SLA_MILESTONES, a.milestone) - rank(SLA_MILESTONES, b.milestone),
    );
}

/** The first-response figures of a period over every team and priority. */
export function firstResponseTotals(rows: readonly AttainmentCount[]): { met: number; breached: number; metRate: number | null } {
  const first = rows.filter((r) => r.milestone === 'first_response');
  const met = first.reduce((n, r) => n + r.met, 0);
  const breached = first.reduce((n, r) => n + r.breached, 0);
  return { met, breached, metRate: metRate(met, breached) };
}

/** The `n` calendar days ending with `today` (YYYY-MM-DD), oldest first. */
export function lastDays(today: string, n: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(end)) throw new Error(`lastDays: ${today} is not a date`);
  return Array.from({ length: n }, (_, i) => new Date(end - (n - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

export interface BreachDay {
  day: string;
  /** Milestones that ended late on this day. */
  completed: number;
  /** Open cases late now: counted on today only. */
  open: number;
  total: number;
}

/** Breaches on each of the last `n` days (today last), days without any as zeros; open cases late now count on today. */
export function breachDays(today: string, n: number, completed: readonly { day: string; count: number }[], openBreached: number): BreachDay[] {
  const byDay = new Map(completed.map((c) => [c.day, c.count]));
  return lastDays(today, n).map((day) => {
    const done = byDay.get(day) ?? 0;
    const open = day === today ? openBreached : 0;
    return { day, completed: done, open, total: done + open };
  });
}

/** The longest period the dashboard reports over. */
export const REPORT_PERIOD_MAX_DAYS = 366;
/** The period when none is asked for: the last 30 days. */
export const REPORT_PERIOD_DEFAULT_DAYS = 30;

/**
 * The period to report over: what was asked, an open end filled in (to: now; from: 30 days before
 * `to`), or the problem with it (by path, in the words of the server message catalogue).
 */
export function reportPeriod(from: Date | null | undefined, to: Date | null | undefined, now: Date): { from: Date; to: Date } | { path: string; message: string } {
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - REPORT_PERIOD_DEFAULT_DAYS * DAY_MS);
  if (!(start.getTime() < end.getTime())) return { path: 'to', message: 'The dashboard period must end after it starts.' };
  if (end.getTime() - start.getTime() > REPORT_PERIOD_MAX_DAYS * DAY_MS) return { path: 'from', message: 'The dashboard period may span at most 366 days.' };
  return { from: start, to: end };
}
