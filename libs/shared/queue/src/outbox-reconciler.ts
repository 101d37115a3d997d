import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { withTimeout } from '@rapport/shared-util';
import { outboxIdsOf } from './outbox-ack';
import { JobSighting, judgeOutboxRow, MAX_REDISPATCHES, OUTCOME_NAMES, OutboxOutcome, OutboxOutcomeName, QueueJobState, ReconcileTally, tally } from './outbox-reconcile-plan';

interface UnfinishedRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string | null;
  redispatches: number;
}

export interface ReconcilerOptions {
  /** Rows dispatched less than this long ago are not looked at (their job may still be on its way). */
  graceMs: number;
  /** Rows looked at per page; the next page continues after the last row, so all get their turn. */
  pageSize?: number;
  /** How long one job look-up may take before the store counts as unreachable (then nothing is done). */
  lookupTimeoutMs?: number;
  maxRedispatches?: number;
}

export interface ReconcileReport {
  /** Unfinished rows looked at, and the distinct jobs looked up for them. */
  checked: number;
  jobs: number;
  /** What was done, per job name and outcome (rows still in flight are not listed). */
  outcomes: ReconcileTally;
  /** True when the page reached the end of the unfinished rows (the next page starts over). */
  wrapped: boolean;
}

/**
 * The database is the source of truth, the queue a delivery mechanism (docs/adr/0009). A row the
 * relay dispatched stays unfinished until the worker acknowledges its job; when one is still
 * unfinished after the grace period, its job is looked up in BullMQ and the row is judged by
 * `judgeOutboxRow`: still in flight → left alone (however long an import or handover runs);
 * completed or failed for good → recorded; gone → made pending again, so the relay re-sends it
 * under a new job id. Handlers are idempotent per item, so a re-send never does work twice.
 *
 * Job look-ups happen outside any transaction (a slow or absent store must not hold row locks);
 * each update is guarded by the job id that was looked up, so a row that was acknowledged or
 * re-sent meanwhile (another replica, the worker's hook) is left as it is.
 */
export class OutboxReconciler {
  private after = '0';

  constructor(
    private readonly ds: DataSource,
    private readonly queueFor: (name: string) => Queue | undefined,
    private readonly options: ReconcilerOptions,
  ) {}

  /** Judges one page of unfinished rows; call again to continue (see `wrapped`). */
  async reconcileOnce(): Promise<ReconcileReport> {
    const pageSize = this.options.pageSize ?? 500;
    const rows: UnfinishedRow[] = await this.ds.query(
      `SELECT id, queue, job_name, job_id, redispatches FROM outbox
        WHERE dispatched_at IS NOT NULL AND done_at IS NULL AND failed_at IS NULL
          AND id > $1 AND dispatched_at < now() - make_interval(secs => $2)
        ORDER BY id
        LIMIT $3`,
      [this.after, this.options.graceMs / 1000, pageSize],
    );
    const wrapped = rows.length < pageSize;
    this.after = wrapped ? '0' : rows[rows.length - 1].id;

    const sightings = await this.lookUp(rows);
    const decided = new Map<OutboxOutcome, { row: UnfinishedRow; reason?: string }[]>();
    for (const row of rows) {
      const verdict = judgeOutboxRow(row, sightingFor(row, sightings.get(jobKey(row))), this.options.maxRedispatches ?? MAX_REDISPATCHES);
      if (verdict.action === 'wait') continue;
      const list = decided.get(verdict.action) ?? [];
      list.push({ row, reason: 'reason' in verdict ? verdict.reason : undefined });
      decided.set(verdict.action, list);
    }
    const applied = decided.size ? await this.apply(decided) : [];
    return { checked: rows.length, jobs: sightings.size, outcomes: tally(applied), wrapped };
  }

  /** Judges every unfinished row once, page by page (the worker interleaves pages with relaying instead). */
  async reconcileAll(): Promise<ReconcileReport> {
    const total: ReconcileReport = { checked: 0, jobs: 0, outcomes: {}, wrapped: true };
    this.after = '0';
    for (;;) {
      const r = await this.reconcileOnce();
      total.checked += r.checked;
      total.jobs += r.jobs;
      for (const [job, byOutcome] of Object.entries(r.outcomes)) {
        for (const [outcome, n] of Object.entries(byOutcome) as [OutboxOutcomeName, number][]) {
          const into = (total.outcomes[job] ??= {});
          into[outcome] = (into[outcome] ?? 0) + n;
        }
      }
      if (r.wrapped) return total;
    }
  }

  /** One look-up per distinct job (a coalesced job carries up to a few hundred rows), a few at a time. */
  private async lookUp(rows: UnfinishedRow[]): Promise<Map<string, JobSeen>> {
    const jobs = new Map<string, UnfinishedRow>();
    for (const row of rows) if (!jobs.has(jobKey(row))) jobs.set(jobKey(row), row);
    const seen = new Map<string, JobSeen>();
    const pending = [...jobs.entries()];
    const lane = async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        const sighting = await this.sight(next[1]);
        seen.set(next[0], sighting);
        // A store that doesn't answer won't answer the next look-up either: leave the rest for later.
        if (sighting.kind === 'unreachable' && this.queueFor(next[1].queue)) pending.length = 0;
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, pending.length) }, lane));
    return seen;
  }

  private async sight(row: UnfinishedRow): Promise<JobSeen> {
    const queue = this.queueFor(row.queue);
    if (!queue) return { kind: 'unreachable' };
    const jobId = row.job_id;
    if (!jobId) return { kind: 'missing' };
    try {
      return await withTimeout(
        (async (): Promise<JobSeen> => {
          const job = await queue.getJob(jobId);
          if (!job) return { kind: 'missing' };
          const state = (await job.getState()) as QueueJobState;
          return { kind: 'found', state, carried: new Set(outboxIdsOf(job)), failedReason: job.failedReason };
        })(),
        this.options.lookupTimeoutMs ?? 5000,
      );
    } catch {
      // Can't tell (store down, timeout): never re-send on doubt.
      return { kind: 'unreachable' };
    }
  }

  private async apply(decided: Map<OutboxOutcome, { row: UnfinishedRow; reason?: string }[]>): Promise<{ jobName: string; outcome: OutboxOutcomeName }[]> {
    return this.ds.transaction(async (m) => {
      const applied: { jobName: string; outcome: OutboxOutcomeName }[] = [];
      for (const [action, list] of decided) {
        const ids = list.map((d) => d.row.id);
        const jobIds = list.map((d) => d.row.job_id ?? '');
        const reasons = list.map((d) => d.reason ?? null);
        const set = {
          redispatch: `dispatched_at = NULL, job_id = NULL, redispatches = o.redispatches + 1`,
          acknowledge: `done_at = now()`,
          fail: `failed_at = now(), last_error = d.reason`,
          abandon: `failed_at = now(), last_error = d.reason`,
        }[action];
        const result = await m.query(
          `UPDATE outbox o SET ${set}
             FROM unnest($1::bigint[], $2::text[], $3::text[]) AS d(id, job_id, reason)
            WHERE o.id = d.id AND coalesce(o.job_id, '') = d.job_id
              AND o.dispatched_at IS NOT NULL AND o.done_at IS NULL AND o.failed_at IS NULL
           RETURNING o.job_name`,
          [ids, jobIds, reasons],
        );
        const rows: { job_name: string }[] = Array.isArray(result[0]) ? result[0] : result;
        for (const r of rows) applied.push({ jobName: r.job_name, outcome: OUTCOME_NAMES[action] });
      }
      const counts = tally(applied);
      const entries = Object.entries(counts).flatMap(([job, byOutcome]) => Object.entries(byOutcome).map(([outcome, n]) => ({ job, outcome, n: n ?? 0 })));
      if (entries.length) {
        await m.query(
          `INSERT INTO outbox_reconcile_total (job_name, outcome, count, last_at)
           SELECT job, outcome, n, now() FROM unnest($1::text[], $2::text[], $3::bigint[]) AS t(job, outcome, n)
           ON CONFLICT (job_name, outcome) DO UPDATE SET count = outbox_reconcile_total.count + EXCLUDED.count, last_at = now()`,
          [entries.map((e) => e.job), entries.map((e) => e.outcome), entries.map((e) => e.n)],
        );
      }
      return applied;
    });
  }
}

/** A job as looked up once for all its rows; whether it carries a given row is decided per row. */
type JobSeen = Exclude<JobSighting, { kind: 'found' }> | { kind: 'found'; state: QueueJobState; carried: Set<string>; failedReason?: string | null };

function sightingFor(row: UnfinishedRow, seen: JobSeen | undefined): JobSighting {
  if (!seen) return { kind: 'unreachable' };
  if (seen.kind !== 'found') return seen;
  return { kind: 'found', state: seen.state, carries: seen.carried.has(String(row.id)), failedReason: seen.failedReason };
}

function jobKey(row: Pick<UnfinishedRow, 'queue' | 'job_id'>): string {
  return `${row.queue}\u0000${row.job_id ?? ''}`;
}

