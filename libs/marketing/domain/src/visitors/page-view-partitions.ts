/**
 * The monthly partitions of `page_view` (issue 16 item 6): page views are the biggest append-only
 * table, so they are range-partitioned by `viewed_at`, one partition per calendar month (UTC).
 * Retention is then a DROP of whole partitions — instant, no vacuum — instead of a DELETE of
 * millions of rows. These pure rules name the partitions and decide which to create and drop;
 * the maintenance job (PageViewMaintenanceService) runs the DDL.
 */
export const PAGE_VIEW_TABLE = 'page_view';
/** Partitions created ahead of time: the current month and the next one (so a month never starts without one). */
export const MONTHS_AHEAD = 1;
export const DEFAULT_RETENTION_MONTHS = 13;
export const MAX_RETENTION_MONTHS = 120;

const NAME = /^page_view_y(\d{4})m(\d{2})$/;

/** The first instant of the UTC month `offset` months after the month of `at`. */
export function monthStart(at: Date, offset = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

export function partitionName(month: Date): string {
  return `${PAGE_VIEW_TABLE}_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

export interface PartitionSpec {
  name: string;
  /** Inclusive lower bound and exclusive upper bound, as ISO instants. */
  from: string;
  to: string;
}

export function partitionOf(at: Date): PartitionSpec {
  const from = monthStart(at);
  return { name: partitionName(from), from: from.toISOString(), to: monthStart(at, 1).toISOString() };
}

/** The partitions that must exist at `now`: this month's and the next MONTHS_AHEAD months'. */
export function partitionsAhead(now: Date, ahead = MONTHS_AHEAD): PartitionSpec[] {
  return Array.from({ length: ahead + 1 }, (_, i) => partitionOf(monthStart(now, i)));
}

/** The month a partition name stands for, or null for a name that is not one of ours. */
export function monthOfPartition(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? new Date(Date.UTC(Number(m[1]), month - 1, 1)) : null;
}

/**
 * The partitions whose every view is older than the retention: with 13 months kept, on 2026-12-06
 * the partitions up to October 2025 go, and November 2025 stays (it holds views of the last 13
 * months, 6 November 2025 on). Names that are not ours are never dropped.
 */
export function expiredPartitions(names: readonly string[], now: Date, retentionMonths: number): string[] {
  const keepFrom = monthStart(now, -retentionMonths);
  return names.filter((n) => {
    const month = monthOfPartition(n);
    return month !== null && monthStart(month, 1) <= keepFrom;
  });
}
