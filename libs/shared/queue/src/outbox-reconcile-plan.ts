/**
 * The outbox reconciler's rules (docs/adr/0009), pure so they can be tested without a queue.
 * The database is the source of truth: a dispatched outbox row is finished only when the job
 * carrying it completes. For a row still unfinished after the grace period, the job is looked up
 * in the queue store, and what was seen decides what happens to the row.
 */

/** A job's state as BullMQ reports it; `unknown` is BullMQ's word for "no such job". */
export type QueueJobState = 'completed' | 'failed' | 'active' | 'waiting' | 'waiting-children' | 'delayed' | 'prioritized' | 'unknown';

/** What the reconciler saw of the job named on a row. */
export type JobSighting =
  /** The queue store has no such job (lost with Redis's data, a truncated table, or removed). */
  | { kind: 'missing' }
  /** The store did not answer in time or failed: nothing can be concluded. */
  | { kind: 'unreachable' }
  /** The job exists; `carries` says whether its data lists this row's outbox id. */
  | { kind: 'found'; state: QueueJobState; carries: boolean; failedReason?: string | null };

export type OutboxVerdict =
  /** In flight (waiting, delayed, active — a long import or handover included): leave it alone. */
  | { action: 'wait' }
  /** The job completed but its acknowledgement was lost (the worker died in between): mark done. */
  | { action: 'acknowledge' }
  /** The job failed after all its attempts: record it, never re-send (that would retry forever). */
  | { action: 'fail'; reason: string }
  /** The work is not in the queue: hand the row to the relay again, under a new job id. */
  | { action: 'redispatch' }
  /** The row's jobs vanished too often: something destroys the queue's data; stop and say so. */
  | { action: 'abandon'; reason: string };

export type OutboxOutcome = Exclude<OutboxVerdict['action'], 'wait'>;

/** Re-sends of one row before the reconciler gives up on it. */
export const MAX_REDISPATCHES = 5;

export function judgeOutboxRow(row: { redispatches: number }, seen: JobSighting, maxRedispatches = MAX_REDISPATCHES): OutboxVerdict {
  if (seen.kind === 'unreachable') return { action: 'wait' };
  // A job that does not list the row never carried it (a relay that died after enqueueing may have
  // left a job under the same id with other rows): that row is as lost as one whose job vanished.
  if (seen.kind === 'found' && seen.carries && seen.state !== 'unknown') {
    if (seen.state === 'completed') return { action: 'acknowledge' };
    if (seen.state === 'failed') return { action: 'fail', reason: `job failed permanently: ${seen.failedReason ?? 'no reason recorded'}`.slice(0, 500) };
    return { action: 'wait' };
  }
  return row.redispatches >= maxRedispatches
    ? { action: 'abandon', reason: `job lost ${row.redispatches + 1} times; not re-sent again (is the queue store evicting or being wiped?)` }
    : { action: 'redispatch' };
}

/** Counts per job name and outcome, e.g. `{ 'assign-lead': { redispatched: 536 } }`. */
export type ReconcileTally = Record<string, Partial<Record<OutboxOutcomeName, number>>>;

/** The names the counters and logs use (past tense: what was done to the rows). */
export type OutboxOutcomeName = 'redispatched' | 'acknowledged' | 'failed' | 'abandoned';

export const OUTCOME_NAMES: Record<OutboxOutcome, OutboxOutcomeName> = {
  redispatch: 'redispatched',
  acknowledge: 'acknowledged',
  fail: 'failed',
  abandon: 'abandoned',
};

export function tally(applied: { jobName: string; outcome: OutboxOutcomeName }[]): ReconcileTally {
  const out: ReconcileTally = {};
  for (const { jobName, outcome } of applied) {
    const byOutcome = (out[jobName] ??= {});
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
  }
  return out;
}

/**
 * The log line of a reconciliation that changed something (null when nothing was done): lost jobs
 * are a warning (the queue store dropped data), rows given up on an error. The same counts add up
 * in `outbox_reconcile_total`, served by the API as `rapport_outbox_reconciled_total`.
 */
export function reconciliationLogLine(report: { checked: number; jobs: number; outcomes: ReconcileTally }): { level: 'info' | 'warn' | 'error'; msg: string; checked: number; jobs: number; outcomes: ReconcileTally } | null {
  const outcomes = Object.values(report.outcomes);
  if (outcomes.length === 0) return null;
  const level = outcomes.some((o) => o.abandoned) ? 'error' : outcomes.some((o) => o.redispatched || o.failed) ? 'warn' : 'info';
  return { level, msg: 'outbox reconciled', checked: report.checked, jobs: report.jobs, outcomes: report.outcomes };
}
