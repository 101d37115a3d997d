import type { Job, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';

/**
 * Key of the job data under which the relay lists the outbox rows a job carries (one, or several
 * for a coalesced job). Handlers ignore it; the acknowledgement and the reconciler read it.
 */
export const OUTBOX_IDS_KEY = 'outboxIds';

export function outboxIdsOf(job: Pick<Job, 'data'> | undefined | null): string[] {
  const ids: unknown = job?.data?.[OUTBOX_IDS_KEY];
  return Array.isArray(ids) ? ids.map(String) : [];
}

/** The work of these rows is done. A done row stays done, even if it had been given up on. */
export async function acknowledgeOutbox(ds: DataSource, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [, affected] = await ds.query(`UPDATE outbox SET done_at = now(), failed_at = NULL WHERE id = ANY($1::bigint[]) AND done_at IS NULL`, [ids]);
  return Number(affected ?? 0);
}

/** The job carrying these rows failed for good: recorded, and the reconciler won't re-send them. */
export async function failOutbox(ds: DataSource, ids: string[], reason: string): Promise<number> {
  if (ids.length === 0) return 0;
  const [, affected] = await ds.query(
    `UPDATE outbox SET failed_at = now(), last_error = $2 WHERE id = ANY($1::bigint[]) AND done_at IS NULL AND failed_at IS NULL`,
    [ids, reason.slice(0, 500)],
  );
  return Number(affected ?? 0);
}

/**
 * "Accepted means done": marks a job's outbox rows done when the job completes, and failed when its
 * last attempt fails, for every processor of the worker at once. The hooks run after BullMQ has
 * recorded the outcome; should the process die in between (or the database refuse the update),
 * the reconciler finds the job completed or failed and records it then.
 */
export function attachOutboxAck(worker: Worker, ds: DataSource, onError: (message: string) => void): void {
  worker.on('completed', (job: Job) => {
    const ids = outboxIdsOf(job);
    if (ids.length) acknowledgeOutbox(ds, ids).catch((err) => onError(`acknowledging ${worker.name} job ${job.id} failed: ${String(err)}`));
  });
  worker.on('failed', (job: Job | undefined, err: Error) => {
    // BullMQ emits 'failed' for every failed attempt; only the last one sets finishedOn.
    if (!job?.finishedOn) return;
    const ids = outboxIdsOf(job);
    if (ids.length) {
      failOutbox(ds, ids, `job ${job.id} failed after ${job.attemptsMade} attempts: ${err?.message ?? String(err)}`).catch((e) =>
        onError(`recording the failure of ${worker.name} job ${job.id} failed: ${String(e)}`),
      );
    }
  });
}
