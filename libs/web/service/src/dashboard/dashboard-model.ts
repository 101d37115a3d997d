import type { ServiceDashboardQuery } from '@rapport/web-data-access';

export type Dashboard = ServiceDashboardQuery['serviceDashboard'];
export type AgeRow = Dashboard['openByAge'][number];
export type AttainmentRow = Dashboard['attainment'][number];
export type BreachDay = Dashboard['breachesThisWeek'][number];
export type Milestone = AttainmentRow['milestone'];

export const MILESTONES: readonly Milestone[] = ['FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION'];

/** The periods on offer, in days back from now; the address keeps the choice (?days=). */
export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];
export const DEFAULT_PERIOD: PeriodDays = 30;

export function parsePeriod(value: string | null): PeriodDays {
  const n = Number(value);
  return (PERIOD_DAYS as readonly number[]).includes(n) ? (n as PeriodDays) : DEFAULT_PERIOD;
}

/** The period as the API takes it: the last `days` days up to `now`. */
export function periodRange(days: number, now: number): { from: string; to: string } {
  return { from: new Date(now - days * 86_400_000).toISOString(), to: new Date(now).toISOString() };
}

/** A day of the dashboard's zone (YYYY-MM-DD) as people read it: "Sat 12/5", "12月5日周六". */
export function dayLabel(day: string, language: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(at)) return day;
  // The date is already the zone's: formatting it in UTC keeps it that day.
  return new Intl.DateTimeFormat(language || 'en', { timeZone: 'UTC', weekday: 'short', month: 'numeric', day: 'numeric' }).format(at);
}

export interface AttainmentLine {
  key: string;
  teamName: string | null;
  priority: AttainmentRow['priority'];
  byMilestone: Partial<Record<Milestone, AttainmentRow>>;
}

/** The API's rows (team, priority, milestone; already in order) as one line per team and priority with a cell per milestone. */
export function attainmentLines(rows: readonly AttainmentRow[]): AttainmentLine[] {
  const lines = new Map<string, AttainmentLine>();
  for (const r of rows) {
    const key = `${r.teamId ?? ''}:${r.priority}`;
    const line = lines.get(key) ?? { key, teamName: r.teamName, priority: r.priority, byMilestone: {} };
    line.byMilestone[r.milestone] = r;
    lines.set(key, line);
  }
  return [...lines.values()];
}

/** Nothing to show: no open case, nothing ended in the period, nothing resolved or late this week. */
export function isEmpty(d: Dashboard): boolean {
  return d.headline.open === 0 && d.headline.resolvedThisWeek === 0 && d.attainment.length === 0 && d.breachesThisWeek.every((b) => b.total === 0);
}

export const belowTarget = (rate: number | null | undefined, target: number): boolean => rate !== null && rate !== undefined && rate < target;

