import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
}

/**
 * How rows of one job name are handed over as a single job: `as` is the batch job's name and
 * `merge` builds its payload from the rows' payloads (in outbox order).
 */
export interface Coalescing {
  as: string;
  merge: (payloads: Record<string, unknown>[]) => Record<string, unknown>;
}

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with SKIP LOCKED so several worker
 * replicas can relay at once; the job id is derived from the outbox row, so a relay that dies
 * after enqueueing but before marking the row re-adds the same id and BullMQ ignores it.
 * Job names listed in `coalesce` go as one job per claimed batch (e.g. 200 `assign-lead` rows →
 * one `assign-leads`): a queue job costs far more than routing one lead. Such a job's id names
 * its first and last row; should a relay die before marking, the next claim may differ and the
 * rows go out twice, which is safe only because batch handlers are idempotent per item.
 */
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueFor: (name: string) => Queue | undefined,
    private readonly batchSize = 200,
    private readonly coalesce: Record<string, Coalescing> = {},
  ) {}

  /** Relays one batch; returns how many rows were dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox
          WHERE dispatched_at IS NULL
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const done: string[] = [];
      const failed: { id: string; error: string }[] = [];
      for (const group of this.groups(rows)) {
        const ids = group.rows.map((r) => r.id);
        const queue = this.queueFor(group.queue);
        if (!queue) {
          failed.push(...ids.map((id) => ({ id, error: `unknown queue "${group.queue}"` })));
          continue;
        }
        try {
          await queue.add(group.name, group.data, { jobId: group.jobId });
          done.push(...ids);
        } catch (err) {
          failed.push(...ids.map((id) => ({ id, error: String(err).slice(0, 500) })));
        }
      }
      if (done.length > 0) {
        await manager.query(`UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [done]);
      }
      for (const f of failed) {
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [f.id, f.error]);
      }
      return done.length;
    });
  }

  /** One job per row, except rows of a coalesced job name, which form one job per queue. */
  private groups(rows: OutboxRow[]): { queue: string; name: string; data: Record<string, unknown>; jobId: string; rows: OutboxRow[] }[] {
    const single = [];
    const batches = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      if (!this.coalesce[row.job_name]) {
        single.push({ queue: row.queue, name: row.job_name, data: row.payload, jobId: outboxJobId(row.id), rows: [row] });
        continue;
      }
      const key = `${row.queue}\u0000${row.job_name}`;
      const batch = batches.get(key);
      if (batch) batch.push(row);
      else batches.set(key, [row]);
    }
    const merged = [...batches.values()].map((group) => {
      const { as, merge } = this.coalesce[group[0].job_name];
      const jobId = group.length === 1 ? outboxJobId(group[0].id) : `${outboxJobId(group[0].id)}-${group[group.length - 1].id}`;
      return { queue: group[0].queue, name: as, data: merge(group.map((r) => r.payload)), jobId, rows: group };
    });
    return [...single, ...merged];
  }

  /** Relays until the outbox is empty (bulk hand-offs arrive in bursts). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayOnce();
      total += n;
      if (n < this.batchSize) return total;
    }
  }
}

export function outboxJobId(outboxId: string | number): string {
  return `outbox-${outboxId}`;
}
